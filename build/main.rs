//! The datagen step: the reviewable rule data under `data/` into rules packs.
//!
//! It reads `data/rules/<ruleset>/*.toml` and `data/ambiguities.toml` into typed values
//! (`schema.rs`: serde, unknown keys refused), checks what types cannot and every reference
//! between rules (`lower.rs`, `refs.rs`, `ambiguities.rs`), builds one [`rules::model::Pack`] per
//! ruleset and encodes it with the crate's own encoder (`src/rules/codec.rs`, included here).
//! Written to `OUT_DIR`
//! (`emit.rs`): the packs (`packs/<id>.zwr`), which native builds embed with `include_bytes!` and
//! decode with the module's decoder; a short list of them with their SHA-256 (the module trusts
//! exactly these) and the rules version; the manifest (`packs.manifest`, compared with the
//! checked-in `data/packs.manifest` by `tests/manifest.rs`); and the calendar's tables, which stay
//! Rust (`calendar.rs`). A fault fails the build naming the file and rule:
//! `data/rules/<ruleset>/<file>.toml: rule <id>: <what>`. See `data/README.md` for the schema.

// The crate's own model and pack encoder, each kind's data shape, and the few types they use,
// shared with the crate and reached under the paths they name (`crate::rules::model`, …). A
// kind's data shape is its folder's `data.rs` (`src/kinds/<kind>/data.rs`): always every kind's,
// whatever the build's features, since the packs are the same for both modules.
#[path = "../src/rules/codec.rs"]
#[allow(dead_code)]
pub mod codec_shared;
#[path = "../src/rules/model.rs"]
#[allow(dead_code, unused_imports)]
pub mod model_shared;
#[path = "../src/rules/section.rs"]
#[allow(dead_code)]
pub mod section_shared;
#[path = "../src/base/text.rs"]
#[allow(dead_code)]
pub mod text_shared;
#[path = "../src/time/ymd.rs"]
pub mod ymd_shared;
mod base {
    pub use crate::text_shared as text;
}
/// The kinds' data shapes (`crate::kinds::<kind>::data`), one line each.
macro_rules! kind_data {
    ($($kind:ident $path:literal)*) => {
        $(
            #[path = $path]
            #[allow(dead_code)]
            pub mod $kind;
        )*
        mod kinds {
            $(pub mod $kind {
                pub use crate::$kind as data;
            })*
        }
    };
}
kind_data! {
    deadline "../src/kinds/deadline/data.rs"
    approval "../src/kinds/approval/data.rs"
    leave "../src/kinds/leave/data.rs"
    sanction "../src/kinds/sanction/data.rs"
    fact "../src/kinds/fact/data.rs"
    check "../src/kinds/check/data.rs"
    calculator "../src/kinds/calculator/data.rs"
}
mod rules {
    pub use crate::codec_shared as codec;
    pub use crate::section_shared as section;
    /// The shared shapes and every kind's, under one name for the datagen.
    pub mod model {
        pub use crate::kinds::approval::data::*;
        pub use crate::kinds::calculator::data::*;
        pub use crate::kinds::check::data::*;
        pub use crate::kinds::deadline::data::*;
        pub use crate::kinds::fact::data::*;
        pub use crate::kinds::leave::data::*;
        pub use crate::kinds::sanction::data::*;
        pub use crate::model_shared::*;
    }
}
mod time {
    pub mod date {
        pub use crate::ymd_shared::Ymd;
    }
    /// The calendar's notices are not part of the rule model (it only re-exports them).
    #[allow(dead_code)]
    pub mod notice {
        pub struct Notice;
        pub struct NoticeHoliday;
    }
}

mod ambiguities;
mod calendar;
mod emit;
mod lower;
mod refs;
mod schema;

use ambiguities::Ambiguities;
use lower::{Lower, R};
use refs::Refs;
use rules::model::{Pack, Section};
use schema::{AmbiguitiesFile, CalendarFile, RulesFile, RulesetToml};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    if let Err(e) = run() {
        eprintln!("error in rule data: {e}");
        std::process::exit(1);
    }
}

fn run() -> R<()> {
    let root = PathBuf::from(env("CARGO_MANIFEST_DIR")?);
    let out = PathBuf::from(env("OUT_DIR")?);
    let data = root.join("data");
    let rulesets = discover(&root)?;
    let ambiguities = Ambiguities::read(&read::<AmbiguitiesFile>(
        &root,
        &data.join("ambiguities.toml"),
    )?)?;
    let cal: CalendarFile = read(&root, &data.join("calendar/cn.toml"))?;

    let mut refs = Refs::default();
    let mut packs = Vec::new();
    let mut needs = BTreeMap::new();
    for (r, dir) in &rulesets {
        let pack = ruleset_pack(&root, r, dir, &ambiguities, &mut refs)?;
        needs.insert(pack.ruleset.id, pack.needs.to_vec());
        packs.push(pack);
    }
    refs.check(&needs)?;

    // The browser module leaves the notices' notes out (about 2 KB gzipped; they stay in cn.toml,
    // and calendarInfo() gives `note: null` there); the rules version hashes the full calendar,
    // so native and browser builds agree.
    let full_calendar = calendar::rust(&cal, true)?;
    let wasm = env("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let calendar_rust = if wasm {
        calendar::rust(&cal, false)?
    } else {
        full_calendar.clone()
    };
    emit::write(&out, &packs, &full_calendar, &calendar_rust)
}

/// The pack of one ruleset: its rules, file by file in name order.
fn ruleset_pack(
    root: &Path,
    r: &RulesetToml,
    dir: &Path,
    ambiguities: &Ambiguities,
    refs: &mut Refs,
) -> R<&'static Pack> {
    let national = r.id == "cn-national";
    let ruleset =
        lower::ruleset(r).map_err(|e| format!("{}: {e}", rel(root, &dir.join("ruleset.toml"))))?;
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", rel(root, dir)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| p.file_name().is_none_or(|n| n != "ruleset.toml"))
        .collect();
    files.sort();
    let (mut deadlines, mut approvals, mut leave, mut sanctions, mut procedures) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut facts = Vec::new();
    let mut checks = Vec::new();
    let mut calculators = Vec::new();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let file = fs::read_to_string(&f)
            .map_err(|e| e.to_string())
            .and_then(|text| RulesFile::parse(&text))
            .map_err(|e| format!("{}: {e}", rel(root, &f)))?;
        let mut l = Lower {
            ambiguities,
            refs,
            ruleset: ruleset.id,
            file: rel(root, &f),
        };
        for d in &file.deadline {
            deadlines.push(l.deadline(d)?);
        }
        for a in &file.approval {
            approvals.push(l.approval(a)?);
        }
        for x in &file.leave {
            leave.push(l.leave(x)?);
        }
        for x in &file.sanction {
            sanctions.push(l.sanction(x)?);
        }
        for p in &file.procedure {
            procedures.push(l.procedure(p)?);
        }
        for x in &file.fact {
            facts.push(l.fact(x)?);
        }
        for x in &file.check {
            checks.push(l.check(x)?);
        }
        for x in &file.calculator {
            calculators.push(l.calculator(x)?);
        }
    }
    let pack = Pack {
        ruleset,
        needs: if national { &[] } else { &["cn-national"] },
        // cn-national carries the definitions for every ruleset: it is loaded first.
        ambiguities: if national {
            lower::sl(ambiguities.defs.clone())
        } else {
            &[]
        },
        procedures: lower::sl(procedures),
        // The office kinds last: the citizens' module never decodes them.
        sections: lower::sl(vec![
            Section::of_rules(&deadlines),
            Section::of_rules(&approvals),
            Section::of_rules(&leave),
            Section::of_rules(&sanctions),
            Section::of_rules(&facts),
            Section::of_rules(&checks),
            Section::of_rules(&calculators),
        ]),
    };
    Ok(Box::leak(Box::new(pack)))
}

/// The rulesets of this build: every `data/rules/<id>/ruleset.toml` (and those of the folder
/// `ZHENGWU_EXTRA_RULES` names), its `id` the folder's name, in id order with `cn-national`
/// first (the others cite it); only those `ZHENGWU_RULESETS` lists, when set.
fn discover(root: &Path) -> R<Vec<(RulesetToml, PathBuf)>> {
    let mut folders = vec![root.join("data/rules")];
    println!(
        "cargo:rerun-if-changed={}",
        root.join("data/rules").display()
    );
    // The tests build an example ruleset in from a folder of their own (tests/fixtures/rules).
    println!("cargo:rerun-if-env-changed=ZHENGWU_EXTRA_RULES");
    if let Ok(extra) = std::env::var("ZHENGWU_EXTRA_RULES") {
        let extra = root.join(extra);
        println!("cargo:rerun-if-changed={}", extra.display());
        folders.push(extra);
    }
    let mut found = Vec::new();
    for dir in folders {
        let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", rel(root, &dir)))?;
        for entry in entries.filter_map(|e| e.ok()) {
            let folder = entry.path();
            if !folder.is_dir() {
                continue;
            }
            let file = folder.join("ruleset.toml");
            if !file.exists() {
                return Err(format!(
                    "{}: a ruleset folder needs its ruleset.toml",
                    rel(root, &folder)
                ));
            }
            let r: RulesetToml = read(root, &file)?;
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if r.id != name {
                return Err(format!(
                    "{}: id `{}` is not the folder's name `{name}`",
                    rel(root, &file),
                    r.id
                ));
            }
            found.push((r, folder));
        }
    }
    found.sort_by(|(a, _), (b, _)| {
        (a.id != "cn-national", &a.id).cmp(&(b.id != "cn-national", &b.id))
    });
    // A build may carry a subset of the rulesets: ZHENGWU_RULESETS, comma-separated ids (every
    // ruleset found when unset); `cn-national` is always included, as the others cite it.
    println!("cargo:rerun-if-env-changed=ZHENGWU_RULESETS");
    if let Ok(list) = std::env::var("ZHENGWU_RULESETS") {
        let wanted: Vec<&str> = list
            .split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .collect();
        if let Some(id) = wanted
            .iter()
            .find(|id| !found.iter().any(|(r, _)| &r.id == *id))
        {
            return Err(format!(
                "ZHENGWU_RULESETS: no ruleset `{id}` under data/rules/"
            ));
        }
        found.retain(|(r, _)| r.id == "cn-national" || wanted.contains(&r.id.as_str()));
    }
    Ok(found)
}

/// A TOML file of the data, typed; errors name the file.
fn read<T: for<'de> Deserialize<'de>>(root: &Path, path: &Path) -> R<T> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", rel(root, path)))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", rel(root, path)))
}

/// A path as errors give it: from the crate's root (`data/rules/…`).
fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn env(name: &str) -> R<String> {
    std::env::var(name).map_err(|e| format!("{name}: {e}"))
}
