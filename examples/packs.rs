//! Writes the rules packs (`<ruleset>.zwr`) that the wasm module loads at run time.
//!
//! Run: `cargo run --example packs -- pkg/rules` (scripts/build.sh does this). The packs are the
//! embedded tables of this native build, encoded by `zhengwu::pack::encode_pack`; a module built
//! from the same `data/` accepts them (same rules version), any other rejects them.

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "pkg/rules".into());
    if let Err(e) = write_all(std::path::Path::new(&dir)) {
        eprintln!("packs: {e}");
        std::process::exit(1);
    }
}

fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for pack in zhengwu::registry::packs() {
        let bytes = zhengwu::pack::encode_pack(pack, zhengwu::generated::RULES_VERSION);
        let path = dir.join(format!("{}.zwr", pack.ruleset.id));
        std::fs::write(&path, &bytes)?;
        println!("{} {} bytes", path.display(), bytes.len());
    }
    Ok(())
}
