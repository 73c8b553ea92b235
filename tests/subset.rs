//! A build of a subset of the rulesets (`ZHENGWU_RULESETS=<ids>`) lists only those, plus
//! cn-national; a build without it lists every folder of data/rules/. The test command runs this
//! file both ways: with all rulesets and with `guangxi-fault-2007` alone.

use zhengwu::catalog;
use zhengwu::{Query, Value};

/// Every ruleset folder, and whether this build was asked to include it.
fn rulesets() -> Vec<(String, bool)> {
    let subset = option_env!("ZHENGWU_RULESETS");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/rules");
    let mut out: Vec<(String, bool)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|id| id != "cn-national")
        .map(|id| {
            let on = subset.is_none_or(|list| list.split(',').any(|x| x.trim() == id));
            (id, on)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 6);
    out
}

#[test]
fn only_the_compiled_rulesets_are_listed() {
    let ids: Vec<String> = catalog().rulesets.into_iter().map(|r| r.id).collect();
    assert!(ids.contains(&"cn-national".to_owned()));
    for (id, on) in rulesets() {
        assert_eq!(ids.contains(&id), on, "{id}");
    }
}

#[test]
fn a_ruleset_left_out_is_unknown_and_one_compiled_in_answers() {
    for (id, on) in rulesets() {
        let q = Query::from_pairs([
            ("ruleset", Value::String(id.clone())),
            ("rule", Value::String("x".into())),
            ("start", Value::String("2026-01-05".into())),
        ]);
        let code = zhengwu::deadline(&zhengwu::Calendar::builtin().unwrap(), &q)
            .unwrap_err()
            .code;
        let expected = if on {
            zhengwu::ErrorCode::UnknownRule
        } else {
            zhengwu::ErrorCode::UnknownRuleset
        };
        assert_eq!(code, expected, "{id}");
    }
}
