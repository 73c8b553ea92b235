//! Approval routes: who drafts, reviews, countersigns, approves, signs, decides, records.
//!
//! Here the evaluation and the [`Capability`]; the data shape and its pack encoding are
//! `data.rs` (shared with the datagen), the events and their zh/en text `explain.rs`.

/// The data shape of approval rules: routes, their steps, stand-ins for absent officials. With its
/// pack encoding (`codec_rule!`); the datagen includes this file too (`build/main.rs`), so the
/// packs are written with the types and encoding they are read with. (No inner doc comment in the
/// file: `include!` takes none.)
pub mod data;
pub mod explain;

use crate::base::text::Joined;
use crate::error::Result;
use crate::eval::facts::{self, Fact, Facts};
use crate::eval::kind::{input, Capability, InputInfo};
use crate::eval::lookup::{self, Common};
use crate::explain::{Bilingual, Explanation, LookupEvent};
use crate::input::keys::Entry;
use crate::input::value::Query;
use crate::kinds::approval::data::{ApprovalRule, Route};
use crate::kinds::approval::explain::ApprovalEvent;
use crate::rules::model::{Cite, Effect, InputSpec, InputType, Text};
use crate::rules::registry;
use crate::time::calendar::Calendar;
use serde::Serialize;

/// The keys `approvalAuthority` reads beside those every query shares: the role.
pub const AUTHORITY_KEYS: &[&str] = &["role"];

/// The keys a query of this kind reads beside those every query shares: who is away (the rule's
/// facts are added once it is found).
pub const KEYS: &[&str] = &["absent"];

/// One step of the answered route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteStep {
    /// Position in the order; parallel steps share it.
    pub order: u32,
    /// The role as the seed names it.
    pub role: String,
    /// English label of the role.
    pub role_en: String,
    /// What the role does (`draft`, `review`, `countersign`, `approve`, `sign`, `decide`,
    /// `record`, `notify`, `report`, `handle`).
    pub action: &'static str,
    /// The action in Chinese.
    pub action_zh: &'static str,
    /// Whether this step runs in parallel with the other steps of the same order.
    pub parallel: bool,
    /// Other roles the seed allows for this step ("或").
    pub alternatives: Vec<Bilingual>,
    /// Quorum or voting rule, if any.
    pub quorum: Option<Bilingual>,
    /// Note.
    pub note: Option<Bilingual>,
    /// When someone stands in: the role that is away.
    pub substitutes_for: Option<String>,
}

/// The answer of [`approval_route`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalAnswer {
    /// The rule applied.
    pub rule: String,
    /// Its ruleset.
    pub ruleset: String,
    /// Inventory ids of the rule.
    pub refs: Vec<String>,
    /// Name.
    pub name: Bilingual,
    /// The variant chosen (e.g. "5000元以下"), when the facts decide one.
    pub variant: Option<Bilingual>,
    /// Inventory ids of the chosen variant.
    pub variant_refs: Vec<String>,
    /// Notes on the rule: doubts about the text, readings the data took.
    pub note: Option<Bilingual>,
    /// Whether the steps run strictly in order (false when some run in parallel).
    pub sequential: bool,
    /// The ordered steps; empty when the facts given do not decide the route yet.
    pub steps: Vec<RouteStep>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(ApprovalAnswer);

/// The input every approval rule accepts: who is away.
pub static ABSENT_INPUT: InputSpec = InputSpec {
    name: "absent",
    ty: InputType::Roles,
    label: Text {
        zh: "外出或不在岗的领导（职务）",
        en: "officials who are away (roles)",
    },
    required: false,
    values: &[],
    min: None,
    max: None,
};

/// Evaluates `{ ruleset, rule | ref, ...facts, absent?, readings?, lang? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed facts.
///
/// # Example: a 6,000-yuan budgeted expense in 凉山
/// ```
/// use zhengwu::{Query, Value};
/// let q = Query::from_pairs([
///     ("ruleset", Value::String("liangshan-office-2003".into())),
///     ("ref", Value::String("AR-000L-CW3.1-02".into())),
///     ("amount", Value::Number(6000.0)),
///     ("budgeted", Value::Bool(true)),
/// ]);
/// let a = zhengwu::approval_route(&q)?;
/// assert_eq!(a.steps.last().map(|s| s.role.as_str()), Some("办公室主任"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn approval_route(q: &Query) -> Result<ApprovalAnswer> {
    let c = lookup::common(q)?;
    let rule = lookup::select::<ApprovalRule>(&c)?;
    crate::input::keys::check(
        Entry::Rules(KEYS),
        q,
        &crate::input::keys::names(rule.inputs),
    )?;
    let mut ex = c.explanation();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    let absent = match q.get("absent") {
        Some(v) => match facts::parse_one(&ABSENT_INPUT, v)? {
            Fact::Roles(r) => r,
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    lookup::note_shared_ref::<ApprovalRule>(&c, &mut ex);
    let answer = evaluate(rule, &facts, &absent, &c, ex);
    lookup::check_readings(&c, &[&answer.explanation])?;
    Ok(answer)
}

/// The approval rule with this id.
pub fn find(id: &str) -> Option<&'static ApprovalRule> {
    registry::by_id(id)
}

/// Evaluates an approval rule on validated facts.
pub fn evaluate(
    rule: &ApprovalRule,
    facts: &Facts,
    absent: &[String],
    c: &Common,
    mut ex: Explanation,
) -> ApprovalAnswer {
    let id = rule.meta.id;
    ex.record(
        id,
        LookupEvent::RuleApplied {
            name: rule.meta.name,
        },
    );
    let mut matched: Vec<&Route> = Vec::new();
    let mut undecided = false;
    for route in rule.routes {
        match facts::test_all(route.when, facts) {
            Some(true) => matched.push(route),
            None => undecided = true,
            Some(false) => {}
        }
    }
    let chosen = choose(rule, &matched, c, &mut ex);
    let mut answer = ApprovalAnswer {
        rule: id.to_owned(),
        ruleset: rule.meta.ruleset.to_owned(),
        refs: rule.meta.refs.iter().map(|s| (*s).to_owned()).collect(),
        name: (&rule.meta.name).into(),
        variant: None,
        variant_refs: Vec::new(),
        note: rule.meta.note.as_ref().map(Into::into),
        sequential: true,
        steps: Vec::new(),
        text: String::new(),
        explanation: Explanation::new(),
    };
    match chosen {
        Some(route) => {
            for cond in route.when {
                ex.record(
                    id,
                    ApprovalEvent::ConditionHolds {
                        cond: *cond,
                        inputs: rule.inputs,
                    },
                );
            }
            ex.cite(rule.meta.ruleset, id, &route.cite);
            ex.record(id, ApprovalEvent::RouteChosen { route: route.label });
            answer.variant = Some((&route.label).into());
            answer.variant_refs = route.refs.iter().map(|s| (*s).to_owned()).collect();
            answer.steps = steps(rule, route, absent, &mut ex);
            answer.sequential = !route.steps.iter().any(|s| s.parallel);
        }
        None => {
            if let Some(cite) = rule.meta.cites.first() {
                ex.cite(rule.meta.ruleset, id, cite);
            }
            if undecided {
                // Every absent fact some still-open variant depends on is needed, required or not.
                for route in rule
                    .routes
                    .iter()
                    .filter(|r| facts::test_all(r.when, facts).is_none())
                {
                    for cond in route.when.iter().filter(|c| !facts.contains_key(c.fact)) {
                        if let Some(spec) = rule.inputs.iter().find(|i| i.name == cond.fact) {
                            ex.need(spec.name, (&spec.label).into());
                        }
                    }
                }
                ex.record(id, ApprovalEvent::RouteUndecided);
            } else {
                ex.record(id, ApprovalEvent::NoRouteMatches);
                ex.warn(ApprovalEvent::NoRouteForCase);
            }
        }
    }
    lookup::note_remaining_ambiguities(&rule.meta, c, &mut ex);
    lookup::note_conflicts(&rule.meta, &mut ex);
    answer.text = summary(&answer, c.lang);
    answer.explanation = ex;
    answer
}

/// Picks among several matching variants per the rule's overlap ambiguity (default: the later,
/// higher authority).
fn choose<'a>(
    rule: &ApprovalRule,
    matched: &[&'a Route],
    c: &Common,
    ex: &mut Explanation,
) -> Option<&'a Route> {
    match matched {
        [] => None,
        [one] => Some(*one),
        [first, .., last] => {
            let labels: Vec<&str> = matched.iter().map(|r| r.label.zh).collect();
            let labels_en: Vec<&str> = matched.iter().map(|r| r.label.en).collect();
            let effect = Bilingual::new(
                format!("所给事实同时落入：{}", labels.joined("；")),
                format!(
                    "the facts fall into several cases: {}",
                    labels_en.joined("; ")
                ),
            );
            let band = match &rule.overlap {
                Some(a) => lookup::effect(a, c, ex, Some(effect)),
                None => {
                    ex.warn(ApprovalEvent::SeveralCasesMatch {
                        labels: matched.iter().map(|r| r.label).collect(),
                    });
                    Effect::HigherBand
                }
            };
            let pick = if band == Effect::LowerBand {
                *first
            } else {
                *last
            };
            ex.record(
                rule.meta.id,
                ApprovalEvent::OverlapResolved { route: pick.label },
            );
            Some(pick)
        }
    }
}

fn steps(
    rule: &ApprovalRule,
    route: &Route,
    absent: &[String],
    ex: &mut Explanation,
) -> Vec<RouteStep> {
    let mut out = Vec::new();
    let mut order = 0u32;
    for (i, s) in route.steps.iter().enumerate() {
        let next_parallel = route.steps.get(i + 1).is_some_and(|n| n.parallel);
        if !s.parallel || order == 0 {
            order += 1;
        }
        let mut step = RouteStep {
            order,
            role: s.role.zh.to_owned(),
            role_en: s.role.en.to_owned(),
            action: s.action.as_str(),
            action_zh: s.action.zh(),
            parallel: s.parallel || next_parallel,
            alternatives: s
                .or_roles
                .iter()
                .filter(|o| !absent.iter().any(|a| a == o.zh))
                .map(Into::into)
                .collect(),
            quorum: s.quorum.as_ref().map(Into::into),
            note: s.note.as_ref().map(Into::into),
            substitutes_for: None,
        };
        if absent.iter().any(|a| a == s.role.zh) {
            let applies = |x: &&crate::kinds::approval::data::Substitution| {
                x.role == s.role.zh && x.with_absent.iter().all(|w| absent.iter().any(|a| a == w))
            };
            match rule.substitutions.iter().find(applies) {
                Some(sub) => {
                    ex.cite(rule.meta.ruleset, rule.meta.id, &sub.cite);
                    ex.record(
                        rule.meta.id,
                        ApprovalEvent::StoodIn {
                            role: s.role,
                            by: sub.by,
                            action: s.action,
                            article: sub.cite.article,
                        },
                    );
                    step.substitutes_for = Some(step.role.clone());
                    step.role = sub.by.zh.to_owned();
                    step.role_en = sub.by.en.to_owned();
                }
                None => ex.warn(ApprovalEvent::NoStandIn { role: s.role }),
            }
        }
        out.push(step);
    }
    out
}

fn summary(a: &ApprovalAnswer, lang: crate::eval::lookup::Lang) -> String {
    if a.steps.is_empty() {
        return lang
            .pick("尚不能确定审批路径", "the route is not determined yet")
            .to_owned();
    }
    let zh: Vec<String> = a
        .steps
        .iter()
        .map(|s| format!("{}{}", s.role, s.action_zh))
        .collect();
    let en: Vec<String> = a
        .steps
        .iter()
        .map(|s| format!("{} ({})", s.role_en, s.action))
        .collect();
    lang.pick(&zh.joined(" → "), &en.joined(" → ")).to_owned()
}

// ------------------------------------------------------------------------------------------------
// The inverse question: what may a role decide?

/// A numeric limit of a route variant (e.g. amount ≤ 5,000).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limit {
    /// The input.
    pub fact: String,
    /// Its label.
    pub label: Bilingual,
    /// Lower bound, if any.
    pub min: Option<f64>,
    /// Whether the lower bound is included.
    pub min_inclusive: bool,
    /// Upper bound, if any.
    pub max: Option<f64>,
    /// Whether the upper bound is included.
    pub max_inclusive: bool,
}

/// One matter a role decides.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Authority {
    /// Rule id.
    pub rule: String,
    /// Rule name.
    pub name: Bilingual,
    /// The variant (e.g. "预算内 5000元以下").
    pub variant: Bilingual,
    /// Inventory ids of the variant.
    pub refs: Vec<String>,
    /// What the role does there (`approve`, `sign`, `decide`, …).
    pub action: &'static str,
    /// True when no later stage of the route decides (the roles of a joint stage are all final).
    pub final_decision: bool,
    /// True when no other role approves, signs or decides in the route.
    pub alone: bool,
    /// The conditions of the variant, in words.
    pub conditions: Vec<Bilingual>,
    /// The numeric bands of the variant.
    pub limits: Vec<Limit>,
    /// Where the seed says so.
    pub citation: crate::explain::Citation,
}

/// The answer of [`approval_authority`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorityAnswer {
    /// The role asked about.
    pub role: String,
    /// Ruleset.
    pub ruleset: String,
    /// The matters, in rule order.
    pub matters: Vec<Authority>,
    /// A one-line answer.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

fn decides(a: crate::kinds::approval::data::Action) -> bool {
    matches!(
        a,
        crate::kinds::approval::data::Action::Approve
            | crate::kinds::approval::data::Action::Sign
            | crate::kinds::approval::data::Action::Decide
    )
}

/// `{ ruleset, role, lang? }`: every route variant in which `role` (as the seed names it, or its
/// English label) approves, signs or decides, with the bands (amounts, days) that bound it.
///
/// # Errors
/// `UNKNOWN_RULESET`, `MISSING_INPUT` for `role`.
///
/// # Example: what 凉山's 办公室主任 decides
/// ```
/// let q = zhengwu::parse_json(r#"{"ruleset":"liangshan-office-2003","role":"办公室主任"}"#)
///     .and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::approval_authority(&q)?;
/// // 财务管理与监督制度 三、1.: "5000元-10000元…报办公室主任审批" — final, and alone.
/// let band = a.matters.iter().find(|m| m.refs == ["AR-000L-CW3.1-02"]).unwrap();
/// assert!(band.final_decision && band.alone);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn approval_authority(q: &Query) -> Result<AuthorityAnswer> {
    crate::input::keys::check(Entry::Rules(AUTHORITY_KEYS), q, &[])?;
    let c = lookup::common(q)?;
    let role = q.req_str("role")?.trim().to_owned();
    let mut ex = c.explanation();
    let mut matters = Vec::new();
    for rule in <ApprovalRule as registry::Rule>::of(registry::pack(&c.ruleset)?) {
        for route in rule.routes {
            let is_role = |s: &crate::kinds::approval::data::Step| {
                s.role.zh == role
                    || s.role.en == role
                    || s.or_roles.iter().any(|o| o.zh == role || o.en == role)
            };
            let Some(pos) = route
                .steps
                .iter()
                .rposition(|s| decides(s.action) && is_role(s))
            else {
                continue;
            };
            let Some(step) = route.steps.get(pos) else {
                continue;
            };
            let deciders = route.steps.iter().filter(|s| decides(s.action)).count();
            // Final when no stage after this step's decides: the roles of one stage decide
            // jointly, in no set order (`parallel`), so the first listed is as final as the last.
            let stages = stage_numbers(route.steps);
            let stage = stages.get(pos).copied().unwrap_or(0);
            let final_decision = !route
                .steps
                .iter()
                .zip(&stages)
                .any(|(s, st)| *st > stage && decides(s.action));
            ex.cite(rule.meta.ruleset, rule.meta.id, &route.cite);
            let limits = route
                .when
                .iter()
                .filter_map(|cond| match cond.test {
                    crate::rules::model::Test::Band {
                        min,
                        min_inclusive,
                        max,
                        max_inclusive,
                    } => Some(Limit {
                        fact: cond.fact.to_owned(),
                        label: rule
                            .inputs
                            .iter()
                            .find(|i| i.name == cond.fact)
                            .map(|i| (&i.label).into())
                            .unwrap_or_else(|| Bilingual::new(cond.fact, cond.fact)),
                        min,
                        min_inclusive,
                        max,
                        max_inclusive,
                    }),
                    _ => None,
                })
                .collect();
            matters.push(Authority {
                rule: rule.meta.id.to_owned(),
                name: (&rule.meta.name).into(),
                variant: (&route.label).into(),
                refs: route.refs.iter().map(|s| (*s).to_owned()).collect(),
                action: step.action.as_str(),
                final_decision,
                alone: deciders == 1,
                conditions: route
                    .when
                    .iter()
                    .map(|w| LookupEvent::describe_condition(w, rule.inputs))
                    .collect(),
                limits,
                citation: crate::explain::make_citation(
                    rule.meta.ruleset,
                    rule.meta.id,
                    &route.cite,
                ),
            });
        }
    }
    ex.record(
        "input",
        ApprovalEvent::AuthoritySearched {
            ruleset: c.ruleset.clone(),
            role: role.clone(),
            found: matters.len(),
        },
    );
    if matters.is_empty() {
        ex.warn(ApprovalEvent::RoleDecidesNothing {
            role: role.to_owned(),
        });
    }
    let finals = matters.iter().filter(|m| m.final_decision).count();
    let text = c
        .lang
        .pick(
            &format!(
                "{role}：审批或签发 {} 项，其中最终决定 {finals} 项",
                matters.len()
            ),
            &format!(
                "{role}: {} matters, final decision in {finals}",
                matters.len()
            ),
        )
        .to_owned();
    Ok(AuthorityAnswer {
        role,
        ruleset: c.ruleset,
        matters,
        text,
        explanation: ex,
    })
}

/// The stage of each step of a route: a step marked `parallel` joins the stage of the one before.
fn stage_numbers(steps: &[crate::kinds::approval::data::Step]) -> Vec<usize> {
    steps
        .iter()
        .scan(0, |stage, s| {
            if !s.parallel {
                *stage += 1;
            }
            Some(*stage)
        })
        .collect()
}

impl Capability for ApprovalRule {
    type Answer = ApprovalAnswer;
    const CATALOG_KIND: &'static str = "approval";
    /// The inputs the data declares, and `absent` when a stand-in can replace someone.
    fn inputs(&'static self) -> Vec<InputInfo> {
        let mut inputs: Vec<InputInfo> = self.inputs.iter().map(input).collect();
        if !self.substitutions.is_empty() {
            inputs.push(input(&ABSENT_INPUT));
        }
        inputs
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        let routes = self.routes.iter().map(|x| &x.cite);
        routes
            .chain(self.substitutions.iter().map(|x| &x.cite))
            .collect()
    }
    fn answer(_: &Calendar, q: &Query) -> Result<ApprovalAnswer> {
        approval_route(q)
    }
}
