use crate::rules::codec::{codec_enum, codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{AmbRef, Cite, Cond, InputSpec, RuleMeta, Text};
use crate::rules::section::codec_rule;
use serde::Deserialize;

/// What a step of a route does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// 拟稿/拟办/起草/提出.
    Draft,
    /// 审核/核稿/把关/审查.
    Review,
    /// 会签.
    Countersign,
    /// 审批/批准/同意.
    Approve,
    /// 签发/签署.
    Sign,
    /// Collective decision by a named meeting or group (审定/研究决定).
    Decide,
    /// 备案.
    Record,
    /// 告知/抄送/通知.
    Notify,
    /// 报告/汇报.
    Report,
    /// 办理/执行/印发.
    Handle,
}

impl Action {
    /// The name used in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Draft => "draft",
            Action::Review => "review",
            Action::Countersign => "countersign",
            Action::Approve => "approve",
            Action::Sign => "sign",
            Action::Decide => "decide",
            Action::Record => "record",
            Action::Notify => "notify",
            Action::Report => "report",
            Action::Handle => "handle",
        }
    }

    /// The Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            Action::Draft => "拟办",
            Action::Review => "审核",
            Action::Countersign => "会签",
            Action::Approve => "审批",
            Action::Sign => "签发",
            Action::Decide => "集体审定",
            Action::Record => "备案",
            Action::Notify => "告知",
            Action::Report => "报告",
            Action::Handle => "办理",
        }
    }
}

/// One step of a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The role as the seed names it (zh) with an English label.
    pub role: Text,
    /// What the role does.
    pub action: Action,
    /// Runs in parallel with the previous step (same position in the order).
    pub parallel: bool,
    /// Alternatives the seed allows for the same step ("秘书长或办公室主任").
    pub or_roles: &'static [Text],
    /// Quorum or voting rule, if the seed gives one.
    pub quorum: Option<Text>,
    /// A note.
    pub note: Option<Text>,
}

/// One route variant, selected by its conditions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Route {
    /// Inventory ids this variant implements.
    pub refs: &'static [&'static str],
    /// Conditions (all must hold).
    pub when: &'static [Cond],
    /// Citation of this variant.
    pub cite: Cite,
    /// Label of the variant (e.g. "5000元以下").
    pub label: Text,
    /// Ordered steps.
    pub steps: &'static [Step],
}

/// Who stands in when a role is away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Substitution {
    /// The absent role (zh, as in steps).
    pub role: &'static str,
    /// Other roles that must be away too for the stand-in to act.
    pub with_absent: &'static [&'static str],
    /// Who stands in.
    pub by: Text,
    /// Citation.
    pub cite: Cite,
    /// Inventory ids.
    pub refs: &'static [&'static str],
}

/// An approval rule: inputs, route variants and substitutions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ApprovalRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// Inputs.
    pub inputs: &'static [InputSpec],
    /// Route variants in order.
    pub routes: &'static [Route],
    /// The ambiguity that governs overlapping variants (with its default reading), if any.
    pub overlap: Option<AmbRef>,
    /// Substitutions for absent officials.
    pub substitutions: &'static [Substitution],
}

codec_rule! {
    ApprovalRule => "approval", "审批", "approval" { inputs, routes, overlap, substitutions }
}
codec_struct! {
    Step { role, action, parallel, or_roles, quorum, note }
    Route { refs, when, cite, label, steps }
    Substitution { role, with_absent, by, cite, refs }
}
codec_enum! {
    Action { Draft, Review, Countersign, Approve, Sign, Decide, Record, Notify, Report, Handle }
}
