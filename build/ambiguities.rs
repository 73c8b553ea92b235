//! The ambiguity definitions of `data/ambiguities.toml`: readings unique, their typed effects on
//! one aspect, `rows` with a `default` among the readings; and the references rules make to them.

use crate::lower::{sl, st, text, R};
use crate::rules::model::*;
use crate::schema::*;
use std::collections::BTreeSet;

/// The ambiguity definitions of `data/ambiguities.toml`, and those attached by inventory row.
pub struct Ambiguities {
    pub defs: Vec<AmbiguityDef>,
    /// The ambiguities attached by inventory row: the reference and the rows.
    pub attached: Vec<(AmbRef, Vec<String>)>,
}

impl Ambiguities {
    pub fn read(file: &AmbiguitiesFile) -> R<Ambiguities> {
        let mut defs: Vec<AmbiguityDef> = Vec::new();
        let mut attached = Vec::new();
        for a in &file.ambiguity {
            let at = |what: String| format!("data/ambiguities.toml: ambiguity {}: {what}", a.id);
            if defs.iter().any(|d| d.id == a.id) {
                return Err(at("a second definition of the same id".into()));
            }
            let mut keys = BTreeSet::new();
            for r in &a.reading {
                if !keys.insert(r.key.as_str()) {
                    return Err(at(format!("reading `{}` twice", r.key)));
                }
            }
            // The readings act on one aspect of the computation, every one of them, or none does.
            let aspects: BTreeSet<String> = a
                .reading
                .iter()
                .map(|r| format!("{:?}", r.effect.aspect()))
                .collect();
            if aspects.len() > 1 {
                return Err(at(format!(
                    "its readings' effects act on different things ({}); every reading needs an effect on the same one, or none has any",
                    aspects.into_iter().collect::<Vec<_>>().join(", ")
                )));
            }
            match (&a.default, a.rows.is_empty()) {
                (Some(d), false) if keys.contains(d.as_str()) => {
                    let r = AmbRef {
                        id: st(&a.id),
                        default: st(d),
                        aspect: a
                            .reading
                            .first()
                            .map_or(Aspect::None, |r| r.effect.aspect()),
                    };
                    attached.push((r, a.rows.clone()))
                }
                (None, true) => {}
                _ => {
                    return Err(at(
                        "`rows` needs a `default` that is one of its readings".into()
                    ))
                }
            }
            defs.push(AmbiguityDef {
                id: st(&a.id),
                question: text(&a.question_zh, &a.question_en),
                readings: sl(a
                    .reading
                    .iter()
                    .map(|r| ReadingDef {
                        key: st(&r.key),
                        text: text(&r.zh, &r.en),
                        effect: r.effect,
                    })
                    .collect()),
            });
        }
        Ok(Ambiguities { defs, attached })
    }

    /// What ambiguity `id` decides.
    pub fn aspect(&self, id: &str) -> Aspect {
        self.defs
            .iter()
            .find(|d| d.id == id)
            .map_or(Aspect::None, AmbiguityDef::aspect)
    }

    /// A reference to ambiguity `a.id` with its reading `a.default`, both checked.
    pub fn amb_ref(&self, a: &AmbRefToml) -> R<AmbRef> {
        let Some(def) = self.defs.iter().find(|d| d.id == a.id) else {
            return Err(format!(
                "ambiguity `{}` is not in data/ambiguities.toml",
                a.id
            ));
        };
        let Some(reading) = def.readings.iter().find(|r| r.key == a.default) else {
            let keys: Vec<&str> = def.readings.iter().map(|r| r.key).collect();
            return Err(format!(
                "ambiguity {} has no reading `{}` (its readings: {})",
                a.id,
                a.default,
                keys.join(", ")
            ));
        };
        Ok(AmbRef {
            id: def.id,
            default: reading.key,
            aspect: def.aspect(),
        })
    }
}
