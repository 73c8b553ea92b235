//! Writes the rules packs (`<ruleset>.zwr`) that the wasm module loads at run time, and the list
//! of their SHA-256 hashes that the module is then built with (`ZHENGWU_PACK_HASHES`, read by
//! `build.rs`), so that it trusts exactly these packs.
//!
//! Run: `cargo run --example packs -- <dir> [<hash list>]` (scripts/build.sh does this). The
//! packs are the embedded tables of this native build, encoded by `zhengwu::packs::encode_pack`;
//! a module built from the same `data/` accepts them (same rules version), any other rejects them.

use std::fmt::Write as _;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "pkg/rules".into());
    if let Err(e) = write_all(std::path::Path::new(&dir), args.next()) {
        eprintln!("packs: {e}");
        std::process::exit(1);
    }
}

fn write_all(dir: &std::path::Path, hash_list: Option<String>) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let version = zhengwu::packs::RULES_VERSION;
    let mut list = format!("version {version}\n");
    for pack in zhengwu::packs::packs() {
        let bytes = zhengwu::packs::encode_pack(pack, version);
        let path = dir.join(format!("{}.zwr", pack.ruleset.id));
        std::fs::write(&path, &bytes)?;
        println!("{} {} bytes", path.display(), bytes.len());
        let hash = zhengwu::packs::sha256(bytes.get(..bytes.len() - 32).unwrap_or_default());
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        let _ = writeln!(list, "{} {hex}", pack.ruleset.id);
    }
    if let Some(path) = hash_list {
        std::fs::write(path, list)?;
    }
    Ok(())
}
