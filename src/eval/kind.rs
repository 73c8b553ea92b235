//! What the engine does with a kind of rule (issue 14) — the inputs its rules read, the
//! citations they carry, how a query is answered — is its [`Capability`], implemented in the
//! kind's folder (`crate::kinds::<kind>`). The code that goes through every kind (the catalog, the
//! quote and coverage checks, the binding) goes through `crate::kinds::each_kind` and this trait,
//! never through a kind by name. DESIGN.md, "How is a kind of rule added?", walks through adding
//! one.

use crate::error::Result;
use crate::explain::{Bilingual, Explained};
use crate::input::value::Query;
use crate::rules::model::Cite;
use crate::rules::registry::Rule;
use crate::time::calendar::Calendar;
use serde::Serialize;

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

/// An input as the catalog lists it, from its declaration in the rule data.
#[cfg(feature = "office")]
pub fn input(spec: &crate::rules::model::InputSpec) -> InputInfo {
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

/// An input every rule of a kind reads (not declared in the data).
pub fn simple(name: &str, ty: &str, zh: &str, en: &str, required: bool) -> InputInfo {
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

/// What the engine does with one kind of rule.
///
/// # Example
/// ```
/// use zhengwu::model::{DeadlineRule, LeaveRule};
/// use zhengwu::{Calendar, Capability, Query, Value};
///
/// let cal = Calendar::builtin().unwrap();
/// let s = |x: &str| Value::String(x.into());
/// // 文山 第五十六条(四)5: a written reply within 60 days of acceptance (2026-08-03); day 60 is
/// // 2026-10-02, in the National Day holiday, so it moves to the next working day.
/// let q = Query::from_pairs([
///     ("ruleset", s("wenshan-hrss-2019")),
///     ("ref", s("DL-004-056-09")),
///     ("start", s("2026-08-03")),
/// ]);
/// assert_eq!(DeadlineRule::answer(&cal, &q).unwrap().due, "2026-10-08");
///
/// // Something done with every kind: count the loaded rules of each.
/// struct Count(Vec<(&'static str, usize)>);
/// impl zhengwu::KindVisitor for Count {
///     fn visit<K: Capability>(&mut self) {
///         let n = zhengwu::packs::all::<K>().count();
///         self.0.push((K::CATALOG_KIND, n));
///     }
/// }
/// let mut count = Count(Vec::new());
/// zhengwu::each_kind(&mut count);
/// let kinds: Vec<&str> = count.0.iter().map(|(k, _)| *k).collect();
/// assert_eq!(kinds, ["deadline", "approval", "leave", "sanction", "fact", "check", "calculator"]);
/// assert!(count.0.iter().all(|(_, n)| *n > 0));
/// assert_eq!(LeaveRule::CATALOG_KIND, "leave");
/// ```
pub trait Capability: Rule {
    /// What a query of this kind is answered with (its facts and its explanation).
    type Answer: Explained;
    /// The kind's name in the catalog (`deadline`, `approval`, `leave`, `sanction`, `check`).
    const CATALOG_KIND: &'static str;
    /// The inputs a query may give for this rule, as the catalog lists them.
    fn inputs(&'static self) -> Vec<InputInfo>;
    /// The rule's period in a few words, for kinds that have one.
    fn period(&self) -> Option<String> {
        None
    }
    /// For kinds whose rules are about a form (`check`): the form's name.
    fn form(&self) -> Option<&'static str> {
        None
    }
    /// The citations of the rule's parts (routes, measures, additions, extension), beside the
    /// rule's own (`meta.cites`).
    fn part_cites(&'static self) -> Vec<&'static Cite>;
    /// Answers a query naming a rule of this kind (`rule` or `ref`).
    ///
    /// # Errors
    /// Those of the kind's evaluation function.
    fn answer(cal: &Calendar, q: &Query) -> Result<Self::Answer>;
}

/// Code that does something with every kind of rule (`crate::kinds::each_kind`).
pub trait KindVisitor {
    /// Called once for each kind, in catalog order.
    fn visit<K: Capability>(&mut self);
}
