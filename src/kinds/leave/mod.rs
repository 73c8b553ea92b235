//! Leave entitlements: how many days, in which unit, and who approves.
//!
//! Here the evaluation and the [`Capability`]; the data shape and its pack encoding are
//! `data.rs` (shared with the datagen), the events and their zh/en text `explain.rs`.

/// The data shape of leave rules: base days, additions, the approval rule. With its pack encoding
/// (`codec_rule!`); the datagen includes this file too (`build/main.rs`), so the packs are written
/// with the types and encoding they are read with. (No inner doc comment in the file: `include!`
/// takes none.)
pub mod data;
pub mod explain;

use crate::error::Result;
use crate::eval::facts::{self, Fact, Facts};
use crate::eval::kind::{input, Capability, InputInfo};
use crate::eval::lookup;
use crate::eval::period::unit_name;
use crate::explain::{make_citation, Bilingual, Citation, Explanation};
use crate::input::keys::Entry;
use crate::input::value::Query;
use crate::kinds::approval::{self, ApprovalAnswer};
use crate::kinds::leave::data::LeaveRule;
use crate::kinds::leave::explain::LeaveEvent;
use crate::rules::model::{Aspect, Cite, Effect, InputSpec, Text, Unit};
use crate::rules::registry;
use crate::time::calendar::{Calendar, Mode};
use crate::time::date::{format_date, parse_date};
use crate::time::civil::{self, NaiveDate};
use serde::Serialize;

/// The keys a query of this kind reads beside those every query shares: who is away and the first
/// day (the rule's facts, and its approval rule's, are added once it is found).
pub const KEYS: &[&str] = &["absent", "start"];

/// One part of the entitlement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeavePart {
    /// What it is.
    pub label: Bilingual,
    /// Days.
    pub days: u32,
    /// Whether it counts (false for additions abolished by later law).
    pub applied: bool,
    /// Why it no longer applies, if so.
    pub obsolete: Option<Bilingual>,
}

/// The figure that governs when the rule grants less than a national minimum in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Governing {
    /// The days the higher law grants on the same facts: the days to grant.
    pub days: u32,
    /// The higher-law rule (in `cn-national`).
    pub rule: String,
    /// Its provision.
    pub citation: Citation,
    /// Why it governs.
    pub why: Bilingual,
}

/// The answer of [`leave_entitlement`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaveAnswer {
    /// Rule applied.
    pub rule: String,
    /// Ruleset.
    pub ruleset: String,
    /// Inventory ids.
    pub refs: Vec<String>,
    /// Name.
    pub name: Bilingual,
    /// Total days the seed grants (the local rule's own figure; see `governing`).
    pub days: u32,
    /// Set when the seed grants less than a national minimum in force: the higher law's days, which
    /// are the days to grant (a local rule below a national minimum yields to it).
    pub governing: Option<Governing>,
    /// `day` (calendar days) or `working_day`.
    pub unit: &'static str,
    /// How the total was made up.
    pub parts: Vec<LeavePart>,
    /// With `start`: the leave's first and last day and the day back at work.
    pub dates: Option<LeaveDates>,
    /// Who approves a leave of this length (when the ruleset ties approval to days).
    pub approval: Option<ApprovalAnswer>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(LeaveAnswer);

/// A leave's days on the calendar, from its start date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaveDates {
    /// The first day of leave: the start date, or for working-day leave the first working day
    /// from it.
    pub first: String,
    /// The last day of leave.
    pub last: String,
    /// The first working day after the leave.
    pub back: String,
}

/// Evaluates `{ ruleset, rule | ref, ...facts, rank?, absent?, start?, readings?, lang? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed facts.
///
/// # Example: 10 working days of annual leave from 2026-09-28
/// ```
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual",
///     "serviceYears":12,"rank":"staff","start":"2026-09-28"}"#).and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::leave_entitlement(&cal, &q)?;
/// assert_eq!((a.days, a.unit), (10, "working_day")); // 年休假条例 第三条: 满10年不满20年
/// // Across the National Day break and the working Saturday 10-10: the last day is 10-15.
/// let dates = a.dates.unwrap();
/// assert_eq!((dates.last.as_str(), dates.back.as_str()), ("2026-10-15", "2026-10-16"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn leave_entitlement(cal: &Calendar, q: &Query) -> Result<LeaveAnswer> {
    let c = lookup::common(q)?;
    let rule = lookup::select::<LeaveRule>(&c)?;
    let inputs = crate::input::keys::names(leave_specs(rule));
    crate::input::keys::check(Entry::Rules(KEYS), q, &inputs)?;
    let mut ex = c.explanation();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    let scope = scope_read(rule, &c, &mut ex);
    let (days, parts) = entitlement_under(rule, &facts, scope, &mut ex);
    conflicts(rule, &facts, &mut ex);
    let unit = unit_read(rule, &c, &mut ex);
    let governing = governing(rule, unit, &facts, days, &mut ex);
    // Who approves depends on the length of leave actually granted.
    let granted = governing.as_ref().map_or(days, |g| g.days);
    let dates = match q.opt_str("start")? {
        // No days granted (a relative the rule gives none for; B20's literal reading): nothing
        // to put on the calendar, though the date is still checked.
        Some(start) if granted == 0 => {
            parse_date(start, "start")?;
            ex.record(rule.meta.id, LeaveEvent::NoDates);
            None
        }
        Some(start) => Some(leave_dates(
            cal,
            parse_date(start, "start")?,
            granted,
            unit,
            c.mode,
            rule.meta.id,
            &mut ex,
        )?),
        None => None,
    };
    // No days granted, nothing to approve.
    let approval = match rule.approval.and_then(approval::find).filter(|_| granted > 0) {
        Some(ar) => {
            let mut sub = c.explanation();
            let mut approval_facts = facts::parse(ar.inputs, q, &mut sub)?;
            approval_facts.insert("days", Fact::Number(f64::from(granted)));
            sub.missing.retain(|m| m.field != "days");
            let absent = match q.get("absent") {
                Some(v) => match facts::parse_one(&approval::ABSENT_INPUT, v)? {
                    Fact::Roles(r) => r,
                    _ => Vec::new(),
                },
                None => Vec::new(),
            };
            Some(approval::evaluate(ar, &approval_facts, &absent, &c, sub))
        }
        None => None,
    };
    lookup::note_remaining_ambiguities(&rule.meta, &c, &mut ex);
    let mut sub = vec![&ex];
    if let Some(a) = &approval {
        sub.push(&a.explanation);
    }
    lookup::check_readings(&c, &sub)?;
    let unit = unit_name(unit);
    let text = match &governing {
        Some(g) => c.lang.text(
            || {
                format!(
                    "{}：{} 天（本规则 {days} 天低于上位法，以 {} 天为准）",
                    rule.meta.name.zh, g.days, g.days
                )
            },
            || {
                format!(
                    "{}: {} day(s) (this rule's {days} is below higher law, which governs)",
                    rule.meta.name.en, g.days
                )
            },
        ),
        None => c.lang.text(
            || format!("{}：{} 天", rule.meta.name.zh, days),
            || format!("{}: {} day(s)", rule.meta.name.en, days),
        ),
    };
    Ok(LeaveAnswer {
        rule: rule.meta.id.to_owned(),
        ruleset: rule.meta.ruleset.to_owned(),
        refs: rule.meta.refs.iter().map(|s| (*s).to_owned()).collect(),
        name: (&rule.meta.name).into(),
        days,
        governing,
        unit,
        parts,
        dates,
        approval,
        text,
        explanation: ex,
    })
}

/// The days of `days` of leave from `start`: working-day leave (年休假条例 第三条: 法定休假日、
/// 休息日不计入) counts working days from the first working day on or after `start`, calendar-day
/// leave runs on through rest days; either way the person is back on the first working day after.
fn leave_dates(
    cal: &Calendar,
    start: NaiveDate,
    days: u32,
    unit: Unit,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<LeaveDates> {
    let span = i64::from(days.max(1)) - 1;
    let (first, last) = if unit == Unit::WorkingDay {
        let first = cal.working_on_or_after(start, mode, "start")?;
        (first, cal.add_working_days(first, span, mode, "start")?)
    } else {
        let last = start
            .checked_add_days(civil::Days::new(u64::try_from(span).unwrap_or(0)))
            .ok_or_else(|| {
                crate::error::Error::invalid("start", "更早的日期", "an earlier date")
            })?;
        (start, last)
    };
    let back = cal.add_working_days(last, 1, mode, "start")?;
    ex.provisional |= back > cal.last();
    ex.record(
        rule,
        LeaveEvent::Dates {
            start,
            first,
            last,
            back,
            days,
            unit,
        },
    );
    Ok(LeaveDates {
        first: format_date(first),
        last: format_date(last),
        back: format_date(back),
    })
}

/// B16: whether the seed's 天 are calendar or working days decides the unit of the answer.
fn unit_read(rule: &LeaveRule, c: &lookup::Common, ex: &mut Explanation) -> Unit {
    let Some(b16) = lookup::deciding(rule.meta.ambiguities, Aspect::DayUnit) else {
        return rule.unit;
    };
    let effect = Bilingual::new(
        "决定假期天数按自然日还是工作日计算",
        "decides whether the days are calendar or working days",
    );
    if lookup::effect(b16, c, ex, Some(effect)) == Effect::WorkingDays {
        Unit::WorkingDay
    } else {
        rule.unit
    }
}

/// B20: whether the rule's own days apply to every birth or only to the birth the clause before
/// them names (a case later law abolished): the reading applied, when one of the rule's
/// ambiguities decides it.
fn scope_read(rule: &LeaveRule, c: &lookup::Common, ex: &mut Explanation) -> Option<Text> {
    let b20 = lookup::deciding(rule.meta.ambiguities, Aspect::BirthScope)?;
    let effect = Bilingual::new(
        "决定本项假期是否适用于所有生育",
        "decides whether this leave applies to every birth",
    );
    // The reading's own words say why the days are not granted.
    lookup::applied(b20, c, ex, Some(effect))
        .filter(|r| r.effect == Effect::NamedBirthOnly)
        .map(|r| r.text)
}

/// Base days plus the additions whose conditions hold.
pub fn entitlement(rule: &LeaveRule, facts: &Facts, ex: &mut Explanation) -> (u32, Vec<LeavePart>) {
    entitlement_under(rule, facts, None, ex)
}

/// [`entitlement`], with the base days withheld when `withheld` names the reading that withholds
/// them (see [`scope_read`]).
fn entitlement_under(
    rule: &LeaveRule,
    facts: &Facts,
    withheld: Option<Text>,
    ex: &mut Explanation,
) -> (u32, Vec<LeavePart>) {
    let id = rule.meta.id;
    ex.cite_rule(&rule.meta);
    if let Some(other) = rule.days_from.and_then(registry::by_id::<LeaveRule>) {
        ex.record(
            id,
            LeaveEvent::DaysFromOtherRule {
                rule: rule.meta.name,
                other: other.meta.name,
            },
        );
        return entitlement(other, facts, ex);
    }
    let mut total = if withheld.is_some() { 0 } else { rule.base_days };
    let mut parts = vec![LeavePart {
        label: (&rule.meta.name).into(),
        days: rule.base_days,
        applied: withheld.is_none(),
        obsolete: withheld.as_ref().map(Into::into),
    }];
    ex.record(
        id,
        match withheld {
            Some(reading) => LeaveEvent::BaseWithheld {
                rule: rule.meta.name,
                days: rule.base_days,
                reading,
            },
            None => LeaveEvent::BaseDays {
                rule: rule.meta.name,
                days: rule.base_days,
            },
        },
    );
    for add in rule.additions {
        let holds = facts::test_all(add.when, facts);
        let multiplier = match add.per {
            Some(name) => match facts.get(name) {
                Some(Fact::Number(n)) if *n >= 1.0 => (*n as u32).saturating_sub(1),
                _ => 0,
            },
            None => 1,
        };
        if holds != Some(true) || multiplier == 0 {
            continue;
        }
        let days = add.days.saturating_mul(multiplier);
        ex.cite(rule.meta.ruleset, id, &add.cite);
        match &add.obsolete {
            Some(why) => {
                ex.record(
                    id,
                    LeaveEvent::AdditionNoLongerApplies {
                        label: add.label,
                        days,
                        why: *why,
                    },
                );
                parts.push(LeavePart {
                    label: (&add.label).into(),
                    days,
                    applied: false,
                    obsolete: Some(why.into()),
                });
            }
            None => {
                total = total.saturating_add(days);
                ex.record(
                    id,
                    LeaveEvent::AdditionApplied {
                        label: add.label,
                        days,
                        article: add.cite.article,
                    },
                );
                parts.push(LeavePart {
                    label: (&add.label).into(),
                    days,
                    applied: true,
                    obsolete: None,
                });
            }
        }
    }
    ex.record(
        id,
        LeaveEvent::Total {
            days: total,
            unit: rule.unit,
        },
    );
    (total, parts)
}

fn conflicts(rule: &LeaveRule, facts: &Facts, ex: &mut Explanation) {
    for cf in rule.meta.conflicts {
        let Some(other) = registry::by_id::<LeaveRule>(cf.rule) else {
            continue;
        };
        let mut scratch = Explanation::facts_only();
        let (days, _) = entitlement(other, facts, &mut scratch);
        ex.record(
            other.meta.id,
            LeaveEvent::DiffersFromHigherLaw {
                summary: cf.summary,
                law: other.meta.name,
                days,
            },
        );
        lookup::push_conflict(&other.meta, cf, None, ex);
        if let Some(last) = ex.conflicts.last_mut() {
            last.days = Some(days);
        }
    }
}

/// The higher figure of a national minimum the rule falls below (`minimum` conflicts), if any.
/// Computed in summary mode too: it is the number a clerk grants.
fn governing(
    rule: &LeaveRule,
    unit: Unit,
    facts: &Facts,
    days: u32,
    ex: &mut Explanation,
) -> Option<Governing> {
    let (other, higher) = rule
        .meta
        .conflicts
        .iter()
        .filter(|cf| cf.minimum)
        .filter_map(|cf| {
            let other = registry::by_id::<LeaveRule>(cf.rule)?;
            // Days of different units cannot be compared; only like with like.
            (other.unit == unit).then_some(())?;
            let mut scratch = Explanation::facts_only();
            let (d, _) = entitlement(other, facts, &mut scratch);
            Some((other, d))
        })
        .filter(|(_, d)| *d > days)
        .max_by_key(|(_, d)| *d)?;
    let cite = other.meta.cites.first()?;
    let event = LeaveEvent::HigherLawGoverns {
        days,
        higher,
        law: other.meta.name,
        source: cite.source,
        article: cite.article,
        in_force: other.meta.in_force,
    };
    // The answer's `why` is the trace step's text (the answer carries it in summary mode too).
    let why = event.render();
    ex.record(other.meta.id, event);
    Some(Governing {
        days: higher,
        rule: other.meta.id.to_owned(),
        citation: make_citation(other.meta.ruleset, other.meta.id, cite),
        why,
    })
}

impl Capability for LeaveRule {
    type Answer = LeaveAnswer;
    const CATALOG_KIND: &'static str = "leave";
    fn inputs(&'static self) -> Vec<InputInfo> {
        leave_inputs(self)
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        self.additions.iter().map(|a| &a.cite).collect()
    }
    fn answer(cal: &Calendar, q: &Query) -> Result<LeaveAnswer> {
        leave_entitlement(cal, q)
    }
}

/// A leave rule's inputs, plus those of the rule its days come from and of the approval rule that
/// decides who approves it (whose `days` come from the entitlement itself).
fn leave_inputs(r: &LeaveRule) -> Vec<InputInfo> {
    leave_specs(r).into_iter().map(input).collect()
}

/// The input specs behind [`leave_inputs`] (also the keys a leave query may carry).
pub(crate) fn leave_specs(r: &LeaveRule) -> Vec<&'static InputSpec> {
    let mut v: Vec<&'static InputSpec> = r.inputs.iter().collect();
    let days_from = r.days_from.and_then(registry::by_id::<LeaveRule>);
    let approval = r.approval.and_then(approval::find);
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
