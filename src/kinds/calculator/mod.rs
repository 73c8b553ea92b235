//! Calculators (issue #18): from a period's records or a set of counts, compute what the seed
//! computes — lates, 缺勤 and 旷工 from day records (`attendance`), points with caps and yuan
//! (`score`), money (`amount`) — every number naming its item and the clause it rests on. Here
//! the evaluation per shape (`attendance.rs`, `score.rs` with `disclosure.rs`, `amount.rs`) and
//! the [`Capability`]; the data shape is `data.rs` (shared with the datagen), the events and their
//! text `explain.rs`. Built: 文山's attendance, its performance,
//! information, disclosure and satisfaction points, and its five amounts.

/// The data shape of a calculator rule: its shape and its items, each with its numbers (field
/// meanings: `data/README.md`). With its pack encoding (`codec_rule!`); the datagen includes this
/// file too (`build/main.rs`), so the packs are written with the types and encoding they are read
/// with. (No inner doc comment in the file: `include!` takes none.)
pub mod data;
pub mod explain;

pub mod amount;
pub mod attendance;
pub mod disclosure;
pub mod score;

use crate::error::{Error, Result};
use crate::eval::facts::{Fact, Facts};
use crate::eval::kind::{simple, Capability, InputInfo, ValueInfo};
use crate::eval::lookup::{self, Common};
use crate::explain::{Bilingual, Explanation};
use crate::input::value::Query;
use crate::kinds::calculator::data::{CalcItem, CalculatorRule, Shape};
pub use crate::kinds::calculator::explain::CalcEvent;
use crate::kinds::calculator::explain::Milli;
use crate::rules::model::{Aspect, Cite, Effect, Text};
use crate::time::calendar::Calendar;
pub use amount::AmountFacts;
pub use attendance::{AttendanceFacts, Consequence, LeaveDays, Mark};
pub use score::ScoreFacts;
use serde::Serialize;

/// The keys a query of this kind reads beside those every query shares: none of its own (its
/// shape's keys and the rule's declared inputs are added).
pub const KEYS: &[&str] = &[];

/// One number of the answer: what was counted under which item, and what it came to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    /// The item (`late_or_early`, `absence_from_lates`, `points` …).
    pub item: &'static str,
    /// What the line counts.
    pub label: Bilingual,
    /// How many (times, days, half days).
    pub count: f64,
    /// The rate applied to each, where there is one (points per late …).
    pub per: Option<f64>,
    /// The result.
    pub value: f64,
    /// Its unit: `times`, `days`, `points`, `yuan`.
    pub unit: &'static str,
    /// The clause the line rests on.
    pub article: &'static str,
    /// Its words (the item's quote).
    pub quote: &'static str,
}

/// The answer of a calculator ([`attendance()`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalculatorAnswer {
    /// Rule applied.
    pub rule: String,
    /// Ruleset.
    pub ruleset: String,
    /// Inventory ids.
    pub refs: Vec<String>,
    /// Name.
    pub name: Bilingual,
    /// `attendance`, `score` or `amount`.
    pub shape: &'static str,
    /// Every number, item by item, with its article.
    pub lines: Vec<Line>,
    /// What an attendance calculator states (lates, 缺勤, 旷工, consequences, points).
    #[serde(flatten)]
    pub attendance: Option<AttendanceFacts>,
    /// What a score states (assessed, points, share of the annual assessment).
    #[serde(flatten)]
    pub score: Option<ScoreFacts>,
    /// What an amount states (the yuan in all).
    #[serde(flatten)]
    pub amount: Option<AmountFacts>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

impl CalculatorAnswer {
    fn new(
        rule: &CalculatorRule,
        lines: Vec<Line>,
        attendance: Option<AttendanceFacts>,
        text: String,
        explanation: Explanation,
    ) -> Self {
        CalculatorAnswer {
            rule: rule.meta.id.to_owned(),
            ruleset: rule.meta.ruleset.to_owned(),
            refs: rule.meta.refs.iter().map(|s| (*s).to_owned()).collect(),
            name: (&rule.meta.name).into(),
            shape: rule.shape.as_str(),
            lines,
            attendance,
            score: None,
            amount: None,
            text,
            explanation,
        }
    }
}

impl crate::explain::Explained for CalculatorAnswer {
    fn explanation_mut(&mut self) -> &mut Explanation {
        &mut self.explanation
    }
}

fn summary(f: &AttendanceFacts, c: &Common) -> String {
    let n = crate::explain::LookupEvent::number_text;
    let (marks, absence, absent, points) = (
        f.lates.len() + f.early_departures.len(),
        n(f.absence_days),
        n(f.absenteeism_days),
        n(f.points),
    );
    c.lang.text(
        || format!("迟到早退{marks}次，缺勤{absence}天，旷工{absent}天，考勤纪律积分{points}分"),
        || format!("{marks} late or early, {absence} day(s) of absence, {absent} of absenteeism; attendance points {points}"),
    )
}

/// Evaluates an attendance calculator: `{ ruleset, rule | ref, from, to, days: [{ date, amIn?,
/// amOut?, pmIn?, pmOut?, status?, part?, leave?, notAtPost? }], absentDaysBeforePeriod?,
/// readings?, lang? }`. Working days not listed are taken as on time.
///
/// # Errors
/// Typed errors naming the field: an unknown key (with the nearest known one), a date outside
/// the period or on a rest day, a day entered twice, a departure before the arrival, times on a
/// day away, a negative count, a period across two years.
///
/// # Example: three lates and an early departure in March 2026
/// ```
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.attendance",
///     "from":"2026-03-01","to":"2026-03-31","days":[
///     {"date":"2026-03-02","amIn":"08:50"},{"date":"2026-03-03","amIn":"08:46"},
///     {"date":"2026-03-04","pmIn":"14:50"},{"date":"2026-03-05","pmOut":"17:10"}]}"#)
///     .and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::attendance(&cal, &q)?;
/// let f = a.attendance.as_ref().unwrap();
/// // 4 lates and early departures (第三十五条(三)) = 1 day of 缺勤.
/// assert_eq!((f.lates.len(), f.early_departures.len(), f.absence_from_lates), (3, 1, 1.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn attendance(cal: &Calendar, q: &Query) -> Result<CalculatorAnswer> {
    evaluate(cal, q, true)
}

/// Evaluates a score or amount calculator: `{ ruleset, rule | ref, ...inputs, weeks?, assigned?,
/// cooperation?, items?, dutyDates?, readings?, lang? }` (文山 第四十八条: `rank`, the base points
/// of each week, the set points of assigned and cooperation tasks, overtime, leave and attendance
/// counts; 第五十条 `items`, each information item's levels; an amount's inputs, 第三十六条(八)
/// `dutyDates`). The records a rule's items do not read are unknown keys.
///
/// # Errors
/// Typed errors naming the field: an unknown key, a record's value out of range (a task's set
/// points above its cap: `assigned.<i>.points`; a level: `items.<i>.adoptedBy.<j>`), a negative
/// count, a duty date that is not a date or is entered twice (`dutyDates.<i>`).
///
/// # Example: a driver's pay for a year without an at-fault accident (文山 第四十一条(八))
/// ```
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.amount.driver-pay",
///     "kmInYear":20000,"atFaultAccident":false}"#)
///     .and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::calculate(&cal, &q)?;
/// // 劳保费 150 yuan a year, and 5 分 a kilometre: 20,000 × 0.05 = 1,000 yuan.
/// let values: Vec<f64> = a.lines.iter().map(|l| l.value).collect();
/// assert_eq!(values, [150.0, 1000.0]);
/// assert!(a.lines.iter().all(|l| l.article == "第四十一条(八)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn calculate(cal: &Calendar, q: &Query) -> Result<CalculatorAnswer> {
    evaluate(cal, q, false)
}

/// `attendance()` answers the attendance shape, `calculate()` the others; a rule of the other
/// group is an unknown rule for it.
fn evaluate(cal: &Calendar, q: &Query, wants_attendance: bool) -> Result<CalculatorAnswer> {
    let c = lookup::common(q)?;
    let rule = lookup::select::<CalculatorRule>(&c)?;
    match rule.shape {
        Shape::Attendance if wants_attendance => attendance::evaluate(cal, q, &c, rule),
        Shape::Score if !wants_attendance => score::evaluate(q, &c, rule),
        Shape::Amount if !wants_attendance => amount::evaluate(cal, q, &c, rule),
        _ => {
            let field = if matches!(c.selector, lookup::Selector::Ref(_)) {
                "ref"
            } else {
                "rule"
            };
            Err(Error::unknown_rule(field, rule.meta.id))
        }
    }
}

impl Capability for CalculatorRule {
    type Answer = CalculatorAnswer;
    const CATALOG_KIND: &'static str = "calculator";
    fn inputs(&'static self) -> Vec<InputInfo> {
        let mut out = Vec::new();
        if self.shape == Shape::Attendance {
            out.push(simple(
                "from",
                "date",
                "考勤期间第一天",
                "first day of the period",
                true,
            ));
            out.push(simple(
                "to",
                "date",
                "考勤期间最后一天（同一年内）",
                "last day of the period (same year)",
                true,
            ));
            out.push(records(
                "days",
                "每个工作日的记录（只填有情况的日子，其余按准时上下班）",
                "records of working days (only the days with something to note; the rest are on time)",
                attendance::RECORD_KEYS,
            ));
            let mut before = simple(
                "absentDaysBeforePeriod",
                "number",
                "本年此前已计旷工天数",
                "days of absenteeism earlier this year",
                false,
            );
            before.min = Some(0.0);
            out.push(before);
        }
        if self.shape == Shape::Score {
            for ((name, keys), (zh, en)) in score::RECORDS.iter().zip([
                (
                    "每周的基本业务记录（基本分）",
                    "each week's basic work (base points)",
                ),
                ("交办督办事项", "assigned and supervised tasks"),
                ("协作配合事项", "cooperation tasks"),
                (
                    "各条政务信息的采用和批示层次",
                    "each information item's adoption and instruction levels",
                ),
            ]) {
                if score::records_of(self).any(|n| n == *name) {
                    out.push(records(name, zh, en, keys));
                }
            }
        }
        if self.item("holiday_duty").is_some() {
            out.push(simple(
                amount::DUTY_DATES,
                "dates",
                "值班日期",
                "duty dates",
                true,
            ));
        }
        out.extend(self.inputs.iter().map(crate::eval::kind::input));
        out
    }
    fn period(&self) -> Option<String> {
        Some(self.shape.as_str().to_owned())
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        self.items
            .iter()
            .flat_map(|i| std::iter::once(&i.cite).chain(i.more.iter()))
            .collect()
    }
    fn answer(cal: &Calendar, q: &Query) -> Result<CalculatorAnswer> {
        let c = lookup::common(q)?;
        let shape = lookup::select::<CalculatorRule>(&c)?.shape;
        evaluate(cal, q, shape == Shape::Attendance)
    }
}

/// The effect of the reading applied for the rule's ambiguity that decides `aspect` (recording
/// it with what it decides), or none when the rule has no such ambiguity.
#[inline(never)]
fn effect(
    rule: &CalculatorRule,
    aspect: Aspect,
    c: &Common,
    ex: &mut Explanation,
    what: (&str, &str),
) -> Effect {
    match lookup::deciding(rule.meta.ambiguities, aspect) {
        Some(a) => lookup::effect(a, c, ex, Some(Bilingual::new(what.0, what.1))),
        None => Effect::None,
    }
}

/// A `records` input whose records have the fields `keys`.
fn records(name: &str, zh: &str, en: &str, keys: &[&str]) -> InputInfo {
    let mut input = simple(name, "records", zh, en, false);
    input.values = keys
        .iter()
        .map(|k| ValueInfo {
            value: (*k).to_owned(),
            zh: (*k).to_owned(),
            en: (*k).to_owned(),
        })
        .collect();
    input
}

/// The item's number `name` (0 when the item has none).
pub(super) fn num(item: &CalcItem, name: &str) -> f64 {
    item.number(name).unwrap_or(0.0)
}

/// The query's number `name` (0 when not given).
pub(super) fn fact(facts: &Facts, name: &str) -> f64 {
    match facts.get(name) {
        Some(Fact::Number(n)) => *n,
        _ => 0.0,
    }
}

/// Adds a line of `count` × `per` points, records it and cites its item.
#[inline(never)]
pub(super) fn points(
    out: &mut Vec<Line>,
    ex: &mut Explanation,
    rule: &CalculatorRule,
    item: &'static CalcItem,
    label: Text,
    count: f64,
    per: f64,
) {
    ex.cite(rule.meta.ruleset, rule.meta.id, &item.cite);
    ex.record(
        rule.meta.id,
        CalcEvent::Points {
            what: label,
            count: Milli::of(count),
            per: Milli::of(per),
            article: item.cite.article,
        },
    );
    out.push(Line {
        item: item.key,
        label: (&label).into(),
        count,
        per: Some(per),
        value: count * per,
        unit: "points",
        article: item.cite.article,
        quote: item.cite.quote,
    });
}
