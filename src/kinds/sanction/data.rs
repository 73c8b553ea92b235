use crate::rules::codec::{codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{AmbRef, Cite, Cond, InputSpec, RuleMeta, Text};
use crate::rules::section::codec_rule;

/// Who bears which responsibility.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PartyRule {
    /// Conditions (all must hold) on the party's facts.
    pub when: &'static [Cond],
    /// The party as the seed names it.
    pub party: Text,
    /// The responsibility as the seed names it (直接责任, 主要领导责任…).
    pub responsibility: Text,
    /// Citation.
    pub cite: Cite,
    /// Inventory ids.
    pub refs: &'static [&'static str],
    /// The seed names the party liable without a type of responsibility (ambiguity B24).
    pub untyped: bool,
}

/// A set of measures that applies under conditions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasureRule {
    /// Conditions (all must hold).
    pub when: &'static [Cond],
    /// The measures, in the seed's terms.
    pub measures: &'static [Text],
    /// How they combine (e.g. 可以单处或并处).
    pub mode: Text,
    /// Citation.
    pub cite: Cite,
    /// Inventory ids.
    pub refs: &'static [&'static str],
    /// An exemption (不承担责任): it replaces the party's responsibility and every other measure.
    pub exempts: bool,
    /// Applies only under this reading of an ambiguity (`default` holds the reading's key).
    pub reading: Option<AmbRef>,
    /// The (national) sanction rule the seed defers to ("按公务员法规定"): the measure applies only
    /// when that rule, evaluated on the same facts, calls for a measure, and cites it.
    pub law: Option<&'static str>,
}

/// A sanction rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SanctionRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// Inputs.
    pub inputs: &'static [InputSpec],
    /// Responsibility allocation.
    pub parties: &'static [PartyRule],
    /// Measures.
    pub measures: &'static [MeasureRule],
}

codec_rule! {
    SanctionRule => "sanction", "责任追究", "sanction" { inputs, parties, measures }
}
codec_struct! {
    PartyRule { when, party, responsibility, cite, refs, untyped }
    MeasureRule { when, measures, mode, cite, refs, exempts, reading, law }
}
