//! The "why" part of every answer: citations, trace, ambiguities, conflicts, missing inputs.
//!
//! Every evaluation function fills an [`Explanation`] as it goes. Citations are collected without
//! duplicates; trace steps are kept in the order the engine took them, each naming the rule that
//! decided and saying what it decided, in Chinese and English.

pub use crate::base::text::Bilingual;
pub(crate) use event::kind_events;
pub use event::{Event, KindEvent, Step};

mod calendar;
mod event;
mod lookup;
mod period;
pub mod tape;

use crate::rules::model::{AmbiguityDef, Cite, ReadingDef, RuleMeta};
pub use lookup::{describe, LookupEvent};
pub use period::{unit_en, unit_zh, PeriodEvent};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// `serialize_with` for the recorded steps: rendered to [`TraceStep`]s.
fn rendered_steps<S: Serializer>(steps: &[Step], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(steps.iter().map(Step::render))
}

/// The events rendered, each distinct text once, in order.
fn distinct_texts(events: &[Event]) -> Vec<Bilingual> {
    let mut out: Vec<Bilingual> = Vec::with_capacity(events.len());
    for text in events.iter().map(Event::render) {
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// Which fields of an [`Explanation`] its serialization writes. The JS binding sends an answer's
/// facts as JSON text and its reasons as a tape ([`tape`]), both from the same evaluation: the
/// part is a property of the value serialized, never a mode of the module, so a call abandoned
/// half-way leaves nothing behind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Part {
    /// Every field (native answers, `approvalAuthority`, `addPeriod`).
    #[default]
    Whole,
    /// What the answer states: missing inputs, provisional, rules version, trust; not why.
    Facts,
}

/// A citation: the article a conclusion rests on and a verbatim quote from it. Every text is the
/// rule data's own, so recording one allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// The ruleset id (`cn-national` for national law).
    pub ruleset: &'static str,
    /// The document's title, in Chinese (for national law, the law's name).
    pub document: &'static str,
    /// The article as the document writes it, e.g. `第五十六条(四)5`.
    pub article: &'static str,
    /// A verbatim quote from that article (checked against the source text by the tests).
    pub quote: &'static str,
    /// The rule id that carries this citation.
    pub rule: &'static str,
}

/// One step of the reasoning, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceStep {
    /// The rule that decided this step (a rule id, or `calendar` / `input`).
    pub rule: &'static str,
    /// What was decided and why, in Chinese.
    pub zh: String,
    /// What was decided and why, in English.
    pub en: String,
}

/// An ambiguity of the text that the answer depended on: recorded as a reference to its
/// definition (`data/ambiguities.toml`, in the packs) and the reading applied, so recording one
/// copies no text; written out with its question and every reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguity {
    /// The definition: id from the rule inventory (§6), e.g. `B15`, the question, the readings.
    pub def: &'static AmbiguityDef,
    /// The key of the reading this answer applied.
    pub applied: &'static str,
    /// Whether the query's `readings` option can ask for another reading (`readings.B15` →
    /// `{ readings: { B15: "<key>" } }`); `false` when the answer does not change with the
    /// reading (the ambiguity is reported so the user knows the text is unclear, but the engine
    /// has nothing to switch).
    pub switchable: bool,
    /// What the applied reading changed in this answer, if anything.
    pub effect: Option<Bilingual>,
}

impl Ambiguity {
    /// The ambiguity id, e.g. `B15`.
    pub fn id(&self) -> &'static str {
        self.def.id
    }

    /// How to ask for another reading (`readings.B15`), when the answer changes with it.
    pub fn option(&self) -> Option<String> {
        self.switchable.then(|| format!("readings.{}", self.def.id))
    }
}

/// Written as `{ id, question: { zh, en }, readings: [{ key, zh, en }], applied, option, effect }`.
impl Serialize for Ambiguity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", self.def.id)?;
        map.serialize_entry("question", &self.def.question)?;
        map.serialize_entry("readings", &ReadingsOut(self.def.readings))?;
        map.serialize_entry("applied", self.applied)?;
        map.serialize_entry("option", &self.option())?;
        map.serialize_entry("effect", &self.effect)?;
        map.end()
    }
}

/// The readings of an ambiguity, each written as `{ key, zh, en }`.
struct ReadingsOut(&'static [ReadingDef]);

impl Serialize for ReadingsOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|r| ReadingOut {
            key: r.key,
            zh: r.text.zh,
            en: r.text.en,
        }))
    }
}

/// One reading an ambiguous text allows, as written out.
#[derive(Serialize)]
struct ReadingOut {
    key: &'static str,
    zh: &'static str,
    en: &'static str,
}

/// Other or higher law that disagrees with the rule applied, shown side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// Id of the conflicting rule (usually in `cn-national`).
    pub rule: String,
    /// What disagrees, in both languages.
    pub summary: Bilingual,
    /// The conflicting provision.
    pub citation: Citation,
    /// The date from which the conflicting provision is in force.
    pub in_force: String,
    /// For deadlines: the due date the other provision gives for the same trigger.
    pub due: Option<String>,
    /// For leave: the days the other provision grants on the same facts (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
}

/// An input still needed for a full answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// The input's name in the query.
    pub field: String,
    /// What it is, in both languages.
    pub label: Bilingual,
}

/// An answer that carries an [`Explanation`] (deadline, timeline, approval route, leave,
/// sanction): how the binding, and the tests that check it, reach the explanation to send the
/// facts and the reasons apart.
pub trait Explained: Serialize {
    /// The answer's explanation.
    fn explanation_mut(&mut self) -> &mut Explanation;
}

/// Implements [`Explained`] for an answer type with an `explanation` field, beside the type.
macro_rules! explained {
    ($answer:ty) => {
        impl $crate::explain::Explained for $answer {
            fn explanation_mut(&mut self) -> &mut $crate::explain::Explanation {
                &mut self.explanation
            }
        }
    };
}
pub(crate) use explained;

/// The explanation every answer carries: what its own evaluation recorded, as data. Serialized
/// (see [`Part`]) it is flattened into the answer: `missing`, `provisional`, `rulesVersion`,
/// `untrustedRules` (only when true), then `citations`, `trace`, `ambiguities`, `conflicts`,
/// `warnings`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The articles the answer rests on.
    pub citations: Vec<Citation>,
    /// The reasoning, step by step, as recorded: typed events, rendered to text only when the
    /// explanation is written out (see [`Explanation::trace`]). Serialized as `trace`.
    pub steps: Vec<Step>,
    /// Readings of ambiguous text the answer depended on.
    pub ambiguities: Vec<Ambiguity>,
    /// Other or higher law that disagrees.
    pub conflicts: Vec<Conflict>,
    /// Inputs still needed for a full answer.
    pub missing: Vec<Missing>,
    /// Warnings that do not fit the above (e.g. a date subject to next year's holiday notice), as
    /// recorded events: rendered to text only when written out (see [`Explanation::warnings`]).
    /// Serialized as `warnings`.
    pub warning_events: Vec<Event>,
    /// True when any date in the answer rests on the provisional (unpublished-year) calendar.
    pub provisional: bool,
    /// The version of the rule data and calendar that produced the answer.
    pub rules_version: &'static str,
    /// True when the answer rests on a rules pack loaded with `untrusted` (one the module was
    /// not built with); absent otherwise.
    pub untrusted_rules: bool,
    /// Which fields a serialization writes (every one unless the binding says otherwise).
    pub part: Part,
    /// Whether the reasons are recorded (the default). A query with `reasons: false` asks for the
    /// facts alone (a list of many due dates): its evaluation records no citation, step, conflict
    /// or warning, and the answer is written without them. Ambiguities are still recorded, as
    /// references to their definitions (the query's `readings` are checked against them).
    pub recording: bool,
}

impl Serialize for Explanation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        let part = if self.recording {
            self.part
        } else {
            Part::Facts
        };
        map.serialize_entry("missing", &self.missing)?;
        map.serialize_entry("provisional", &self.provisional)?;
        map.serialize_entry("rulesVersion", self.rules_version)?;
        if self.untrusted_rules {
            map.serialize_entry("untrustedRules", &true)?;
        }
        if part == Part::Whole {
            map.serialize_entry("citations", &self.citations)?;
            map.serialize_entry("trace", &Rendered(&self.steps))?;
            map.serialize_entry("ambiguities", &self.ambiguities)?;
            map.serialize_entry("conflicts", &self.conflicts)?;
            map.serialize_entry("warnings", &self.warnings())?;
        }
        map.end()
    }
}

/// The recorded steps, serialized as their rendered text.
struct Rendered<'a>(&'a [Step]);

impl Serialize for Rendered<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        rendered_steps(self.0, s)
    }
}

impl Default for Explanation {
    /// Same as [`Explanation::new`].
    fn default() -> Self {
        Explanation::new()
    }
}

impl Explanation {
    /// An empty explanation stamped with the current rules version.
    pub fn new() -> Self {
        Explanation {
            citations: Vec::new(),
            steps: Vec::new(),
            ambiguities: Vec::new(),
            conflicts: Vec::new(),
            missing: Vec::new(),
            warning_events: Vec::new(),
            provisional: false,
            rules_version: crate::rules::registry::rules_version(),
            untrusted_rules: false,
            part: Part::Whole,
            recording: true,
        }
    }

    /// An explanation that records only what the answer's facts need (see
    /// [`Explanation::recording`]): for `reasons: false`, and for the scratch evaluations whose
    /// explanation is thrown away (the bounds of a provisional date, a higher law's figure).
    pub fn facts_only() -> Self {
        Explanation {
            recording: false,
            ..Explanation::new()
        }
    }

    /// Adds a citation unless the same one is already present.
    pub fn cite(&mut self, ruleset: &'static str, rule: &'static str, cite: &'static Cite) {
        if !self.recording {
            return;
        }
        let citation = make_citation(ruleset, rule, cite);
        if !self.citations.contains(&citation) {
            self.citations.push(citation);
        }
    }

    /// Adds every citation of a rule.
    pub fn cite_rule(&mut self, meta: &RuleMeta) {
        for c in meta.cites {
            self.cite(meta.ruleset, meta.id, c);
        }
    }

    /// Records a step of the reasoning: what `rule` decided, as data.
    pub fn record(&mut self, rule: &'static str, event: impl Into<Event>) {
        if !self.recording {
            return;
        }
        self.steps.push(Step {
            rule,
            event: event.into(),
        });
    }

    /// The reasoning as text, rendered from the recorded steps.
    pub fn trace(&self) -> Vec<TraceStep> {
        self.steps.iter().map(Step::render).collect()
    }

    /// Records an input still needed.
    pub fn need(&mut self, field: &str, label: Bilingual) {
        if !self.missing.iter().any(|m| m.field == field) {
            self.missing.push(Missing {
                field: field.to_owned(),
                label,
            });
        }
    }

    /// Adds a warning (one said twice is written out once: see [`Explanation::warnings`]).
    pub fn warn(&mut self, w: impl Into<Event>) {
        self.push_warning(w.into());
    }

    // Not generic, and no comparison of events: the module stays small.
    #[inline(never)]
    fn push_warning(&mut self, w: Event) {
        if !self.recording {
            return;
        }
        self.warning_events.push(w);
    }

    /// The warnings as text, rendered from the recorded events, each said once.
    pub fn warnings(&self) -> Vec<Bilingual> {
        distinct_texts(&self.warning_events)
    }

    /// Merges another explanation into this one (used by timelines and composite answers).
    pub fn absorb(&mut self, other: Explanation) {
        for c in other.citations {
            if !self.citations.contains(&c) {
                self.citations.push(c);
            }
        }
        self.steps.extend(other.steps);
        for a in other.ambiguities {
            if !self.ambiguities.contains(&a) {
                self.ambiguities.push(a);
            }
        }
        for c in other.conflicts {
            if !self.conflicts.contains(&c) {
                self.conflicts.push(c);
            }
        }
        for m in other.missing {
            if !self.missing.contains(&m) {
                self.missing.push(m);
            }
        }
        self.warning_events.extend(other.warning_events);
        self.provisional |= other.provisional;
    }
}

/// Builds a [`Citation`] from static rule data.
pub fn make_citation(ruleset: &'static str, rule: &'static str, cite: &'static Cite) -> Citation {
    Citation {
        ruleset,
        document: crate::rules::registry::document_title(ruleset, cite),
        article: cite.article,
        quote: cite.quote,
        rule,
    }
}
