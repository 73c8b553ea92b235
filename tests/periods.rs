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
        .any(|t| t.zh.contains("按所适用的计算方法期间最后一日不顺延")));
}

#[test]
fn litigation_hours_start_at_the_next_hour_and_leave_a_holiday() {
    // 民事诉讼法 第八十五条 / 民诉法解释 第一百二十五条: 48 hours from 2026-09-29 10:20 are counted
    // from 11:00, so they end at 2026-10-01 11:00 — National Day, inside the 10-01..10-07 break —
    // and the period ends on the first day after the break, Thursday 2026-10-08, at 24:00.
    let a = add_period(
        r#"{"start":"2026-09-29T10:20","amount":48,"unit":"hour","convention":"litigation"}"#,
    );
    assert_eq!(a.date, "2026-10-08");
    assert_eq!(a.cutoff, "2026-10-08T24:00");
    assert!(a
        .trace
        .iter()
        .any(|t| t.zh.contains("另一种读法为该日 11:00")));
    // On a working day nothing moves: 24 hours from Monday 2026-09-14 09:00 run from 10:00 to
    // Tuesday 10:00 (under the civil convention they run from 09:00 to 09:00).
    let a = add_period(
        r#"{"start":"2026-09-14T09:00","amount":24,"unit":"hour","convention":"litigation"}"#,
    );
    assert_eq!(a.date, "2026-09-15T10:00");
    assert_eq!(a.cutoff, "2026-09-15T10:00");
    let a = add_period(r#"{"start":"2026-09-14T09:00","amount":24,"unit":"hour"}"#);
    assert_eq!(a.date, "2026-09-15T09:00");
}

#[test]
fn month_end_to_month_end_when_agreed() {
    // One month from 2025-02-28, the month's last day: the last day of March, Monday 2025-03-31
    // (民法典 第二百零四条 lets the parties agree); under 第二百零二条 the corresponding day, Friday
    // 2025-03-28.
    let a =
        add_period(r#"{"start":"2025-02-28","amount":1,"unit":"month","convention":"month_end"}"#);
    assert_eq!(a.date, "2025-03-31");
    assert!(a.trace.iter().any(|t| t.zh.contains("第二百零四条")));
    let a = add_period(r#"{"start":"2025-02-28","amount":1,"unit":"month"}"#);
    assert_eq!(a.date, "2025-03-28");
    // From a day that is not a month end, month_end counts as civil: 2025-03-15 + 1 month is
    // Tuesday 2025-04-15.
    let a =
        add_period(r#"{"start":"2025-03-15","amount":1,"unit":"month","convention":"month_end"}"#);
    assert_eq!(a.date, "2025-04-15");
}

#[test]
fn the_last_day_ends_at_midnight_or_when_business_stops() {
    // 10 days after 2026-09-01 end on Friday 2026-09-11, a working day; 民法典 第二百零三条第二款:
    // at 24:00, or when business stops where there are business hours.
    let a = add_period(r#"{"start":"2026-09-01","amount":10,"unit":"day"}"#);
    assert_eq!(a.date, "2026-09-11");
    assert_eq!(a.cutoff, "2026-09-11T24:00");
    let a = add_period(r#"{"start":"2026-09-01","amount":10,"unit":"day","closesAt":"17:30"}"#);
    assert_eq!(a.cutoff, "2026-09-11T17:30");
    assert!(a
        .trace
        .iter()
        .any(|t| t.zh.contains("停止业务活动的时间为截止时间")));
    let cal = Calendar::builtin().unwrap();
    for bad in ["5:30", "24:00", "17:60", "17-30", "17:30:00"] {
        let q = format!(r#"{{"start":"2026-09-01","amount":10,"unit":"day","closesAt":"{bad}"}}"#);
        let e = zhengwu::add_period(&cal, &zhengwu::parse_json(&q).unwrap()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("closesAt"), "{bad}");
    }
}

#[test]
fn a_bare_period_names_no_article() {
    // addPeriod applies no rule, so no step may point at "本条" (this article). The start day
    // counted: Wednesday 2026-09-16 is working day 1 of 15; 16, 17, 18, Sunday 20 (a 国庆 make-up
    // day), 21–24, 28–30 are 11 (25 is 中秋节, 26–27 a weekend), then after 国庆 10-08, 10-09,
    // Saturday 10-10 (make-up) and Monday 10-12 make 15. And a last day kept on a Saturday.
    let counted = add_period(
        r#"{"start":"2026-09-16","amount":15,"unit":"working_day","convention":"start_day_counted"}"#,
    );
    assert_eq!(counted.date, "2026-10-12");
    let kept =
        add_period(r#"{"start":"2025-12-27","amount":6,"unit":"month","convention":"no_roll"}"#);
    let months = add_period(
        r#"{"start":"2014-05-29","amount":2,"unit":"month","convention":"start_day_counted"}"#,
    );
    for a in [counted, kept, months] {
        assert!(a.trace.iter().any(|t| t.zh.contains("按所适用的计算方法")));
        assert!(!a
            .trace
            .iter()
            .any(|t| t.zh.contains("本条") || t.en.contains("this rule")));
    }
}
