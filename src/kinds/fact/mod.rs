//! Facts: clauses that only describe — office hours, who sits on a meeting, asset classes, what
//! a repealed text was, from when a text applies. Nothing is computed: the answer states the
//! clause plainly with its typed values and cites it, so a form can show it beside its fields.
//!
//! Here the evaluation and the [`Capability`]; the data shape and its pack encoding are
//! `data.rs` (shared with the datagen). A fact has no events of its own: the lookup's suffice.

/// The data shape of a fact: a clause that only describes (office hours, who sits on a meeting,
/// asset classes, what a repealed text was), stated in Chinese and English, with its numbers and
/// times as typed values a form can use. With its pack encoding (`codec_rule!`); the datagen
/// includes this file too (`build/main.rs`), so the packs are written with the types and encoding
/// they are read with. (No inner doc comment in the file: `include!` takes none.)
pub mod data;

use crate::error::Result;
use crate::eval::kind::{Capability, InputInfo};
use crate::eval::lookup;
use crate::explain::{Bilingual, Explanation, LookupEvent};
use crate::input::keys::{check, Entry};
use crate::input::value::Query;
use crate::kinds::fact::data::{FactRule, StatedValue};
use crate::rules::model::Cite;
use crate::time::calendar::Calendar;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

/// The keys a query of this kind reads beside those every query shares: none.
pub const KEYS: &[&str] = &[];

/// The answer of [`fact`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FactAnswer {
    /// The rule.
    pub rule: &'static str,
    /// Its ruleset.
    pub ruleset: &'static str,
    /// The inventory rows it implements.
    pub refs: &'static [&'static str],
    /// Its name.
    pub name: Bilingual,
    /// The clause restated plainly, in Chinese and English.
    pub statement: Bilingual,
    /// Its numbers, times and lists by name.
    pub values: Values,
    /// Notes on the rule: what the text leaves open, where its consequences are encoded.
    pub note: Option<Bilingual>,
    /// The statement in the requested language.
    pub text: &'static str,
    /// Citations (every clause the fact rests on), trace, ambiguities, conflicts.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(FactAnswer);

/// A fact's values, written as a JSON object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Values(pub &'static [(&'static str, StatedValue)]);

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        StatedValue::Table(self.0).serialize(s)
    }
}

impl Serialize for StatedValue {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match *self {
            StatedValue::Bool(b) => s.serialize_bool(b),
            StatedValue::Integer(n) => s.serialize_i32(n),
            StatedValue::Number(x) => s.serialize_f64(x),
            StatedValue::Text(t) => s.serialize_str(t),
            StatedValue::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            StatedValue::Table(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// States the fact `{ ruleset, rule | ref, asOf?, lang?, readings? }` names.
///
/// # Errors
/// `UNKNOWN_RULESET` / `RULESET_NOT_LOADED`, `MISSING_INPUT` without `rule` or `ref`,
/// `UNKNOWN_RULE`, `INVALID_INPUT` for an unknown key or a malformed option.
///
/// # Example: 文山's office hours
/// ```
/// use zhengwu::model::StatedValue;
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","ref":"LV-004-035-02"}"#)
///     .and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::fact(&q)?;
/// assert_eq!(a.rule, "wenshan.fact.office-hours");
/// assert!(a.values.0.iter().any(|(k, v)| *k == "weekdays"
///     && matches!(v, StatedValue::List(days) if days.len() == 5)));
/// assert_eq!(a.explanation.citations[0].article, "第三十五条(二)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn fact(q: &Query) -> Result<FactAnswer> {
    let c = lookup::common(q)?;
    let rule = lookup::select::<FactRule>(&c)?;
    check(Entry::Rules(KEYS), q, &[])?;
    let meta = &rule.meta;
    let mut ex = c.explanation();
    ex.record(meta.id, LookupEvent::RuleApplied { name: meta.name });
    ex.cite_rule(meta);
    if let Some(on) = c.as_of {
        lookup::check_in_force(meta, on, &mut ex);
    }
    lookup::note_shared_ref::<FactRule>(&c, &mut ex);
    lookup::note_remaining_ambiguities(meta, &c, &mut ex);
    lookup::note_conflicts(meta, &mut ex);
    lookup::check_readings(&c, &[&ex])?;
    Ok(FactAnswer {
        rule: meta.id,
        ruleset: meta.ruleset,
        refs: meta.refs,
        name: (&meta.name).into(),
        statement: (&rule.statement).into(),
        values: Values(rule.values),
        note: meta.note.as_ref().map(Into::into),
        text: c.lang.pick(rule.statement.zh, rule.statement.en),
        explanation: ex,
    })
}

impl Capability for FactRule {
    type Answer = FactAnswer;
    const CATALOG_KIND: &'static str = "fact";

    fn inputs(&'static self) -> Vec<InputInfo> {
        Vec::new()
    }

    fn part_cites(&'static self) -> Vec<&'static Cite> {
        Vec::new()
    }

    fn answer(_: &Calendar, q: &Query) -> Result<FactAnswer> {
        fact(q)
    }
}
