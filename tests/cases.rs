//! Hand-worked cases from `tests/cases/**/*.toml`, each with the expected answer worked out from
//! the seed text and the calendar (the `why` field says how). The JS suite runs the same files
//! against `pkg/`.

mod common;

use std::path::Path;
use zhengwu::Calendar;
use zhengwu::SmallMap;
use zhengwu::{Query, Value};

fn to_value(t: &toml::Value) -> Value {
    match t {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::Number(*i as f64),
        toml::Value::Float(f) => Value::Number(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(a) => Value::Array(a.iter().map(to_value).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), to_value(v))).collect())
        }
        toml::Value::Datetime(d) => Value::String(d.to_string()),
    }
}

/// Fields of a case that are expectations (or commentary), not query inputs (a query with any
/// other key is refused, so a misspelled expectation cannot pass silently either).
const EXPECT: [&str; 12] = [
    "name",
    "why",
    "due",
    "extended_due",
    "earliest",
    "status",
    "error",
    "steps",
    "conflict_due",
    "conflicts",
    "missing",
    "applied",
];

fn cases(dir: &str) -> Vec<(String, toml::Table)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|x| x == "toml"))
    {
        let text = std::fs::read_to_string(&f).unwrap();
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let Some(toml::Value::Array(items)) = table.get("case") else {
            continue;
        };
        for item in items {
            let t = item.as_table().unwrap().clone();
            let name = format!(
                "{}: {}",
                f.file_name().unwrap().to_string_lossy(),
                t.get("name").and_then(|v| v.as_str()).unwrap_or("?")
            );
            out.push((name, t));
        }
    }
    out
}

fn query(t: &toml::Table) -> Query {
    let fields: SmallMap<String, Value> = t
        .iter()
        .filter(|(k, _)| !EXPECT.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), to_value(v)))
        .collect();
    Query::from_value(Value::Object(fields)).unwrap()
}

#[test]
fn deadline_cases() {
    let cal = Calendar::builtin().unwrap();
    let all = cases("deadlines");
    assert!(!all.is_empty());
    let mut failures = Vec::new();
    for (name, t) in &all {
        let q = query(t);
        if let Some(d) = common::split_disagreement(|| zhengwu::deadline(&cal, &q)) {
            failures.push(format!("{name}: summary and full answer disagree: {d}"));
        }
        match (zhengwu::deadline(&cal, &q), t.get("error")) {
            (Err(e), Some(code)) if code.as_str() == Some(e.code.as_str()) => {}
            (Err(e), _) => failures.push(format!("{name}: error {e}")),
            (Ok(a), Some(code)) => failures.push(format!(
                "{name}: expected error {code:?}, got due {}",
                a.due
            )),
            (Ok(a), None) => {
                let check = |field: &str, got: Option<&str>, failures: &mut Vec<String>| {
                    if let Some(want) = t.get(field).and_then(|v| v.as_str()) {
                        if got != Some(want) {
                            failures.push(format!("{name}: {field} expected {want}, got {got:?}"));
                        }
                    }
                };
                check("due", Some(&a.due), &mut failures);
                check("extended_due", a.extended_due.as_deref(), &mut failures);
                check("earliest", a.earliest.as_deref(), &mut failures);
                check("status", a.status.as_ref().map(|s| s.state), &mut failures);
                check(
                    "conflict_due",
                    a.explanation
                        .conflicts
                        .first()
                        .and_then(|c| c.due.as_deref()),
                    &mut failures,
                );
                if let Some(n) = t.get("conflicts").and_then(|v| v.as_integer()) {
                    if a.explanation.conflicts.len() as i64 != n {
                        failures.push(format!(
                            "{name}: expected {n} conflicts, got {}",
                            a.explanation.conflicts.len()
                        ));
                    }
                }
                if a.explanation.citations.is_empty() || a.explanation.steps.is_empty() {
                    failures.push(format!("{name}: answer without citation or trace"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

fn strings(v: Option<&toml::Value>) -> Option<Vec<String>> {
    v.and_then(|v| v.as_array()).map(|a| {
        a.iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect()
    })
}

fn check_explained(
    name: &str,
    t: &toml::Table,
    ex: &zhengwu::explain::Explanation,
    failures: &mut Vec<String>,
) {
    if let Some(applied) = t.get("applied").and_then(|v| v.as_table()) {
        for (id, want) in applied {
            let got = ex
                .ambiguities
                .iter()
                .find(|a| &a.id == id)
                .map(|a| a.applied.as_str());
            if got != want.as_str() {
                failures.push(format!(
                    "{name}: ambiguity {id} expected {want:?}, got {got:?}"
                ));
            }
        }
    }
    if let Some(want) = strings(t.get("missing")) {
        let got: Vec<String> = ex.missing.iter().map(|m| m.field.clone()).collect();
        if got != want {
            failures.push(format!("{name}: missing expected {want:?}, got {got:?}"));
        }
    }
    if ex.citations.is_empty() {
        failures.push(format!("{name}: answer without citation"));
    }
}

#[test]
fn approval_cases() {
    let all = cases("approvals");
    assert!(!all.is_empty());
    let mut failures = Vec::new();
    for (name, t) in &all {
        let q = query(t);
        if let Some(d) = common::split_disagreement(|| zhengwu::approval_route(&q)) {
            failures.push(format!("{name}: summary and full answer disagree: {d}"));
        }
        match (zhengwu::approval_route(&q), t.get("error")) {
            (Err(e), Some(code)) if code.as_str() == Some(e.code.as_str()) => {}
            (Err(e), _) => failures.push(format!("{name}: error {e}")),
            (Ok(_), Some(code)) => failures.push(format!("{name}: expected error {code:?}")),
            (Ok(a), None) => {
                let got: Vec<String> = a
                    .steps
                    .iter()
                    .map(|s| format!("{}.{}/{}", s.order, s.role, s.action))
                    .collect();
                match strings(t.get("steps")) {
                    Some(want) if want != got => {
                        failures.push(format!("{name}: steps expected {want:?}, got {got:?}"))
                    }
                    None => failures.push(format!("{name}: case has no `steps`")),
                    _ => {}
                }
                check_explained(name, t, &a.explanation, &mut failures);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
