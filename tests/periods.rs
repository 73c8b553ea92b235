//! Period arithmetic as the published examples count it (../reviews fidelity, issue 17 "Periods"):
//! a period counted from and including its start day, the wording of the trace. Dates worked out
//! by hand with the calendar in data/calendar/cn.toml.

use zhengwu::Calendar;

fn add_period(query: &str) -> zhengwu::DateAnswer {
    let cal = Calendar::builtin().unwrap();
    zhengwu::add_period(&cal, &zhengwu::parse_json(query).unwrap()).unwrap()
}

#[test]
fn months_counted_from_the_start_day_end_the_day_before_the_corresponding_day() {
    // A loan of two months counted from and including 2014-05-29: the court awarded interest to
    // 2014-07-28 (商标法实施条例 第十二条 counts the same way); Monday, a working day.
    let a = add_period(
        r#"{"start":"2014-05-29","amount":2,"unit":"month","convention":"start_day_counted"}"#,
    );
    assert_eq!(a.date, "2014-07-28");
    // Without the convention the start day is not counted: the corresponding day, 2014-07-29.
    let a = add_period(r#"{"start":"2014-05-29","amount":2,"unit":"month"}"#);
    assert_eq!(a.date, "2014-07-29");
    // One year from and including 2025-03-01 ends the day before 2026-03-01: Saturday 2026-02-28,
    // which the 2026 notice made a working day (春节: "2月14日（周六）、2月28日（周六）上班"), so
    // it is not moved.
    let a = add_period(
        r#"{"start":"2025-03-01","amount":1,"unit":"year","convention":"start_day_counted"}"#,
    );
    assert_eq!(a.date, "2026-02-28");
}

#[test]
fn a_one_day_holiday_is_one_date_in_the_trace() {
    // 2025 元旦 was 1 January alone (a Wednesday). Three working days after Monday 2024-12-30:
    // 12-31, 01-02, 01-03.
    let a = add_period(r#"{"start":"2024-12-30","amount":3,"unit":"working_day"}"#);
    assert_eq!(a.date, "2025-01-03");
    assert!(
        a.trace.iter().any(|t| t.zh.starts_with("1月1日 元旦放假")),
        "{:?}",
        a.trace
    );
    assert!(!a.trace.iter().any(|t| t.zh.contains("1月1日至1月1日")));
}

#[test]
fn a_roll_off_a_holiday_does_not_count_the_periods_weekends() {
    // 60 days after 2026-08-03 end on 10-02 (国庆), moved to Thursday 10-08: the trace names the
    // holiday, and says nothing of "其间另有周六、周日" for a period of two months.
    let a = add_period(r#"{"start":"2026-08-03","amount":60,"unit":"day"}"#);
    assert_eq!(a.date, "2026-10-08");
    assert!(a.trace.iter().any(|t| t.zh.contains("国庆节放假")));
    assert!(!a.trace.iter().any(|t| t.zh.contains("其间另有周六、周日")));
}

#[test]
fn a_period_that_is_not_moved_says_why_its_last_day_stays() {
    // 6 months after 2025-12-27 end on 2026-06-27, a Saturday: not moved (no_roll).
    let a =
        add_period(r#"{"start":"2025-12-27","amount":6,"unit":"month","convention":"no_roll"}"#);
    assert_eq!(a.date, "2026-06-27");
    assert!(a
        .trace
        .iter()
        .any(|t| t.zh.contains("按本条规定期间最后一日不顺延")));
}
