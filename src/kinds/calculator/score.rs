//! The score shape: points per item from a period's counts and records, with caps (a week's base
//! points, an item's set points), each line naming its item and clause (文山 第四十八条).

use super::{effect, fact, num, points, CalculatorAnswer, Line};
use crate::error::{Error, Result};
use crate::eval::facts::{self, Fact, Facts};
use crate::eval::lookup::{self, Common};
use crate::explain::Explanation;
use crate::input::keys::{self, Entry};
use crate::input::value::{Query, Value};
use crate::kinds::calculator::data::{CalcItem, CalculatorRule};
use crate::kinds::calculator::explain::{CalcEvent, Milli};
use crate::rules::model::{Aspect, Effect, Text};
use serde::Serialize;

/// The records a score reads, with the keys of each.
pub const RECORDS: &[(&str, &[&str])] = &[
    (
        "weeks",
        &["workdays", "leaveDays", "belowStandard", "complaints"],
    ),
    ("assigned", &["points", "poorHandling"]),
    ("cooperation", &["points", "lateOrNegative"]),
    ("items", &["adoptedBy", "combined", "instructedBy"]),
];

/// The rating inputs of a satisfaction score, the item's number for each, and its label.
const RATINGS: &[(&str, &str, Text)] = &[
    (
        "verySatisfied",
        "very_satisfied",
        Text {
            zh: "测评非常满意",
            en: "rated very satisfied",
        },
    ),
    (
        "satisfied",
        "satisfied",
        Text {
            zh: "测评满意",
            en: "rated satisfied",
        },
    ),
    (
        "neutral",
        "neutral",
        Text {
            zh: "测评一般",
            en: "rated neutral",
        },
    ),
    (
        "dissatisfied",
        "dissatisfied",
        Text {
            zh: "测评不满意",
            en: "rated dissatisfied",
        },
    ),
];

/// The records a score rule reads: `weeks` where it has base points, `assigned` and
/// `cooperation` where it has those items.
pub fn records_of(rule: &CalculatorRule) -> impl Iterator<Item = &'static str> + '_ {
    RECORDS.iter().map(|(n, _)| *n).filter(|n| {
        let item = match *n {
            "weeks" => "basic",
            "items" => "adoption",
            n => n,
        };
        rule.item(item).is_some()
    })
}

/// What a score states (flattened into the answer).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreFacts {
    /// False for a division-level cadre (rated by democratic appraisal, not by points).
    pub assessed: bool,
    /// The points in all: the `points` lines summed.
    pub points: f64,
    /// The share of the annual assessment the points make (per cent), where the rule says.
    pub share_of_annual_assessment: Option<f64>,
}

/// The records `name` of the query, each checked against its keys (errors under `name.<i>`).
#[inline(never)]
fn records(q: &Query, name: &str) -> Result<Vec<Query>> {
    let keys_of = RECORDS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[][..], |(_, k)| *k);
    let mut out = Vec::new();
    for (i, v) in q.opt_array(name)?.unwrap_or_default().iter().enumerate() {
        let at = || {
            let mut p = String::from(name);
            p.push('.');
            p.push_str(&i.to_string());
            p
        };
        let r = Query::from_value(v.clone()).map_err(|e| e.in_field(&at()))?;
        keys::check(Entry::Options(keys_of), &r, &[]).map_err(|e| e.in_field(&at()))?;
        out.push(r);
    }
    Ok(out)
}

/// A count of a record: a number from 0 to `max` (whole where `whole`), 0 when absent.
fn count(r: &Query, name: &str, max: f64, whole: bool) -> Result<f64> {
    let n = r.opt_number(name)?.unwrap_or(0.0);
    if n < 0.0 || n > max || (whole && n.fract() != 0.0) {
        let (zh, en) = if whole {
            ("不小于0的整数", "a whole number, 0 or more")
        } else {
            ("不小于0的数", "a number, 0 or more")
        };
        return Err(Error::invalid(name, zh, en));
    }
    Ok(n)
}

/// Set points of assigned or cooperation tasks: each at most the item's cap, and the deduction
/// for those handled badly.
#[allow(clippy::too_many_arguments)]
fn tasks(
    q: &Query,
    name: &str,
    flag: &str,
    item: &'static CalcItem,
    deduction: &str,
    labels: (Text, Text),
    out: &mut Vec<Line>,
    ex: &mut Explanation,
    rule: &CalculatorRule,
) -> Result<()> {
    let cap = num(item, "max_points_per_item");
    let (mut set, mut bad) = (0.0, 0.0);
    for (i, r) in records(q, name)?.iter().enumerate() {
        let at = |e: Error| {
            let mut p = String::from(name);
            p.push('.');
            p.push_str(&i.to_string());
            e.in_field(&p)
        };
        let n = r.opt_number("points").map_err(at)?;
        let Some(n) = n.filter(|n| *n > 0.0 && *n <= cap) else {
            return Err(at(Error::invalid(
                "points",
                "核定分值：大于0，且不超过本项上限",
                "the set points: more than 0 and at most the item's cap",
            )));
        };
        set += n;
        if r.opt_bool(flag).map_err(at)?.unwrap_or(false) {
            bad += 1.0;
        }
    }
    if set > 0.0 {
        points(out, ex, rule, item, labels.0, set, 1.0);
    }
    if bad > 0.0 {
        points(out, ex, rule, item, labels.1, bad, num(item, deduction));
    }
    Ok(())
}

/// Evaluates a score calculator (文山 第四十八条 performance points).
pub fn evaluate(q: &Query, c: &Common, rule: &'static CalculatorRule) -> Result<CalculatorAnswer> {
    let mut names: Vec<&str> = records_of(rule).collect();
    names.extend(keys::names(rule.inputs));
    keys::check(Entry::Rules(super::KEYS), q, &names)?;
    let mut ex = c.explanation();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    ex.cite_rule(&rule.meta);
    let id = rule.meta.id;
    let item = |key: &str| {
        rule.item(key)
            .ok_or_else(|| Error::unknown_rule("rule", key))
    };
    let mut lines = Vec::new();
    let division = matches!(facts.get("rank"), Some(Fact::Text(r)) if r == "division-level");
    let mut share = None;
    let mut met = false;
    if division {
        let scope = item("scope")?;
        ex.cite(rule.meta.ruleset, id, &scope.cite);
        ex.record(
            id,
            CalcEvent::NotScored {
                article: scope.cite.article,
            },
        );
    } else {
        if let Some(basic) = rule.item("basic") {
            // Base points, week by week, each week at most the cap (net of its deductions).
            let leave = rule.item("statutory_leave");
            let leave_per = match leave {
                Some(l)
                    if effect(
                        rule,
                        Aspect::LeaveScoring,
                        c,
                        &mut ex,
                        (
                            "决定法定假期是否按工作日记分",
                            "decides whether statutory leave days score",
                        ),
                    ) != Effect::LeaveNotScored =>
                {
                    num(l, "per_day")
                }
                _ => 0.0,
            };
            let cap = num(basic, "weekly_cap");
            let mut base = 0.0;
            let mut weeks = 0.0;
            for (i, r) in records(q, "weeks")?.iter().enumerate() {
                let at = |e: Error| {
                    let mut p = String::from("weeks.");
                    p.push_str(&i.to_string());
                    e.in_field(&p)
                };
                let days = count(r, "workdays", 7.0, true).map_err(at)?;
                let leave_days = count(r, "leaveDays", 7.0, false).map_err(at)?;
                let below = count(r, "belowStandard", f64::MAX, true).map_err(at)?;
                let complaints = count(r, "complaints", f64::MAX, true).map_err(at)?;
                let raw = days * num(basic, "per_workday")
                    + leave_days * leave_per
                    + below * num(basic, "below_standard")
                    + complaints * num(basic, "complaint");
                ex.record(
                    id,
                    CalcEvent::Week {
                        n: u32::try_from(i + 1).unwrap_or(u32::MAX),
                        raw: Milli::of(raw),
                        cap: Milli::of(cap),
                        article: basic.cite.article,
                    },
                );
                base += raw.min(cap);
                weeks += 1.0;
            }
            ex.cite(rule.meta.ruleset, id, &basic.cite);
            for m in basic.more {
                ex.cite(rule.meta.ruleset, id, m);
            }
            if let Some(l) = leave {
                ex.cite(rule.meta.ruleset, id, &l.cite);
            }
            lines.push(Line {
                item: basic.key,
                label: (&basic.label).into(),
                count: weeks,
                per: None,
                value: base,
                unit: "points",
                article: basic.cite.article,
                quote: basic.cite.quote,
            });
        }
        if let Some(a) = rule.item("assigned") {
            let labels = (
                Text {
                    zh: "交办事项核定分值",
                    en: "assigned tasks: set points",
                },
                Text {
                    zh: "交办事项办理不力",
                    en: "assigned tasks handled badly",
                },
            );
            tasks(
                q,
                "assigned",
                "poorHandling",
                a,
                "poor_handling",
                labels,
                &mut lines,
                &mut ex,
                rule,
            )?;
        }
        if let Some(a) = rule.item("cooperation") {
            let labels = (
                Text {
                    zh: "协作配合核定分值",
                    en: "cooperation: set points",
                },
                Text {
                    zh: "协作配合超时或负面影响",
                    en: "cooperation late or with a negative impact",
                },
            );
            tasks(
                q,
                "cooperation",
                "lateOrNegative",
                a,
                "late_or_negative",
                labels,
                &mut lines,
                &mut ex,
                rule,
            )?;
        }
        if let Some(o) = rule.item("overtime") {
            let (h, w) = (
                fact(&facts, "holidayDutyDays"),
                fact(&facts, "weekendOvertimeDays"),
            );
            if h > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    o,
                    Text {
                        zh: "节假日领导安排加班或值班",
                        en: "holiday overtime or duty arranged by a leader",
                    },
                    h,
                    num(o, "holiday_duty_per_day"),
                );
            }
            if w > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    o,
                    Text {
                        zh: "平常周末加班",
                        en: "weekend overtime",
                    },
                    w,
                    num(o, "weekend_overtime_per_day"),
                );
            }
        }
        if let Some(p) = rule.item("personal_leave") {
            let d = fact(&facts, "personalLeaveDaysOverAllowance");
            if d > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    p,
                    p.label,
                    d,
                    num(p, "per_day_over"),
                );
            }
        }
        if let Some(l) = rule.item("lates_absence") {
            let (n, h) = (
                fact(&facts, "latesAndEarly"),
                fact(&facts, "absenceHalfDays"),
            );
            if n > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    l,
                    Text {
                        zh: "迟到或早退",
                        en: "late arrivals or early departures",
                    },
                    n,
                    num(l, "per_late_or_early"),
                );
            }
            if h > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    l,
                    Text {
                        zh: "无故缺勤（半天）",
                        en: "absence without cause (half days)",
                    },
                    h,
                    num(l, "per_half_day_absence"),
                );
            }
        }
        if let Some(s) = rule.item("service") {
            let n = fact(&facts, "serviceComplaints");
            if n > 0.0 {
                if effect(
                    rule,
                    Aspect::ComplaintCount,
                    c,
                    &mut ex,
                    (
                        "决定投诉是否在服务态度中再扣分",
                        "decides whether a complaint is deducted again under service attitude",
                    ),
                ) == Effect::ComplaintTwice
                {
                    points(
                        &mut lines,
                        &mut ex,
                        rule,
                        s,
                        s.label,
                        n,
                        num(s, "per_complaint"),
                    );
                } else {
                    ex.cite(rule.meta.ruleset, id, &s.cite);
                    ex.record(id, CalcEvent::ComplaintOnce { count: n as u32 });
                }
            }
        }
        if let Some(b) = rule.item("no_bonus") {
            let d = fact(&facts, "paidTaskDays");
            if d > 0.0 {
                ex.cite(rule.meta.ruleset, id, &b.cite);
                ex.record(
                    id,
                    CalcEvent::NoBonus {
                        days: Milli::of(d),
                        article: b.cite.article,
                    },
                );
            }
        }
        if let Some(a) = rule.item("away") {
            let months = fact(&facts, "awayMonths");
            if months > 0.0 && months < num(a, "under_months") {
                match facts.get("awayAverage") {
                    Some(Fact::Number(avg)) => {
                        points(&mut lines, &mut ex, rule, a, a.label, 1.0, *avg);
                    }
                    _ => ex.need("awayAverage", (&a.label).into()),
                }
            } else if months > 0.0 {
                ex.cite(rule.meta.ruleset, id, &a.cite);
                for m in a.more {
                    ex.cite(rule.meta.ruleset, id, m);
                }
                ex.record(
                    id,
                    CalcEvent::AwayLong {
                        months: Milli::of(months),
                        article: a.cite.article,
                    },
                );
            }
        }
        if let Some(b) = rule.item("info_base") {
            met = information(q, c, rule, b, &facts, &mut lines, &mut ex)?;
        }
        if let Some(b) = rule.item("disclosure_base") {
            met = super::disclosure::evaluate(c, rule, b, &facts, &mut lines, &mut ex)?;
        }
        if let Some(r) = rule.item("registration") {
            let n = fact(&facts, "visitorsRegistered");
            if n > 0.0 {
                points(
                    &mut lines,
                    &mut ex,
                    rule,
                    r,
                    r.label,
                    n,
                    num(r, "per_visitor"),
                );
            }
        }
        if let Some(r) = rule.item("ratings") {
            for (input, number, label) in RATINGS {
                let n = fact(&facts, input);
                if n > 0.0 {
                    points(&mut lines, &mut ex, rule, r, *label, n, num(r, number));
                }
            }
        }
        if let Some(t) = rule.item("top_ten") {
            ex.cite(rule.meta.ruleset, id, &t.cite);
            ex.record(
                id,
                CalcEvent::TopRanked {
                    n: num(t, "top_n") as u32,
                    article: t.cite.article,
                },
            );
        }
        if let Some(w) = rule.item("weight") {
            share = Some(num(w, "share_percent"));
            ex.cite(rule.meta.ruleset, id, &w.cite);
            ex.record(
                id,
                CalcEvent::Share {
                    percent: Milli::of(num(w, "share_percent")),
                    article: w.cite.article,
                },
            );
        }
    }
    let total: f64 = lines
        .iter()
        .filter(|l| l.unit == "points")
        .map(|l| l.value)
        .sum();
    // A reward of yuan per point, where the rule has one and the quota is met.
    let mut yuan = None;
    if let Some(r) = rule.item("reward") {
        let y = if met && !division {
            let per = num(r, "yuan_per_point");
            ex.cite(rule.meta.ruleset, id, &r.cite);
            ex.record(
                id,
                CalcEvent::Amount {
                    what: r.label,
                    count: Milli::of(total),
                    per: Some(Milli::of(per)),
                    value: Milli::of(total * per),
                    days: false,
                    article: r.cite.article,
                },
            );
            lines.push(Line {
                item: r.key,
                label: (&r.label).into(),
                count: total,
                per: Some(per),
                value: total * per,
                unit: "yuan",
                article: r.cite.article,
                quote: r.cite.quote,
            });
            total * per
        } else {
            0.0
        };
        // With the media fees matched (第五十一条(五)2), the other yuan lines.
        let other: f64 = lines
            .iter()
            .filter(|l| l.unit == "yuan" && l.item != r.key)
            .map(|l| l.value)
            .sum();
        yuan = Some(y + other);
    }
    if !division {
        ex.record(
            id,
            CalcEvent::ScoreTotal {
                what: rule.meta.name,
                points: Milli::of(total),
            },
        );
    }
    lookup::note_remaining_ambiguities(&rule.meta, c, &mut ex);
    lookup::note_conflicts(&rule.meta, &mut ex);
    lookup::check_readings(c, &[&ex])?;
    let n = crate::explain::LookupEvent::number_text(total);
    let text = if division {
        c.lang
            .pick(
                "处级干部：民主测评、定性记分，不计积分",
                "division-level: rated by democratic appraisal, no points",
            )
            .to_owned()
    } else {
        c.lang.text(
            || format!("{}{n}分", rule.meta.name.zh),
            || format!("{}: {n}", rule.meta.name.en),
        )
    };
    let facts = ScoreFacts {
        assessed: !division,
        points: total,
        share_of_annual_assessment: share,
    };
    let mut a = CalculatorAnswer::new(rule, lines, None, text, ex);
    a.score = Some(facts);
    a.amount = yuan.map(|y| super::AmountFacts { yuan: Some(y) });
    Ok(a)
}

/// The highest level in a record's list of levels (`adoptedBy`, `instructedBy`: 1 the lowest),
/// each from 1 to `max`; 0 when there is none.
fn highest(r: &Query, name: &str, max: u32) -> Result<u32> {
    let mut top = 0;
    for (i, v) in r.opt_array(name)?.unwrap_or_default().iter().enumerate() {
        let level = match v {
            Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(max) => *n as u32,
            _ => {
                let mut f = String::from(name);
                f.push('.');
                f.push_str(&i.to_string());
                return Err(Error::invalid(
                    &f,
                    "层次编号（从1起）",
                    "a level number (from 1)",
                ));
            }
        };
        top = top.max(level);
    }
    Ok(top)
}

/// Government-information points (文山 第五十条): the base against the unit's quota, each item's
/// adoption and instruction bonus at its highest level, and the fault deductions.
#[inline(never)]
fn information(
    q: &Query,
    c: &Common,
    rule: &'static CalculatorRule,
    base: &'static CalcItem,
    facts: &Facts,
    lines: &mut Vec<Line>,
    ex: &mut Explanation,
) -> Result<bool> {
    let id = rule.meta.id;
    let mut met = false;
    if let (Some(quota), Some(Fact::Text(unit)), Some(Fact::Number(n))) = (
        rule.item("quota"),
        facts.get("unitType"),
        facts.get("itemsSubmitted"),
    ) {
        let key = match unit.as_str() {
            "county-bureau" => "county_bureau",
            "agency" => "agency",
            _ => "section_or_direct_unit",
        };
        let target = num(quota, key);
        ex.cite(rule.meta.ruleset, id, &quota.cite);
        for m in quota.more {
            ex.cite(rule.meta.ruleset, id, m);
        }
        ex.record(
            id,
            CalcEvent::Quota {
                done: Milli::of(*n),
                target: Milli::of(target),
                article: quota.cite.article,
            },
        );
        let b = num(base, "base_points");
        met = *n >= target;
        let (value, per) = if met {
            (b + (*n - target) * num(base, "per_over"), None)
        } else {
            let per = num(base, "per_short");
            (b + (target - *n) * per, Some(per))
        };
        ex.cite(rule.meta.ruleset, id, &base.cite);
        lines.push(Line {
            item: base.key,
            label: (&base.label).into(),
            count: *n,
            per,
            value,
            unit: "points",
            article: base.cite.article,
            quote: base.cite.quote,
        });
    }
    let (Some(adoption), Some(instruction)) = (rule.item("adoption"), rule.item("instruction"))
    else {
        return Ok(met);
    };
    const ADOPTION: [(&str, &str); 4] = [
        ("single_1", "combined_1"),
        ("single_2", "combined_2"),
        ("single_3", "combined_3"),
        ("single_4", "single_4"),
    ];
    const INSTRUCTION: [&str; 7] = [
        "level_1", "level_2", "level_3", "level_4", "level_5", "level_6", "level_7",
    ];
    let (mut adopted, mut instructed) = (0.0, 0.0);
    for (i, r) in records(q, "items")?.iter().enumerate() {
        let at = |e: Error| {
            let mut p = String::from("items.");
            p.push_str(&i.to_string());
            e.in_field(&p)
        };
        let a = highest(r, "adoptedBy", 4).map_err(at)?;
        let combined = r.opt_bool("combined").map_err(at)?.unwrap_or(false);
        let pa = ADOPTION
            .get(a.wrapping_sub(1) as usize)
            .map_or(0.0, |(s, k)| num(adoption, if combined { k } else { s }));
        let l = highest(r, "instructedBy", 7).map_err(at)?;
        let pi = INSTRUCTION
            .get(l.wrapping_sub(1) as usize)
            .map_or(0.0, |k| num(instruction, k));
        if pa > 0.0 && pi > 0.0 {
            let larger = effect(
                rule,
                Aspect::BonusCombination,
                c,
                ex,
                (
                    "决定同一条信息是否同时得采用加分和批示加分",
                    "decides whether one item earns both bonuses",
                ),
            ) == Effect::BonusesLarger;
            if larger {
                if pa >= pi {
                    adopted += pa;
                } else {
                    instructed += pi;
                }
                continue;
            }
        }
        adopted += pa;
        instructed += pi;
    }
    for (item, v) in [(adoption, adopted), (instruction, instructed)] {
        if v > 0.0 {
            points(lines, ex, rule, item, item.label, v, 1.0);
        }
    }
    if let Some(f) = rule.item("faults") {
        for (input, number, label) in FAULTS {
            let n = fact(facts, input);
            if n > 0.0 {
                points(lines, ex, rule, f, *label, n, num(f, number));
            }
        }
    }
    Ok(met)
}

/// The fault inputs of the information points, the item's number for each, and its label.
const FAULTS: &[(&str, &str, Text)] = &[
    (
        "refusedOrLate",
        "refused_or_late",
        Text {
            zh: "约稿信息拒报或不及时上报",
            en: "solicited information refused or late",
        },
    ),
    (
        "urgentLate",
        "urgent_late",
        Text {
            zh: "迟报、漏报或瞒报紧急重大信息",
            en: "urgent major information late, omitted or concealed",
        },
    ),
    (
        "seriouslyFalse",
        "seriously_false",
        Text {
            zh: "严重失实的政务信息",
            en: "seriously false information",
        },
    ),
];
