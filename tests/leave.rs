//! Leave entitlements of `[[leave]]` rules (文山 leave-more.toml and the national rules they name),
//! each expectation worked out by hand from the seed text quoted above it.

mod common;
use common::q;

use zhengwu::{leave_entitlement, LeaveAnswer};

fn leave(json: &str) -> LeaveAnswer {
    let query = q(json);
    common::checked(json, || {
        leave_entitlement(&zhengwu::Calendar::builtin().unwrap(), &query)
    })
}

/// (label, days, applied) of every part.
fn parts(a: &LeaveAnswer) -> Vec<(String, u32, bool)> {
    a.parts
        .iter()
        .map(|p| (p.label.zh.clone(), p.days, p.applied))
        .collect()
}

/// "order.role/action" of the approval steps.
fn route(a: &LeaveAnswer) -> Vec<String> {
    a.approval
        .as_ref()
        .expect("an approval route")
        .steps
        .iter()
        .map(|s| format!("{}.{}/{}", s.order, s.role, s.action))
        .collect()
}

fn conflict_rules(a: &LeaveAnswer) -> Vec<&str> {
    a.explanation
        .conflicts
        .iter()
        .map(|c| c.rule.as_str())
        .collect()
}

fn missing_fields(a: &LeaveAnswer) -> Vec<&str> {
    a.explanation
        .missing
        .iter()
        .map(|m| m.field.as_str())
        .collect()
}

fn traced(a: &LeaveAnswer, rule: &str, needle: &str) -> bool {
    a.explanation
        .trace()
        .iter()
        .any(|t| t.rule == rule && t.zh.contains(needle))
}

fn applied(a: &LeaveAnswer, id: &str) -> Option<String> {
    a.explanation
        .ambiguities
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.applied.clone())
}

// ---- 婚假: "职工本人结婚,给予3天婚假。男职工25周岁、女职工23周岁以上,依法登记初婚的为晚婚,在规定的婚假外增加婚假15天。"
// 3 days in the 3–7 band of 第三十四条(三) "3天以上7天以内由分管领导批准".

#[test]
fn marriage_leave_is_three_days_approved_by_the_deputy() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.marriage", "rank": "staff"}"#,
    );
    assert_eq!(a.days, 3);
    assert_eq!(a.unit, "day");
    assert_eq!(parts(&a), vec![("婚假".to_owned(), 3, true)]);
    assert_eq!(route(&a), ["1.分管领导/approve"]);
    assert_eq!(applied(&a, "B16").as_deref(), Some("calendar"));
    assert!(a.explanation.conflicts.is_empty());
    assert!(a
        .explanation
        .citations
        .iter()
        .any(|c| c.quote == "职工本人结婚,给予3天婚假"));
}

#[test]
fn late_marriage_bonus_is_shown_but_not_counted() {
    // A man of 26, first marriage: the seed adds 15 days, abolished since 2016 → shown, not counted.
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "LV-004-034-10", "rank": "staff",
            "sex": "male", "age": 26, "firstMarriage": true}"#,
    );
    assert_eq!(a.rule, "wenshan.leave.marriage");
    assert_eq!(a.days, 3);
    assert_eq!(
        parts(&a),
        vec![
            ("婚假".to_owned(), 3, true),
            ("晚婚增加婚假（男职工25周岁以上初婚）".to_owned(), 15, false)
        ]
    );
    assert!(a.parts[1].obsolete.is_some());
    // 23 is "以上" for a woman (inclusive); 22 is not.
    let w23 = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.marriage", "rank": "staff",
            "sex": "female", "age": 23, "firstMarriage": true}"#,
    );
    assert_eq!(
        (w23.days, w23.parts.len(), w23.parts[1].applied),
        (3, 2, false)
    );
    let w22 = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.marriage", "rank": "staff",
            "sex": "female", "age": 22, "firstMarriage": true}"#,
    );
    assert_eq!(parts(&w22), vec![("婚假".to_owned(), 3, true)]);
    // Not a first marriage: no late-marriage part at all.
    let second = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.marriage", "rank": "staff",
            "sex": "male", "age": 40, "firstMarriage": false}"#,
    );
    assert_eq!(second.parts.len(), 1);
}

// ---- 丧假: "职工直系亲属(父母、配偶和子女,岳父母、公婆)死亡,给予5天丧假"; national 1980 notice:
// parents, spouse, children only, "酌情给予一至三天" (upper end 3).

#[test]
fn bereavement_for_a_parent_in_law_is_five_days_and_none_nationally() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.bereavement",
            "relation": "parent-in-law", "rank": "staff"}"#,
    );
    assert_eq!(a.days, 5);
    assert_eq!(a.unit, "day");
    assert_eq!(
        parts(&a),
        vec![
            ("丧假".to_owned(), 0, true),
            (
                "直系亲属（父母、配偶和子女，岳父母、公婆）死亡".to_owned(),
                5,
                true
            )
        ]
    );
    // 5 days: staff 3–7 → 分管领导.
    assert_eq!(route(&a), ["1.分管领导/approve"]);
    assert_eq!(conflict_rules(&a), ["cn.bereavement-1980"]);
    assert_eq!(a.explanation.conflicts[0].in_force, "1980-02-20");
    assert!(traced(&a, "cn.bereavement-1980", "为 0 天"));
}

#[test]
fn bereavement_for_a_parent_is_five_days_against_three_nationally() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "LV-004-034-11",
            "relation": "parent", "rank": "section-head"}"#,
    );
    assert_eq!(a.days, 5);
    // Section head, 5 days: "4天以上由局长审批".
    assert_eq!(route(&a), ["1.局长/approve"]);
    assert!(traced(&a, "cn.bereavement-1980", "为 3 天"));
}

#[test]
fn bereavement_for_other_relatives_is_not_set() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.bereavement",
            "relation": "other", "rank": "staff"}"#,
    );
    assert_eq!(a.days, 0);
    assert_eq!(parts(&a), vec![("丧假".to_owned(), 0, true)]);
    let missing = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.bereavement", "rank": "staff"}"#,
    );
    assert_eq!(missing.days, 0);
    assert_eq!(missing_fields(&missing), ["relation"]);
}

// ---- 男方护理假: "…增加产假30天,男方护理假7天" (B20 scope: the wider reading, 7 days for any birth).

#[test]
fn paternity_leave_is_seven_days() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "LV-004-034-16", "rank": "section-head"}"#,
    );
    assert_eq!(a.rule, "wenshan.leave.paternity");
    assert_eq!(a.days, 7);
    assert_eq!(a.unit, "day");
    assert_eq!(parts(&a), vec![("男方护理假".to_owned(), 7, true)]);
    // Section head, 7 days: "4天以上由局长审批".
    assert_eq!(route(&a), ["1.局长/approve"]);
    assert!(a.explanation.conflicts.is_empty());
    // B16 as working days: same number, other unit.
    let w = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.paternity", "rank": "staff",
            "readings": {"B16": "working"}}"#,
    );
    assert_eq!((w.days, w.unit), (7, "working_day"));
    assert_eq!(applied(&w, "B16").as_deref(), Some("working"));
    // Staff, 7 days: "3天以上7天以内由分管领导批准".
    assert_eq!(route(&w), ["1.分管领导/approve"]);
}

// ---- 探亲假: "职工探望配偶的每年给探亲假1次,假期30天;未婚职工探望父母的原则上每年给假1次,假期20天;
// 已婚职工探望父母的,每4年给假1次,假期为20天"

#[test]
fn home_leave_variants() {
    let spouse = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "LV-004-034-17", "visit": "spouse", "rank": "staff"}"#,
    );
    assert_eq!(spouse.rule, "wenshan.leave.home-visit");
    assert_eq!(spouse.days, 30);
    assert_eq!(
        parts(&spouse),
        vec![
            ("探亲假".to_owned(), 0, true),
            ("探望配偶（每年1次）".to_owned(), 30, true)
        ]
    );
    // Staff, 30 days: "8天以上由局长批准".
    assert_eq!(route(&spouse), ["1.局长/approve"]);
    let unmarried = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.home-visit",
            "visit": "parents-unmarried", "rank": "division-level"}"#,
    );
    assert_eq!(unmarried.days, 20);
    assert_eq!(route(&unmarried), ["1.局长/approve"]);
    let married = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.home-visit",
            "visit": "parents-married", "rank": "section-head"}"#,
    );
    assert_eq!(married.days, 20);
    assert_eq!(married.parts[1].label.zh, "已婚职工探望父母（每4年1次）");
    assert_eq!(route(&married), ["1.局长/approve"]);
    assert_eq!(married.unit, "day");
}

// ---- 年休假: the seed gives no days (0), the national figure comes as a conflict; the note goes to
// the 分管领导 ("工作人员休假前1周内向分管领导提交请假条").

#[test]
fn wenshan_annual_leave_takes_the_national_days_and_shows_the_offset_conflict() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "ref": "LV-004-034-07", "serviceYears": 12, "rank": "staff"}"#,
    );
    assert_eq!(a.rule, "wenshan.leave.annual");
    // The rules give no days; 职工带薪年休假条例 第三条 does: 12 years → 10 working days.
    assert_eq!(a.days, 10);
    assert_eq!(a.unit, "working_day");
    assert_eq!(
        parts(&a),
        vec![
            ("年休假（职工带薪年休假条例）".to_owned(), 0, true),
            ("累计工作已满10年不满20年".to_owned(), 10, true)
        ]
    );
    assert_eq!(route(&a), ["1.分管领导/approve"]);
    assert_eq!(conflict_rules(&a), ["cn.annual-leave-2008"]);
    assert_eq!(a.explanation.conflicts[0].in_force, "2008-01-01");
    // 12 years: "已满10年不满20年的，年休假10天".
    assert!(traced(&a, "cn.annual-leave-2008", "为 10 天"));
    let leader = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.annual", "serviceYears": 25, "rank": "bureau-leader"}"#,
    );
    assert_eq!(route(&leader), ["1.局长/decide", "2.人事教育科/record"]);
    assert!(traced(&leader, "cn.annual-leave-2008", "为 15 天"));
    let missing = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.annual", "rank": "staff"}"#,
    );
    assert!(missing
        .explanation
        .missing
        .iter()
        .any(|m| m.field == "serviceYears"));
}

// ---- 职工带薪年休假条例 第三条: "职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；
// 已满20年的，年休假15天。国家法定休假日、休息日不计入年休假的假期。"

#[test]
fn national_annual_leave_by_years_of_service() {
    for (years, days) in [
        (0.5, 0),
        (1.0, 5),
        (9.9, 5),
        (10.0, 10),
        (19.5, 10),
        (20.0, 15),
        (35.0, 15),
    ] {
        let a = leave(&format!(
            r#"{{"ruleset": "cn-national", "rule": "cn.annual-leave-2008", "serviceYears": {years}}}"#
        ));
        assert_eq!(a.days, days, "{years} years");
        assert_eq!(a.unit, "working_day");
        assert!(a.approval.is_none());
        let counted: Vec<u32> = a.parts.iter().skip(1).map(|p| p.days).collect();
        if days == 0 {
            assert!(counted.is_empty(), "{years} years");
        } else {
            assert_eq!(counted, [days], "{years} years");
        }
    }
    let a =
        leave(r#"{"ruleset": "cn-national", "rule": "cn.annual-leave-2008", "serviceYears": 10}"#);
    assert_eq!(a.parts[1].label.zh, "累计工作已满10年不满20年");
    assert!(a
        .explanation
        .citations
        .iter()
        .any(|c| c.quote == "已满10年不满20年的，年休假10天"));
}

// ---- 1980 婚丧假 notice: "职工本人结婚或职工的直系亲属(父母、配偶和子女)死亡时,…酌情给予一至三天的婚丧假"

#[test]
fn national_marriage_and_bereavement_leave() {
    let m = leave(r#"{"ruleset": "cn-national", "rule": "cn.marriage-1980"}"#);
    assert_eq!((m.days, m.unit), (3, "day"));
    let child =
        leave(r#"{"ruleset": "cn-national", "rule": "cn.bereavement-1980", "relation": "child"}"#);
    assert_eq!(child.days, 3);
    let in_law = leave(
        r#"{"ruleset": "cn-national", "rule": "cn.bereavement-1980", "relation": "parent-in-law"}"#,
    );
    assert_eq!(in_law.days, 0);
}

// ---- Not a [[leave]] rule, but the gap of 第三十四条(五) (B03) must not be decided silently: 1.5
// days for staff falls in both widened bands; the answer applies B03's default (the higher band)
// and the lower band is one reading away.

#[test]
fn staff_trip_of_one_and_a_half_days_is_flagged() {
    let a = zhengwu::approval_route(&q(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.trip-report", "rank": "staff", "days": 1.5}"#,
    ))
    .unwrap();
    let b03 = a
        .explanation
        .ambiguities
        .iter()
        .find(|x| x.id == "B03")
        .expect("B03");
    assert_eq!(
        (b03.applied.as_str(), b03.option.as_deref()),
        ("higher", Some("readings.B03"))
    );
    let roles: Vec<&str> = a.steps.iter().map(|s| s.role.as_str()).collect();
    assert_eq!(roles, ["局长", "分管领导"]);
    let one = zhengwu::approval_route(&q(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.trip-report", "rank": "staff", "days": 1}"#,
    ))
    .unwrap();
    assert!(one.explanation.warnings().is_empty());
}

// ---- 产假: 文山 第三十四条(二)4 "女职工产假为90天,难产者增加产假15天,多胞胎生育的,每多生育1个婴儿,增加产假15天";
// 女职工劳动保护特别规定 第七条 (in force 2012-04-28, before the 2019 rules) "女职工生育享受98天产假，…难产的，
// 增加产假15天；生育多胞胎的，每多生育1个婴儿，增加产假15天". The local figure stays in `days`; the national
// minimum governs.

#[test]
fn maternity_below_the_national_minimum_is_governed_by_it() {
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.maternity",
            "difficultBirth": true, "babies": 2, "rank": "staff"}"#,
    );
    // Local: 90 + 15 (难产) + (2 − 1) × 15 (one extra baby) = 120.
    assert_eq!(a.days, 120);
    // National: 98 + 15 + (2 − 1) × 15 = 128 > 120, so 128 governs.
    let g = a.governing.as_ref().expect("the national minimum governs");
    assert_eq!(g.days, 128);
    assert_eq!(g.rule, "cn.maternity-2012");
    assert_eq!(g.citation.article, "第七条");
    assert_eq!(g.citation.ruleset, "cn-national");
    assert!(g.why.zh.contains("低于") && g.why.zh.contains("128"));
    assert!(g.why.en.contains("yields"));
    // The conflict stays, with the national figure.
    assert_eq!(conflict_rules(&a), ["cn.maternity-2012"]);
    assert_eq!(a.explanation.conflicts[0].days, Some(128));
    assert!(traced(&a, "cn.maternity-2012", "以 128 天为准"));
    // Both provisions are cited: the local article and 第七条.
    let arts: Vec<&str> = a.explanation.citations.iter().map(|c| c.article).collect();
    assert!(arts.contains(&"第三十四条(二)4") && arts.contains(&"第七条"));
    // 128 days, staff: "8天以上由局长批准".
    assert_eq!(route(&a), ["1.局长/approve"]);
    assert!(a.text.contains("128"));
}

#[test]
fn maternity_single_birth_governing_and_units() {
    // One baby, no complication: 90 locally, 98 nationally.
    let a = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.maternity", "rank": "staff"}"#,
    );
    assert_eq!(a.days, 90);
    assert_eq!(a.governing.as_ref().map(|g| g.days), Some(98));
    // The abolished 晚育 bonus changes neither figure: 90 and 98.
    let glory = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.maternity", "rank": "staff",
            "gloryCertificate": true}"#,
    );
    assert_eq!(
        (glory.days, glory.governing.map(|g| g.days)),
        (90, Some(98))
    );
    // B16 read as working days: 90 working days cannot be set against 98 calendar days; no
    // governing figure is claimed (the conflict is still shown).
    let w = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.maternity", "rank": "staff",
            "readings": {"B16": "working"}}"#,
    );
    assert_eq!((w.days, w.unit), (90, "working_day"));
    assert!(w.governing.is_none());
    assert_eq!(conflict_rules(&w), ["cn.maternity-2012"]);
    // Local rules at or above the national figure are not governed: 丧假 5 against 3.
    let b = leave(
        r#"{"ruleset": "wenshan-hrss-2019", "rule": "wenshan.leave.bereavement",
            "relation": "parent", "rank": "staff"}"#,
    );
    assert!(b.governing.is_none());
}

// ---- 流产假: 女职工劳动保护特别规定 第七条 "女职工怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，
// 享受42天产假。" 未满 excludes 4 months, 满 includes it.

#[test]
fn miscarriage_leave_by_months_of_pregnancy() {
    // 2 and 3.9 months: not yet 4 → 15; exactly 4 and 6 months: 满4个月 → 42.
    for (months, days) in [(2.0, 15), (3.9, 15), (4.0, 42), (6.0, 42)] {
        let a = leave(&format!(
            r#"{{"ruleset": "cn-national", "rule": "cn.miscarriage-2012", "monthsPregnant": {months}}}"#
        ));
        assert_eq!((a.days, a.unit), (days, "day"), "{months} months");
        assert!(a.governing.is_none());
        assert!(a
            .explanation
            .citations
            .iter()
            .all(|c| c.article == "第七条" && c.ruleset == "cn-national"));
    }
    let a = leave(r#"{"ruleset": "cn-national", "rule": "cn.miscarriage-2012"}"#);
    assert_eq!(a.days, 0);
    assert_eq!(missing_fields(&a), ["monthsPregnant"]);
    assert!(zhengwu::leave_entitlement(
        &zhengwu::Calendar::builtin().unwrap(),
        &q(r#"{"ruleset": "cn-national", "rule": "cn.miscarriage-2012", "monthsPregnant": -1}"#)
    )
    .is_err());
}

/// The leave on the calendar from a start date (issue 17: annual leave from a start date to its
/// last day in working days). Dates worked out by hand with data/calendar/cn.toml.
mod dates {
    use super::q;
    use zhengwu::{leave_entitlement, Calendar, LeaveAnswer};

    fn leave(json: &str) -> LeaveAnswer {
        leave_entitlement(&Calendar::builtin().unwrap(), &q(json)).unwrap()
    }

    fn dates(a: &LeaveAnswer) -> (&str, &str, &str) {
        let d = a.dates.as_ref().unwrap();
        (d.first.as_str(), d.last.as_str(), d.back.as_str())
    }

    #[test]
    fn annual_leave_counts_working_days_across_the_national_day_break() {
        // 12 years of service: 10 working days (年休假条例 第三条, "国家法定休假日、休息日不计入").
        // From Monday 2026-09-28: 9-28, 9-29, 9-30, (10-01..10-07 holiday), 10-08, 10-09, the
        // adjusted working Saturday 10-10, 10-12, 10-13, 10-14, 10-15: the last day is Thursday
        // 2026-10-15, back on Friday 10-16.
        let a = leave(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual","serviceYears":12,"rank":"staff","start":"2026-09-28"}"#,
        );
        assert_eq!(dates(&a), ("2026-09-28", "2026-10-15", "2026-10-16"));
        assert!(a
            .explanation
            .trace()
            .iter()
            .any(|t| t.zh.contains("最后一日为 2026年10月15日")));
    }

    #[test]
    fn working_day_leave_from_a_saturday_starts_on_monday() {
        // 5 years of service: 5 working days ("已满1年不满10年的，年休假5天"). Saturday 2026-11-07
        // is a rest day: leave runs Monday 11-09 to Friday 11-13, back on Monday 11-16.
        let a = leave(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual","serviceYears":5,"rank":"staff","start":"2026-11-07"}"#,
        );
        assert_eq!(a.days, 5);
        assert_eq!(dates(&a), ("2026-11-09", "2026-11-13", "2026-11-16"));
    }

    #[test]
    fn maternity_leave_runs_on_in_calendar_days_for_the_governing_figure() {
        // Twins with a difficult birth: 128 days govern (女职工劳动保护特别规定 第七条), counted in
        // calendar days from Sunday 2026-03-01: March 31 + April 30 + May 31 + June 30 = 122 days
        // to 06-30, day 128 is Monday 2026-07-06; back on Tuesday 07-07.
        let a = leave(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.maternity","rank":"staff","difficultBirth":true,"babies":2,"start":"2026-03-01"}"#,
        );
        assert_eq!(a.governing.as_ref().map(|g| g.days), Some(128));
        assert_eq!(dates(&a), ("2026-03-01", "2026-07-06", "2026-07-07"));
    }

    #[test]
    fn without_a_start_there_are_no_dates_and_a_bad_start_is_named() {
        let a = leave(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual","serviceYears":12,"rank":"staff"}"#,
        );
        assert!(a.dates.is_none());
        let e = leave_entitlement(
            &Calendar::builtin().unwrap(),
            &q(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual","serviceYears":12,"start":"2026-02-30"}"#),
        )
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("start"));
    }
}
