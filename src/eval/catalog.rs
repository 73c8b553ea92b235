//! The catalog: rulesets, rules, their citations, inventory refs and inputs.

use crate::eval::period::unit_name;
use crate::explain::Bilingual;
use crate::rules::generated::PACK_IDS;
use crate::rules::model::{DeadlineKind, InputSpec, RuleMeta, Unit};
use serde::Serialize;

/// The crate version.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding only
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

pub use crate::rules::registry::{document_title, rules_version};

/// An allowed value of an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueInfo {
    /// The value to pass.
    pub value: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
}

/// An input a rule needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InputInfo {
    /// Name in the query.
    pub name: String,
    /// `date`, `datetime`, `money`, `integer`, `number`, `boolean`, `enum`, `roles`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Label.
    pub label: Bilingual,
    /// Whether the answer is incomplete without it.
    pub required: bool,
    /// Allowed values (enums).
    pub values: Vec<ValueInfo>,
    /// Smallest allowed number.
    pub min: Option<f64>,
    /// Largest allowed number.
    pub max: Option<f64>,
}

/// A citation in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CiteInfo {
    /// Document title.
    pub document: String,
    /// Article.
    pub article: String,
    /// Verbatim quote.
    pub quote: String,
}

/// A rule in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// `deadline`, `approval`, `leave`, `sanction`.
    pub kind: &'static str,
    /// Name.
    pub name: Bilingual,
    /// Inventory ids it implements.
    pub refs: Vec<String>,
    /// Citations.
    pub citations: Vec<CiteInfo>,
    /// In force from.
    pub in_force: String,
    /// In force until, if it lapsed.
    pub until: Option<String>,
    /// The inputs it needs.
    pub inputs: Vec<InputInfo>,
    /// For deadlines: amount, unit, counting.
    pub period: Option<String>,
    /// Ambiguity ids it depends on.
    pub ambiguities: Vec<String>,
    /// Ids of provisions that disagree with it.
    pub conflicts: Vec<String>,
    /// Notes on the rule.
    pub note: Option<Bilingual>,
}

/// A procedure in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcedureInfo {
    /// Procedure id.
    pub id: String,
    /// Name.
    pub name: Bilingual,
    /// Events a user can record.
    pub events: Vec<ValueInfo>,
    /// Step ids (each also an event recording the step's completion).
    pub steps: Vec<ValueInfo>,
}

/// A ruleset in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    /// Ruleset id.
    pub id: String,
    /// Name.
    pub name: Bilingual,
    /// Issuer.
    pub issuer: Bilingual,
    /// Level.
    pub level: String,
    /// Source document.
    pub source: Bilingual,
    /// Seed file name.
    pub seed_file: String,
    /// Adopted.
    pub adopted: Option<String>,
    /// Published.
    pub published: Option<String>,
    /// In force.
    pub in_force: Option<String>,
    /// How reliable the dates are.
    pub dates_note: Bilingual,
    /// Rules.
    pub rules: Vec<RuleInfo>,
    /// Procedures (timelines).
    pub procedures: Vec<ProcedureInfo>,
}

/// The whole catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// Crate and data version.
    pub rules_version: String,
    /// The rulesets this module has rules packs for (`rules/<id>.zwr`), loaded or not.
    pub available: Vec<String>,
    /// The loaded rulesets.
    pub rulesets: Vec<RulesetInfo>,
}

fn input(spec: &InputSpec) -> InputInfo {
    InputInfo {
        name: spec.name.to_owned(),
        ty: spec.ty.as_str().to_owned(),
        label: (&spec.label).into(),
        required: spec.required,
        values: spec
            .values
            .iter()
            .map(|v| ValueInfo {
                value: v.value.to_owned(),
                zh: v.label.zh.to_owned(),
                en: v.label.en.to_owned(),
            })
            .collect(),
        min: spec.min,
        max: spec.max,
    }
}

fn simple(name: &str, ty: &str, zh: &str, en: &str, required: bool) -> InputInfo {
    InputInfo {
        name: name.into(),
        ty: ty.into(),
        label: Bilingual::new(zh, en),
        required,
        values: Vec::new(),
        min: None,
        max: None,
    }
}

fn rule_info(
    kind: &'static str,
    meta: &RuleMeta,
    inputs: Vec<InputInfo>,
    period: Option<String>,
) -> RuleInfo {
    RuleInfo {
        id: meta.id.to_owned(),
        kind,
        name: (&meta.name).into(),
        refs: meta.refs.iter().map(|s| (*s).to_owned()).collect(),
        citations: meta
            .cites
            .iter()
            .map(|c| CiteInfo {
                document: document_title(meta.ruleset, c).to_owned(),
                article: c.article.to_owned(),
                quote: c.quote.to_owned(),
            })
            .collect(),
        in_force: meta.in_force.iso(),
        until: meta.until.map(|u| u.iso()),
        inputs,
        period,
        ambiguities: meta.ambiguities.iter().map(|a| a.id.to_owned()).collect(),
        conflicts: meta.conflicts.iter().map(|c| c.rule.to_owned()).collect(),
        note: meta.note.as_ref().map(Into::into),
    }
}

/// A leave rule's inputs, plus those of the rule its days come from and of the approval rule that
/// decides who approves it (whose `days` come from the entitlement itself).
fn leave_inputs(r: &crate::rules::model::LeaveRule) -> Vec<InputInfo> {
    leave_specs(r).into_iter().map(input).collect()
}

/// The input specs behind [`leave_inputs`] (also the keys a leave query may carry).
pub(crate) fn leave_specs(r: &crate::rules::model::LeaveRule) -> Vec<&'static InputSpec> {
    let mut v: Vec<&'static InputSpec> = r.inputs.iter().collect();
    let days_from = r
        .days_from
        .and_then(crate::rules::registry::by_id::<crate::rules::model::LeaveRule>);
    let approval = r.approval.and_then(crate::eval::approval::find);
    let more = days_from
        .map(|x| x.inputs)
        .unwrap_or(&[])
        .iter()
        .chain(approval.map(|a| a.inputs).unwrap_or(&[]));
    for spec in more.filter(|i| i.name != "days") {
        if !v.iter().any(|i| i.name == spec.name) {
            v.push(spec);
        }
    }
    v
}

fn deadline_inputs(r: &crate::rules::model::DeadlineRule) -> Vec<InputInfo> {
    let hourly = matches!(r.unit, Unit::Hour | Unit::Minute) && r.kind == DeadlineKind::After;
    let mut v = vec![simple(
        "start",
        if hourly { "datetime" } else { "date" },
        &format!("起算：{}", r.trigger.zh),
        &format!("start: {}", r.trigger.en),
        true,
    )];
    if r.extension.is_some() {
        v.push(simple(
            "extended",
            "boolean",
            "已批准延长",
            "extension granted",
            false,
        ));
    }
    if r.kind == DeadlineKind::SetByInput {
        v.push(simple(
            "setDue",
            "date",
            "另行确定的办理时限",
            "time limit set by the competent body",
            true,
        ));
    }
    v.push(simple(
        "done",
        "date",
        "实际办结日期",
        "date actually done",
        false,
    ));
    v
}

fn period_text(r: &crate::rules::model::DeadlineRule) -> Option<String> {
    match r.kind {
        DeadlineKind::After | DeadlineKind::Before => {
            Some(format!("{} {}", r.amount, unit_name(r.unit)))
        }
        _ => None,
    }
}

/// What `loadRules` answers: the ruleset now loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoadedRuleset {
    /// Ruleset id.
    pub ruleset: String,
    /// Its name.
    pub name: Bilingual,
    /// Crate and data version (the pack's and the module's, which must agree).
    pub rules_version: String,
}

/// The rulesets this module has packs for, and those loaded: what `catalog()` says about them,
/// without the rules (cheap, for deciding which packs to fetch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rulesets {
    /// The rulesets this module has packs for (`rules/<id>.zwr`), loaded or not.
    pub available: Vec<String>,
    /// The loaded rulesets, `cn-national` first.
    pub loaded: Vec<LoadedRuleset>,
}

fn available() -> Vec<String> {
    PACK_IDS.iter().map(|id| (*id).to_owned()).collect()
}

/// The available and the loaded rulesets.
pub fn rulesets() -> Rulesets {
    Rulesets {
        available: available(),
        loaded: crate::rules::registry::packs()
            .into_iter()
            .map(|p| loaded(&p.ruleset))
            .collect(),
    }
}

/// The answer to a successful `loadRules`.
pub fn loaded(r: &crate::rules::model::Ruleset) -> LoadedRuleset {
    LoadedRuleset {
        ruleset: r.id.to_owned(),
        name: (&r.name).into(),
        rules_version: rules_version().to_owned(),
    }
}

/// Builds the catalog.
///
/// # Example
/// ```
/// let cat = zhengwu::catalog();
/// let wenshan = cat.rulesets.iter().find(|r| r.id == "wenshan-hrss-2019").unwrap();
/// let maternity = wenshan.rules.iter().find(|r| r.id == "wenshan.leave.maternity").unwrap();
/// assert!(maternity.inputs.iter().any(|i| i.name == "babies"));
/// ```
pub fn catalog() -> Catalog {
    Catalog {
        rules_version: rules_version().to_owned(),
        available: available(),
        rulesets: crate::rules::registry::packs()
            .into_iter()
            .map(ruleset_info)
            .collect(),
    }
}

/// One ruleset's part of the catalog.
pub fn ruleset_info(pack: &crate::rules::model::Pack) -> RulesetInfo {
    let rs = &pack.ruleset;
    let mut rules = Vec::new();
    for r in pack.deadlines {
        rules.push(rule_info(
            "deadline",
            &r.meta,
            deadline_inputs(r),
            period_text(r),
        ));
    }
    for r in pack.approvals {
        let mut inputs: Vec<InputInfo> = r.inputs.iter().map(input).collect();
        if !r.substitutions.is_empty() {
            inputs.push(input(&crate::eval::approval::ABSENT_INPUT));
        }
        rules.push(rule_info("approval", &r.meta, inputs, None));
    }
    for r in pack.leave {
        rules.push(rule_info("leave", &r.meta, leave_inputs(r), None));
    }
    for r in pack.sanctions {
        rules.push(rule_info(
            "sanction",
            &r.meta,
            r.inputs.iter().map(input).collect(),
            None,
        ));
    }
    let procedures = pack
        .procedures
        .iter()
        .map(|p| ProcedureInfo {
            id: p.id.to_owned(),
            name: (&p.name).into(),
            events: p
                .events
                .iter()
                .map(|(n, t)| ValueInfo {
                    value: (*n).to_owned(),
                    zh: t.zh.to_owned(),
                    en: t.en.to_owned(),
                })
                .collect(),
            steps: p
                .steps
                .iter()
                .map(|s| ValueInfo {
                    value: s.id.to_owned(),
                    zh: s.name.zh.to_owned(),
                    en: s.name.en.to_owned(),
                })
                .collect(),
        })
        .collect();
    RulesetInfo {
        id: rs.id.to_owned(),
        name: (&rs.name).into(),
        issuer: (&rs.issuer).into(),
        level: rs.level.to_owned(),
        source: (&rs.source).into(),
        seed_file: rs.seed_file.to_owned(),
        adopted: rs.adopted.map(|d| d.iso()),
        published: rs.published.map(|d| d.iso()),
        in_force: rs.in_force.map(|d| d.iso()),
        dates_note: (&rs.dates_note).into(),
        rules,
        procedures,
    }
}
