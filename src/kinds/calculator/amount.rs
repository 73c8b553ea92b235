//! The amount shape: yuan (or a count of days) from a few inputs, each line naming its item and
//! clause (文山 第十二条(三)3 tuition, 第三十六条(八) holiday duty, 第四十一条(八) drivers,
//! 第四十五条(三) retirees' newspaper, 第四十六条(三) condolence money). An item's numbers are
//! the text's; which inputs an item reads is fixed here, by its key.

use super::{effect, num, CalculatorAnswer, Line};
use crate::error::{Error, Result};
use crate::eval::facts::{self, Fact, Facts};
use crate::eval::lookup::{self, Common};
use crate::explain::Explanation;
use crate::input::keys::{self, Entry};
use crate::input::value::{Query, Value};
use crate::kinds::calculator::data::{CalcItem, CalculatorRule};
use crate::kinds::calculator::explain::{CalcEvent, Milli};
use crate::rules::model::{Aspect, Effect};
use crate::time::calendar::Calendar;
use crate::time::days::DayKind;
use serde::Serialize;

/// The dates an item `holiday_duty` reads (not a declared input: a list of dates).
pub const DUTY_DATES: &str = "dutyDates";

/// Which refund item each qualification of the `obtained` input leads to (第十二条(三)3).
const REFUNDS: &[(&str, &str)] = &[
    ("本科学历", "refund_education"),
    ("研究生学历", "refund_education"),
    ("硕士研究生学位", "refund_master"),
    ("博士研究生学位及以上", "refund_doctor"),
];

/// What an amount states (flattened into the answer).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmountFacts {
    /// The yuan lines summed; none when the rule gives no money figure (holiday duty).
    pub yuan: Option<f64>,
}

fn number(facts: &Facts, name: &str) -> Option<f64> {
    match facts.get(name) {
        Some(Fact::Number(n)) => Some(*n),
        _ => None,
    }
}

fn flag(facts: &Facts, name: &str) -> Option<bool> {
    match facts.get(name) {
        Some(Fact::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// Adds a line (`count` × `per`, or `value` as such), records it and cites its item.
#[inline(never)]
fn line(
    out: &mut Vec<Line>,
    ex: &mut Explanation,
    rule: &CalculatorRule,
    item: &'static CalcItem,
    (count, per, value): (f64, Option<f64>, f64),
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
            per: per.map(Milli::of),
            value: Milli::of(value),
            days: unit == "days",
            article: item.cite.article,
        },
    );
    out.push(Line {
        item: item.key,
        label: (&item.label).into(),
        count,
        per,
        value,
        unit,
        article: item.cite.article,
        quote: item.cite.quote,
    });
}

/// The duty dates that are statutory holidays (the calendar's 法定节假日, not weekends or
/// 调休休息日), checked: dates, each once.
fn statutory_days(cal: &Calendar, q: &Query, c: &Common) -> Result<Option<(u32, u32)>> {
    let Some(list) = q.opt_array(DUTY_DATES)? else {
        return Ok(None);
    };
    let mut seen = Vec::new();
    let mut statutory = 0;
    for (i, v) in list.iter().enumerate() {
        let mut field = String::from(DUTY_DATES);
        field.push('.');
        field.push_str(&i.to_string());
        let Value::String(s) = v else {
            return Err(Error::invalid(
                &field,
                "日期，如 2026-10-01",
                "a date such as 2026-10-01",
            ));
        };
        let d = crate::time::date::parse_date(s, &field)?;
        if seen.contains(&d) {
            return Err(Error::invalid(
                &field,
                "每个值班日期只填一次（这一天已填过）",
                "each duty date once (this one is entered already)",
            ));
        }
        seen.push(d);
        if cal.kind(d, c.mode, &field)? == DayKind::StatutoryHoliday {
            statutory += 1;
        }
    }
    Ok(Some((
        statutory,
        u32::try_from(seen.len()).unwrap_or(u32::MAX),
    )))
}

/// Evaluates an amount calculator.
pub fn evaluate(
    cal: &Calendar,
    q: &Query,
    c: &Common,
    rule: &'static CalculatorRule,
) -> Result<CalculatorAnswer> {
    let mut names = keys::names(rule.inputs);
    if rule.item("holiday_duty").is_some() {
        names.push(DUTY_DATES);
    }
    keys::check(Entry::Rules(super::KEYS), q, &names)?;
    let mut ex = c.explanation();
    let facts = facts::parse(rule.inputs, q, &mut ex)?;
    ex.cite_rule(&rule.meta);
    let id = rule.meta.id;
    let mut lines = Vec::new();
    let mut days = None;
    if let Some(item) = rule.item("holiday_duty") {
        match statutory_days(cal, q, c)? {
            Some((n, of)) => {
                ex.record(id, CalcEvent::DutyDates { of });
                line(
                    &mut lines,
                    &mut ex,
                    rule,
                    item,
                    (f64::from(n), None, f64::from(n)),
                    "days",
                );
                days = Some(f64::from(n));
            }
            None => ex.need(DUTY_DATES, (&item.label).into()),
        }
    }
    // Tuition: the approval first, then the largest refund the qualifications obtained give.
    let obtained = match facts.get("obtained") {
        Some(Fact::Choices(v)) => v.as_slice(),
        _ => &[],
    };
    // The refund items the qualifications obtained lead to: the largest, and whether B19 arises
    // (the master's degree and the postgraduate education level both held).
    let (mut largest, mut education, mut master): (Option<&'static CalcItem>, _, _) =
        (None, None, false);
    for (v, k) in REFUNDS {
        let Some(i) = rule.item(k).filter(|_| obtained.iter().any(|o| o == v)) else {
            continue;
        };
        if largest.is_none_or(|l| num(i, "percent") >= num(l, "percent")) {
            largest = Some(i);
        }
        education = education.or((i.key == "refund_education").then_some(i));
        master |= i.key == "refund_master";
    }
    let both = master && largest.is_some_and(|l| l.key == "refund_master");
    let refund = match education {
        Some(e)
            if both
                && effect(
                    rule,
                    Aspect::RefundChoice,
                    c,
                    &mut ex,
                    (
                        "决定取得多项学历学位时按哪一项报销",
                        "decides which refund several qualifications give",
                    ),
                ) == Effect::RefundSmaller =>
        {
            Some(e)
        }
        _ => largest,
    };
    if let (Some(item), Some(tuition)) = (refund, number(&facts, "tuition")) {
        if flag(&facts, "approved") == Some(false) {
            let article = rule.meta.cites.first().map_or("", |c| c.article);
            ex.record(id, CalcEvent::NotApproved { article });
        } else if flag(&facts, "approved") == Some(true) {
            let p = num(item, "percent") / 100.0;
            line(
                &mut lines,
                &mut ex,
                rule,
                item,
                (tuition, Some(p), tuition * p),
                "yuan",
            );
            let grant = num(item, "grant_yuan");
            if grant > 0.0 {
                line(
                    &mut lines,
                    &mut ex,
                    rule,
                    item,
                    (1.0, Some(grant), grant),
                    "yuan",
                );
            }
        }
    }
    if let Some(item) = rule.item("allowance") {
        let y = num(item, "yuan_per_year");
        line(&mut lines, &mut ex, rule, item, (1.0, Some(y), y), "yuan");
    }
    if let (Some(item), Some(km)) = (rule.item("safe_driving"), number(&facts, "kmInYear")) {
        match flag(&facts, "atFaultAccident") {
            Some(false) => {
                let y = num(item, "yuan_per_km");
                line(
                    &mut lines,
                    &mut ex,
                    rule,
                    item,
                    (km, Some(y), km * y),
                    "yuan",
                );
            }
            Some(true) => {
                ex.cite(rule.meta.ruleset, id, &item.cite);
                ex.record(
                    id,
                    CalcEvent::AtFault {
                        article: item.cite.article,
                    },
                );
            }
            None => {}
        }
    }
    if let (Some(item), Some(cost), Some(cap)) = (
        rule.item("reimburse_up_to"),
        number(&facts, "cost"),
        number(&facts, "referencePrice"),
    ) {
        line(
            &mut lines,
            &mut ex,
            rule,
            item,
            (cost, None, cost.min(cap)),
            "yuan",
        );
    }
    if let Some(item) = rule.item("condolence") {
        if flag(&facts, "staffDeceased") == Some(true) {
            let y = num(item, "staff_yuan");
            line(&mut lines, &mut ex, rule, item, (1.0, Some(y), y), "yuan");
        }
        let n = number(&facts, "relativesDeceased").unwrap_or(0.0);
        if n > 0.0 {
            let y = num(item, "relative_yuan");
            line(&mut lines, &mut ex, rule, item, (n, Some(y), n * y), "yuan");
        }
    }
    let yuan = rule.item("holiday_duty").is_none().then(|| {
        lines
            .iter()
            .filter(|l| l.unit == "yuan")
            .map(|l| l.value)
            .sum::<f64>()
    });
    lookup::note_remaining_ambiguities(&rule.meta, c, &mut ex);
    lookup::note_conflicts(&rule.meta, &mut ex);
    lookup::check_readings(c, &[&ex])?;
    let text = match yuan {
        None => {
            let d = days.unwrap_or(0.0);
            let d = crate::explain::LookupEvent::number_text(d);
            c.lang.text(
                || format!("法定节日值班{d}天"),
                || format!("{d} day(s) of duty on statutory holidays"),
            )
        }
        Some(y) => {
            let y = crate::explain::LookupEvent::number_text(y);
            c.lang
                .text(|| format!("合计{y}元"), || format!("{y} yuan in all"))
        }
    };
    let mut a = CalculatorAnswer::new(rule, lines, None, text, ex);
    a.amount = Some(AmountFacts { yuan });
    Ok(a)
}
