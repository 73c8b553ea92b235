//! The TOML files under `data/`, as serde reads them: owned values, the model's own enums for
//! units, kinds, countings, actions and input types (`src/rules/model.rs`, deserialised from their
//! TOML names), and every table closed to unknown keys. Field meanings: `data/README.md`.
//!
//! The rule kinds share the fields of [`Meta`]; serde cannot deny unknown keys of a struct with a
//! flattened part, so [`Rule`] collects whatever neither part takes in `unknown`, and the build
//! refuses a rule where that is not empty.

use crate::rules::model::{Effect, InputType};
use serde::Deserialize;
use std::collections::BTreeMap;

/// `data/rules/<id>/ruleset.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesetToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub issuer_zh: String,
    pub issuer_en: String,
    pub level: String,
    pub source_zh: String,
    pub source_en: String,
    /// The seed text under `seeds/`; `<id>.txt` when not given (the rule for every ruleset now).
    pub seed_file: Option<String>,
    pub adopted: Option<String>,
    pub published: Option<String>,
    pub in_force: Option<String>,
    pub dates_note_zh: String,
    pub dates_note_en: String,
}

/// `data/ambiguities.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbiguitiesFile {
    pub ambiguity: Vec<AmbiguityToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbiguityToml {
    pub id: String,
    pub question_zh: String,
    pub question_en: String,
    pub reading: Vec<ReadingToml>,
    /// Inventory rows whose rules depend on this ambiguity (attached to them automatically).
    #[serde(default)]
    pub rows: Vec<String>,
    /// The reading those rules apply, when attached through `rows`.
    pub default: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingToml {
    pub key: String,
    pub zh: String,
    pub en: String,
    /// What the engine does under this reading; `none` (reported only) when not given.
    #[serde(default)]
    pub effect: Effect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteToml {
    pub article: String,
    pub quote: String,
    pub source: Option<String>,
}

/// `{ id = "B33", default = "from-nominal-end" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbRefToml {
    pub id: String,
    pub default: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictToml {
    pub rule: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub minimum: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextToml {
    pub zh: String,
    pub en: String,
}

/// One rule file (`data/rules/<ruleset>/*.toml`, any but `ruleset.toml`): its items, table by
/// table (`[[deadline]]`, …, `[[procedure]]`), each still untyped: each kind reads its own
/// (`rule`), so that a wrong key, type or value is reported as `rule <id>: <what>` (a TOML syntax
/// error as the line and column). `kinds` are the tables a rule file may hold besides
/// `[[procedure]]`.
pub fn tables(text: &str, kinds: &[&str]) -> Result<Vec<(String, toml::Value)>, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (kind, items) in table {
        let toml::Value::Array(items) = items else {
            return Err(format!("`{kind}` is not a list of tables ([[{kind}]])"));
        };
        if kind != "procedure" && !kinds.contains(&kind.as_str()) {
            return Err(format!(
                "unknown table [[{kind}]] (a rule file holds [[{}]] and [[procedure]])",
                kinds.join("]], [[")
            ));
        }
        out.extend(items.into_iter().map(|item| (kind.clone(), item)));
    }
    Ok(out)
}

/// One `[[<kind>]]` item as a rule of that kind; errors name the rule.
pub fn rule<K: serde::de::DeserializeOwned>(item: toml::Value) -> Result<Rule<K>, String> {
    typed(item, "rule")
}

/// One `[[procedure]]` item; errors name the procedure.
pub fn procedure<T: serde::de::DeserializeOwned>(item: toml::Value) -> Result<T, String> {
    typed(item, "procedure")
}

fn typed<T: serde::de::DeserializeOwned>(item: toml::Value, what: &str) -> Result<T, String> {
    let id = item
        .get("id")
        .and_then(|v| v.as_str())
        .unwrap_or("?")
        .to_owned();
    item.try_into()
        .map_err(|e: toml::de::Error| format!("{what} {id}: {}", e.message().trim()))
}

/// A rule: the fields every rule has, those of its kind, and any key neither knows.
#[derive(Deserialize)]
pub struct Rule<K> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(flatten)]
    pub body: K,
    /// Keys neither part knows: the build refuses the rule (a misspelt field).
    #[serde(flatten)]
    pub unknown: BTreeMap<String, toml::Value>,
}

/// Fields every rule has.
#[derive(Deserialize)]
pub struct Meta {
    pub id: String,
    pub refs: Vec<String>,
    pub name_zh: String,
    pub name_en: String,
    pub cite: Vec<CiteToml>,
    pub in_force: String,
    pub until: Option<String>,
    #[serde(default)]
    pub ambiguities: Vec<AmbRefToml>,
    #[serde(default)]
    pub conflicts: Vec<ConflictToml>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueToml {
    pub value: String,
    pub zh: String,
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputToml {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: InputType,
    pub label_zh: String,
    pub label_en: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub values: Vec<EnumValueToml>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// A condition: exactly one of `one_of`, `none_of`, `is`, a `min`/`max` band, or `any`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CondToml {
    #[serde(default)]
    pub fact: String,
    pub one_of: Option<Vec<String>>,
    pub none_of: Option<Vec<String>>,
    pub any: Option<Vec<CondToml>>,
    pub is: Option<bool>,
    pub min: Option<f64>,
    #[serde(default = "yes")]
    pub min_inclusive: bool,
    pub max: Option<f64>,
    #[serde(default = "yes")]
    pub max_inclusive: bool,
}

pub fn yes() -> bool {
    true
}

/// `data/calendar/cn.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarFile {
    pub schema: u32,
    pub first: String,
    pub last: String,
    pub notice: Vec<NoticeToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeToml {
    pub year: i32,
    pub title: String,
    pub number: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub holiday: Vec<HolidayToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayToml {
    pub name_zh: String,
    pub name_en: String,
    pub rest: Vec<String>,
    pub statutory: Vec<String>,
    pub work: Vec<String>,
}
