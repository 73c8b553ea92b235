//! Periods of 处分 as dates (cn-national `cn.sanction-period.*`), beyond the due dates checked in
//! `tests/cases/cn-national/deadline.toml`: the citations, and that a period is
//! never moved off a rest day, whatever a holiday notice says.

mod common;
use common::q;

use zhengwu::deadline;
use zhengwu::Calendar;

#[test]
fn a_warning_ending_on_a_sunday_in_2027_is_not_moved() {
    let cal = Calendar::builtin().unwrap();
    let query =
        q(r#"{"ruleset":"cn-national","rule":"cn.sanction-period.warning","start":"2026-08-31"}"#);
    let a = common::checked("warning", || deadline(&cal, &query));
    // 6 months after 2026-08-31: February 2027 has no 31st → 02-28 (民法典 第二百零二条).
    assert_eq!(a.due, "2027-02-28");
    // The period's length needs no holiday calendar: whatever the 2027 notice says, the end stays
    // 02-28 (the engine flags every 2027 date provisional, with a one-day range).
    let range = a
        .due_range
        .as_ref()
        .map(|r| (r.earliest.as_str(), r.latest.as_str()));
    assert!(range.is_none() || range == Some(("2027-02-28", "2027-02-28")));
    let arts: Vec<(&str, &str)> = a
        .explanation
        .citations
        .iter()
        .map(|c| (c.document, c.article))
        .collect();
    assert!(arts
        .iter()
        .any(|(d, x)| d.contains("公务员法") && *x == "第六十四条"));
    assert!(arts
        .iter()
        .any(|(d, x)| d.contains("政务处分法") && *x == "第八条"));
}

#[test]
fn every_sanction_has_its_period() {
    let cal = Calendar::builtin().unwrap();
    // From 2026-01-10: 6 → 2026-07-10; 12 → 2027-01-10; 18 → 2027-07-10; 24 → 2028-01-10.
    for (rule, due) in [
        ("warning", "2026-07-10"),
        ("demerit", "2027-01-10"),
        ("major-demerit", "2027-07-10"),
        ("demotion", "2028-01-10"),
        ("removal", "2028-01-10"),
    ] {
        let query = q(&format!(
            r#"{{"ruleset":"cn-national","rule":"cn.sanction-period.{rule}","start":"2026-01-10"}}"#
        ));
        let a = common::checked(rule, || deadline(&cal, &query));
        assert_eq!(a.due, due, "{rule}");
        assert!(a.extended_due.is_none());
    }
}
