//! Sanctions: who bears which responsibility, and which measures the seed allows.
//!
//! Here the evaluation and the [`Capability`]; the data shape and its pack encoding are
//! `data.rs` (shared with the datagen), the events and their zh/en text `explain.rs`.

/// The data shape of sanction rules: parties and measures. With its pack encoding (`codec_rule!`);
/// the datagen includes this file too (`build/main.rs`), so the packs are written with the types
/// and encoding they are read with. (No inner doc comment in the file: `include!` takes none.)
pub mod data;
pub mod explain;

use crate::base::text::Joined;
use crate::error::Result;
use crate::eval::facts::Facts;
use crate::eval::facts::{self};
use crate::eval::kind::{input, Capability, InputInfo};
use crate::eval::lookup;
use crate::explain::{Bilingual, Explanation, LookupEvent};
use crate::input::keys::Entry;
use crate::input::value::Query;
use crate::kinds::sanction::data::{MeasureRule, SanctionRule};
use crate::kinds::sanction::explain::SanctionEvent;
use crate::rules::model::{Aspect, Cite, Effect};
use crate::rules::registry;
use crate::time::calendar::Calendar;
use serde::Serialize;

/// The keys a query of this kind reads beside those every query shares: none of its own (the rule's
/// facts are added once it is found).
pub const KEYS: &[&str] = &[];

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
    pub name: Bilingual,
    /// The parties and what applies to each.
    pub parties: Vec<Party>,
    /// Every measure the facts call for (also when no party is named).
    pub measures: Vec<Bilingual>,
    /// How the measures combine: one entry per applicable measure rule (a tier and its modifiers).
    pub modes: Vec<Bilingual>,
    /// Notes on the rule: doubts about the text, readings the data took.
    pub note: Option<Bilingual>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(SanctionAnswer);

/// Evaluates `{ ruleset, rule | ref, ...facts, readings?, lang? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed facts.
///
/// # Example: two of 广西 第三十一条's circumstances at once
/// ```
/// let q = zhengwu::parse_json(r#"{"ruleset":"guangxi-fault-2007","rule":"guangxi.sanction.measures",
///     "responsibility":"direct","severity":"serious","aggravating":["obstruct","grave-harm"],
///     "countInYear":1,"mitigating":"none"}"#).and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::sanction(&q)?;
/// // Each circumstance is cited; 从重处理 is one measure however many call for it.
/// assert!(a.explanation.citations.iter().any(|c| c.article == "第三十一条(一)"));
/// assert!(a.explanation.citations.iter().any(|c| c.article == "第三十一条(四)"));
/// assert_eq!(a.measures.iter().filter(|m| m.zh == "从重处理").count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sanction(q: &Query) -> Result<SanctionAnswer> {
    let c = lookup::common(q)?;
    let rule = lookup::select::<SanctionRule>(&c)?;
    crate::input::keys::check(
        Entry::Rules(KEYS),
        q,
        &crate::input::keys::names(rule.inputs),
    )?;
    let mut ex = c.explanation();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    let id = rule.meta.id;
    ex.record(
        id,
        LookupEvent::RuleApplied {
            name: rule.meta.name,
        },
    );
    let applicable = applicable_measures(rule, &facts, &c, &mut ex);
    // An exemption (不承担责任) replaces the responsibility and every other measure: the person is
    // not held liable at all, so nothing else on the menu applies to them.
    let exemptions: Vec<&MeasureRule> = applicable.iter().copied().filter(|m| m.exempts).collect();
    let chosen = if exemptions.is_empty() {
        applicable
    } else {
        exemptions.clone()
    };
    let (measures, mut mode, mut modes) = collect_measures(rule, &chosen, &facts, &mut ex);
    if measures.len() > 1 && all_measures_together(rule, &c, &mut ex) {
        let together = SanctionEvent::AllTogether;
        let text = together.render();
        ex.record(id, together);
        if !modes.contains(&text) {
            modes.push(text.clone());
        }
        mode = Some(text);
    }
    facts::ask_relevant(
        rule.inputs,
        rule.parties
            .iter()
            .map(|p| p.when)
            .chain(rule.measures.iter().map(|m| m.when)),
        &facts,
        &mut ex,
    );
    let mut parties = collect_parties(rule, &facts, &exemptions, (&measures, &mode), &mut ex);
    type_untyped_parties(rule, &mut parties, &c, &mut ex);
    if parties.is_empty() && ex.missing.is_empty() {
        ex.warn(SanctionEvent::NoCaseMatches);
    }
    if ex.citations.is_empty() {
        ex.cite_rule(&rule.meta);
    }
    lookup::note_remaining_ambiguities(&rule.meta, &c, &mut ex);
    lookup::note_conflicts(&rule.meta, &mut ex);
    lookup::check_readings(&c, &[&ex])?;
    let text = match parties.first() {
        Some(p) if !exemptions.is_empty() => c.lang.text(
            || format!("{}：{}，不予追究", p.party.zh, p.responsibility.zh),
            || {
                format!(
                    "{}: {}; no measure is taken",
                    crate::base::text::definite(&p.party.en),
                    p.responsibility.en
                )
            },
        ),
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
                        .joined("、")
                ),
                &format!(
                    "{} bears {}; measures: {}",
                    p.party.en,
                    p.responsibility.en,
                    p.measures
                        .iter()
                        .map(|m| m.en.as_str())
                        .collect::<Vec<_>>()
                        .joined(", ")
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

/// The measure rules whose conditions hold, whose reading of an ambiguity is the one applied, and
/// whose national rule (where the seed defers to one) calls for a measure on the same facts.
fn applicable_measures(
    rule: &'static SanctionRule,
    facts: &Facts,
    c: &lookup::Common,
    ex: &mut Explanation,
) -> Vec<&'static MeasureRule> {
    let mut out = Vec::new();
    for m in rule.measures {
        // The reading first: it is recorded (and switchable) even when the conditions fail.
        if reading_holds(rule, m, c, ex)
            && facts::test_all(m.when, facts) == Some(true)
            && m.law.is_none_or(|id| law_holds(id, facts))
        {
            out.push(m);
        }
    }
    out
}

/// Whether the measure's reading (if it has one) is the reading applied; records the ambiguity as
/// switchable, since the measures change with it.
fn reading_holds(
    rule: &SanctionRule,
    m: &MeasureRule,
    c: &lookup::Common,
    ex: &mut Explanation,
) -> bool {
    let Some(want) = m.reading else {
        return true;
    };
    let Some(amb) = rule.meta.ambiguities.iter().find(|a| a.id == want.id) else {
        return false;
    };
    let effect = Bilingual::new("决定适用哪些追究措施", "decides which measures apply");
    lookup::reading(amb, c, ex, Some(effect)) == want.default
}

/// The national rule `id` and those of its measure rules that hold on these facts (empty: the rule
/// the seed defers to calls for no measure).
fn law_hits(
    id: &'static str,
    facts: &Facts,
) -> Option<(&'static SanctionRule, Vec<&'static MeasureRule>)> {
    let law = registry::by_id::<SanctionRule>(id)?;
    let hits = law
        .measures
        .iter()
        .filter(|m| facts::test_all(m.when, facts) == Some(true))
        .collect();
    Some((law, hits))
}

fn law_holds(id: &'static str, facts: &Facts) -> bool {
    law_hits(id, facts).is_some_and(|(_, hits)| !hits.is_empty())
}

/// Cites the provisions of the national rule that decided (the seed applies "按…规定"), and warns
/// with its note (e.g. a text not yet checked against the official one).
fn cite_law(id: &'static str, facts: &Facts, ex: &mut Explanation) {
    let Some((law, hits)) = law_hits(id, facts) else {
        return;
    };
    for m in &hits {
        ex.cite(law.meta.ruleset, law.meta.id, &m.cite);
        ex.record(
            law.meta.id,
            SanctionEvent::LawApplied {
                law: law.meta.name,
                article: m.cite.article,
                mode: m.mode,
            },
        );
    }
    if let Some(note) = law.meta.note {
        ex.warn(SanctionEvent::LawNote {
            law: law.meta.name,
            note,
        });
    }
}

/// B22: whether the measures listed with 、 all apply together (reading `all`) rather than as a
/// menu (the default); recorded as switchable, since the answer's mode changes with it.
fn all_measures_together(rule: &SanctionRule, c: &lookup::Common, ex: &mut Explanation) -> bool {
    let Some(b22) = lookup::deciding(rule.meta.ambiguities, Aspect::MeasureMode) else {
        return false;
    };
    let effect = Bilingual::new(
        "决定所列措施是择一或并用，还是同时适用",
        "decides whether the measures are a menu or all apply",
    );
    lookup::effect(b22, c, ex, Some(effect)) == Effect::MeasuresAll
}

/// B24: a party the seed names without a type of responsibility (`untyped` in the data) keeps it
/// untyped by default; the readings `leadership` and `direct` give it that type, said beside the
/// seed's own words. Recorded as switchable when such a party is in the answer.
fn type_untyped_parties(
    rule: &SanctionRule,
    parties: &mut [Party],
    c: &lookup::Common,
    ex: &mut Explanation,
) {
    let Some(b24) = lookup::deciding(rule.meta.ambiguities, Aspect::UntypedParty) else {
        return;
    };
    let untyped: Vec<&'static str> = rule
        .parties
        .iter()
        .filter(|p| p.untyped)
        .map(|p| p.party.zh)
        .collect();
    if !parties
        .iter()
        .any(|p| untyped.contains(&p.party.zh.as_str()))
    {
        return;
    }
    let effect = Bilingual::new(
        "决定未规定种类的责任按哪种责任处理",
        "decides the type of an untyped responsibility",
    );
    let typed = match lookup::effect(b24, c, ex, Some(effect)) {
        Effect::UntypedLeadership => crate::kinds::sanction::explain::LEADERSHIP,
        Effect::UntypedDirect => crate::kinds::sanction::explain::DIRECT,
        _ => return,
    };
    for p in parties
        .iter_mut()
        .filter(|p| untyped.contains(&p.party.zh.as_str()))
    {
        let event = SanctionEvent::Typed {
            party: p.party.clone(),
            responsibility: p.responsibility.clone(),
            typed,
        };
        p.responsibility = event.typed_label();
        ex.record(rule.meta.id, event);
    }
}

/// The measures of the chosen measure rules (each cited and traced), the last one's mode, and every
/// distinct mode.
fn collect_measures(
    rule: &SanctionRule,
    chosen: &[&'static MeasureRule],
    facts: &Facts,
    ex: &mut Explanation,
) -> (Vec<Bilingual>, Option<Bilingual>, Vec<Bilingual>) {
    let id = rule.meta.id;
    let mut measures: Vec<Bilingual> = Vec::new();
    let mut modes: Vec<Bilingual> = Vec::new();
    let mut mode = None;
    for m in chosen {
        ex.cite(rule.meta.ruleset, id, &m.cite);
        ex.record(
            id,
            SanctionEvent::MeasuresAllowed {
                article: m.cite.article,
                measures: m.measures,
                mode: m.mode,
            },
        );
        if let Some(law) = m.law {
            cite_law(law, facts, ex);
        }
        if !m.exempts {
            for t in m.measures {
                let item = Bilingual::from(t);
                if !measures.contains(&item) {
                    measures.push(item);
                }
            }
        }
        let this = Bilingual::from(&m.mode);
        if !modes.contains(&this) {
            modes.push(this.clone());
        }
        mode = Some(this);
    }
    (measures, mode, modes)
}

/// The parties whose conditions hold, with the measures; under an exemption each bears no
/// responsibility (the exemption's own words) and no measure.
fn collect_parties(
    rule: &SanctionRule,
    facts: &Facts,
    exemptions: &[&MeasureRule],
    (measures, mode): (&[Bilingual], &Option<Bilingual>),
    ex: &mut Explanation,
) -> Vec<Party> {
    let id = rule.meta.id;
    let exempt = exemptions
        .first()
        .and_then(|m| m.measures.first().map(|t| (*t, m.cite.article)));
    let mut parties = Vec::new();
    for p in rule.parties {
        if facts::test_all(p.when, facts) != Some(true) {
            continue;
        }
        ex.cite(rule.meta.ruleset, id, &p.cite);
        let responsibility = match exempt {
            Some((none, art)) => {
                ex.record(
                    id,
                    SanctionEvent::PartyExempted {
                        party: p.party,
                        responsibility: p.responsibility,
                        article: p.cite.article,
                        exemption_article: art,
                        exemption: none,
                    },
                );
                Bilingual::from(&none)
            }
            None => {
                ex.record(
                    id,
                    SanctionEvent::PartyBears {
                        party: p.party,
                        responsibility: p.responsibility,
                        article: p.cite.article,
                    },
                );
                Bilingual::from(&p.responsibility)
            }
        };
        parties.push(Party {
            party: (&p.party).into(),
            responsibility,
            measures: measures.to_vec(),
            mode: mode.clone(),
        });
    }
    parties
}

impl Capability for SanctionRule {
    type Answer = SanctionAnswer;
    const CATALOG_KIND: &'static str = "sanction";
    fn inputs(&'static self) -> Vec<InputInfo> {
        self.inputs.iter().map(input).collect()
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        let parties = self.parties.iter().map(|x| &x.cite);
        parties
            .chain(self.measures.iter().map(|x| &x.cite))
            .collect()
    }
    fn answer(_: &Calendar, q: &Query) -> Result<SanctionAnswer> {
        sanction(q)
    }
}
