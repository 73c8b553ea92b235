//! Writes the rules packs (`<ruleset>.zwr`) that the wasm module loads at run time, or the
//! checked-in manifest of them.
//!
//! Run: `cargo run --example packs -- <dir>` (scripts/build.sh does this with `pkg/rules`), or
//! `cargo run --example packs -- --manifest` to write `data/packs.manifest` after a change of the
//! data (tests/manifest.rs fails until it is). The packs are the files the build script made from
//! `data/` (`zhengwu::packs::files`, the very bytes this build embeds); a module built from the
//! same `data/` trusts them (it was built with their hashes), any other rejects them.

fn main() {
    let arg = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "pkg/rules".into());
    let done = if arg == "--manifest" {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/packs.manifest");
        std::fs::write(&path, zhengwu::packs::MANIFEST).map(|()| println!("{}", path.display()))
    } else {
        write_all(std::path::Path::new(&arg))
    };
    if let Err(e) = done {
        eprintln!("packs: {e}");
        std::process::exit(1);
    }
}

fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (id, bytes) in zhengwu::packs::files() {
        let path = dir.join(format!("{id}.zwr"));
        std::fs::write(&path, bytes)?;
        println!("{} {} bytes", path.display(), bytes.len());
    }
    Ok(())
}
