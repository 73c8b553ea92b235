//! Approval routes beyond the case files: the inverse query (what may a role decide), absence.

mod common;
use common::q;

#[test]
fn what_the_liangshan_office_director_approves() {
    let a = zhengwu::approval_authority(&q(
        r#"{"ruleset": "liangshan-office-2003", "role": "办公室主任"}"#,
    ))
    .unwrap();
    // 财务管理与监督制度 三、1.: "5000元-10000元…报办公室主任审批" — final and alone, bounded 5,000–10,000.
    let band = a
        .matters
        .iter()
        .find(|m| m.refs == ["AR-000L-CW3.1-02"])
        .expect("the 5,000–10,000 band");
    assert!(band.final_decision && band.alone);
    let amount = band.limits.iter().find(|l| l.fact == "amount").unwrap();
    assert_eq!(
        (amount.min, amount.max, amount.max_inclusive),
        (Some(5000.0), Some(10000.0), true)
    );
    // Unbudgeted spending, "须经办公室分管领导、办公室主任、秘书长审批": the three approve jointly, in
    // no set order (one stage), so the director's approval is final with the other two's, not alone.
    let unbudgeted = a
        .matters
        .iter()
        .find(|m| m.refs == ["AR-000L-CW3.1-05"])
        .expect("unbudgeted");
    assert!(unbudgeted.final_decision && !unbudgeted.alone);
    assert!(!a.explanation.citations.is_empty());
}

#[test]
fn an_unknown_role_decides_nothing_and_says_so() {
    let a = zhengwu::approval_authority(&q(
        r#"{"ruleset": "liangshan-office-2003", "role": "州长助理"}"#,
    ))
    .unwrap();
    assert!(a.matters.is_empty());
    assert!(!a.explanation.warnings().is_empty());
    let e = zhengwu::approval_authority(&q(r#"{"ruleset": "liangshan-office-2003"}"#)).unwrap_err();
    assert_eq!(e.code, zhengwu::ErrorCode::MissingInput);
}

#[test]
fn staff_leave_days_bound_the_section_head() {
    let a = zhengwu::approval_authority(&q(
        r#"{"ruleset": "wenshan-hrss-2019", "role": "科室负责人"}"#,
    ))
    .unwrap();
    let leave = a
        .matters
        .iter()
        .find(|m| m.refs == ["LV-004-034-20"])
        .expect("staff leave up to 2 days");
    let days = leave.limits.iter().find(|l| l.fact == "days").unwrap();
    // "2天以内", widened to the open gap below 3 (B02).
    assert_eq!((days.max, days.max_inclusive), (Some(3.0), false));
}

#[test]
fn a_ref_with_several_rules_names_the_others() {
    let cal = zhengwu::Calendar::builtin().unwrap();
    // 东区 第八十八条 holds two limits: instruction within 1 working day, and 当日文件当日签批.
    let a = zhengwu::deadline(&cal, &q(r#"{"ruleset": "panzhihua-dongqu-2012", "ref": "DL-002-088-01", "start": "2026-09-30"}"#)).unwrap();
    assert!(
        a.explanation
            .warnings()
            .iter()
            .any(|w| w.en.contains("dongqu.document.same-day-sign")),
        "{:?}",
        a.explanation.warnings()
    );
    let b = zhengwu::deadline(&cal, &q(r#"{"ruleset": "panzhihua-dongqu-2012", "rule": "dongqu.document.instruction", "start": "2026-09-30"}"#)).unwrap();
    assert!(b
        .explanation
        .warnings()
        .iter()
        .all(|w| !w.en.contains("also implemented")));
}

#[test]
fn readings_the_answer_cannot_switch_are_refused() {
    let cal = zhengwu::Calendar::builtin().unwrap();
    // B17 (when an emergency clock starts) is reported, but the start moment is the user's input:
    // there is nothing to switch, so selecting a reading is an error rather than a silent no-op.
    let e = zhengwu::deadline(&cal, &q(r#"{"ruleset": "muli-county-2017", "rule": "muli.emergency.phone", "start": "2026-03-01T22:30", "readings": {"B17": "learned"}}"#)).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (zhengwu::ErrorCode::InvalidInput, Some("readings.B17"))
    );
    let a = zhengwu::deadline(&cal, &q(r#"{"ruleset": "muli-county-2017", "rule": "muli.emergency.phone", "start": "2026-03-01T22:30"}"#)).unwrap();
    let b17 = a
        .explanation
        .ambiguities
        .iter()
        .find(|x| x.id() == "B17")
        .unwrap();
    assert_eq!(b17.option(), None);
    // A reading of an ambiguity the rule does not depend on.
    let e = zhengwu::deadline(&cal, &q(r#"{"ruleset": "wenshan-hrss-2019", "ref": "DL-004-056-09", "start": "2026-08-03", "readings": {"B04": "lower"}}"#)).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("readings.B04"));
    // A switchable one works and says how to switch.
    let a = zhengwu::deadline(&cal, &q(r#"{"ruleset": "wenshan-hrss-2019", "ref": "DL-004-056-09", "start": "2026-08-03", "readings": {"B33": "from-due"}}"#)).unwrap();
    assert_eq!(
        a.explanation
            .ambiguities
            .iter()
            .find(|x| x.id() == "B33")
            .and_then(|x| x.option()),
        Some("readings.B33".to_owned())
    );
}

#[test]
fn ambiguities_attached_by_inventory_row_are_reported() {
    // 凉山 cadre selection: the 党组 decides with "三分之二以上" present (B08, reported only).
    let a = zhengwu::approval_route(&q(
        r#"{"ruleset": "liangshan-office-2003", "ref": "AR-000L-RS2-01"}"#,
    ))
    .unwrap();
    let b08 = a
        .explanation
        .ambiguities
        .iter()
        .find(|x| x.id() == "B08")
        .expect("B08 attached by row");
    assert_eq!((b08.applied, b08.option().as_deref()), ("as-written", None));
    // 文山 合议委员会: B09 and B08 both.
    let w = zhengwu::approval_route(&q(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "AR-004-024-01"}"#,
    ))
    .unwrap();
    assert!(w.explanation.ambiguities.iter().any(|x| x.id() == "B09"));
}

#[test]
fn a_stand_in_needing_two_absences_waits_for_both() {
    // 凉山 行政工作会议制度 一、: "秘书长和办公室主任外出期间，委托在家主持工作的副秘书长主持召开".
    let roles = |json: &str| -> Vec<String> {
        zhengwu::approval_route(&q(json))
            .unwrap()
            .steps
            .iter()
            .map(|s| s.role.clone())
            .collect()
    };
    let both = roles(
        r#"{"ruleset": "liangshan-office-2003", "ref": "AR-000L-HY1-01", "absent": ["秘书长", "办公室主任"]}"#,
    );
    assert!(
        both.iter().any(|r| r == "在家主持工作的副秘书长"),
        "{both:?}"
    );
    let one = roles(
        r#"{"ruleset": "liangshan-office-2003", "ref": "AR-000L-HY1-01", "absent": ["秘书长"]}"#,
    );
    assert!(
        !one.iter().any(|r| r == "在家主持工作的副秘书长"),
        "{one:?}"
    );
}

#[test]
fn a_provision_that_disagrees_is_shown_with_its_citation() {
    // 文山 第三十四条(二)1 (annual leave note to the 分管领导) vs 第三十四条(三) (day bands).
    let a = zhengwu::approval_route(&q(r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.annual-approval", "rank": "staff"}"#)).unwrap();
    let c = a
        .explanation
        .conflicts
        .iter()
        .find(|c| c.rule == "wenshan.leave.approval")
        .expect("the day-band rule");
    assert_eq!(c.citation.article, "第三十四条(三)");
    assert!(a
        .explanation
        .citations
        .iter()
        .any(|x| x.rule == "wenshan.leave.approval"));
}

#[test]
fn every_role_of_a_joint_final_stage_decides_finally() {
    // 凉山 公文审批制度 四、"需州政府审批的,报分管此项工作的副秘书长、副州长审批": both approve, in
    // no set order (one stage). Neither is followed by a later deciding stage, so each one's
    // approval is final for that matter — the deputy secretary-general's too, though listed first.
    for role in ["分管此项工作的副秘书长", "分管此项工作的副州长"] {
        let q = zhengwu::parse_json(&format!(
            r#"{{"ruleset":"liangshan-office-2003","role":"{role}"}}"#
        ))
        .and_then(zhengwu::Query::from_value)
        .unwrap();
        let a = zhengwu::approval_authority(&q).unwrap();
        let m = a
            .matters
            .iter()
            .find(|m| m.refs.iter().any(|r| r == "AR-000L-GW4-01"))
            .unwrap_or_else(|| panic!("{role}: no GW4 matter"));
        assert!(m.final_decision, "{role}");
        assert!(!m.alone, "{role}: the other approves too");
    }
}
