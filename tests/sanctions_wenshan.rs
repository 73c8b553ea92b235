//! 文山 sanction rules: the query→answer expectations are hand-worked cases in
//! `tests/cases/wenshan-hrss-2019/sanction.toml` (run by tests/cases.rs and the JS suite). What
//! stays here is a property of the catalog rather than an answer to a query: every SN-004 row of
//! the inventory is implemented by one of the 文山 sanction rules.

use zhengwu::catalog;

#[test]
fn every_sn_004_row_is_in_a_wenshan_sanction_rule() {
    let ids = include_str!("fixtures/inventory-ids.txt");
    let cat = catalog();
    let rs = cat
        .rulesets
        .iter()
        .find(|r| r.id == "wenshan-hrss-2019")
        .unwrap();
    let refs: Vec<&String> = rs
        .rules
        .iter()
        .filter(|r| r.kind == "sanction")
        .flat_map(|r| r.refs.iter())
        .collect();
    let rows: Vec<&str> = ids.lines().filter(|l| l.starts_with("SN-004")).collect();
    assert_eq!(rows.len(), 84);
    for row in rows {
        assert!(refs.iter().any(|r| r.as_str() == row), "{row} not encoded");
    }
}
