//! Coverage of the rule inventory: which rows the encoded rules implement (that every rule is
//! exercised by a hand-worked case is `every_rule_has_a_case` in tests/cases.rs).

use std::collections::BTreeSet;
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
