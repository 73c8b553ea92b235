//! The "why" part of every answer: citations, trace, ambiguities, conflicts, missing inputs.
//!
//! Every evaluation function fills an [`Explanation`] as it goes. Citations are collected without
//! duplicates; trace steps are kept in the order the engine took them, each naming the rule that
//! decided and saying what it decided, in Chinese and English.

pub use crate::base::text::Bilingual;
pub use event::{Event, Step};

mod approval;
mod calendar;
mod deadline;
mod event;
mod leave;
mod lookup;
mod period;
mod sanction;
mod timeline;

use crate::base::text::Text;
use crate::rules::model::{Cite, RuleMeta};
pub use approval::ApprovalEvent;
pub use deadline::DeadlineEvent;
pub use leave::LeaveEvent;
pub use lookup::LookupEvent;
pub use period::{unit_en, unit_zh, PeriodEvent};
pub use sanction::{SanctionEvent, DIRECT, LEADERSHIP};
use serde::{Serialize, Serializer};
use std::cell::Cell;
pub use timeline::TimelineEvent;

thread_local! {
    static SUMMARY: Cell<bool> = const { Cell::new(false) };
}

/// What a field marked [`lazy`] serialises to in summary mode: the number -0, which no answer
/// field holds (counts are integers and lazy fields are texts, lists or objects), so the JS side
/// recognises it with `Object.is(value, -0)`; it is also the shortest mark JSON can carry.
pub const LAZY_MARK: f64 = -0.0;

/// Runs `f` in summary mode: explanations skip their trace, citations, conflicts and texts, and
/// the fields marked [`lazy`] serialise as [`LAZY_MARK`]. The JS binding answers this way and
/// fills the marked fields by evaluating the query again in full when one is first read, so a
/// portal that only needs the due date does not pay for the explanation.
///
/// The mode is set on entry and cleared on return, never by a `Drop`: in the module a call can
/// be abandoned half-way (JS stack exhaustion skips destructors), so every entry point that
/// answers in full starts with [`full`] instead of trusting the previous call to clean up.
pub fn summary<T>(f: impl FnOnce() -> T) -> T {
    SUMMARY.with(|s| s.set(true));
    let out = f();
    SUMMARY.with(|s| s.set(false));
    out
}

/// Runs `f` with full explanations, whatever an earlier, abandoned call left behind.
pub fn full<T>(f: impl FnOnce() -> T) -> T {
    SUMMARY.with(|s| s.set(false));
    f()
}

fn in_summary() -> bool {
    SUMMARY.with(Cell::get)
}

/// `serialize_with` for the fields of an answer that the summary leaves out (see [`summary`]).
///
/// # Errors
/// Those of the serializer.
pub fn lazy<T: Serialize, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    if in_summary() {
        s.serialize_f64(LAZY_MARK)
    } else {
        v.serialize(s)
    }
}

/// `serialize_with` for the recorded steps: rendered to [`TraceStep`]s (or the summary's mark).
fn lazy_events<S: Serializer>(events: &[Event], s: S) -> Result<S::Ok, S::Error> {
    if in_summary() {
        s.serialize_f64(LAZY_MARK)
    } else {
        s.collect_seq(distinct_texts(events))
    }
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

/// `serialize_with` for the recorded steps: rendered to [`TraceStep`]s (or the summary's mark).
fn lazy_steps<S: Serializer>(steps: &[Step], s: S) -> Result<S::Ok, S::Error> {
    if in_summary() {
        s.serialize_f64(LAZY_MARK)
    } else {
        s.collect_seq(steps.iter().map(Step::render))
    }
}

/// A citation: the article a conclusion rests on and a verbatim quote from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// The ruleset id (`cn-national` for national law).
    pub ruleset: String,
    /// The document's title, in Chinese (for national law, the law's name).
    pub document: String,
    /// The article as the document writes it, e.g. `第五十六条(四)5`.
    pub article: String,
    /// A verbatim quote from that article (checked against the source text by the tests).
    pub quote: String,
    /// The rule id that carries this citation.
    pub rule: String,
}

/// One step of the reasoning, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceStep {
    /// The rule that decided this step (a rule id, or `calendar` / `input`).
    pub rule: String,
    /// What was decided and why, in Chinese.
    pub zh: String,
    /// What was decided and why, in English.
    pub en: String,
}

/// One reading an ambiguous text allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// The key that selects this reading in the query's `readings` option.
    pub key: String,
    /// The reading in Chinese.
    pub zh: String,
    /// The reading in English.
    pub en: String,
}

/// An ambiguity of the text that the answer depended on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ambiguity {
    /// The ambiguity id from the rule inventory (§6), e.g. `B15`.
    pub id: String,
    /// The question the text leaves open.
    pub question: Bilingual,
    /// Every reading the text allows.
    pub readings: Vec<Reading>,
    /// The key of the reading this answer applied.
    pub applied: String,
    /// How to ask for another reading (`readings.B15` → `{ readings: { B15: "<key>" } }`), or
    /// `None` when the answer does not change with the reading (the ambiguity is reported so the
    /// user knows the text is unclear, but the engine has nothing to switch).
    pub option: Option<String>,
    /// What the applied reading changed in this answer, if anything.
    pub effect: Option<Bilingual>,
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

/// The explanation every answer carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The articles the answer rests on.
    #[serde(serialize_with = "lazy")]
    pub citations: Vec<Citation>,
    /// The reasoning, step by step, as recorded: typed events, rendered to text only when the
    /// explanation is written out (see [`Explanation::trace`]).
    #[serde(rename = "trace", serialize_with = "lazy_steps")]
    pub steps: Vec<Step>,
    /// Readings of ambiguous text the answer depended on.
    #[serde(serialize_with = "lazy")]
    pub ambiguities: Vec<Ambiguity>,
    /// Other or higher law that disagrees.
    #[serde(serialize_with = "lazy")]
    pub conflicts: Vec<Conflict>,
    /// Inputs still needed for a full answer.
    #[serde(serialize_with = "lazy")]
    pub missing: Vec<Missing>,
    /// Warnings that do not fit the above (e.g. a date subject to next year's holiday notice), as
    /// recorded events: rendered to text only when written out (see [`Explanation::warnings`]).
    #[serde(rename = "warnings", serialize_with = "lazy_events")]
    pub warning_events: Vec<Event>,
    /// True when any date in the answer rests on the provisional (unpublished-year) calendar.
    pub provisional: bool,
    /// The version of the rule data and calendar that produced the answer.
    pub rules_version: String,
    /// True when the answer rests on a rules pack loaded with `untrusted` (one the module was
    /// not built with); absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub untrusted_rules: bool,
    /// False in summary mode (see [`summary`]): steps, citations and conflicts are not built.
    #[serde(skip)]
    pub detailed: bool,
}

impl Default for Explanation {
    /// Same as [`Explanation::new`] (detailed unless in summary mode).
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
            detailed: !in_summary(),
        }
    }

    /// Adds a citation unless the same one is already present.
    pub fn cite(&mut self, ruleset: &str, rule: &str, cite: &Cite) {
        if !self.detailed {
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

    /// A static text for a field that summary answers leave for later (empty in summary mode).
    pub fn text(&self, t: &Text) -> Bilingual {
        if self.detailed {
            t.into()
        } else {
            Bilingual::default()
        }
    }

    /// Records a step of the reasoning: what `rule` decided, as data.
    pub fn record(&mut self, rule: &str, event: impl Into<Event>) {
        if !self.detailed {
            return;
        }
        self.steps.push(Step {
            rule: rule.to_owned(),
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
pub fn make_citation(ruleset: &str, rule: &str, cite: &Cite) -> Citation {
    Citation {
        ruleset: ruleset.to_owned(),
        document: crate::rules::registry::document_title(ruleset, cite),
        article: cite.article.to_owned(),
        quote: cite.quote.to_owned(),
        rule: rule.to_owned(),
    }
}
