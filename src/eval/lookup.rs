//! Finding rules and applying what every rule shares: effective dates, ambiguity readings,
//! conflicts, and the query options common to all evaluation functions.

use crate::base::small_map::SmallMap;
use crate::base::text::Joined;
use crate::error::{Error, ErrorCode, Result};
use crate::explain::{Ambiguity, Bilingual, Explanation, LookupEvent};
use crate::input::value::{Query, Value};
use crate::rules::model::{AmbRef, AmbiguityDef, Aspect, Effect, ReadingDef, RuleMeta, Ruleset};
use crate::rules::registry::{self, By, Rule};
use crate::time::calendar::Mode;
use crate::time::civil::NaiveDate;
use crate::time::date::parse_date;

/// Options every query may carry.
#[derive(Debug, Clone)]
pub struct Common {
    /// The ruleset id.
    pub ruleset: String,
    /// `rule` (a rule id) or `ref` (an inventory id), whichever was given.
    pub selector: Selector,
    /// The date the answer is given for (status of open steps), if any.
    pub as_of: Option<NaiveDate>,
    /// Answer language for `text` fields (`zh` default, or `en`).
    pub lang: Lang,
    /// Whether to project the calendar past the last notice (the default) or refuse (`strict`).
    pub mode: Mode,
    /// Selected readings of ambiguities, by id.
    pub readings: SmallMap<String, String>,
    /// Whether the answer carries its reasons (`reasons: false` asks for the facts alone).
    pub reasons: bool,
}

impl Common {
    /// The explanation an answer to this query starts with: recording its reasons unless the
    /// query asked for the facts alone.
    pub fn explanation(&self) -> Explanation {
        if self.reasons {
            Explanation::new()
        } else {
            Explanation::facts_only()
        }
    }
}

/// How a rule was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Selector {
    /// Neither given.
    #[default]
    None,
    /// By rule id.
    Rule(String),
    /// By inventory id.
    Ref(String),
}

/// The answer language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// Chinese.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Picks the text in this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Builds the text in this language only (the other is not formatted).
    pub fn text(self, zh: impl FnOnce() -> String, en: impl FnOnce() -> String) -> String {
        match self {
            Lang::Zh => zh(),
            Lang::En => en(),
        }
    }
}

/// Parses the options shared by every query.
///
/// # Errors
/// Typed errors for each malformed option.
pub fn common(q: &Query) -> Result<Common> {
    let ruleset = q.req_str("ruleset")?.to_owned();
    find_ruleset(&ruleset)?;
    let selector = match (q.opt_str("rule")?, q.opt_str("ref")?) {
        (Some(r), _) => Selector::Rule(r.to_owned()),
        (None, Some(r)) => Selector::Ref(r.to_owned()),
        (None, None) => Selector::None,
    };
    let as_of = q
        .opt_str("asOf")?
        .map(|s| parse_date(s, "asOf"))
        .transpose()?;
    let lang = match q.opt_str("lang")? {
        None | Some("zh") => Lang::Zh,
        Some("en") => Lang::En,
        Some(_) => {
            return Err(Error::invalid(
                "lang",
                "\"zh\" 或 \"en\"",
                "\"zh\" or \"en\"",
            ))
        }
    };
    // Past the last published notice answers are projected by default and flagged; `strict`
    // (or the older `provisional: false`) asks for published days only.
    let strict =
        q.opt_bool("strict")?.unwrap_or(false) || q.opt_bool("provisional")? == Some(false);
    let mut readings = SmallMap::new();
    if let Some(obj) = q.opt_object("readings")? {
        for (id, v) in obj {
            let field = format!("readings.{id}");
            let Value::String(key) = v else {
                return Err(Error::invalid(&field, "字符串", "a string"));
            };
            let def = find_ambiguity(id)
                .ok_or_else(|| Error::invalid(&field, "已知的歧义编号", "a known ambiguity id"))?;
            if !def.readings.iter().any(|r| r.key == key) {
                let keys: Vec<&str> = def.readings.iter().map(|r| r.key).collect();
                return Err(Error::invalid(
                    &field,
                    &format!("{} 之一", keys.joined("、")),
                    &format!("one of {}", keys.joined(", ")),
                ));
            }
            readings.insert(id.clone(), key.clone());
        }
    }
    Ok(Common {
        ruleset,
        selector,
        as_of,
        lang,
        mode: if strict {
            Mode::STRICT
        } else {
            Mode::PROVISIONAL
        },
        readings,
        reasons: q.opt_bool("reasons")?.unwrap_or(true),
    })
}

/// The ruleset with this id.
///
/// # Errors
/// `UNKNOWN_RULESET`.
pub fn find_ruleset(id: &str) -> Result<&'static Ruleset> {
    registry::pack(id).map(|p| &p.ruleset)
}

/// The ambiguity definition with this id.
pub fn find_ambiguity(id: &str) -> Option<&'static AmbiguityDef> {
    registry::ambiguities().find(|a| a.id == id)
}

/// Finds a rule of kind `T` by `rule` id or `ref` in the query's ruleset.
///
/// # Errors
/// `UNKNOWN_RULESET` / `RULESET_NOT_LOADED`, `MISSING_INPUT` when neither `rule` nor `ref` is
/// given, `UNKNOWN_RULE` when nothing matches.
pub fn select<T: Rule>(c: &Common) -> Result<&'static T> {
    let (by, key, field) = match &c.selector {
        Selector::None => return Err(Error::missing("rule")),
        Selector::Rule(id) => (By::Id, id.as_str(), "rule"),
        Selector::Ref(r) => (By::Ref, r.as_str(), "ref"),
    };
    let (zh, en) = T::NAME;
    registry::find::<T>(&c.ruleset, by, key)?
        .first()
        .copied()
        .ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownRule,
                Some(field),
                format!("规则集 `{}` 中没有{zh}规则 `{key}`", c.ruleset),
                format!("ruleset `{}` has no {en} rule `{key}`", c.ruleset),
            )
        })
}

/// When a query asked by `ref` and several rules of kind `T` implement that row (one row may hold
/// several time limits or routes), names the others so the user can ask for them by `rule`.
pub fn note_shared_ref<T: Rule>(c: &Common, ex: &mut Explanation) {
    // A warning, which an answer of the facts alone does not carry.
    let (Selector::Ref(r), true) = (&c.selector, ex.recording) else {
        return;
    };
    let others: Vec<&'static str> = registry::find::<T>(&c.ruleset, By::Ref, r)
        .unwrap_or_default()
        .iter()
        .skip(1)
        .map(|t| t.meta().id)
        .collect();
    if !others.is_empty() {
        ex.warn(LookupEvent::RowHasOtherRules {
            row: r.clone(),
            others,
        });
    }
}

/// The reading applied for ambiguity `a`: the query's choice, else the rule's default. Records
/// the ambiguity in the explanation.
#[cfg(feature = "office")]
pub fn reading(
    a: &AmbRef,
    c: &Common,
    ex: &mut Explanation,
    effect: Option<Bilingual>,
) -> &'static str {
    record(a, c, ex, effect, true).0
}

/// Records ambiguity `a` and answers the key of the reading applied, with its definition.
fn record(
    a: &AmbRef,
    c: &Common,
    ex: &mut Explanation,
    effect: Option<Bilingual>,
    switchable: bool,
) -> (&'static str, Option<&'static ReadingDef>) {
    let Some(def) = find_ambiguity(a.id) else {
        return (a.default, None);
    };
    // The query's choice is one of the definition's keys (`common` checked it).
    let wanted = match c.readings.get(a.id) {
        Some(key) if switchable => key.as_str(),
        _ => a.default,
    };
    let applied = def.readings.iter().find(|r| r.key == wanted);
    let key = applied.map_or(a.default, |r| r.key);
    if !ex.ambiguities.iter().any(|x| x.def.id == def.id) {
        ex.ambiguities.push(Ambiguity {
            def,
            applied: key,
            switchable,
            effect,
        });
    }
    (key, applied)
}

/// Records ambiguity `a` with what it did to the answer, as a reported (not switchable) one: the
/// text allows no other reading the engine could compute.
pub fn report(a: &AmbRef, c: &Common, ex: &mut Explanation, effect: Bilingual) {
    record(a, c, ex, Some(effect), false);
}

/// What the reading applied for ambiguity `a` does (the query's choice, else the rule's default;
/// see [`reading`], which records it): the typed effect the data declares for that reading.
pub fn effect(a: &AmbRef, c: &Common, ex: &mut Explanation, effect: Option<Bilingual>) -> Effect {
    applied(a, c, ex, effect).map_or(Effect::None, |r| r.effect)
}

/// The reading applied for ambiguity `a`, as [`effect`] finds it: its effect and its words.
pub fn applied(
    a: &AmbRef,
    c: &Common,
    ex: &mut Explanation,
    effect: Option<Bilingual>,
) -> Option<&'static ReadingDef> {
    record(a, c, ex, effect, true).1
}

/// What ambiguity `a` decides (see [`AmbiguityDef::aspect`]; the datagen wrote it beside the
/// reference).
pub fn aspect(a: &AmbRef) -> Aspect {
    a.aspect
}

/// The ambiguity of a rule whose readings decide `aspect` (the build allows one per aspect).
pub fn deciding(ambiguities: &'static [AmbRef], aspect: Aspect) -> Option<&'static AmbRef> {
    ambiguities.iter().find(|a| self::aspect(a) == aspect)
}

/// Records every ambiguity of a rule that the evaluation did not record itself (their readings
/// do not change the computed answer but the user must know they exist).
pub fn note_remaining_ambiguities(meta: &RuleMeta, c: &Common, ex: &mut Explanation) {
    for a in meta.ambiguities {
        if !ex.ambiguities.iter().any(|x| x.def.id == a.id) {
            record(a, c, ex, None, false);
        }
    }
}

/// Rejects a requested reading the answer did not act on: an ambiguity the rule does not depend
/// on, or one that is only reported (the answer is the same under every reading).
///
/// # Errors
/// `INVALID_INPUT` naming `readings.<id>`.
pub fn check_readings(c: &Common, exs: &[&Explanation]) -> Result<()> {
    for (id, _) in c.readings.iter() {
        let found = exs
            .iter()
            .flat_map(|ex| ex.ambiguities.iter())
            .filter(|a| a.def.id == id.as_str());
        match found.clone().find(|a| a.switchable).or_else(|| found.clone().next()) {
            Some(a) if a.switchable => {}
            Some(_) => {
                return Err(Error::invalid(
                    &format!("readings.{id}"),
                    &format!("可切换的理解（{id} 在本答案中仅作提示，结果不随理解改变）"),
                    &format!("a switchable reading ({id} is only reported here; the answer is the same under every reading)"),
                ))
            }
            None => {
                return Err(Error::invalid(
                    &format!("readings.{id}"),
                    &format!("本答案所涉及的歧义（本答案不涉及 {id}）"),
                    &format!("an ambiguity this answer depends on (it does not depend on {id})"),
                ))
            }
        }
    }
    Ok(())
}

/// Warns when the rule was not in force on `on`.
pub fn check_in_force(meta: &RuleMeta, on: NaiveDate, ex: &mut Explanation) {
    let from = meta.in_force.date();
    if from.is_some_and(|f| on < f) {
        ex.warn(LookupEvent::NotYetInForce {
            rule: meta.id,
            in_force: meta.in_force,
            given: on,
        });
    }
    if let Some(until) = meta.until.and_then(|u| u.date()) {
        if on > until {
            ex.warn(LookupEvent::Lapsed {
                rule: meta.id,
                until,
            });
        }
    }
}

/// Records the rule's `conflicts` with the other provision's citation, for answers that have no
/// date or day count to compute under the other provision (approval routes, sanctions); deadlines
/// and leave compute the other provision's answer themselves.
#[cfg(feature = "office")]
pub fn note_conflicts(meta: &RuleMeta, ex: &mut Explanation) {
    for cf in meta.conflicts {
        let Some(other) = registry::find_meta(cf.rule) else {
            continue;
        };
        ex.record(
            other.id,
            LookupEvent::ConflictNoted {
                summary: cf.summary,
            },
        );
        push_conflict(other, cf, None, ex);
    }
}

/// Cites the other provision and records the conflict (with the other provision's answer, for
/// deadlines its due date).
pub fn push_conflict(
    other: &RuleMeta,
    cf: &crate::rules::model::ConflictRef,
    due: Option<String>,
    ex: &mut Explanation,
) {
    let Some(cite) = other.cites.first() else {
        return;
    };
    ex.cite(other.ruleset, other.id, cite);
    if !ex.recording {
        return;
    }
    ex.conflicts.push(crate::explain::Conflict {
        rule: other.id.to_owned(),
        summary: (&cf.summary).into(),
        citation: crate::explain::make_citation(other.ruleset, other.id, cite),
        in_force: other.in_force.iso(),
        due,
        days: None,
    });
}

/// Marks an answer about `ruleset` as resting on a pack from elsewhere when that pack (or
/// `cn-national`, which every answer may use) was loaded as untrusted.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding only
pub fn note_trust(ruleset: &str, ex: &mut Explanation) {
    if !registry::untrusted(ruleset) && !registry::untrusted("cn-national") {
        return;
    }
    ex.untrusted_rules = true;
    ex.warn(LookupEvent::UntrustedPack);
}
