//! The disclosure and publicity points of the score shape (文山 第五十一条): the basic task of
//! original items against the unit's quota and monthly minimum, the column it runs, reposts,
//! extra merit, fault deductions and the media fee matched.

use super::{effect, fact, num, points, Line};
use crate::error::{Error, Result};
use crate::eval::facts::{Fact, Facts};
use crate::eval::lookup::Common;
use crate::explain::Explanation;
use crate::kinds::calculator::data::{CalcItem, CalculatorRule};
use crate::kinds::calculator::explain::{CalcEvent, Milli};
use crate::rules::model::{Aspect, Effect, Text};

/// A line of `value` points (or yuan) as such, its item cited.
#[inline(never)]
fn flat(
    lines: &mut Vec<Line>,
    ex: &mut Explanation,
    rule: &CalculatorRule,
    item: &'static CalcItem,
    (count, value): (f64, f64),
    unit: &'static str,
) {
    ex.cite(rule.meta.ruleset, rule.meta.id, &item.cite);
    for m in item.more {
        ex.cite(rule.meta.ruleset, rule.meta.id, m);
    }
    ex.record(
        rule.meta.id,
        CalcEvent::Amount {
            what: item.label,
            count: Milli::of(count),
            per: None,
            value: Milli::of(value),
            days: false,
            article: item.cite.article,
        },
    );
    lines.push(Line {
        item: item.key,
        label: (&item.label).into(),
        count,
        per: None,
        value,
        unit,
        article: item.cite.article,
        quote: item.cite.quote,
    });
}

/// Points against a quota: `base` when met, plus `per_over` for each over (at most `cap` extra),
/// or less `per_short` for each short.
fn against(item: &CalcItem, done: f64, target: f64, cap: f64) -> f64 {
    if done >= target {
        num(item, "base_points") + ((done - target) * num(item, "per_over")).min(cap)
    } else {
        num(item, "base_points") + (target - done) * num(item, "per_short")
    }
}

/// The fault inputs, the item's number for each, and its label.
const FAULTS: &[(&str, &str, Text)] = &[
    (
        "refusedDisclosure",
        "refused_disclosure",
        Text {
            zh: "申请公开的信息拒不公开或不及时公开",
            en: "requested information refused or late",
        },
    ),
    (
        "falseOrHarmful",
        "false_or_harmful",
        Text {
            zh: "发布严重失实的信息或造成不良影响",
            en: "seriously false or harmful information",
        },
    ),
    (
        "unapproved",
        "unapproved",
        Text {
            zh: "未按网站管理办法发布未审批信息",
            en: "unapproved information published",
        },
    ),
    (
        "unreviewedNegative",
        "unreviewed_negative",
        Text {
            zh: "未经审核信息造成负面影响",
            en: "unreviewed information with a negative impact",
        },
    ),
];

/// Evaluates the disclosure items; true when the task is met (the reward is then paid).
pub fn evaluate(
    c: &Common,
    rule: &'static CalculatorRule,
    base: &'static CalcItem,
    facts: &Facts,
    lines: &mut Vec<Line>,
    ex: &mut Explanation,
) -> Result<bool> {
    let id = rule.meta.id;
    let mut met = false;
    if let (Some(quota), Some(Fact::Text(unit)), Some(Fact::Number(done))) = (
        rule.item("disclosure_quota"),
        facts.get("unitType"),
        facts.get("originalItems"),
    ) {
        let agency = unit == "agency";
        let target = if agency {
            num(quota, "agency")
        } else {
            match facts.get("headcount") {
                Some(Fact::Number(h)) => num(quota, "fixed") + num(quota, "per_head") * *h,
                _ => {
                    ex.need("headcount", (&quota.label).into());
                    return Ok(false);
                }
            }
        };
        ex.cite(rule.meta.ruleset, id, &quota.cite);
        for m in quota.more {
            ex.cite(rule.meta.ruleset, id, m);
        }
        ex.record(
            id,
            CalcEvent::Quota {
                done: Milli::of(*done),
                target: Milli::of(target),
                article: quota.cite.article,
            },
        );
        met = *done >= target;
        let short = fact(facts, "monthsShort");
        if short > 0.0 {
            let fails = effect(
                rule,
                Aspect::MonthlyMinimum,
                c,
                ex,
                (
                    "决定每月原创条数不足是否算未完成基本任务",
                    "decides whether a month short of original items fails the basic task",
                ),
            ) != Effect::MonthShortReported;
            ex.record(
                id,
                CalcEvent::MonthsShort {
                    months: short as u32,
                    min: num(
                        quota,
                        if agency {
                            "agency_monthly"
                        } else {
                            "section_monthly"
                        },
                    ) as u32,
                    fails,
                    article: quota.cite.article,
                },
            );
            met &= !fails;
        }
        if let Some(once) = rule.item("count_once") {
            ex.cite(rule.meta.ruleset, id, &once.cite);
        }
        let v = against(base, *done, target, f64::MAX);
        flat(lines, ex, rule, base, (*done, v), "points");
    }
    if let (Some(col), Some(Fact::Text(name)), Some(Fact::Number(n))) = (
        rule.item("column"),
        facts.get("column"),
        facts.get("columnItems"),
    ) {
        let v = against(col, *n, num(col, name), num(col, "bonus_cap"));
        flat(lines, ex, rule, col, (*n, v), "points");
    }
    if let Some(r) = rule.item("reposts") {
        let n = fact(facts, "reposts");
        if n > 0.0 {
            let v = (n * num(r, "per_repost")).min(num(r, "cap"));
            flat(lines, ex, rule, r, (n, v), "points");
        }
    }
    if let Some(e) = rule.item("extra") {
        let v = fact(facts, "extraMerit");
        if v > num(e, "cap") {
            return Err(Error::invalid(
                "extraMerit",
                "领导小组审定的额外加分，不超过10分",
                "the extra merit set by the disclosure group, at most 10",
            ));
        }
        if v > 0.0 {
            flat(lines, ex, rule, e, (v, v), "points");
        }
    }
    if let Some(f) = rule.item("disclosure_faults") {
        for (input, number, label) in FAULTS {
            let n = fact(facts, input);
            if n > 0.0 {
                points(lines, ex, rule, f, *label, n, num(f, number));
            }
        }
    }
    if let Some(m) = rule.item("media") {
        let y = fact(facts, "mediaFees");
        if y > 0.0 {
            flat(lines, ex, rule, m, (y, y), "yuan");
        }
    }
    Ok(met)
}
