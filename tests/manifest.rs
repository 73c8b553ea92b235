//! The checked-in manifest of the rules packs (`data/packs.manifest`: the rules version, and per
//! pack its ruleset, size and SHA-256) is what the data builds: a change of the data shows in
//! review as a change of this file, and CI fails when it was not regenerated.

#[test]
fn the_manifest_matches_the_data() {
    // A build of a subset of the rulesets, or with extra ones, has other packs.
    if std::env::var_os("ZHENGWU_RULESETS").is_some()
        || std::env::var_os("ZHENGWU_EXTRA_RULES").is_some()
    {
        return;
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/packs.manifest");
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    let built = zhengwu::packs::MANIFEST;
    assert!(
        checked_in == built,
        "data changed: run `cargo run --example packs -- --manifest` to update data/packs.manifest\n\
         --- data/packs.manifest\n{checked_in}\n+++ built from data/\n{built}"
    );
}
