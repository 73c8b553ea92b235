//! Pauses (periods excluded by law) are merged and sorted before they apply: the order they are
//! listed in does not matter, a day named twice is excluded once, a pause reaching past the end
//! is skipped whole, and an hour-based limit refuses them. Every date was worked out by hand
//! with the 2026 calendar (国庆 10/1–10/7 off, 9/20 and 10/10 working).

mod common;
use common::q;
use zhengwu::Calendar;
use zhengwu::ErrorCode;

fn add_period(query: &str) -> zhengwu::Result<String> {
    let cal = Calendar::builtin()?;
    let q = zhengwu::parse_json(query)?;
    zhengwu::add_period(&cal, &q).map(|a| a.date)
}

/// 60 calendar days after 2026-08-03 end on 10-02 (8/4…8/31 are 28, 9/1…9/30 30, 10/1, 10/2).
fn sixty_days(pauses: &str) -> String {
    let q = format!(r#"{{"start":"2026-08-03","amount":60,"unit":"day","pauses":{pauses}}}"#);
    add_period(&q).unwrap()
}

const A: &str = r#"{"from":"2026-08-10","to":"2026-08-19"}"#; // 10 days
const B: &str = r#"{"from":"2026-10-05","to":"2026-10-06"}"#; // 2 days, inside 国庆

#[test]
fn without_pauses_the_end_moves_out_of_national_day() {
    // 10-02 is inside 国庆 (10/1–10/7): the next working day is Thursday 10-08.
    assert_eq!(sixty_days("[]"), "2026-10-08");
}

#[test]
fn the_order_of_pauses_does_not_matter() {
    // A pushes 10-02 by 10 days to 10-12; B (10-05…10-06) begins before 10-12 and pushes it by
    // 2 more to Wednesday 10-14, a working day.
    assert_eq!(sixty_days(&format!("[{A},{B}]")), "2026-10-14");
    assert_eq!(sixty_days(&format!("[{B},{A}]")), "2026-10-14");
}

#[test]
fn a_day_named_twice_is_excluded_once() {
    // A alone: 10-02 + 10 = Monday 10-12.
    assert_eq!(sixty_days(&format!("[{A}]")), "2026-10-12");
    assert_eq!(sixty_days(&format!("[{A},{A}]")), "2026-10-12");
    // A and 08-15…08-24 overlap: together 08-10…08-24, 15 days; 10-02 + 15 = Saturday 10-17,
    // so Monday 10-19.
    let overlapping = r#"{"from":"2026-08-15","to":"2026-08-24"}"#;
    assert_eq!(sixty_days(&format!("[{overlapping},{A}]")), "2026-10-19");
}

#[test]
fn a_pause_reaching_past_the_end_is_skipped_whole() {
    // 10 days after 08-03: 08-04…08-09 are days 1–6, 08-10…08-19 are paused, 08-20…08-23 are
    // days 7–10; Sunday 08-23 moves to Monday 08-24.
    let q = format!(r#"{{"start":"2026-08-03","amount":10,"unit":"day","pauses":[{A}]}}"#);
    assert_eq!(add_period(&q).unwrap(), "2026-08-24");
}

#[test]
fn working_day_pauses_merge_too() {
    let five = |pauses: &str| {
        add_period(&format!(
            r#"{{"start":"2026-09-25","amount":5,"unit":"working_day","pauses":{pauses}}}"#
        ))
        .unwrap()
    };
    // 9/28, 9/29, 9/30, (国庆), 10/8, 10/9.
    assert_eq!(five("[]"), "2026-10-09");
    // Without 9/29 and 9/30: 9/28, 10/8, 10/9, Saturday 10/10 (调休 working day), 10/12.
    let p = r#"{"from":"2026-09-29","to":"2026-09-30"},{"from":"2026-09-29","to":"2026-09-29"}"#;
    assert_eq!(five(&format!("[{p}]")), "2026-10-12");
    // Without 10/8…10/12 (a pause past the end): 9/28, 9/29, 9/30, 10/13, 10/14.
    assert_eq!(
        five(r#"[{"from":"2026-10-08","to":"2026-10-12"}]"#),
        "2026-10-14"
    );
}

#[test]
fn an_hour_limit_refuses_pauses() {
    let q = r#"{"start":"2026-03-02T09:00","amount":48,"unit":"hour","pauses":[{"from":"2026-03-02","to":"2026-03-05"}]}"#;
    let e = add_period(q).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.field.as_deref(), Some("pauses"));
    let without = r#"{"start":"2026-03-02T09:00","amount":48,"unit":"hour"}"#;
    assert_eq!(add_period(without).unwrap(), "2026-03-04T09:00");
}

#[test]
fn pauses_on_an_office_hours_limit_are_refused_not_ignored() {
    let cal = Calendar::builtin().unwrap();
    let id = "dongqu.document.to-director";
    let e = zhengwu::deadline(
        &cal,
        &q(&format!(
            r#"{{"ruleset":"panzhihua-dongqu-2012","rule":"{id}","start":"2026-10-09T16:00","readings":{{"B36":"office-hours"}},"pauses":[{{"from":"2026-10-09","to":"2026-10-09"}}]}}"#
        )),
    )
    .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidInput, Some("pauses"))
    );
}
