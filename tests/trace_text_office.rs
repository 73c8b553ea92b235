//! Snapshots of the rendered text (issue 13, "explanations as data") of representative answers of
//! the kinds issue 18 added — a fact, a form check, an attendance month, a score and an amount —
//! as `trace_text_rules.rs` pins those of approvals, leave and sanctions: the steps are recorded as
//! typed events and rendered in `src/explain/`, and what they render to must not change unseen.
//! Each test also checks the answer itself, worked out by hand from the seed article quoted above
//! it (the same questions as hand-worked cases in `tests/cases/wenshan-hrss-2019/`).
//! Regenerate a snapshot only to read the new text against the old:
//! `ZHENGWU_WRITE_SNAPSHOTS=1 cargo test --test trace_text_office`, then `git diff`.

use zhengwu::Calendar;

mod common;

use common::{q, trace_text as trace};

/// Compares `actual` with `tests/snapshots/<name>.txt` (or writes it when asked to).
fn pin(actual: &str, name: &str) {
    let path = format!("{}/tests/snapshots/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("ZHENGWU_WRITE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name} changed:\n--- actual ---\n{actual}--- expected ({path}) ---\n{expected}"
    );
}

// 文山 第三十五条(二): "局机关上班时间为每星期一至星期五，上午8:30至12:00，下午14:30至17:30". A fact
// restates it with its values; nothing is computed.
#[test]
fn wenshan_office_hours() {
    let a = zhengwu::fact(&q(
        r#"{"ruleset":"wenshan-hrss-2019","ref":"LV-004-035-02"}"#,
    ))
    .unwrap();
    assert_eq!(a.rule, "wenshan.fact.office-hours");
    let values = serde_json::to_value(a.values).unwrap();
    assert_eq!(values["sessions"][0]["start"], "08:30");
    assert_eq!(values["sessions"][1]["end"], "17:30");
    pin(&trace(&a.explanation), "office-fact-office-hours");
}

// 文山 第十五条(八): "机关窗口工作人员实行A-B角制,相互补位". 张 (2026-05-04..07) and 李 (05-06..08) of
// 社保窗口 are both away on 05-06 and 05-07: one warning (the text sets no binding duty: `should`),
// so the plan still passes.
#[test]
fn wenshan_window_staff_away_together() {
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::check(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","form":"leave_requests","rule":"wenshan.check.window-ab-cover",
            "requests":[{"name":"张","window":"社保窗口","kind":"personal","from":"2026-05-04","to":"2026-05-07"},
                        {"name":"李","window":"社保窗口","kind":"sick","from":"2026-05-06","to":"2026-05-08"}],
            "confirm":{"postLeavingNotified":true}}"#),
    )
    .unwrap();
    assert!(a.passed);
    let v = &a.violations[0];
    assert_eq!(
        (v.severity, v.people.clone()),
        ("should", vec!["张".to_owned(), "李".to_owned()])
    );
    assert_eq!(v.dates, ["2026-05-06", "2026-05-07"]);
    let messages: String = a
        .violations
        .iter()
        .map(|v| format!("[{}]\n{}\n{}\n", v.rule, v.message.zh, v.message.en))
        .collect();
    pin(
        &format!("{}{}\n", trace(&a.explanation), messages),
        "office-check-window-ab",
    );
}

// 文山 第三十五条(三): "迟到或早退(上班时间15分钟后未到或下班15分钟前离开)的人员累计4次视为缺勤1天(2次视为
// 缺勤半天)"; 第四十八条(五)2(3): a late arrival or early departure −0.5, absence −1 a half day.
// 08:45 is 15 minutes after 08:30, not late (B12 as written: more than 15); 08:46 is. 17:15 is 15
// minutes before 17:30, not early; 17:14 is. 2 in all = half a day of 缺勤: 2 × −0.5 − 1 = −2.
#[test]
fn wenshan_attendance_at_the_fifteen_minute_line() {
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::attendance(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.attendance","from":"2026-03-01","to":"2026-03-31",
            "days":[{"date":"2026-03-02","amIn":"08:45"},{"date":"2026-03-03","amIn":"08:46"},
                    {"date":"2026-03-04","pmOut":"17:15"},{"date":"2026-03-05","pmOut":"17:14"}]}"#),
    )
    .unwrap();
    let facts = a.attendance.as_ref().unwrap();
    assert_eq!(facts.points, -2.0);
    assert_eq!(facts.absence_from_lates, 0.5);
    pin(&trace(&a.explanation), "office-attendance-fifteen-minutes");
}

// 文山 第四十八条(五)1: "每个工作日1分", "达不到要求的,一次扣1分", "受到服务对象投诉的,一次扣2分",
// "每星期不得超过5分".
// Week 1 has 6 working days (a 调休 Saturday): 6, capped at 5; week 2: 5 − 1 = 4; week 3: 5 − 2 =
// 3; 5 + 4 + 3 = 12.
#[test]
fn wenshan_performance_points_capped_each_week() {
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::calculate(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.score.performance","rank":"section-level-or-below",
            "weeks":[{"workdays":6},{"workdays":5,"belowStandard":1},{"workdays":5,"complaints":1}]}"#),
    )
    .unwrap();
    assert_eq!(a.score.as_ref().unwrap().points, 12.0);
    pin(&trace(&a.explanation), "office-score-weekly-cap");
}

// 文山 第三十六条(八): duty on statutory holidays. Of 2026-10-01 (国庆, statutory: 放假办法 第二条),
// 10-05 (an adjusted rest day, not statutory), 10-10 (an adjusted working Saturday) and 10-17 (a
// weekend), one day is a statutory holiday; no pay is computed (劳动法 is not in the library).
#[test]
fn wenshan_national_day_duty() {
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::calculate(
        &cal,
        &q(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.amount.holiday-duty-pay",
            "dutyDates":["2026-10-01","2026-10-05","2026-10-10","2026-10-17"]}"#,
        ),
    )
    .unwrap();
    assert_eq!(a.lines[0].value, 1.0);
    assert_eq!(a.amount.as_ref().and_then(|m| m.yuan), None);
    pin(&trace(&a.explanation), "office-amount-national-day-duty");
}
