//! Sanctions: who bears which responsibility, and which measures the seed allows.

use crate::error::Result;
use crate::explain::{Bilingual, Explanation};
use crate::facts::{self};
use crate::keys::Entry;
use crate::model::SanctionRule;
use crate::rules;
use crate::value::Query;
use serde::Serialize;

/// A responsible party with its responsibility and the measures that apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    /// The party as the seed names it.
    pub party: Bilingual,
    /// The responsibility (直接责任, 主要领导责任 …).
    pub responsibility: Bilingual,
    /// The measures the seed allows (a menu: which and how many is the deciding body's choice).
    pub measures: Vec<Bilingual>,
    /// How the measures combine (that of the last applicable measure rule; all are in the
    /// answer's `modes`).
    pub mode: Option<Bilingual>,
}

/// The answer of [`sanction`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SanctionAnswer {
    /// Rule applied.
    pub rule: String,
    /// Ruleset.
    pub ruleset: String,
    /// Inventory ids.
    pub refs: Vec<String>,
    /// Name.
    #[serde(serialize_with = "crate::explain::lazy")]
    pub name: Bilingual,
    /// The parties and what applies to each.
    pub parties: Vec<Party>,
    /// Every measure the facts call for (also when no party is named).
    pub measures: Vec<Bilingual>,
    /// How the measures combine: one entry per applicable measure rule (a tier and its modifiers).
    #[serde(serialize_with = "crate::explain::lazy")]
    pub modes: Vec<Bilingual>,
    /// Notes on the rule: doubts about the text, readings the data took.
    #[serde(serialize_with = "crate::explain::lazy")]
    pub note: Option<Bilingual>,
    /// A one-line answer in the requested language.
    #[serde(serialize_with = "crate::explain::lazy")]
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// Evaluates `{ ruleset, rule | ref, ...facts, readings?, lang? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed facts.
pub fn sanction(q: &Query) -> Result<SanctionAnswer> {
    let c = rules::common(q)?;
    let rule = rules::select::<SanctionRule>(&c)?;
    crate::keys::check(Entry::Sanction, q, &crate::keys::names(rule.inputs))?;
    let mut ex = Explanation::new();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    let id = rule.meta.id;
    crate::trace!(
        ex,
        id,
        format!("适用 {}", rule.meta.name.zh),
        format!("applying {}", rule.meta.name.en),
    );
    let mut measures = Vec::new();
    let mut mode: Option<Bilingual> = None;
    let mut modes: Vec<Bilingual> = Vec::new();
    for m in rule.measures {
        if facts::test_all(m.when, &facts) == Some(true) {
            ex.cite(rule.meta.ruleset, id, &m.cite);
            let names: Vec<&str> = m.measures.iter().map(|t| t.zh).collect();
            let names_en: Vec<&str> = m.measures.iter().map(|t| t.en).collect();
            crate::trace!(
                ex,
                id,
                format!(
                    "可采取的措施（{}）：{}；{}",
                    m.cite.article,
                    names.join("、"),
                    m.mode.zh
                ),
                format!(
                    "measures allowed ({}): {}; {}",
                    m.cite.article,
                    names_en.join(", "),
                    m.mode.en
                ),
            );
            for t in m.measures {
                let item = Bilingual::from(t);
                if !measures.contains(&item) {
                    measures.push(item);
                }
            }
            mode = Some(Bilingual::from(&m.mode));
            let this = Bilingual::from(&m.mode);
            if !modes.contains(&this) {
                modes.push(this);
            }
        }
    }
    let mut parties = Vec::new();
    for p in rule.parties {
        if facts::test_all(p.when, &facts) == Some(true) {
            ex.cite(rule.meta.ruleset, id, &p.cite);
            crate::trace!(
                ex,
                id,
                format!(
                    "{}承担{}（{}）",
                    p.party.zh, p.responsibility.zh, p.cite.article
                ),
                format!(
                    "the {} bears {} ({})",
                    p.party.en, p.responsibility.en, p.cite.article
                ),
            );
            parties.push(Party {
                party: (&p.party).into(),
                responsibility: (&p.responsibility).into(),
                measures: measures.clone(),
                mode: mode.clone(),
            });
        }
    }
    if parties.is_empty() && ex.missing.is_empty() {
        ex.warn(Bilingual::new(
            "所给事实不属于本条规定的追究情形",
            "the facts given match none of the cases this rule covers",
        ));
    }
    if ex.citations.is_empty() {
        ex.cite_rule(&rule.meta);
    }
    rules::note_remaining_ambiguities(&rule.meta, &c, &mut ex);
    rules::note_conflicts(&rule.meta, &mut ex);
    rules::check_readings(&c, &[&ex])?;
    let text = match parties.first() {
        Some(p) if p.measures.is_empty() => c
            .lang
            .pick(
                &format!(
                    "{}承担{}（条文未规定追究方式）",
                    p.party.zh, p.responsibility.zh
                ),
                &format!(
                    "{} bears {} (the text sets no measures)",
                    p.party.en, p.responsibility.en
                ),
            )
            .to_owned(),
        Some(p) => c
            .lang
            .pick(
                &format!(
                    "{}承担{}；可采取：{}",
                    p.party.zh,
                    p.responsibility.zh,
                    p.measures
                        .iter()
                        .map(|m| m.zh.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                &format!(
                    "{} bears {}; measures: {}",
                    p.party.en,
                    p.responsibility.en,
                    p.measures
                        .iter()
                        .map(|m| m.en.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .to_owned(),
        None => c
            .lang
            .pick("尚不能确定责任", "responsibility not determined yet")
            .to_owned(),
    };
    Ok(SanctionAnswer {
        rule: id.to_owned(),
        ruleset: rule.meta.ruleset.to_owned(),
        refs: rule.meta.refs.iter().map(|s| (*s).to_owned()).collect(),
        name: (&rule.meta.name).into(),
        parties,
        measures,
        modes,
        note: rule.meta.note.as_ref().map(Into::into),
        text,
        explanation: ex,
    })
}
