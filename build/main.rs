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
#[path = "../src/time/civil.rs"]
#[allow(dead_code)]
pub mod civil_shared;
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
/// Every kind of rule (`src/kinds/list.rs`): its data shape (`crate::kinds::<kind>::data`) and
/// its reader (`datagen`), included from its folder; the model seen by the datagen
/// (`crate::rules::model`: what every kind shares, and each kind's shapes); and `Collected`, a
/// ruleset's rules of each kind, written as the pack's sections in the list's order.
macro_rules! kinds {
    ($($(#[$attr:meta])* $kind:ident $rule:ident,)*) => {
        mod kinds {
            /// The timelines' procedures (not a kind of rule: steps of deadline rules).
            pub mod timeline {
                #[allow(dead_code)]
                pub mod data {
                    include!("timeline/data.rs");
                }
                pub mod datagen {
                    #[allow(unused_imports)]
                    use crate::{lower::*, refs::Want, rules::model::*, schema::*};
                    use serde::Deserialize;
                    include!("timeline/datagen.rs");
                }
            }
            $(pub mod $kind {
                #[allow(dead_code)] // (what only the engine uses)
                pub mod data {
                    include!(concat!(stringify!($kind), "/data.rs"));
                }
                /// The kind's reader, with what every reader uses in scope (so the file itself
                /// names nothing of `build/`: it lives in `src/`).
                pub mod datagen {
                    #[allow(unused_imports)]
                    use crate::{lower::*, refs::Want, rules::model::*, schema::*};
                    #[allow(unused_imports)]
                    use serde::Deserialize;
                    include!(concat!(stringify!($kind), "/datagen.rs"));
                }
            })*
        }

        mod rules {
            pub use crate::codec_shared as codec;
            pub use crate::section_shared as section;
            /// The shared shapes and every kind's, under one name for the datagen.
            pub mod model {
                $(pub use crate::kinds::$kind::data::*;)*
                pub use crate::kinds::timeline::data::*;
                pub use crate::model_shared::*;
            }
        }

        /// The table names a rule file may hold besides `[[procedure]]`.
        const KINDS: &[&str] = &[$(stringify!($kind)),*];

        /// One ruleset's rules, by kind, in data order.
        #[derive(Default)]
        struct Collected {
            $($kind: Vec<crate::rules::model::$rule>,)*
        }

        impl Collected {
            /// Reads one `[[<table>]]` item of a rule file into its kind's rules; false when
            /// `table` names no kind.
            fn add(&mut self, table: &str, item: toml::Value, l: &mut Lower) -> R<bool> {
                $(if table == stringify!($kind) {
                    let rule = schema::rule(item).map_err(|e| format!("{}: {e}", l.file))?;
                    self.$kind.push(kinds::$kind::datagen::lower(l, &rule)?);
                    return Ok(true);
                })*
                Ok(false)
            }

            /// The pack's sections, one per kind, in the list's order.
            fn sections(&self) -> Vec<Section> {
                vec![$(Section::of_rules(&self.$kind)),*]
            }
        }
    };
}
include!("../src/kinds/list.rs");

mod time {
    pub use crate::civil_shared as civil;
    pub mod date {
        pub use crate::ymd_shared::Ymd;
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
use schema::{AmbiguitiesFile, CalendarFile, RulesetToml};
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
    let mut rules = Collected::default();
    let mut procedures = Vec::new();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let file = rel(root, &f);
        let tables = fs::read_to_string(&f)
            .map_err(|e| e.to_string())
            .and_then(|text| schema::tables(&text, KINDS))
            .map_err(|e| format!("{file}: {e}"))?;
        let mut l = Lower {
            ambiguities,
            refs,
            ruleset: ruleset.id,
            file,
        };
        for (table, item) in tables {
            if table == "procedure" {
                let p = schema::procedure(item).map_err(|e| format!("{}: {e}", l.file))?;
                procedures.push(kinds::timeline::datagen::lower(&mut l, &p)?);
            } else if !rules.add(&table, item, &mut l)? {
                return Err(format!("{}: unknown table [[{table}]]", l.file));
            }
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
        // Each kind's rules, then the procedures.
        sections: lower::sl(
            rules
                .sections()
                .into_iter()
                .chain([Section::of_parts(lower::sl(procedures))])
                .collect(),
        ),
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
