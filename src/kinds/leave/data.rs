use crate::rules::codec::{codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{Cite, Cond, InputSpec, RuleMeta, Text, Unit};
use crate::rules::section::codec_rule;

/// An addition to a leave entitlement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeaveAddition {
    /// Conditions (all must hold).
    pub when: &'static [Cond],
    /// Days added (per unit of `per`, when set).
    pub days: u32,
    /// Multiply by (this number input − 1), e.g. babies beyond the first.
    pub per: Option<&'static str>,
    /// Label.
    pub label: Text,
    /// Citation.
    pub cite: Cite,
    /// Inventory ids.
    pub refs: &'static [&'static str],
    /// Why the addition is no longer applied (abolished by later law), if so.
    pub obsolete: Option<Text>,
}

/// A leave-entitlement rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeaveRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// Inputs.
    pub inputs: &'static [InputSpec],
    /// Base days.
    pub base_days: u32,
    /// Unit of the days (`calendar_day` or `working_day`).
    pub unit: Unit,
    /// Additions.
    pub additions: &'static [LeaveAddition],
    /// The approval rule that decides who approves this leave (by days and rank).
    pub approval: Option<&'static str>,
    /// Where the seed names the leave but gives no days: the (national) leave rule whose days apply.
    pub days_from: Option<&'static str>,
}

codec_rule! {
    LeaveRule => "leave", "假期", "leave" { inputs, base_days, unit, additions, approval, days_from }
}
codec_struct! {
    LeaveAddition { when, days, per, label, cite, refs, obsolete }
}
