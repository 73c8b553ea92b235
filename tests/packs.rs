//! Rules packs: every embedded pack survives encoding and decoding unchanged, and `load` rejects
//! what is not a pack of this build's data.

use zhengwu::packs::{check_header, decode_pack, encode_pack};
use zhengwu::packs::{EMBEDDED, RULES_VERSION};
use zhengwu::ErrorCode;

fn leak(v: Vec<u8>) -> &'static [u8] {
    Box::leak(v.into_boxed_slice())
}

#[test]
fn every_pack_round_trips() {
    // One pack per folder of data/rules/ (the rulesets are discovered, not listed).
    let folders = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/rules"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("ruleset.toml").exists())
        .count();
    assert_eq!(EMBEDDED.len(), folders, "a pack per ruleset folder");
    for pack in EMBEDDED {
        let bytes = encode_pack(pack, RULES_VERSION);
        let header = check_header(&bytes, RULES_VERSION).unwrap();
        assert_eq!(header.ruleset, pack.ruleset.id);
        assert_eq!(header.needs, pack.needs);
        let back = decode_pack(leak(bytes), RULES_VERSION).unwrap();
        assert_eq!(&back, *pack, "{}", pack.ruleset.id);
    }
}

#[test]
fn national_comes_first_and_carries_the_ambiguities() {
    let first = EMBEDDED[0];
    assert_eq!(first.ruleset.id, "cn-national");
    assert!(first.needs.is_empty());
    assert!(first.ambiguities.iter().any(|a| a.id == "B33"));
    for p in &EMBEDDED[1..] {
        assert_eq!(p.needs, ["cn-national"]);
        assert!(p.ambiguities.is_empty());
    }
}

fn code(bytes: &[u8]) -> ErrorCode {
    zhengwu::packs::load(bytes.to_vec()).unwrap_err().code
}

#[test]
fn damaged_or_foreign_packs_are_rejected() {
    let good = encode_pack(EMBEDDED[1], RULES_VERSION);
    assert_eq!(code(b""), ErrorCode::InvalidRulesPack);
    assert_eq!(code(b"PK\x03\x04 a zip file"), ErrorCode::InvalidRulesPack);
    // Every truncation is rejected.
    for n in [4, 5, 6, 30, good.len() / 2, good.len() - 1] {
        assert_eq!(code(&good[..n]), ErrorCode::InvalidRulesPack, "cut at {n}");
    }
    // A flipped byte in the body fails the checksum.
    let mut flipped = good.clone();
    let last = flipped.len() - 10;
    flipped[last] ^= 0x20;
    assert_eq!(code(&flipped), ErrorCode::InvalidRulesPack);
    // A pack built for other rule data.
    let other = encode_pack(EMBEDDED[1], "0.0.0+data.0000000000000000");
    let err = zhengwu::packs::load(other).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidRulesPack);
    assert!(
        err.message_en.contains("0.0.0+data.0000000000000000"),
        "{}",
        err.message_en
    );
    // A flipped bit in the header (the ruleset id, what it needs) fails the content hash too,
    // before the id is read.
    let at = 6 + usize::from(good[5]) + 1;
    let id = EMBEDDED[1].ruleset.id.as_bytes();
    assert_eq!(&good[at..at + id.len()], id);
    for i in [at, at + good[at - 1] as usize + 2] {
        let mut header = good.clone();
        header[i] ^= 0x01;
        assert_eq!(code(&header), ErrorCode::InvalidRulesPack, "byte {i}");
    }
    // Trailing bytes after a good body: the hash covers them, so it fails there.
    let mut longer = good.clone();
    longer.push(0);
    assert_eq!(code(&longer), ErrorCode::InvalidRulesPack);
}

#[test]
fn loading_an_embedded_pack_again_changes_nothing() {
    let before = zhengwu::packs::packs().len();
    let r = zhengwu::packs::load(encode_pack(EMBEDDED[3], RULES_VERSION)).unwrap();
    assert_eq!(r.id, EMBEDDED[3].ruleset.id);
    assert_eq!(zhengwu::packs::packs().len(), before);
}
