//! Coverage of the rule inventory: which rows the encoded rules implement, and that every
//! deadline rule is exercised by at least one hand-worked case.

use std::collections::BTreeSet;
use std::path::Path;
use zhengwu::catalog;

const INVENTORY: &str = include_str!("fixtures/inventory-ids.txt");

fn inventory(prefix: &str) -> Vec<&'static str> {
    INVENTORY
        .lines()
        .filter(|l| l.starts_with(prefix))
        .collect()
}

fn encoded_refs() -> BTreeSet<String> {
    catalog()
        .rulesets
        .iter()
        .flat_map(|r| r.rules.iter())
        .flat_map(|r| r.refs.iter().cloned())
        .collect()
}

#[test]
fn every_deadline_row_is_encoded() {
    let refs = encoded_refs();
    let missing: Vec<&str> = inventory("DL-")
        .into_iter()
        .filter(|id| !refs.contains(*id))
        .collect();
    assert_eq!(inventory("DL-").len(), 172);
    assert!(missing.is_empty(), "DL rows without a rule: {missing:?}");
}

#[test]
fn every_approval_row_is_encoded() {
    let refs = encoded_refs();
    let missing: Vec<&str> = inventory("AR-")
        .into_iter()
        .filter(|id| !refs.contains(*id))
        .collect();
    assert_eq!(inventory("AR-").len(), 239);
    assert!(missing.is_empty(), "AR rows without a rule: {missing:?}");
}

#[test]
fn every_ref_names_a_real_inventory_row() {
    let known: BTreeSet<&str> = INVENTORY.lines().filter(|l| !l.starts_with('#')).collect();
    let unknown: Vec<String> = encoded_refs()
        .into_iter()
        .filter(|r| !known.contains(r.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "refs that are not inventory rows: {unknown:?}"
    );
}

#[test]
fn every_deadline_rule_has_a_case() {
    every_rule_has_a_case("deadline", "deadlines");
}

#[test]
fn every_approval_rule_has_a_case() {
    every_rule_has_a_case("approval", "approvals");
}

fn every_rule_has_a_case(kind: &str, folder: &str) {
    let cat = catalog();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(folder);
    let mut tested = BTreeSet::new();
    for f in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        for case in table
            .get("case")
            .and_then(|c| c.as_array())
            .into_iter()
            .flatten()
        {
            let case = case.as_table().unwrap();
            let ruleset = case.get("ruleset").and_then(|v| v.as_str()).unwrap_or("");
            if let Some(rule) = case.get("rule").and_then(|v| v.as_str()) {
                tested.insert(rule.to_owned());
            } else if let Some(r) = case.get("ref").and_then(|v| v.as_str()) {
                let rs = cat.rulesets.iter().find(|x| x.id == ruleset);
                if let Some(rule) = rs.and_then(|rs| {
                    rs.rules
                        .iter()
                        .find(|x| x.kind == kind && x.refs.iter().any(|y| y == r))
                }) {
                    tested.insert(rule.id.clone());
                }
            }
        }
    }
    let untested: Vec<&str> = cat
        .rulesets
        .iter()
        .filter(|rs| rs.id != "cn-national")
        .flat_map(|rs| rs.rules.iter())
        .filter(|r| r.kind == kind && !tested.contains(&r.id))
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        untested.is_empty(),
        "{kind} rules without a case: {untested:?}"
    );
}
