//! The TOML files under `data/`, as serde reads them: owned values, the model's own enums for
//! units, kinds, countings, actions and input types (`src/rules/model.rs`, deserialised from their
//! TOML names), and every table closed to unknown keys. Field meanings: `data/README.md`.
//!
//! The rule kinds share the fields of [`Meta`]; serde cannot deny unknown keys of a struct with a
//! flattened part, so [`Rule`] collects whatever neither part takes in `unknown`, and the build
//! refuses a rule where that is not empty.

use crate::rules::model::{Action, Counting, DeadlineKind, Effect, InputType, Unit};
use crate::rules::model::{Denominator, Form, Per, Severity, TestKind};
use serde::Deserialize;
use std::collections::BTreeMap;

/// `data/rules/<id>/ruleset.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesetToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub issuer_zh: String,
    pub issuer_en: String,
    pub level: String,
    pub source_zh: String,
    pub source_en: String,
    /// The seed text under `seeds/`; `<id>.txt` when not given (the rule for every ruleset now).
    pub seed_file: Option<String>,
    pub adopted: Option<String>,
    pub published: Option<String>,
    pub in_force: Option<String>,
    pub dates_note_zh: String,
    pub dates_note_en: String,
}

/// `data/ambiguities.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbiguitiesFile {
    pub ambiguity: Vec<AmbiguityToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbiguityToml {
    pub id: String,
    pub question_zh: String,
    pub question_en: String,
    pub reading: Vec<ReadingToml>,
    /// Inventory rows whose rules depend on this ambiguity (attached to them automatically).
    #[serde(default)]
    pub rows: Vec<String>,
    /// The reading those rules apply, when attached through `rows`.
    pub default: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingToml {
    pub key: String,
    pub zh: String,
    pub en: String,
    /// What the engine does under this reading; `none` (reported only) when not given.
    #[serde(default)]
    pub effect: Effect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteToml {
    pub article: String,
    pub quote: String,
    pub source: Option<String>,
}

/// `{ id = "B33", default = "from-nominal-end" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbRefToml {
    pub id: String,
    pub default: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictToml {
    pub rule: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub minimum: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextToml {
    pub zh: String,
    pub en: String,
}

/// One rule file: `data/rules/<ruleset>/*.toml` (any but `ruleset.toml`).
#[derive(Default)]
pub struct RulesFile {
    pub deadline: Vec<Rule<DeadlineToml>>,
    pub approval: Vec<Rule<ApprovalToml>>,
    pub leave: Vec<Rule<LeaveToml>>,
    pub sanction: Vec<Rule<SanctionToml>>,
    pub fact: Vec<Rule<FactToml>>,
    pub procedure: Vec<ProcedureToml>,
    pub check: Vec<Rule<CheckToml>>,
    pub calculator: Vec<Rule<CalculatorToml>>,
}

impl RulesFile {
    /// Reads a rule file, each rule on its own, so that a wrong key, type or value is reported
    /// as `rule <id>: <what>` (a TOML syntax error as the line and column).
    pub fn parse(text: &str) -> Result<RulesFile, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut file = RulesFile::default();
        for (kind, items) in table {
            let toml::Value::Array(items) = items else {
                return Err(format!("`{kind}` is not a list of tables ([[{kind}]])"));
            };
            for item in items {
                let id = item.get("id").and_then(|v| v.as_str()).unwrap_or("?");
                let what = if kind == "procedure" {
                    "procedure"
                } else {
                    "rule"
                };
                let at = format!("{what} {id}: ");
                let fail = |e: toml::de::Error| format!("{at}{}", e.message().trim());
                match kind.as_str() {
                    "deadline" => file.deadline.push(item.try_into().map_err(fail)?),
                    "approval" => file.approval.push(item.try_into().map_err(fail)?),
                    "leave" => file.leave.push(item.try_into().map_err(fail)?),
                    "sanction" => file.sanction.push(item.try_into().map_err(fail)?),
                    "fact" => file.fact.push(item.try_into().map_err(fail)?),
                    "procedure" => file.procedure.push(item.try_into().map_err(fail)?),
                    "check" => file.check.push(item.try_into().map_err(fail)?),
                    "calculator" => file.calculator.push(item.try_into().map_err(fail)?),
                    other => {
                        return Err(format!(
                            "unknown table [[{other}]] (a rule file holds [[deadline]], [[approval]], [[leave]], [[sanction]], [[procedure]], [[fact]], [[check]] and [[calculator]])"
                        ))
                    }
                }
            }
        }
        Ok(file)
    }
}

/// A rule: the fields every rule has, those of its kind, and any key neither knows.
#[derive(Deserialize)]
pub struct Rule<K> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(flatten)]
    pub body: K,
    /// Keys neither part knows: the build refuses the rule (a misspelt field).
    #[serde(flatten)]
    pub unknown: BTreeMap<String, toml::Value>,
}

/// Fields every rule has.
#[derive(Deserialize)]
pub struct Meta {
    pub id: String,
    pub refs: Vec<String>,
    pub name_zh: String,
    pub name_en: String,
    pub cite: Vec<CiteToml>,
    pub in_force: String,
    pub until: Option<String>,
    #[serde(default)]
    pub ambiguities: Vec<AmbRefToml>,
    #[serde(default)]
    pub conflicts: Vec<ConflictToml>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtensionToml {
    pub amount: u32,
    pub unit: Unit,
    pub approver_zh: String,
    pub approver_en: String,
    pub refs: Vec<String>,
    pub article: String,
    pub quote: String,
}

#[derive(Deserialize)]
pub struct DeadlineToml {
    pub trigger_zh: String,
    pub trigger_en: String,
    pub duty_zh: String,
    pub duty_en: String,
    pub kind: DeadlineKind,
    #[serde(default)]
    pub amount: u32,
    pub unit: Option<Unit>,
    pub counting: Option<Counting>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub year_offset: Option<i32>,
    /// `week:5`, `month:0`, `quarter:20`, `half_year`, `year:12:0`.
    pub every: Option<String>,
    pub extension: Option<ExtensionToml>,
    pub on_expiry_zh: Option<String>,
    pub on_expiry_en: Option<String>,
    #[serde(default)]
    pub soft: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueToml {
    pub value: String,
    pub zh: String,
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputToml {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: InputType,
    pub label_zh: String,
    pub label_en: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub values: Vec<EnumValueToml>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// A condition: exactly one of `one_of`, `none_of`, `is`, a `min`/`max` band, or `any`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CondToml {
    #[serde(default)]
    pub fact: String,
    pub one_of: Option<Vec<String>>,
    pub none_of: Option<Vec<String>>,
    pub any: Option<Vec<CondToml>>,
    pub is: Option<bool>,
    pub min: Option<f64>,
    #[serde(default = "yes")]
    pub min_inclusive: bool,
    pub max: Option<f64>,
    #[serde(default = "yes")]
    pub max_inclusive: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepToml {
    pub role_zh: String,
    pub role_en: String,
    pub action: Action,
    #[serde(default)]
    pub parallel: bool,
    #[serde(default, rename = "or")]
    pub or_roles: Vec<TextToml>,
    pub quorum_zh: Option<String>,
    pub quorum_en: Option<String>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteToml {
    pub refs: Vec<String>,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub step: Vec<StepToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubstitutionToml {
    pub role: String,
    /// Other roles that must be away too for the stand-in to act ("秘书长和办公室主任外出").
    #[serde(default)]
    pub with_absent: Vec<String>,
    pub by_zh: String,
    pub by_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
}

#[derive(Deserialize)]
pub struct ApprovalToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub route: Vec<RouteToml>,
    pub overlap: Option<AmbRefToml>,
    #[serde(default)]
    pub substitution: Vec<SubstitutionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdditionToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub days: u32,
    pub per: Option<String>,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    pub obsolete_zh: Option<String>,
    pub obsolete_en: Option<String>,
}

#[derive(Deserialize)]
pub struct LeaveToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub base_days: u32,
    pub unit: Unit,
    #[serde(default)]
    pub addition: Vec<AdditionToml>,
    pub approval: Option<String>,
    pub days_from: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub party_zh: String,
    pub party_en: String,
    pub responsibility_zh: String,
    pub responsibility_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    #[serde(default)]
    pub untyped: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub measures: Vec<TextToml>,
    pub mode_zh: String,
    pub mode_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    #[serde(default)]
    pub exempts: bool,
    /// Applies only under this reading: `{ id = "B11", default = "<key>" }`.
    pub reading: Option<AmbRefToml>,
    pub law: Option<String>,
}

#[derive(Deserialize)]
pub struct SanctionToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    #[serde(default)]
    pub party: Vec<PartyToml>,
    #[serde(default)]
    pub measure: Vec<MeasureToml>,
}

/// `[[fact]]`: a clause restated, with its values (any TOML table; keys in snake_case).
#[derive(Deserialize)]
pub struct FactToml {
    pub statement_zh: String,
    pub statement_en: String,
    #[serde(default)]
    pub values: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventToml {
    pub name: String,
    pub zh: String,
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcStepToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub rule: String,
    pub from: String,
    pub only_if: Option<String>,
    pub extended_by: Option<String>,
    /// The procedure event that this step's completion is (serving the notice of acceptance is
    /// the `accepted` event).
    pub completes: Option<String>,
    /// An office-internal step a citizen view may leave out.
    #[serde(default)]
    pub internal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub events: Vec<EventToml>,
    pub step: Vec<ProcStepToml>,
}

/// `[[check]]`: a rule a form must keep (`src/kinds/check/model.rs`).
#[derive(Deserialize)]
pub struct CheckToml {
    pub form: Form,
    #[serde(default)]
    pub applies_to: Vec<String>,
    pub severity: Severity,
    pub message_zh: String,
    pub message_en: String,
    pub test: Vec<CheckTestToml>,
}

/// One test of a check rule (`[[check.test]]`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckTestToml {
    pub test: TestKind,
    pub form: Option<Form>,
    pub severity: Option<Severity>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub served: Vec<String>,
    #[serde(default)]
    pub pairs: bool,
    #[serde(default)]
    pub units: Vec<String>,
    pub what: Option<String>,
    pub leave: Option<String>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub exactly: Option<u32>,
    /// `"2/3"`.
    pub fraction: Option<String>,
    pub inclusive: Option<bool>,
    pub denominator: Option<Denominator>,
    pub per: Option<Per>,
    #[serde(default)]
    pub by_organiser: bool,
    #[serde(default)]
    pub sum_hours: bool,
    #[serde(default)]
    pub hours: u32,
    #[serde(default)]
    pub leader: bool,
    #[serde(default)]
    pub holidays_only: bool,
    /// `mon` … `sun`.
    pub weekday: Option<String>,
    /// `HH:MM`.
    pub starts_at: Option<String>,
    #[serde(default)]
    pub facts: Vec<ConfirmToml>,
    /// For the reader (what the data took from the text): not read.
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmToml {
    pub key: String,
    pub zh: String,
    pub en: String,
}

/// `[[calculator]]`: attendance, scores, amounts (src/kinds/calculator/).
#[derive(Deserialize)]
pub struct CalculatorToml {
    pub shape: crate::rules::model::Shape,
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub item: Vec<CalcItemToml>,
}

/// `[[calculator.item]]`: one point, threshold or measure, with its clause and the text's numbers.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalcItemToml {
    pub key: String,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    /// Further clauses: `[{ article, quote }]`.
    #[serde(default)]
    pub more: Vec<CiteToml>,
    #[serde(default)]
    pub refs: Vec<String>,
    /// The text's numbers, by name: `{ late_after_minutes = 15 }`.
    #[serde(default)]
    pub numbers: BTreeMap<String, f64>,
    /// The rule that already encodes the consequence.
    pub sanction_rule: Option<String>,
}

/// `data/calendar/cn.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarFile {
    pub schema: u32,
    pub first: String,
    pub last: String,
    pub notice: Vec<NoticeToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeToml {
    pub year: i32,
    pub title: String,
    pub number: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub holiday: Vec<HolidayToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayToml {
    pub name_zh: String,
    pub name_en: String,
    pub rest: Vec<String>,
    pub statutory: Vec<String>,
    pub work: Vec<String>,
}
