//! Whole procedures as one answer, worked by hand from the seeds and the 2026 notice
//! (中秋 9/25–9/27; 国庆 10/1–10/7 with 9/20 and 10/10 上班).

mod common;

use zhengwu::Calendar;
use zhengwu::{timeline, timeline_ics, TimelineAnswer};
use zhengwu::{Query, Value};

fn run(json: &str) -> TimelineAnswer {
    let v: Value = serde_json::from_str(json).unwrap();
    let (cal, query) = (Calendar::builtin().unwrap(), Query::from_value(v).unwrap());
    common::checked(json, || timeline(&cal, &query))
}

fn step<'a>(t: &'a TimelineAnswer, id: &str) -> &'a zhengwu::TimelineStep {
    t.steps
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no step {id}"))
}

#[test]
fn wenshan_administrative_review() {
    let t = run(
        r#"{"ruleset": "wenshan-hrss-2019", "procedure": "wenshan.admin-review", "asOf": "2026-09-01",
        "events": {"penaltyNoticeReceived": "2026-07-20", "application": "2026-08-10", "applicationReceived": "2026-08-10",
                   "acceptanceReview": "2026-08-10", "accepted": "2026-08-10", "copySent": "2026-08-14", "copyReceived": "2026-08-24"}}"#,
    );
    // 60 days after 07-20 = 09-18 (Fri); filed 08-10.
    assert_eq!(step(&t, "application").due.as_deref(), Some("2026-09-18"));
    assert_eq!(step(&t, "application").status, "done_in_time");
    // 5 working days after Mon 08-10 = Mon 08-17.
    assert_eq!(
        step(&t, "acceptanceReview").due.as_deref(),
        Some("2026-08-17")
    );
    // 7 days after 08-10 = 08-17 (the seed's 日; national law reads 7 working days → 08-19).
    assert_eq!(step(&t, "copySent").due.as_deref(), Some("2026-08-17"));
    assert!(t
        .explanation
        .conflicts
        .iter()
        .any(|c| c.due.as_deref() == Some("2026-08-19")));
    // 15 days after 08-24 = 09-08, still open on 09-01 with 7 days left.
    assert_eq!(step(&t, "answer").due.as_deref(), Some("2026-09-08"));
    assert_eq!(step(&t, "answer").status, "open");
    assert_eq!(step(&t, "answer").days_left, Some(7));
    // 60 days after 08-10 = 10-09 (Fri); with 30 more: 11-08 (Sun) → 11-09.
    assert_eq!(step(&t, "decision").due.as_deref(), Some("2026-10-09"));
    assert_eq!(
        step(&t, "decision").extended_due.as_deref(),
        Some("2026-11-09")
    );
    assert!(
        t.steps.iter().all(|s| s.id != "lawsuit"),
        "the lawsuit step waits for the decision"
    );
    assert_eq!(t.next.as_deref(), Some("answer"));
}

#[test]
fn wenshan_accountability_in_working_days() {
    let t = run(
        r#"{"ruleset": "wenshan-hrss-2019", "procedure": "wenshan.accountability", "asOf": "2026-11-10",
        "events": {"investigationStarted": "2026-09-21"}}"#,
    );
    // Working days after Mon 09-21 skip 9/25 (中秋) and 10/1–10/7 and count Sat 10/10: the 30th is 11-09.
    let inv = step(&t, "investigation");
    assert_eq!(inv.due.as_deref(), Some("2026-11-09"));
    assert_eq!(inv.extended_due.as_deref(), Some("2026-11-30"));
    assert_eq!(inv.status, "overdue");
    assert_eq!(inv.days_over, Some(1));
    assert_eq!(step(&t, "served").status, "waiting");
}

#[test]
fn dongqu_executive_meeting_before_and_after() {
    let t = run(
        r#"{"ruleset": "panzhihua-dongqu-2012", "procedure": "dongqu.executive-meeting", "events": {"meeting": "2026-10-09"}}"#,
    );
    // Materials 2 working days before Fri 10-09: 10-08, then back over the holiday to Wed 09-30.
    assert_eq!(step(&t, "materials").due.as_deref(), Some("2026-09-30"));
    assert_eq!(step(&t, "circulate").due.as_deref(), Some("2026-10-08"));
    // Minutes 3 working days after: Sat 10-10 (adjusted working day), Mon 10-12, Tue 10-13.
    assert_eq!(step(&t, "minutes").due.as_deref(), Some("2026-10-13"));
}

#[test]
fn emergency_reports_run_in_hours_and_minutes() {
    let t = run(
        r#"{"ruleset": "panzhihua-dongqu-2012", "procedure": "dongqu.emergency",
        "events": {"occurred": "2026-10-01T23:40", "districtInformed": "2026-10-02T00:05", "unitPhone": "2026-10-02T00:15"}}"#,
    );
    assert_eq!(
        step(&t, "unitPhone").due.as_deref(),
        Some("2026-10-02T00:10")
    );
    assert_eq!(step(&t, "unitPhone").status, "done_late");
    assert_eq!(
        step(&t, "unitWritten").due.as_deref(),
        Some("2026-10-02T00:40")
    );
    assert_eq!(
        step(&t, "districtPhone").due.as_deref(),
        Some("2026-10-02T01:05")
    );
    assert_eq!(
        step(&t, "districtWritten").due.as_deref(),
        Some("2026-10-02T02:05")
    );
    let m = run(
        r#"{"ruleset": "muli-county-2017", "procedure": "muli.emergency", "events": {"occurred": "2026-03-01T22:30"}}"#,
    );
    assert_eq!(step(&m, "phone").due.as_deref(), Some("2026-03-01T23:30"));
    assert_eq!(step(&m, "written").due.as_deref(), Some("2026-03-02T00:30"));
}

#[test]
fn an_hour_limit_needs_a_moment() {
    let v: Value = serde_json::from_str(r#"{"ruleset": "muli-county-2017", "procedure": "muli.emergency", "events": {"occurred": "2026-03-01"}}"#).unwrap();
    let e = timeline(
        &Calendar::builtin().unwrap(),
        &Query::from_value(v).unwrap(),
    )
    .unwrap_err();
    assert_eq!(e.code, zhengwu::ErrorCode::InvalidInput);
    assert_eq!(e.field.as_deref(), Some("events.occurred"));
}

#[test]
fn ics_has_all_day_and_timed_events() {
    let cal = Calendar::builtin().unwrap();
    let q = |json: &str| Query::from_value(serde_json::from_str(json).unwrap()).unwrap();
    let ics = timeline_ics(&cal, &q(r#"{"ruleset": "muli-county-2017", "procedure": "muli.emergency", "events": {"occurred": "2026-03-01T22:30"}}"#)).unwrap();
    assert!(ics.contains("DTSTART:20260301T233000\r\n"), "{ics}");
    let ics = timeline_ics(&cal, &q(r#"{"ruleset": "muli-county-2017", "procedure": "muli.meeting", "events": {"meeting": "2026-09-30"}}"#)).unwrap();
    // 5 working days after Wed 09-30: 10-08, 10-09, 10-10 (Sat, working), 10-12, 10-13.
    assert!(ics.contains("DTSTART;VALUE=DATE:20261013\r\n"), "{ics}");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn the_event_a_step_brings_about_records_it_done() {
    // 文山 第五十六条(二)1: the notice of acceptance is due 15 days after the letter (08-03 →
    // 08-18), and "以送达之日为信访案件受理日期": accepted on 08-14 means served on 08-14, in time.
    let t = run(
        r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","asOf":"2026-09-10",
            "events":{"received":"2026-08-03","accepted":"2026-08-14"}}"#,
    );
    assert_eq!(step(&t, "acceptanceNotice").status, "done_in_time");
    // The office's 拟办 step (2 working days) was not recorded: it is the next to watch.
    assert_eq!(t.next.as_deref(), Some("proposal"));
    // Accepted only on 08-20: served two days after the due date.
    let t = run(
        r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","asOf":"2026-09-10",
            "events":{"received":"2026-08-03","accepted":"2026-08-20"}}"#,
    );
    assert_eq!(step(&t, "acceptanceNotice").status, "done_late");
    assert_eq!(step(&t, "acceptanceNotice").days_over, Some(2));
}
