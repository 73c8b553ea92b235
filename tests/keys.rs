//! Unknown top-level keys are refused in the core too (native callers get the JS errors).

mod common;
use common::q;
use zhengwu::Calendar;
use zhengwu::ErrorCode;

#[test]
fn a_misspelled_key_is_an_error_natively_too() {
    let cal = Calendar::builtin().unwrap();
    let e = zhengwu::deadline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-10-15","strcit":true}"#),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(
        e.message_en.contains("did you mean `strict`"),
        "{}",
        e.message_en
    );
    let e = zhengwu::timeline(
        &cal,
        &q(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition","event":{}}"#),
    )
    .unwrap_err();
    assert!(
        e.message_en.contains("did you mean `events`"),
        "{}",
        e.message_en
    );
}
