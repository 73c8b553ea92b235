//! Property tests (proptest): invariants that must hold for every input, not just the worked cases.

mod common;

use proptest::prelude::*;
use std::sync::OnceLock;
use zhengwu::catalog;
use zhengwu::{Calendar, Mode};
use zhengwu::{Days, NaiveDate};
use zhengwu::{Query, Value};

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(|| Calendar::builtin().unwrap())
}

/// A date in the covered range, as days after 2004-01-01.
fn date(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2004, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(u64::from(offset % 8401)))
        .unwrap()
}

fn deadline_rules() -> &'static Vec<(String, String)> {
    static RULES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    RULES.get_or_init(|| {
        catalog()
            .rulesets
            .iter()
            .flat_map(|rs| {
                rs.rules
                    .iter()
                    .filter(|r| r.kind == "deadline")
                    .map(move |r| (rs.id.clone(), r.id.clone()))
            })
            .collect()
    })
}

fn due(
    ruleset: &str,
    rule: &str,
    start: NaiveDate,
    extended: bool,
) -> Option<(String, Option<String>)> {
    let hourly = catalog()
        .rulesets
        .iter()
        .find(|r| r.id == ruleset)?
        .rules
        .iter()
        .find(|r| r.id == rule)?
        .inputs
        .iter()
        .any(|i| i.ty == "datetime");
    let start = if hourly {
        format!("{}T09:00", zhengwu::format_date(start))
    } else {
        zhengwu::format_date(start)
    };
    let q = Query::from_pairs([
        ("ruleset", Value::String(ruleset.into())),
        ("rule", Value::String(rule.into())),
        ("start", Value::String(start)),
        ("extended", Value::Bool(extended)),
        ("setDue", Value::String("2026-12-01".into())),
    ]);
    zhengwu::deadline(cal(), &q)
        .ok()
        .map(|a| (a.due.iso(), a.extended_due.map(|d| d.iso())))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn add_and_between_invert(offset in 0u32..8401, n in 0i64..3000) {
        let d = date(offset);
        if let Ok(end) = cal().add_working_days(d, n, Mode::default(), "d") {
            prop_assert_eq!(cal().working_days_between(d, end, Mode::default()).unwrap(), n);
            prop_assert!(cal().is_working(end, Mode::default(), "d").unwrap() || n == 0);
        }
    }

    #[test]
    fn backwards_inverts_forwards(offset in 0u32..8401, n in 1i64..500) {
        let d = date(offset);
        if let Ok(end) = cal().add_working_days(d, n, Mode::default(), "d") {
            if let Ok(back) = cal().add_working_days(end, -n, Mode::default(), "d") {
                // Going back n working days from the n-th working day after d lands on d's
                // working-day predecessor chain: at or before d, never after it.
                prop_assert!(back <= d);
                prop_assert_eq!(cal().working_days_between(back, end, Mode::default()).unwrap(), n);
            }
        }
    }

    #[test]
    fn due_dates_follow_the_trigger(pick in 0usize..10_000, offset in 0u32..8000, later in 0u32..60) {
        let rules = deadline_rules();
        let (ruleset, rule) = &rules[pick % rules.len()];
        let s1 = date(offset);
        let s2 = date(offset + later);
        if let (Some((d1, e1)), Some((d2, _))) = (due(ruleset, rule, s1, false), due(ruleset, rule, s2, false)) {
            let set_by_input = d1 == "2026-12-01";
            if !set_by_input {
                // Never decreasing as the trigger moves later …
                prop_assert!(d1 <= d2, "{rule}: {s1} → {d1}, {s2} → {d2}");
                // … and never before the trigger, except for lead times ("会前N日").
                let lead_time = zhengwu::packs::deadline_rule(rule).is_some_and(|r| r.kind == zhengwu::model::DeadlineKind::Before);
                if !lead_time {
                    prop_assert!(d1.as_str() >= zhengwu::format_date(s1).as_str(), "{rule}: due {d1} before trigger {s1}");
                }
            }
            if let Some(ext) = e1 {
                prop_assert!(ext >= d1, "{rule}: extension {ext} before due {d1}");
            }
        }
    }

    #[test]
    fn every_answer_quotes_its_seed(pick in 0usize..10_000, offset in 0u32..8000) {
        let rules = deadline_rules();
        let (ruleset, rule) = &rules[pick % rules.len()];
        let start = zhengwu::format_date(date(offset));
        let q = Query::from_pairs([
            ("ruleset", Value::String(ruleset.clone())),
            ("rule", Value::String(rule.clone())),
            ("start", Value::String(start)),
        ]);
        if let Ok(a) = zhengwu::deadline(cal(), &q) {
            for c in &a.explanation.citations {
                prop_assert!(seed_contains(c.ruleset, c.quote), "{rule}: quote not in seed: {}", c.quote);
            }
            prop_assert!(!a.explanation.citations.is_empty());
        }
    }
}

fn seed_contains(ruleset: &str, quote: &str) -> bool {
    static SEEDS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let seeds = SEEDS.get_or_init(|| {
        catalog()
            .rulesets
            .iter()
            .map(|r| (r.id.clone(), common::seed(&r.seed_file)))
            .collect()
    });
    seeds
        .iter()
        .find(|(id, _)| id == ruleset)
        .is_some_and(|(_, text)| text.contains(&common::normalize(quote)))
}
