//! Issue 17, data part: ambiguities B22 (measures listed with 、: a menu or all of them) and B24
//! (the type of responsibility of 直接负责的主管人员, heads and deputies in charge) reported by every
//! rule whose answer depends on them; joint approval ("A、B审定", "A和B审核": one verb for several
//! roles, no order word) as one stage of the route, used the same way in every rule. Each expected
//! value is worked out by hand from the seed text quoted above the test.

mod common;
use common::{measures as menu, missing, parties as who, q};

use zhengwu::{sanction, SanctionAnswer};

fn run(ruleset: &str, rule: &str, facts: &str) -> SanctionAnswer {
    let sep = if facts.is_empty() { "" } else { "," };
    let query = q(&format!(
        r#"{{"ruleset":"{ruleset}","rule":"{rule}"{sep}{facts}}}"#
    ));
    common::checked(&format!("{rule} {facts}"), || sanction(&query))
}

const GX: &str = "guangxi-fault-2007";

/// (applied reading, option) of ambiguity `id` in an answer, if the answer reports it.
fn reading(a: &SanctionAnswer, id: &str) -> Option<(String, Option<String>)> {
    a.explanation
        .ambiguities
        .iter()
        .find(|x| x.id() == id)
        .map(|x| (x.applied.to_owned(), x.option()))
}

fn pairs(x: &[(&str, &str)]) -> Vec<(String, String)> {
    x.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| (*s).to_owned()).collect()
}

/// The default reading of B22: the measures are a menu; switchable (`readings.B22: "all"`).
fn menu_reading() -> Option<(String, Option<String>)> {
    Some(("menu".to_owned(), Some("readings.B22".to_owned())))
}

/// The default reading of B24: no type of responsibility, as written; switchable.
fn no_type() -> Option<(String, Option<String>)> {
    Some(("unspecified".to_owned(), Some("readings.B24".to_owned())))
}

// ═══════════════════════════════ B22: 、-lists offered as a menu ═══════════════════════════════

#[test]
fn guangxi_handler_tiers_are_a_menu_and_say_so() {
    // 第二十条 "承办人有下列行为之一的,承担直接责任: (一)未经审核人、批准人批准,擅自作出行政行为";
    // 第三十条第一款 "对负有直接责任的
    // 人员,情节较轻的,予以训诫、责令书面检查": two measures joined by 、 — B22, offered as a menu.
    let a = run(
        GX,
        "guangxi.sanction.handler",
        r#""conduct":"unapproved","severity":"minor""#,
    );
    assert_eq!(who(&a), pairs(&[("承办人", "直接责任")]));
    assert_eq!(menu(&a), v(&["训诫", "责令书面检查"]));
    assert_eq!(reading(&a, "B22"), menu_reading());
}

#[test]
fn guangxi_collective_agreeing_member_gets_the_third_paragraph_menu_with_b22_and_b23() {
    // 第二十四条 "赞同该错误决策和不发表意见的其他决策人承担重要领导责任"; 第三十条第三款 "对负有重要
    // 领导责任的人员…情节较重的,责令书面检查、取消评优评先资格、暂扣行政执法证件" (B22), and the
    // article's silence on dissenters is B23.
    let a = run(
        GX,
        "guangxi.sanction.collective",
        r#""position":"agreed","severity":"serious""#,
    );
    assert_eq!(who(&a), pairs(&[("其他决策人", "重要领导责任")]));
    assert_eq!(
        menu(&a),
        v(&["责令书面检查", "取消评优评先资格", "暂扣行政执法证件"])
    );
    assert_eq!(reading(&a, "B22"), menu_reading());
    assert_eq!(
        reading(&a, "B23").map(|r| r.0),
        Some("as-written".to_owned())
    );
}

#[test]
fn guangxi_reviewer_and_approver_rules_report_b22() {
    // 第二十二条 "审核人改变承办人的正确意见,经批准人批准导致行政过错发生的,审核人负直接责任";
    // 第二十三条 "批准人改变承办人、审核人的正确意见…导致行政过错发生的,批准人负直接责任"; both then
    // 第三十条第一款, 情节严重 "通报批评、吊销行政执法证件" (B22).
    let r = run(
        GX,
        "guangxi.sanction.reviewer",
        r#""case":"overrode","position":"reviewer","severity":"grave""#,
    );
    assert_eq!(who(&r), pairs(&[("审核人", "直接责任")]));
    assert_eq!(menu(&r), v(&["通报批评", "吊销行政执法证件"]));
    assert_eq!(reading(&r, "B22"), menu_reading());
    let p = run(
        GX,
        "guangxi.sanction.approver",
        r#""case":"overrode","severity":"grave""#,
    );
    assert_eq!(who(&p), pairs(&[("批准人", "直接责任")]));
    assert_eq!(menu(&p), v(&["通报批评", "吊销行政执法证件"]));
    assert_eq!(reading(&p, "B22"), menu_reading());
}

#[test]
fn guangxi_organ_measures_are_a_menu() {
    // 第二十八条 "行政机关发生行政过错的,视情形责令书面检查、通报批评、取消评优评先资格" — three
    // measures joined by 、 (B22). No harm to a party's rights: 第二十九条 does not apply.
    let a = run(
        GX,
        "guangxi.sanction.organ",
        r#""case":"own","harmedRights":false"#,
    );
    assert_eq!(who(&a), pairs(&[("行政机关", "行政过错责任")]));
    assert_eq!(
        menu(&a),
        v(&["责令书面检查", "通报批评", "取消评优评先资格"])
    );
    assert_eq!(reading(&a, "B22"), menu_reading());
}

#[test]
fn guangxi_measures_rule_reports_b22_but_takes_the_entered_type_not_b24() {
    // 第三十条第二款 "对负有主要领导责任的人员…情节严重的,视情形吊销行政执法证件、引咎辞去领导职务或者
    // 责令辞去领导职务" (B22). The type of responsibility is an input here (found by the competent
    // body), so B24 — which the fault catalogues report — is not this rule's reading.
    let a = run(
        GX,
        "guangxi.sanction.measures",
        r#""responsibility":"principal","severity":"grave","aggravating":"none","countInYear":1,"mitigating":"none""#,
    );
    assert_eq!(
        who(&a),
        pairs(&[("负有主要领导责任的人员", "主要领导责任")])
    );
    assert_eq!(
        menu(&a),
        v(&["吊销行政执法证件", "引咎辞去领导职务", "责令辞去领导职务"])
    );
    assert_eq!(reading(&a, "B22"), menu_reading());
    assert_eq!(reading(&a, "B24"), None);
}

#[test]
fn wenshan_persistent_malpractice_measures_are_a_menu() {
    // 第六条(三)2(4) "对干部群众反映强烈、长期得不到有效解决的不正之风问题,对各科室、直属单位和经办
    // 机构负责人及相关人员进行询问、质询、谈话、问责" — four measures joined by 、 (B22).
    let a = run(
        "wenshan-hrss-2019",
        "wenshan.sanction.inspection-findings",
        r#""finding":"persistent-malpractice""#,
    );
    assert_eq!(menu(&a), v(&["询问", "质询", "谈话", "问责"]));
    assert_eq!(reading(&a, "B22"), menu_reading());
}

#[test]
fn b22_read_as_all_makes_the_measures_apply_together() {
    // The same 第三十条第一款 handler as above, "予以训诫、责令书面检查": with readings.B22 = "all"
    // both apply together — the measures are the same two, the mode says so.
    let menu_answer = run(
        GX,
        "guangxi.sanction.handler",
        r#""conduct":"unapproved","severity":"minor""#,
    );
    let a = run(
        GX,
        "guangxi.sanction.handler",
        r#""conduct":"unapproved","severity":"minor","readings":{"B22":"all"}"#,
    );
    assert_eq!(menu(&a), menu(&menu_answer));
    assert_eq!(
        reading(&a, "B22"),
        Some(("all".to_owned(), Some("readings.B22".to_owned())))
    );
    let mode = a.parties[0].mode.as_ref().unwrap();
    assert!(mode.zh.starts_with("所列措施须同时适用"), "{}", mode.zh);
    assert_ne!(menu_answer.parties[0].mode, a.parties[0].mode);
}

// ══════════════════════ B24: persons named, the type of responsibility not ══════════════════════

#[test]
fn b24_read_as_leadership_or_direct_types_the_head() {
    // 第七条(二): "行政机关首长承担行政过错责任". Read as leadership responsibility, the answer keeps
    // the seed's words and adds the type; read as direct, the same with 直接责任.
    for (key, zh) in [
        ("leadership", "行政过错责任（领导责任）"),
        ("direct", "行政过错责任（直接责任）"),
    ] {
        let a = run(
            GX,
            "guangxi.sanction.head",
            &format!(r#""fault":"low-efficiency","readings":{{"B24":"{key}"}}"#),
        );
        assert_eq!(who(&a), pairs(&[("行政机关首长", zh)]), "{key}");
        assert_eq!(
            reading(&a, "B24"),
            Some((key.to_owned(), Some("readings.B24".to_owned())))
        );
        assert!(a
            .explanation
            .trace()
            .iter()
            .any(|t| t.zh.contains("未规定种类")));
    }
}

#[test]
fn guangxi_head_bears_fault_liability_of_no_stated_type() {
    // 第七条(二) "机关效能低下,影响全局工作" — "行政机关首长承担行政过错责任": no 直接/主要领导/重要
    // 领导 type (第十九条), so the answer says 行政过错责任 and reports B24 (default: as written).
    let a = run(GX, "guangxi.sanction.head", r#""fault":"low-efficiency""#);
    assert_eq!(who(&a), pairs(&[("行政机关首长", "行政过错责任")]));
    assert_eq!(reading(&a, "B24"), no_type());
    // No 第三十条 tier without a type: the measures come from guangxi.sanction.measures.
    assert!(menu(&a).is_empty());
}

#[test]
fn every_guangxi_fault_catalogue_reports_b24() {
    // 第八条–第十八条 each end in "追究行政过错责任" / "承担行政过错责任" without a type; the last item of
    // each ("其他…的情形") is enough to reach the rule.
    for (rule, fault) in [
        ("procedure", "other"),
        ("licensing", "other"),
        ("levy", "other"),
        ("inspection", "other"),
        ("penalty", "other"),
        ("coercion", "other"),
        ("admin-review", "other"),
        ("normative", "other"),
        ("petition", "other"),
        ("internal", "other"),
        ("inaction", "other"),
    ] {
        let a = run(
            GX,
            &format!("guangxi.sanction.{rule}"),
            &format!(r#""fault":"{fault}""#),
        );
        assert!(!a.parties.is_empty(), "{rule}: no party");
        assert!(
            a.parties
                .iter()
                .all(|p| p.responsibility.zh == "行政过错责任"),
            "{rule}: {:?}",
            who(&a)
        );
        assert_eq!(reading(&a, "B24"), no_type(), "{rule}");
    }
}

#[test]
fn guangxi_inaction_names_the_person_liable() {
    // 第十八条(二) "拒绝发放应当发放的抚恤金、社会保险金或者最低生活保障费" — "应当追究行政过错责任人的
    // 责任".
    let a = run(GX, "guangxi.sanction.inaction", r#""fault":"benefits""#);
    assert_eq!(who(&a), pairs(&[("行政过错责任人", "行政过错责任")]));
    assert_eq!(reading(&a, "B24"), no_type());
}

#[test]
fn liangshan_leader_in_charge_is_responsible_of_no_stated_type() {
    // 考核、值班和请销假制度 一、"科室出现违纪和渎职行为,追究分管领导责任".
    let a = run(
        "liangshan-office-2003",
        "liangshan.sanction.section-misconduct",
        r#""misconduct":"dereliction""#,
    );
    assert_eq!(who(&a), pairs(&[("分管领导", "责任（未规定种类）")]));
    assert_eq!(reading(&a, "B24"), no_type());
}

#[test]
fn wenshan_heads_named_without_a_type_report_b24() {
    // 第十八条(六)4 "情节严重的…并追究该行政执法机构负责人和直接责任人的责任".
    let a = run(
        "wenshan-hrss-2019",
        "wenshan.sanction.enforcement-supervision",
        r#""finding":"non-performance","serious":true"#,
    );
    assert!(who(&a).contains(&("行政执法机构负责人".to_owned(), "责任".to_owned())));
    assert_eq!(reading(&a, "B24"), no_type());
    // 第四十条(四)2 "应追究当事人和科室负责人的责任,情节严重的要给予纪律处分".
    let b = run(
        "wenshan-hrss-2019",
        "wenshan.sanction.fixed-assets",
        r#""case":"loss-damage","serious":false"#,
    );
    assert_eq!(
        who(&b),
        pairs(&[("当事人", "责任"), ("科室负责人", "责任")])
    );
    assert_eq!(reading(&b, "B24"), no_type());
}

#[test]
fn rules_with_a_stated_type_do_not_report_b24() {
    // 第二十条: "承办人…承担直接责任" — the type is stated.
    let a = run(
        GX,
        "guangxi.sanction.handler",
        r#""conduct":"deviated","severity":"minor""#,
    );
    assert_eq!(reading(&a, "B24"), None);
}

// ═══════════════════ Joint approval: one verb for several roles, order unspecified ═══════════════════

/// (order, role, action, parallel) of each step.
fn route(json: &str) -> (bool, Vec<(u32, String, String, bool)>) {
    let a = zhengwu::approval_route(&q(json)).unwrap();
    (
        a.sequential,
        a.steps
            .iter()
            .map(|s| (s.order, s.role.clone(), s.action.to_owned(), s.parallel))
            .collect(),
    )
}

fn st(x: &[(u32, &str, &str, bool)]) -> Vec<(u32, String, String, bool)> {
    x.iter()
        .map(|(o, r, a, p)| (*o, (*r).to_owned(), (*a).to_owned(), *p))
        .collect()
}

#[test]
fn liangshan_expense_reviewed_jointly_then_approved() {
    // 财务管理与监督制度 三、1. "10000元-15000元经分管财务的领导和办公室主任审核后报秘书长审批":
    // "A和B审核" is one stage with no order between A and B; "后报" puts the 秘书长 after it.
    let (seq, steps) = route(
        r#"{"ruleset": "liangshan-office-2003", "rule": "liangshan.expense", "amount": 12000, "budgeted": true}"#,
    );
    assert!(!seq);
    assert_eq!(
        steps,
        st(&[
            (1, "分管财务的领导", "review", true),
            (1, "办公室主任", "review", true),
            (2, "秘书长", "approve", false),
        ])
    );
}

#[test]
fn liangshan_unbudgeted_expense_is_approved_by_three_jointly() {
    // "未列入预算的支出须经办公室分管领导、办公室主任、秘书长审批": three roles, one verb, no order.
    let (seq, steps) = route(
        r#"{"ruleset": "liangshan-office-2003", "rule": "liangshan.expense", "amount": 100, "budgeted": false}"#,
    );
    assert!(!seq);
    assert_eq!(
        steps,
        st(&[
            (1, "办公室分管领导", "approve", true),
            (1, "办公室主任", "approve", true),
            (1, "秘书长", "approve", true),
        ])
    );
}

#[test]
fn liangshan_sequential_wording_stays_sequential() {
    // "5000元-10000元经分管财务的领导审核后报办公室主任审批": "审核后报" — two stages in order.
    let (seq, steps) = route(
        r#"{"ruleset": "liangshan-office-2003", "rule": "liangshan.expense", "amount": 8000, "budgeted": true}"#,
    );
    assert!(seq);
    assert_eq!(
        steps,
        st(&[
            (1, "分管财务的领导", "review", false),
            (2, "办公室主任", "approve", false),
        ])
    );
}

#[test]
fn liangshan_reception_settlement_two_joint_stages() {
    // 财务管理与监督制度 三、4. "由接待科和财务科共同执行,经办公室分管领导审核后,报办公室主任、秘书长
    // 审批,由财务科审核划拨": 接待科+财务科 (1), 分管领导 (2), 主任+秘书长 (3), 财务科 (4).
    let (_, steps) = route(r#"{"ruleset": "liangshan-office-2003", "ref": "AR-000L-CW3.4-01"}"#);
    assert_eq!(
        steps,
        st(&[
            (1, "接待科", "handle", true),
            (1, "财务科", "handle", true),
            (2, "办公室分管领导", "review", false),
            (3, "办公室主任", "approve", true),
            (3, "秘书长", "approve", true),
            (4, "财务科", "handle", false),
        ])
    );
}

#[test]
fn liangshan_worker_transfer_decided_jointly_as_before() {
    // 干部人事管理制度 九、"工人调出,由所在科室提出报告,经人事保卫科审核后,报请秘书长、办公室主任审定".
    let (_, steps) = route(
        r#"{"ruleset": "liangshan-office-2003", "rule": "liangshan.worker.transfer", "direction": "out"}"#,
    );
    assert_eq!(
        steps,
        st(&[
            (1, "所在科室", "report", false),
            (2, "人事保卫科", "review", false),
            (3, "秘书长", "approve", true),
            (3, "办公室主任", "approve", true),
        ])
    );
}

#[test]
fn wenshan_parking_claim_signed_by_three_jointly() {
    // 第四十一条(四) "由驾驶员填制费用报销单,经办公室负责人、规划财务科负责人、局分管领导签字后报销".
    let (_, steps) = route(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "AR-004-041-02", "matter": "parking-tolls"}"#,
    );
    assert_eq!(
        steps,
        st(&[
            (1, "驾驶员", "draft", false),
            (2, "办公室负责人", "review", true),
            (2, "规划财务科负责人", "review", true),
            (2, "局分管领导", "approve", true),
        ])
    );
}

#[test]
fn dongqu_explicit_order_is_kept() {
    // 第五十一条 "由常务会议秘书、区政府办公室副主任、主任对议题依次进行初审…初审通过后,报常务副区长
    // 审核、区长批准": "依次" gives the order, so the listed roles stay one after another.
    let (seq, steps) = route(r#"{"ruleset": "panzhihua-dongqu-2012", "ref": "AR-002-051-01"}"#);
    assert!(seq);
    assert_eq!(
        steps.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
}

/// A role's endings of two characters or more ("分管此项工作的副州长" → …, "副州长", "州长").
fn endings(role: &str) -> impl Iterator<Item = &str> {
    let n = role.chars().count();
    role.char_indices()
        .take(n.saturating_sub(1))
        .map(move |(i, _)| &role[i..])
}

/// The data convention, checked over every route: where the route's quote joins two consecutive
/// steps' roles with 、/和/及/与 (one verb for both) and names no order (依次, 顺序), the second
/// step is `parallel`. A route the text orders keeps its steps apart.
#[test]
fn joint_wording_is_one_stage_in_every_route() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/rules");
    let mut checked = 0;
    let mut bad = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".toml") && n != "ruleset.toml")
            })
            .collect();
        files.sort();
        for f in files {
            let t: toml::Table = toml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let Some(toml::Value::Array(rules)) = t.get("approval") else {
                continue;
            };
            for r in rules {
                let id = r["id"].as_str().unwrap();
                let Some(toml::Value::Array(routes)) = r.get("route") else {
                    continue;
                };
                for rt in routes {
                    let quote = rt.get("quote").and_then(|x| x.as_str()).unwrap_or("");
                    if quote.contains("依次") || quote.contains("顺序") {
                        continue;
                    }
                    let Some(toml::Value::Array(steps)) = rt.get("step") else {
                        continue;
                    };
                    for w in steps.windows(2) {
                        let a = w[0]["role_zh"].as_str().unwrap();
                        let b = w[1]["role_zh"].as_str().unwrap();
                        // The text may shorten a role ("副秘书长、副州长" for 分管此项工作的副秘书长 and
                        // 分管此项工作的副州长; "副主任、主任"): compare the roles' endings too.
                        let joined = endings(a).any(|x| {
                            endings(b).any(|y| {
                                ["、", "和", "及", "与"]
                                    .iter()
                                    .any(|sep| quote.contains(&format!("{x}{sep}{y}")))
                            })
                        });
                        // 木里 第一百零八条 "副县长、办公室主任出差、休假应事先报告县长": the listed
                        // roles are those who report, not the route's steps (县长, 县政府办公室).
                        if !joined || id == "muli.leave.report" {
                            continue;
                        }
                        checked += 1;
                        let parallel = w[1]
                            .get("parallel")
                            .and_then(|x| x.as_bool())
                            .unwrap_or(false);
                        if !parallel {
                            bad.push(format!("{id}: {a} / {b} in “{quote}”"));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} joint pairs found");
    assert!(
        bad.is_empty(),
        "joint wording encoded as sequential:\n{}",
        bad.join("\n")
    );
}

#[test]
fn dongqu_minutes_joint_recheck_but_two_verbs_stay_in_order() {
    // 第六十二条第二款 "区政府常务会议纪要由常务会议秘书负责草拟,经区政府办公室副主任、主任复核后,报常务副
    // 区长审核,由会议主持人审定签发": 副主任 and 主任 re-check jointly (one verb) — one stage.
    let (_, steps) = route(
        r#"{"ruleset": "panzhihua-dongqu-2012", "rule": "dongqu.minutes", "meeting": "executive"}"#,
    );
    assert_eq!(
        steps,
        st(&[
            (1, "常务会议秘书", "draft", false),
            (2, "区政府办公室副主任", "review", true),
            (2, "区政府办公室主任", "review", true),
            (3, "常务副区长", "review", false),
            (4, "会议主持人", "sign", false),
        ])
    );
    // 第八十一条 "经区政府办公室副主任复核、主任审核后,报会议主持人审定签发": a verb for each — two
    // acts, in the order written.
    let (seq, steps) = route(
        r#"{"ruleset": "panzhihua-dongqu-2012", "rule": "dongqu.minutes", "meeting": "topical"}"#,
    );
    assert!(seq);
    assert_eq!(
        steps.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}

#[test]
fn liangshan_request_to_the_prefecture_goes_to_both_deputies_jointly() {
    // 公文审批制度 四、"需州政府审批的,报分管此项工作的副秘书长、副州长审批": after the office director's
    // 签批, the deputy secretary-general and the deputy governor approve as one stage.
    let (_, steps) = route(
        r#"{"ruleset": "liangshan-office-2003", "rule": "liangshan.doc.request", "kind": "government"}"#,
    );
    assert_eq!(
        steps.iter().map(|s| (s.0, s.3)).collect::<Vec<_>>(),
        vec![(1, false), (2, false), (3, true), (3, true)]
    );
}

#[test]
fn wenshan_twins_with_a_difficult_birth_governed_by_128_days() {
    // 文山 第三十四条(二)4 "女职工产假为90天…难产者增加产假15天…多胞胎生育的,每多生育1个婴儿,增加产假
    // 15天": 90 + 15 + 15 = 120. 女职工劳动保护特别规定 第七条 "女职工生育享受98天产假…难产的,增加产假
    // 15天;生育多胞胎的,每多生育1个婴儿,增加产假15天": 98 + 15 + 15 = 128, a national minimum.
    let a = zhengwu::leave_entitlement(&zhengwu::Calendar::builtin().unwrap(), &q(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.maternity", "difficultBirth": true, "babies": 2, "gloryCertificate": false}"#,
    ))
    .unwrap();
    assert_eq!(a.days, 120);
    let g = a.governing.as_ref().expect("the national figure governs");
    assert_eq!((g.days, g.rule.as_str()), (128, "cn.maternity-2012"));
    // The conflict's summary states the 128 too.
    assert!(a
        .explanation
        .conflicts
        .iter()
        .any(|c| c.summary.zh.contains("128")));
}

// ═══════════════════════ Inputs asked only when the answer depends on them ═══════════════════════

#[test]
fn a_dissenter_is_not_asked_for_the_severity() {
    // 第二十四条 names the sole decider, the principal decider and the members who "赞同" or "不发表
    // 意见"; one who opposed the decision is none of them (B23, as written). With position
    // "dissented" no party and no measure can apply, so the severity — required to pick a tier —
    // is no longer asked for; with "agreed" it still is.
    let a = run(
        GX,
        "guangxi.sanction.collective",
        r#""position":"dissented""#,
    );
    assert!(a.parties.is_empty());
    assert!(
        !missing(&a).contains(&"severity".to_owned()),
        "{:?}",
        missing(&a)
    );
    let a = run(GX, "guangxi.sanction.collective", r#""position":"agreed""#);
    assert!(
        missing(&a).contains(&"severity".to_owned()),
        "{:?}",
        missing(&a)
    );
}
