//! The example ruleset of tests/fixtures/rules/ (a folder, its seed text, no Rust): built in with
//! `ZHENGWU_EXTRA_RULES=tests/fixtures/rules`, which `scripts/test.sh` sets for this file.
//! Answers worked out by hand from the example's text and the calendar in data/calendar/cn.toml.

mod common;

use common::normalize;
use zhengwu::{approval_route, catalog, deadline, parse_json, Calendar, Query};

fn q(json: &str) -> Query {
    parse_json(json).and_then(Query::from_value).unwrap()
}

#[test]
#[ignore = "needs the example ruleset built in: ZHENGWU_EXTRA_RULES=tests/fixtures/rules (scripts/test.sh)"]
fn the_example_ruleset_is_found_and_answers() {
    let cat = catalog();
    let example = cat
        .rulesets
        .iter()
        .find(|r| r.id == "example-office")
        .expect("example-office in the catalog");
    assert_eq!(example.rules.len(), 2);

    // 第二条 "应当在3个工作日内提出拟办意见": received Wednesday 2026-09-30, the working days after
    // it are 10-08, 10-09 and the adjusted working Saturday 10-10.
    let a = deadline(
        &Calendar::builtin().unwrap(),
        &q(r#"{"ruleset":"example-office","ref":"DL-EX-002-01","start":"2026-09-30"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-10-10");
    assert_eq!(a.explanation.citations[0].article, "第二条");

    // 第三条 "超过1天的,由办公室主任批准": two days go to the office director; one day (含1天) to
    // the section head.
    let two = approval_route(&q(
        r#"{"ruleset":"example-office","rule":"example.leave","days":2}"#,
    ))
    .unwrap();
    assert_eq!(two.steps[0].role, "办公室主任");
    let one = approval_route(&q(
        r#"{"ruleset":"example-office","rule":"example.leave","days":1}"#,
    ))
    .unwrap();
    assert_eq!(one.steps[0].role, "科室负责人");

    // Every quote of the example stands in its seed text.
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/rules/example-office.txt"),
    )
    .unwrap();
    for (ruleset, _, cite) in zhengwu::packs::all_cites() {
        if ruleset == "example-office" {
            assert!(
                normalize(&seed).contains(&normalize(cite.quote)),
                "{}",
                cite.quote
            );
        }
    }
}
