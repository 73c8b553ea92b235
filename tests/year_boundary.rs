//! Answers across the year boundary (issue 11): the 2027 holiday notice is not published, so
//! dates in 2027 are answered under the 全国年节及纪念日放假办法 alone and bounded by what the
//! next notice can do. Every expected date is worked out by hand in the comments from the
//! 放假办法 (2024: 元旦 1/1; 春节 除夕 and 初一–初三; 清明; 5/1–5/2; 端午; 中秋; 10/1–10/3;
//! 第六条 make-up weekdays) and `data/calendar/cn.toml`.

mod common;
use common::q;
use zhengwu::Calendar;
use zhengwu::ErrorCode;

fn range(r: &Option<zhengwu::DateRange>) -> Option<(&str, &str)> {
    r.as_ref().map(|r| (r.earliest.as_str(), r.latest.as_str()))
}

#[test]
fn a_due_date_in_2026_keeps_its_answer_when_the_extension_falls_in_2027() {
    // 文山 第五十六条(四)5: reply within 60 days of acceptance, extendable by 30.
    // Start 2026-10-15: Oct 31 is day 16, Nov 30 day 46, Dec 14 (Monday) day 60 → due 2026-12-14.
    // Extension (B33 default, one period of 90 days): Dec 14 + 30 = 2027-01-13, a Wednesday far
    // from any festival (元旦 2027 is a Friday; 春节 starts 2027-02-05) → no range to speak of.
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-10-15","asOf":"2026-12-05"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-12-14");
    assert_eq!(a.due_range, None);
    assert_eq!(
        a.extended_due.map(|d| d.iso()).as_deref(),
        Some("2027-01-13")
    );
    assert_eq!(
        range(&a.extended_due_range),
        Some(("2027-01-13", "2027-01-13"))
    );
    assert!(a.explanation.provisional, "the extension lies in 2027");
    assert_eq!(a.status.unwrap().state, "open");
}

#[test]
fn strict_refuses_the_due_date_but_never_because_of_the_extension() {
    let cal = Calendar::builtin().unwrap();
    // Due in 2026, extension in 2027: answered, the extension left out with a warning.
    let a = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-10-15","strict":true}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-12-14");
    assert_eq!(a.extended_due, None);
    assert!(!a.explanation.provisional);
    assert_eq!(a.explanation.warnings().len(), 1);
    // Due in 2027: refused, as before.
    let e = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-12-10","strict":true}"#),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::OutOfCalendarRange);
}

#[test]
fn a_due_date_on_the_2027_spring_festival_is_bounded_past_its_make_up_days() {
    // Start 2026-12-10: Dec 31 is day 21, Jan 31 day 52, Feb 8 day 60 = 初三 (statutory).
    // 2027: 除夕 Fri 2-5, 初一 Sat 2-6, 初二 Sun 2-7, 初三 Mon 2-8; two statutory days on a weekend
    // → 第六条 make-up weekdays Tue 2-9 and Wed 2-10 → under the law alone due Thu 2027-02-11.
    // Earliest: the statutory days only → Tue 2-9. Latest: the notices have run the break up to
    // five days past the last statutory day (2024: 初三 2-12, break to 2-17), so to Sat 2-13;
    // with that weekend → Mon 2027-02-15.
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-12-10"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2027-02-11");
    assert_eq!(range(&a.due_range), Some(("2027-02-09", "2027-02-15")));
    assert!(a.explanation.provisional);
    // Extension: 90 days → 2027-03-10, a Wednesday between 春节 and 清明 (4-5).
    assert_eq!(
        a.extended_due.map(|d| d.iso()).as_deref(),
        Some("2027-03-10")
    );
    // The plain sentence, and the trace step that says how the range was found.
    let w = &a.explanation.warnings()[0];
    assert!(w.zh.starts_with("2027年节假日安排尚未公布"), "{}", w.zh);
    assert!(
        w.zh.contains("2027年2月11日") && w.zh.contains("2027年2月15日"),
        "{}",
        w.zh
    );
    assert!(a
        .explanation
        .trace()
        .iter()
        .any(|t| t.zh.contains("2027年春节")
            && t.zh.contains("第六条")
            && t.zh.contains("2月9日、2月10日")));
}

#[test]
fn thirty_working_days_from_2026_12_21() {
    // Working days after Mon 2026-12-21: Dec 22–25 (4), Dec 28–31 (8); 2027-01-01 (Fri) is 元旦;
    // Jan 4–8 (13), 11–15 (18), 18–22 (23), 25–29 (28), Feb 1 (29), Tue Feb 2 (30) → law 2027-02-02.
    // Earliest: the weekend 1-2/1-3 next to 元旦 may become working days (2015-01-04 was one
    // day after its break) → two more, so working day 30 is Fri 2027-01-29.
    // Latest: 元旦 breaks have started two days before 1/1 (2018-12-30) → Dec 30–31 off, so
    // December gives 6; Jan 4–29 gives 20 (26); Feb 1–3 (29); 春节 breaks have started a day
    // before 除夕 and run five days past the last statutory day → Thu 2-4 to Sat 2-13 off; Sun
    // 2-14 → working day 30 is Mon 2027-02-15.
    let cal = Calendar::builtin().unwrap();
    let v = serde_json::from_str::<zhengwu::Value>(
        r#"{"start":"2026-12-21","amount":30,"unit":"working_day"}"#,
    )
    .unwrap();
    let p = zhengwu::add_period(&cal, &v).unwrap();
    assert_eq!(p.date, "2027-02-02");
    assert!(p.provisional);
    assert_eq!(range(&p.range), Some(("2027-01-29", "2027-02-15")));
}

#[test]
fn a_citizen_who_knows_only_the_letters_date_reads_the_latest_reply_date() {
    // Letter received 2026-12-01. Notice of acceptance within 15 days → 2026-12-16 (Wed).
    // Reply within 60 days of acceptance, at the latest from 12-16: Dec 31 is day 15, Jan 31
    // day 46, Feb 14 day 60 (Sunday) → the law's calendar: Mon 2027-02-15. Earliest: that Sunday
    // lies within the reach of 春节's 调休 working weekends (2026's reached five days after the
    // break) → 2-14. Latest: 2-13 may be off, 2-14 is a Sunday → 2-15.
    let cal = Calendar::builtin().unwrap();
    let t = zhengwu::timeline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","events":{"received":"2026-12-01"}}"#),
    )
    .unwrap();
    let step = |id: &str| t.steps.iter().find(|s| s.id == id).unwrap();
    assert_eq!(step("acceptanceNotice").due.as_deref(), Some("2026-12-16"));
    assert!(!step("acceptanceNotice").internal);
    assert!(step("proposal").internal);
    let reply = step("reply");
    assert_eq!(reply.status, "waiting");
    assert_eq!(reply.due, None);
    assert_eq!(reply.latest_due.as_deref(), Some("2027-02-15"));
    assert_eq!(
        range(&reply.latest_due_range),
        Some(("2027-02-14", "2027-02-15"))
    );
    assert!(t.explanation.provisional);
    let ics = zhengwu::timeline_ics(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","events":{"received":"2026-12-01"}}"#),
    )
    .unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20270215"));
    assert!(ics.contains("SUMMARY:送达书面答复最迟期限"));
    assert!(ics
        .replace("\r\n ", "")
        .contains("可能在 2027-02-14 至 2027-02-15 之间"));
    // With no as-of date, the open steps say so plainly, without naming an option.
    assert_eq!(
        step("acceptanceNotice").status_text,
        "未给出查询日期，不判断是否逾期"
    );
}

#[test]
fn a_known_acceptance_date_replaces_the_latest_one() {
    // Accepted 2026-12-08: 60 days → Dec 31 is day 23, Jan 31 day 54, Feb 6 day 60 = 初一 (Sat)
    // → law: off through the make-up day Wed 2-10 → Thu 2027-02-11.
    let cal = Calendar::builtin().unwrap();
    let t = zhengwu::timeline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","events":{"received":"2026-12-01","accepted":"2026-12-08"}}"#),
    )
    .unwrap();
    let reply = t.steps.iter().find(|s| s.id == "reply").unwrap();
    assert_eq!(reply.due.as_deref(), Some("2027-02-11"));
    assert_eq!(reply.latest_due, None);
    assert_eq!(range(&reply.due_range), Some(("2027-02-09", "2027-02-15")));
}

#[test]
fn with_strict_one_step_past_the_calendar_does_not_sink_the_timeline() {
    // Accepted 2026-12-10: the reply (60 days → 2027-02-08) lies past the published calendar.
    let cal = Calendar::builtin().unwrap();
    let t = zhengwu::timeline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","strict":true,"events":{"received":"2026-12-01","accepted":"2026-12-10"}}"#),
    )
    .unwrap();
    let step = |id: &str| t.steps.iter().find(|s| s.id == id).unwrap();
    assert_eq!(step("acceptanceNotice").due.as_deref(), Some("2026-12-16"));
    assert_eq!(step("reply").due, None);
    assert!(!t.explanation.provisional);
    assert!(t
        .explanation
        .warnings()
        .iter()
        .any(|w| w.en.contains("2027-02-08")));
}

#[test]
fn the_reach_of_the_published_notices() {
    // From data/calendar/cn.toml: 2024 春节 statutory 初一–初三 = 2-10…2-12, break to 2-17 (five
    // days after); 2014–2024 breaks began on 除夕, a day before 初一; 2026 国庆 break from 10-01
    // with 9-20 (a Sunday eleven days before) a working day; the 2019 元旦 break began
    // 2018-12-30, two days before 1/1.
    let cal = Calendar::builtin().unwrap();
    let reach = |zh: &str| {
        let r = cal
            .projection()
            .reaches()
            .iter()
            .find(|r| r.festival.zh == zh)
            .unwrap();
        (r.rest_before, r.rest_after, r.work_before)
    };
    assert_eq!(reach("春节").0, 1);
    assert_eq!(reach("春节").1, 5);
    assert_eq!(reach("国庆节").2, 11);
    assert_eq!(reach("元旦").0, 2);
}

#[test]
fn a_date_that_consults_no_unpublished_day_is_not_provisional() {
    // 记过: 12 months from the effective date, never moved off a rest day (公务员法 第六十四条):
    // 2026-03-31 → 2027-03-31 whatever the 2027 notice says.
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"cn-national","rule":"cn.sanction-period.demerit","start":"2026-03-31"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2027-03-31");
    assert!(!a.explanation.provisional);
    assert_eq!(a.due_range, None);
}
