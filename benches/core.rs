//! Criterion benchmarks of the core: working-day arithmetic over spans from one day to twenty
//! years (the cost must be flat), and the evaluation functions.
//! Run: `cargo bench --bench core` (results in target/criterion/).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use zhengwu::{Calendar, Mode};
use zhengwu::{Query, Value};

fn date(s: &str) -> zhengwu::NaiveDate {
    zhengwu::parse_date(s, "d").unwrap_or_default()
}

fn working_days(c: &mut Criterion) {
    let cal = Calendar::builtin().expect("calendar");
    let start = date("2005-01-04");
    let mut g = c.benchmark_group("add_working_days");
    // 1 working day … about 20 years (5,000 working days from 2005 reach 2025).
    for n in [1i64, 10, 250, 2_500, 5_000] {
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, &n| {
            b.iter(|| cal.add_working_days(black_box(start), black_box(n), Mode::default(), "d"))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("working_days_between");
    for (label, to) in [
        ("1 day", "2005-01-05"),
        ("1 year", "2006-01-04"),
        ("20 years", "2025-01-03"),
    ] {
        let to = date(to);
        g.bench_function(label, |b| {
            b.iter(|| cal.working_days_between(black_box(start), black_box(to), Mode::default()))
        });
    }
    g.finish();
    c.bench_function("is_working", |b| {
        b.iter(|| cal.is_working(black_box(date("2026-10-10")), Mode::default(), "d"))
    });
}

fn query(pairs: &[(&str, Value)]) -> Query {
    Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.clone())))
}

fn evaluations(c: &mut Criterion) {
    let cal = Calendar::builtin().expect("calendar");
    let s = |x: &str| Value::String(x.into());
    let dl = query(&[
        ("ruleset", s("wenshan-hrss-2019")),
        ("ref", s("DL-004-056-09")),
        ("start", s("2026-08-03")),
        ("asOf", s("2026-09-01")),
    ]);
    c.bench_function("deadline", |b| {
        b.iter(|| zhengwu::deadline(&cal, black_box(&dl)))
    });
    // Issue 13's native goal: the facts only (`reasons: false`, nothing recorded).
    let facts_only = query(&[
        ("ruleset", s("wenshan-hrss-2019")),
        ("ref", s("DL-004-056-09")),
        ("start", s("2026-08-03")),
        ("asOf", s("2026-09-01")),
        ("reasons", Value::Bool(false)),
    ]);
    c.bench_function("deadline_facts_only", |b| {
        b.iter(|| zhengwu::deadline(&cal, black_box(&facts_only)))
    });
    // As the JS API answers: the facts serialised (the reasons stay recorded until read).
    c.bench_function("deadline_facts_json", |b| {
        b.iter(|| {
            zhengwu::deadline(&cal, black_box(&dl)).map(|mut a| {
                a.explanation.part = zhengwu::explain::Part::Facts;
                serde_json::to_string(&a).map(|j| j.len())
            })
        })
    });
    c.bench_function("deadline_full_json", |b| {
        b.iter(|| {
            zhengwu::deadline(&cal, black_box(&dl))
                .map(|a| serde_json::to_string(&a).map(|j| j.len()))
        })
    });
    let ar = query(&[
        ("ruleset", s("liangshan-office-2003")),
        ("rule", s("liangshan.expense")),
        ("amount", Value::Number(10000.0)),
        ("budgeted", Value::Bool(true)),
    ]);
    c.bench_function("approval_route", |b| {
        b.iter(|| zhengwu::approval_route(black_box(&ar)))
    });
    let tl = Value::Object(
        [
            ("ruleset".to_owned(), s("wenshan-hrss-2019")),
            ("procedure".to_owned(), s("wenshan.petition")),
            ("asOf".to_owned(), s("2026-09-10")),
            (
                "events".to_owned(),
                Value::Object(
                    [
                        ("received".to_owned(), s("2026-08-03")),
                        ("accepted".to_owned(), s("2026-08-14")),
                    ]
                    .into(),
                ),
            ),
        ]
        .into(),
    );
    let tl = Query::from_value(tl).expect("query");
    c.bench_function("timeline", |b| {
        b.iter(|| zhengwu::timeline(&cal, black_box(&tl)))
    });
    c.bench_function("calendar_builtin", |b| b.iter(Calendar::builtin));
}

criterion_group!(benches, working_days, evaluations);
criterion_main!(benches);
