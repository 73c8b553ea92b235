//! The rendered text of period traces, pinned (issue 13: explanations are recorded as typed
//! events and rendered in `src/explain/`; the text must not change with how it is built). Each
//! case also asserts its date, worked out by hand with the calendar in data/calendar/cn.toml.
//! Regenerate the snapshots only to read the new text against the old: `ZHENGWU_WRITE_SNAPSHOTS=1
//! cargo test --test trace_text_period` writes what the engine says now; `git diff` shows it.

use zhengwu::Calendar;

fn trace_of(query: &str, snapshot: &str) -> (String, String) {
    let cal = Calendar::builtin().unwrap();
    let a = zhengwu::add_period(&cal, &zhengwu::parse_json(query).unwrap()).unwrap();
    let lines: Vec<String> = a
        .trace
        .iter()
        .map(|t| format!("{} | {} | {}", t.rule, t.zh, t.en))
        .collect();
    let text = lines.join("\n");
    if std::env::var_os("ZHENGWU_WRITE_SNAPSHOTS").is_some() {
        let path = format!(
            "{}/tests/snapshots/{snapshot}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(path, format!("{text}\n")).unwrap();
    }
    (a.date, text)
}

#[test]
fn a_calendar_day_period_rolled_off_the_national_day_holiday() {
    // 60 days after 2026-08-03: August has 28 days left (to 08-31), September 30 → 58 on 09-30,
    // day 60 is 10-02, inside the 10-01..10-07 break; the next working day is Thursday 10-08.
    let (date, trace) = trace_of(
        r#"{"start":"2026-08-03","amount":60,"unit":"day"}"#,
        "period-60-days-national-day",
    );
    assert_eq!(date, "2026-10-08");
    assert_eq!(
        trace,
        include_str!("snapshots/period-60-days-national-day.txt").trim_end()
    );
}

#[test]
fn working_days_across_a_one_day_new_year() {
    // Three working days after Monday 2024-12-30: 12-31, (01-01 元旦), 01-02, 01-03.
    let (date, trace) = trace_of(
        r#"{"start":"2024-12-30","amount":3,"unit":"working_day"}"#,
        "period-3-working-days-new-year",
    );
    assert_eq!(date, "2025-01-03");
    assert_eq!(
        trace,
        include_str!("snapshots/period-3-working-days-new-year.txt").trim_end()
    );
}

#[test]
fn months_counted_from_the_start_day() {
    // Two months from and including 2014-05-29 end the day before 07-29: Monday 2014-07-28.
    let (date, trace) = trace_of(
        r#"{"start":"2014-05-29","amount":2,"unit":"month","convention":"start_day_counted"}"#,
        "period-2-months-start-day",
    );
    assert_eq!(date, "2014-07-28");
    assert_eq!(
        trace,
        include_str!("snapshots/period-2-months-start-day.txt").trim_end()
    );
}

#[test]
fn a_month_with_no_corresponding_day() {
    // One month after 2025-01-31: February 2025 has no 31st, so its last day, Friday 02-28.
    let (date, trace) = trace_of(
        r#"{"start":"2025-01-31","amount":1,"unit":"month"}"#,
        "period-1-month-no-corresponding-day",
    );
    assert_eq!(date, "2025-02-28");
    assert_eq!(
        trace,
        include_str!("snapshots/period-1-month-no-corresponding-day.txt").trim_end()
    );
}

#[test]
fn a_period_not_moved_off_a_saturday() {
    // 6 months after 2025-12-27 end on Saturday 2026-06-27; no_roll keeps it.
    let (date, trace) = trace_of(
        r#"{"start":"2025-12-27","amount":6,"unit":"month","convention":"no_roll"}"#,
        "period-6-months-no-roll",
    );
    assert_eq!(date, "2026-06-27");
    assert_eq!(
        trace,
        include_str!("snapshots/period-6-months-no-roll.txt").trim_end()
    );
}

#[test]
fn working_days_into_the_unpublished_2027() {
    // 30 working days from 2026-12-21 (tests/year_boundary.rs works it out): 2027-02-02.
    let (date, trace) = trace_of(
        r#"{"start":"2026-12-21","amount":30,"unit":"working_day"}"#,
        "period-30-working-days-2027",
    );
    assert_eq!(date, "2027-02-02");
    assert_eq!(
        trace,
        include_str!("snapshots/period-30-working-days-2027.txt").trim_end()
    );
}
