//! Builds with a subset of the rulesets (cargo features) list only those, plus cn-national.
//! The test command runs this file twice: with all rulesets and with `guangxi-fault-2007` alone.

use zhengwu::catalog;
use zhengwu::{Query, Value};

const FEATURES: [(&str, bool); 6] = [
    ("guangxi-fault-2007", cfg!(feature = "guangxi-fault-2007")),
    (
        "liangshan-office-2003",
        cfg!(feature = "liangshan-office-2003"),
    ),
    ("zaduo-office-2017", cfg!(feature = "zaduo-office-2017")),
    (
        "panzhihua-dongqu-2012",
        cfg!(feature = "panzhihua-dongqu-2012"),
    ),
    ("muli-county-2017", cfg!(feature = "muli-county-2017")),
    ("wenshan-hrss-2019", cfg!(feature = "wenshan-hrss-2019")),
];

#[test]
fn only_the_compiled_rulesets_are_listed() {
    let ids: Vec<String> = catalog().rulesets.into_iter().map(|r| r.id).collect();
    assert!(ids.contains(&"cn-national".to_owned()));
    for (id, on) in FEATURES {
        assert_eq!(ids.contains(&id.to_owned()), on, "{id}");
    }
}

#[test]
fn a_ruleset_left_out_is_unknown_and_one_compiled_in_answers() {
    for (id, on) in FEATURES {
        let q = Query::from_pairs([
            ("ruleset", Value::String(id.into())),
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
