//! The `check` kind (issue 18): rule checks for forms. Given what a form is about to submit — a
//! set of leave requests, a duty roster, a meeting, a meeting schedule — every check rule of the
//! ruleset for that form runs, and the answer lists each rule broken, with its severity, what it
//! concerns (people, days, items) and the plain message of the data, each cited. A test that
//! lacks the data it needs is listed as not checked, with what is missing.
//!
//! Here the form data (`forms.rs`), the evaluation (`eval.rs`), the answer and the [`Capability`];
//! the data shape is `data.rs` (shared with the build script), the events and their text
//! `explain.rs`.

/// The data shape of a check rule: a rule a form must keep, its tests from one small vocabulary
/// (field meanings: `data/README.md`, "`[[check]]`"). With its pack encoding (`codec_rule!`); the
/// datagen includes this file too (`build/main.rs`), so the packs are written with the types and
/// encoding they are read with. (No inner doc comment in the file: `include!` takes none.)
pub mod data;
pub mod explain;

pub mod forms;

mod eval;

use crate::base::text::Joined;
use crate::error::{Error, Result};
use crate::eval::kind::{simple, Capability, InputInfo, ValueInfo};
use crate::eval::lookup::{self, Selector};
use crate::explain::{Bilingual, Citation, Explanation};
use crate::input::keys::Entry;
use crate::input::value::Query;
use crate::kinds::check::data::{CheckRule, Form, Severity};
use crate::kinds::check::explain::CheckEvent;
use crate::rules::model::Cite;
use crate::rules::registry::{self, By};
use crate::time::calendar::Calendar;
use serde::Serialize;

/// The keys a query of this kind reads beside those every query shares: the form and the
/// confirmations (the form's fields are added once it is known).
pub const KEYS: &[&str] = &["form", "confirm"];

/// A rule the form breaks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Violation {
    /// The rule broken.
    pub rule: &'static str,
    /// `must` (the form cannot go as it is) or `should` (a warning: 一般, 原则上).
    pub severity: &'static str,
    /// The test broken (`not_together`, `quorum`, …).
    pub test: &'static str,
    /// The form field it concerns (`requests`, `present`, `confirm.headSpokeLast` …).
    pub field: String,
    /// The people it concerns (names as the form gives them).
    pub people: Vec<String>,
    /// The days it concerns (`YYYY-MM-DD`; for a period, its first and last day).
    pub dates: Vec<String>,
    /// The rows or items it concerns (0-based indices into the form's list).
    pub items: Vec<u32>,
    /// The fact denied, for a `confirmed` test.
    pub fact: Option<Bilingual>,
    /// The message for the form's user, from the data.
    pub message: Bilingual,
    /// The article the rule rests on.
    pub citation: Citation,
}

/// What became of one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleResult {
    /// The rule.
    pub rule: &'static str,
    /// Its name.
    pub name: Bilingual,
    /// `broken`, `passed`, or `not_checked` (some test lacks the data it needs; none broken).
    pub status: &'static str,
    /// The fields its unchecked tests need.
    pub missing: Vec<String>,
}

/// The answer of [`check`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckAnswer {
    /// The form checked.
    pub form: &'static str,
    /// The ruleset.
    pub ruleset: String,
    /// True when no `must` test is broken (warnings and unchecked tests aside).
    pub passed: bool,
    /// Every rule broken, `must` first, then in the data's order.
    pub violations: Vec<Violation>,
    /// Every rule that ran, with what became of it.
    pub rules: Vec<RuleResult>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(CheckAnswer);

fn form_named(name: &str) -> Result<Form> {
    Form::ALL
        .into_iter()
        .find(|f| f.as_str() == name)
        .ok_or_else(|| forms_error(&Form::ALL))
}

fn forms_error(forms: &[Form]) -> Error {
    let names: Vec<&str> = forms.iter().map(|f| f.as_str()).collect();
    Error::invalid(
        "form",
        &[&names.joined("、"), " 之一"].joined(""),
        &["one of ", &names.joined(", ")].joined(""),
    )
}

/// Whether a rule has a test that reads this form.
fn reads(rule: &CheckRule, form: Form) -> bool {
    rule.tests.iter().any(|t| t.form == form)
}

/// Checks a form: `{ ruleset, form, rule? | ref?, lang?, readings?, ...the form's fields }`.
///
/// # Errors
/// `UNKNOWN_RULESET` / `RULESET_NOT_LOADED`; `INVALID_INPUT` naming `form` for a form the ruleset
/// has no rule for, and for malformed form data (naming the field: `requests[1].to`), an unknown
/// key (naming the nearest known one) or a meeting `body` no rule names; `INVALID_DATE` for a
/// date that is not one; `MISSING_INPUT` for a row without its name or dates, a meeting without
/// its `body`; `UNKNOWN_RULE` for a `rule` / `ref` that is not a check of that form.
///
/// # Example: 文山 第三十四条(二)1, one person per section on annual leave
/// ```
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","form":"leave_requests",
///     "requests":[
///       {"name":"甲","section":"办公室","kind":"annual","from":"2026-07-06","to":"2026-07-10"},
///       {"name":"乙","section":"办公室","kind":"annual","from":"2026-07-09","to":"2026-07-15"}]}"#)
///     .and_then(zhengwu::Query::from_value)?;
/// let cal = zhengwu::Calendar::builtin()?;
/// let a = zhengwu::check(&cal, &q)?;
/// assert!(!a.passed);
/// let v = &a.violations[0];
/// assert_eq!(v.rule, "wenshan.check.annual-leave-one-per-section");
/// assert_eq!(v.people, ["甲", "乙"]);
/// assert_eq!(v.dates, ["2026-07-09", "2026-07-10"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(cal: &Calendar, q: &Query) -> Result<CheckAnswer> {
    check_form(cal, q, None)
}

/// [`check`], with the form of the rule the query names when the query gives none.
fn check_form(cal: &Calendar, q: &Query, default: Option<Form>) -> Result<CheckAnswer> {
    let c = lookup::common(q)?;
    let form = match (q.opt_str("form")?, default) {
        (Some(name), _) => form_named(name)?,
        (None, Some(f)) => f,
        (None, None) => return Err(Error::missing("form")),
    };
    crate::input::keys::check(Entry::Rules(KEYS), q, forms::keys(form))?;
    let pack = registry::pack(&c.ruleset)?;
    let checks = <CheckRule as registry::Rule>::of(pack);
    let all: Vec<&'static CheckRule> = checks.iter().filter(|r| reads(r, form)).collect();
    if all.is_empty() {
        let has: Vec<Form> = Form::ALL
            .into_iter()
            .filter(|f| checks.iter().any(|r| reads(r, *f)))
            .collect();
        return Err(forms_error(&has));
    }
    let data = forms::read(q, form)?;
    let mut rules = match &c.selector {
        Selector::None => all.clone(),
        Selector::Rule(id) => pick(&c.ruleset, By::Id, id, "rule", &all)?,
        Selector::Ref(r) => pick(&c.ruleset, By::Ref, r, "ref", &all)?,
    };
    if let Some(body) = &data.body {
        let mut known: Vec<&str> = Vec::new();
        for r in &all {
            known.extend_from_slice(r.applies_to);
        }
        if !known.is_empty() && !known.contains(&body.as_str()) {
            return Err(Error::invalid(
                match form {
                    Form::Filing => "record",
                    Form::SealUse => "document",
                    Form::ProposalReply => "item",
                    Form::HospitalVisit => "illness",
                    Form::FieldResearch => "post",
                    _ => "body",
                },
                &[&known.joined("、"), " 之一"].joined(""),
                &["one of ", &known.joined(", ")].joined(""),
            ));
        }
        rules.retain(|r| r.applies_to.is_empty() || r.applies_to.contains(&body.as_str()));
    }
    eval::check_facts_known(&rules, form, &data)?;
    eval::check_bodies_known(&all, form, &data)?;
    let mut ex = c.explanation();
    let mut out = eval::Out::default();
    for rule in &rules {
        eval::run(cal, rule, form, &data, &c, &mut ex, &mut out)?;
    }
    for rule in &rules {
        lookup::note_remaining_ambiguities(&rule.meta, &c, &mut ex);
        lookup::note_conflicts(&rule.meta, &mut ex);
    }
    lookup::check_readings(&c, &[&ex])?;
    // `must` first, each group in the data's order (no sort: it would cost the module kilobytes).
    let mut violations = Vec::with_capacity(out.violations.len());
    let mut should = Vec::new();
    for v in out.violations {
        if v.severity == "must" {
            violations.push(v);
        } else {
            should.push(v);
        }
    }
    violations.append(&mut should);
    out.violations = violations;
    let count = |s: &str| out.violations.iter().filter(|v| v.severity == s).count() as u32;
    let (must, should) = (count("must"), count("should"));
    let unchecked = out
        .results
        .iter()
        .filter(|r| r.status == "not_checked")
        .count() as u32;
    let summary = CheckEvent::Summary {
        rules: out.results.len() as u32,
        must,
        should,
        unchecked,
    };
    let text = summary.render();
    ex.record("input", summary);
    Ok(CheckAnswer {
        form: form.as_str(),
        ruleset: c.ruleset.clone(),
        passed: must == 0,
        violations: out.violations,
        rules: out.results,
        text: c.lang.pick(&text.zh, &text.en).to_owned(),
        explanation: ex,
    })
}

/// The rules a `rule` / `ref` names, among those of the form.
fn pick(
    ruleset: &str,
    by: By,
    key: &str,
    field: &str,
    of_form: &[&'static CheckRule],
) -> Result<Vec<&'static CheckRule>> {
    let found: Vec<&'static CheckRule> = registry::find::<CheckRule>(ruleset, by, key)?
        .into_iter()
        .filter(|r| of_form.iter().any(|x| std::ptr::eq(*x, *r)))
        .collect();
    if found.is_empty() {
        return Err(Error::new(
            crate::error::ErrorCode::UnknownRule,
            Some(field),
            ["规则集 `", ruleset, "` 中此表单没有检查规则 `", key, "`"].joined(""),
            [
                "ruleset `",
                ruleset,
                "` has no check rule `",
                key,
                "` for this form",
            ]
            .joined(""),
        ));
    }
    Ok(found)
}

fn severity_str(s: Severity) -> &'static str {
    match s {
        Severity::Must => "must",
        Severity::Should => "should",
    }
}

impl Capability for CheckRule {
    type Answer = CheckAnswer;
    const CATALOG_KIND: &'static str = "check";
    /// The inputs of the rule's form, the roles and bodies it names as values.
    fn inputs(&'static self) -> Vec<InputInfo> {
        eval::inputs(self)
    }
    fn form(&self) -> Option<&'static str> {
        Some(self.form.as_str())
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        Vec::new()
    }
    /// [`check`]; a query naming a rule (`rule` / `ref`) without a `form` checks that rule's form.
    fn answer(cal: &Calendar, q: &Query) -> Result<CheckAnswer> {
        if q.get("form").is_some() || q.get("rule").is_none() && q.get("ref").is_none() {
            return check(cal, q);
        }
        let c = lookup::common(q)?;
        let rule = lookup::select::<CheckRule>(&c)?;
        check_form(cal, q, Some(rule.form))
    }
}

/// An allowed value of an input.
fn value(v: &str) -> ValueInfo {
    ValueInfo {
        value: v.to_owned(),
        zh: v.to_owned(),
        en: v.to_owned(),
    }
}

/// A form input as the catalog lists it.
fn input(name: &str, ty: &str, zh: &str, en: &str, values: Vec<ValueInfo>) -> InputInfo {
    let mut i = simple(name, ty, zh, en, false);
    i.values = values;
    i
}
