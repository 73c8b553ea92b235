//! The evaluation of each test of the check vocabulary on a form's data. Records events, never
//! text; a test that lacks the data it needs reports the fields missing.

use crate::base::text::Joined;
use super::forms::{rolls, FormData, Request, LEAVE_KINDS};
use super::{input, severity_str, value, RuleResult, Violation};
use crate::error::{Error, Result};
use crate::eval::kind::InputInfo;
use crate::eval::lookup::Common;
use crate::explain::{make_citation, Bilingual, Explanation};
use crate::input::keys::unknown_key;
use crate::kinds::check::data::{CheckRule, CheckTest, Denominator, Form, Per, TestKind};
use crate::kinds::check::explain::{CheckEvent, DutyGap};
use crate::rules::model::Text;
use crate::time::calendar::Calendar;
use crate::time::date::format_date;
use crate::time::civil::{self, Days, NaiveDate};

/// What the rules found, in the data's order.
#[derive(Default)]
pub struct Out {
    /// Violations.
    pub violations: Vec<Violation>,
    /// One per rule.
    pub results: Vec<RuleResult>,
}

/// Something a test found broken.
struct Hit {
    field: String,
    people: Vec<String>,
    dates: Vec<NaiveDate>,
    items: Vec<u32>,
    fact: Option<Text>,
}

impl Hit {
    fn on(field: &str) -> Hit {
        Hit {
            field: field.to_owned(),
            people: Vec::new(),
            dates: Vec::new(),
            items: Vec::new(),
            fact: None,
        }
    }
}

/// What one test found: what it broke and what it lacked.
#[derive(Default)]
struct Acc {
    hits: Vec<Hit>,
    missing: Vec<String>,
}

impl Acc {
    fn lack(&mut self, field: &str) {
        if !self.missing.iter().any(|m| m == field) {
            self.missing.push(field.to_owned());
        }
    }
}

/// Runs the tests of `rule` that read `form`.
///
/// # Errors
/// `OUT_OF_CALENDAR_RANGE` for a roster day the calendar does not cover, where a test covers
/// holidays only.
#[inline(never)]
pub fn run(
    cal: &Calendar,
    rule: &'static CheckRule,
    form: Form,
    data: &FormData,
    c: &Common,
    ex: &mut Explanation,
    out: &mut Out,
) -> Result<()> {
    let id = rule.meta.id;
    ex.cite_rule(&rule.meta);
    let cite = rule.meta.cites.first();
    ex.record(
        id,
        CheckEvent::Applies {
            name: rule.meta.name,
            article: cite.map_or("", |c| c.article),
        },
    );
    let mut missing: Vec<String> = Vec::new();
    let mut broken = false;
    for t in rule.tests.iter().filter(|t| t.form == form) {
        let mut acc = Acc::default();
        test(cal, t, data, c, ex, id, &mut acc)?;
        if !acc.hits.is_empty() {
            broken = true;
            ex.record(
                id,
                CheckEvent::Broken {
                    test: t.test,
                    severity: t.severity,
                },
            );
            let Some(cite) = cite else { continue };
            for h in acc.hits {
                out.violations.push(Violation {
                    rule: id,
                    severity: severity_str(t.severity),
                    test: test_key(t.test),
                    field: h.field,
                    people: h.people,
                    dates: h.dates.iter().map(|d| format_date(*d)).collect(),
                    items: h.items,
                    fact: h.fact.as_ref().map(Into::into),
                    message: (&rule.message).into(),
                    citation: make_citation(rule.meta.ruleset, id, cite),
                });
            }
        } else if !acc.missing.is_empty() {
            for m in &acc.missing {
                ex.need(m, label(m));
                if !missing.contains(m) {
                    missing.push(m.clone());
                }
            }
            ex.record(
                id,
                CheckEvent::NotChecked {
                    test: t.test,
                    missing: acc.missing,
                },
            );
        } else {
            ex.record(id, CheckEvent::Passed { test: t.test });
        }
    }
    let status = match (broken, missing.is_empty()) {
        (true, _) => "broken",
        (false, true) => "passed",
        (false, false) => "not_checked",
    };
    out.results.push(RuleResult {
        rule: id,
        name: (&rule.meta.name).into(),
        status,
        missing,
    });
    Ok(())
}

fn test_key(t: TestKind) -> &'static str {
    match t {
        TestKind::NotTogether => "not_together",
        TestKind::AtMostPerSection => "at_most_per_section",
        TestKind::OnDuty => "on_duty",
        TestKind::Quorum => "quorum",
        TestKind::VotePass => "vote_pass",
        TestKind::PerPeriod => "per_period",
        TestKind::Count => "count",
        TestKind::Duration => "duration",
        TestKind::Timing => "timing",
        TestKind::Confirmed => "confirmed",
        TestKind::Persons => "persons",
        TestKind::Ratio => "ratio",
        TestKind::Tenure => "tenure",
        TestKind::OffHolidays => "off_holidays",
        TestKind::WithinMonths => "within_months",
        TestKind::LastsMonths => "lasts_months",
        TestKind::MustFile => "must_file",
    }
}

/// The label of a form field (for `missing`).
fn label(field: &str) -> Bilingual {
    let (zh, en) = crate::kinds::check::explain::field_label(field);
    Bilingual::new(zh, en)
}

#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn test(
    cal: &Calendar,
    t: &'static CheckTest,
    d: &FormData,
    c: &Common,
    ex: &mut Explanation,
    id: &'static str,
    acc: &mut Acc,
) -> Result<()> {
    match t.test {
        TestKind::NotTogether => not_together(t, d, ex, id, acc),
        TestKind::AtMostPerSection => per_section(t, d, ex, id, acc),
        TestKind::OnDuty => on_duty(cal, t, d, c, ex, id, acc)?,
        TestKind::Quorum | TestKind::VotePass => share(t, d, ex, id, acc),
        TestKind::PerPeriod => per_period(t, d, ex, id, acc),
        TestKind::Count => {
            let what = t.what.unwrap_or("proposals");
            let at = t.form.counts().iter().position(|c| *c == what).unwrap_or(0);
            match d.numbers.get(at).copied().flatten() {
                None => acc.lack(what),
                Some(got) => {
                    let ok = t.min.is_none_or(|m| got >= m) && t.max.is_none_or(|m| got <= m);
                    if !ok {
                        ex.record(
                            id,
                            CheckEvent::Count {
                                what,
                                got,
                                min: t.min,
                                max: t.max,
                            },
                        );
                        acc.hits.push(Hit::on(what));
                    }
                }
            }
        }
        TestKind::Duration => {
            let what = t.what.unwrap_or("speeches");
            let max = t.max.unwrap_or(u32::MAX);
            let list = match what {
                "speeches" => d.speeches.clone(),
                "presentations" => d.presentations.clone(),
                _ => d.length.map(|l| vec![l]),
            };
            match list {
                None => acc.lack(what),
                Some(list) => {
                    let mut hit = Hit::on(what);
                    for (i, m) in list.iter().enumerate().filter(|(_, m)| **m > max) {
                        let index = i as u32;
                        ex.record(
                            id,
                            CheckEvent::TooLong {
                                what,
                                index,
                                minutes: *m,
                                max,
                            },
                        );
                        hit.items.push(index);
                    }
                    if !hit.items.is_empty() {
                        acc.hits.push(hit);
                    }
                }
            }
        }
        TestKind::Timing if t.form.records().is_some() => timing_records(t, d, ex, id, acc),
        TestKind::Timing => {
            if let Some(want) = t.weekday {
                match d.date {
                    None => acc.lack("date"),
                    Some(date) if date.weekday().number_from_monday() != u32::from(want) => {
                        ex.record(id, CheckEvent::WrongWeekday { date, want });
                        let mut h = Hit::on("date");
                        h.dates.push(date);
                        acc.hits.push(h);
                    }
                    Some(date)
                        if t.min.is_some()
                            && (date.day() > 7
                                || ![t.min, t.max].contains(&Some(date.month()))) =>
                    {
                        ex.record(
                            id,
                            CheckEvent::NotFirstWeek {
                                date,
                                months: [t.min, t.max],
                            },
                        );
                        let mut h = Hit::on("date");
                        h.dates.push(date);
                        acc.hits.push(h);
                    }
                    Some(_) => {}
                }
            }
            if let Some(want) = t.starts_at {
                let set = minutes(want);
                match d.start {
                    None => acc.lack("start"),
                    Some(got) if Some(got) != set => {
                        ex.record(id, CheckEvent::WrongStart { got, want });
                        acc.hits.push(Hit::on("start"));
                    }
                    Some(_) => {}
                }
            }
        }
        TestKind::WithinMonths | TestKind::LastsMonths => months(t, d, ex, id, acc),
        TestKind::OffHolidays => match (d.unit.as_deref(), d.span) {
            (Some(v), _) if t.roles.contains(&v) => {}
            (Some(_), Some((from, to))) => {
                let mut days = Vec::new();
                let mut day = from;
                while day <= to {
                    let info = cal.day(day, c.mode, "from")?;
                    if info.holiday.is_some() && !info.working {
                        days.push(day);
                    }
                    let Some(next) = day.succ_opt() else { break };
                    day = next;
                }
                if let Some(first) = days.first().copied() {
                    ex.record(
                        id,
                        CheckEvent::OnHolidays {
                            first,
                            days: days.len() as u32,
                        },
                    );
                    let mut h = Hit::on("from");
                    h.dates = days;
                    acc.hits.push(h);
                }
            }
            (v, span) => {
                if v.is_none() {
                    acc.lack("vehicle");
                }
                if span.is_none() {
                    acc.lack("from");
                    acc.lack("to");
                }
            }
        },
        TestKind::Tenure => match (d.date, c.as_of) {
            (Some(since), Some(on)) => {
                let years = t.min.unwrap_or(0);
                // 满N年: the N-th anniversary of taking the post is reached on the day checked.
                let reached = since
                    .checked_add_months(civil::Months::new(years.saturating_mul(12)))
                    .is_some_and(|due| due <= on);
                if reached {
                    ex.record(id, CheckEvent::Tenure { since, on, years });
                    let mut h = Hit::on("since");
                    h.dates = vec![since, on];
                    acc.hits.push(h);
                }
            }
            (since, on) => {
                if since.is_none() {
                    acc.lack("since");
                }
                if on.is_none() {
                    acc.lack("asOf");
                }
            }
        },
        TestKind::Ratio => match d.numbers {
            [Some(got), Some(of), _] => {
                let (num, den) = t.fraction;
                // No case, no rate to fall short of.
                if of > 0 && u64::from(got) * u64::from(den) < u64::from(num) * u64::from(of) {
                    ex.record(
                        id,
                        CheckEvent::Ratio {
                            got,
                            of,
                            fraction: t.fraction,
                        },
                    );
                    acc.hits.push(Hit::on("followedUp"));
                }
            }
            [got, of, _] => {
                if got.is_none() {
                    acc.lack("followedUp");
                }
                if of.is_none() {
                    acc.lack("cases");
                }
            }
        },
        TestKind::Persons => {
            let what = t.what.unwrap_or("supervisors");
            match &d.people {
                None => acc.lack(what),
                Some(names) => {
                    // Each person once, however often the form names them.
                    let mut seen: Vec<&str> = Vec::new();
                    for n in names {
                        if !seen.contains(&n.as_str()) {
                            seen.push(n);
                        }
                    }
                    let (got, min) = (seen.len() as u32, t.min.unwrap_or(0));
                    if got < min || t.max.is_some_and(|m| got > m) {
                        let role = t.roles.first().copied().unwrap_or("");
                        let max = t.max;
                        ex.record(
                            id,
                            CheckEvent::Persons {
                                role,
                                got,
                                min,
                                max,
                            },
                        );
                        let mut h = Hit::on(what);
                        h.people = names.clone();
                        acc.hits.push(h);
                    }
                }
            }
        }
        TestKind::MustFile => {
            let listed = d.body.as_deref().filter(|k| t.roles.contains(k));
            if listed.is_none() && d.body.as_deref().is_some_and(|k| k != "其他") {
                return Err(Error::invalid(
                    "kind",
                    "所列情形之一或“其他”",
                    "one of the listed kinds or 其他",
                ));
            }
            let bar = match d.unit.as_deref() {
                Some("unit") => t.min,
                Some("individual") => t.max,
                _ => None,
            };
            let major = match (listed, d.numbers[0], bar) {
                (Some(_), _, _) => true,
                (None, Some(got), Some(bar)) if got >= bar => true,
                (None, Some(got), Some(bar)) => {
                    if d.body.is_none() {
                        acc.lack("kind");
                    } else {
                        ex.record(id, CheckEvent::NotMajor { got, bar });
                    }
                    false
                }
                (None, got, _) => {
                    if got.is_none() {
                        acc.lack("fineYuan");
                    }
                    if bar.is_none() {
                        acc.lack("party");
                    }
                    if d.body.is_none() {
                        acc.lack("kind");
                    }
                    false
                }
            };
            if major {
                confirmed(t, d, ex, id, acc);
            }
        }
        TestKind::Confirmed => confirmed(t, d, ex, id, acc),
    }
    Ok(())
}

/// The `confirmed` facts of a test: each must be confirmed (missing: lacked; denied: a hit).
#[inline(never)]
fn confirmed(t: &CheckTest, d: &FormData, ex: &mut Explanation, id: &'static str, acc: &mut Acc) {
    for f in t.facts {
        let field = ["confirm.", f.key].joined("");
        match d.confirm.get(f.key) {
            None => acc.lack(&field),
            Some(true) => {}
            Some(false) => {
                ex.record(id, CheckEvent::Denied { fact: f.label });
                let mut h = Hit::on(&field);
                h.fact = Some(f.label);
                acc.hits.push(h);
            }
        }
    }
}

/// `HH:MM` of the data as minutes (checked by the build).
fn minutes(s: &str) -> Option<u32> {
    let h = s.get(0..2)?.parse::<u32>().ok()?;
    let m = s.get(3..5)?.parse::<u32>().ok()?;
    Some(h * 60 + m)
}

/// The common days of two requests, if any.
fn overlap(a: &Request, b: &Request) -> Option<(NaiveDate, NaiveDate)> {
    let (first, last) = (a.from.max(b.from), a.to.min(b.to));
    (first <= last).then_some((first, last))
}

#[inline(never)]
fn not_together(
    t: &CheckTest,
    d: &FormData,
    ex: &mut Explanation,
    id: &'static str,
    acc: &mut Acc,
) {
    let Some(reqs) = &d.requests else {
        return acc.lack("requests");
    };
    let has_role = |r: &Request| r.role.as_deref().is_some_and(|x| t.roles.contains(&x));
    if !t.roles.is_empty() && reqs.iter().any(|r| r.role.is_none()) {
        return acc.lack("requests[].role");
    }
    if !t.served.is_empty() && reqs.iter().any(|r| has_role(r) && r.serves.is_empty()) {
        return acc.lack("requests[].serves");
    }
    for (i, a) in reqs.iter().enumerate() {
        for (j, b) in reqs.iter().enumerate() {
            let together = if t.pairs {
                j > i && a.name != b.name && a.window.is_some() && a.window == b.window
            } else if !t.served.is_empty() {
                // A person of `roles` and a leader they serve.
                i != j
                    && has_role(a)
                    && a.serves.contains(&b.name)
                    && b.role.as_deref().is_none_or(|x| t.served.contains(&x))
            } else {
                j > i && a.name != b.name && has_role(a) && has_role(b)
            };
            if !together {
                continue;
            }
            let Some((first, last)) = overlap(a, b) else {
                continue;
            };
            ex.record(
                id,
                CheckEvent::AwayTogether {
                    a: a.name.clone(),
                    b: b.name.clone(),
                    first,
                    last,
                },
            );
            acc.hits.push(Hit {
                field: "requests".to_owned(),
                people: vec![a.name.clone(), b.name.clone()],
                dates: vec![first, last],
                items: vec![i as u32, j as u32],
                fact: None,
            });
        }
    }
}

#[inline(never)]
fn per_section(t: &CheckTest, d: &FormData, ex: &mut Explanation, id: &'static str, acc: &mut Acc) {
    let Some(reqs) = &d.requests else {
        return acc.lack("requests");
    };
    if reqs.iter().any(|r| r.kind.is_none()) {
        return acc.lack("requests[].kind");
    }
    let leave = t
        .leave
        .and_then(|l| LEAVE_KINDS.iter().find(|k| k.0 == l))
        .map(|k| k.0);
    let mut sections: Vec<&str> = Vec::new();
    for r in reqs.iter().filter(|r| r.kind == leave) {
        let Some(s) = r.section.as_deref() else {
            return acc.lack("requests[].section");
        };
        if !sections.contains(&s) {
            sections.push(s);
        }
    }
    let max = t.max.unwrap_or(u32::MAX);
    for s in sections {
        let mine = |r: &Request| r.kind == leave && r.section.as_deref() == Some(s);
        let (mut start, mut end) = (NaiveDate::MAX, NaiveDate::MIN);
        for r in reqs.iter().filter(|r| mine(r)) {
            start = start.min(r.from);
            end = end.max(r.to);
        }
        let mut over: Vec<NaiveDate> = Vec::new();
        // Which requests are on leave on a crowded day, by index (in the form's order).
        let mut crowded = vec![false; reqs.len()];
        let mut day = start;
        while day <= end {
            let on = |r: &Request| mine(r) && r.from <= day && day <= r.to;
            let count = reqs.iter().filter(|r| on(r)).count() as u32;
            if count > max {
                if over.is_empty() {
                    ex.record(
                        id,
                        CheckEvent::SectionCrowded {
                            section: s.to_owned(),
                            day,
                            people: count,
                            max,
                        },
                    );
                }
                over.push(day);
                for (r, c) in reqs.iter().zip(crowded.iter_mut()) {
                    *c |= on(r);
                }
            }
            let Some(next) = day.checked_add_days(Days::new(1)) else {
                break;
            };
            day = next;
        }
        if let (Some(first), Some(last)) = (over.first(), over.last()) {
            let mut h = Hit::on("requests");
            for (i, (r, c)) in reqs.iter().zip(&crowded).enumerate() {
                if *c {
                    h.people.push(r.name.clone());
                    h.items.push(i as u32);
                }
            }
            h.dates = vec![*first, *last];
            acc.hits.push(h);
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn on_duty(
    cal: &Calendar,
    t: &CheckTest,
    d: &FormData,
    c: &Common,
    ex: &mut Explanation,
    id: &'static str,
    acc: &mut Acc,
) -> Result<()> {
    if !t.units.is_empty() {
        match d.unit.as_deref() {
            None => {
                acc.lack("unit");
                return Ok(());
            }
            Some(u) if !t.units.contains(&u) => {
                ex.record(id, CheckEvent::NotThisUnit);
                return Ok(());
            }
            Some(_) => {}
        }
    }
    let (Some((from, to)), Some(rows)) = (d.span, &d.duty) else {
        if d.span.is_none() {
            acc.lack("from");
            acc.lack("to");
        }
        if d.duty.is_none() {
            acc.lack("duty");
        }
        return Ok(());
    };
    if t.hours > 0 && rows.iter().any(|r| r.hours.is_none()) {
        acc.lack("duty[].hours");
        return Ok(());
    }
    let gaps = [
        t.min.map(|min| DutyGap::TooFew { min }),
        t.leader.then_some(DutyGap::NoLeader),
        (t.hours > 0).then_some(DutyGap::Hours { need: t.hours }),
    ];
    let mut days: [Vec<NaiveDate>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut day = from;
    while day <= to {
        let covered = if t.holidays_only {
            let info = cal.day(day, c.mode, "duty")?;
            info.holiday.is_some() && !info.working
        } else {
            true
        };
        if covered {
            let (mut counted, mut hours, mut led) = (0u32, 0u32, false);
            for r in rows.iter().filter(|r| r.date == day) {
                if t.roles.is_empty() || r.role.as_deref().is_some_and(|x| t.roles.contains(&x)) {
                    counted += 1;
                }
                hours = hours.saturating_add(r.hours.unwrap_or(0));
                led |= r.leader;
            }
            let lacks = [
                t.min.is_some_and(|m| counted < m),
                t.leader && !led,
                t.hours > 0 && hours.min(24) < t.hours,
            ];
            for (k, lack) in lacks.iter().enumerate() {
                if *lack {
                    if let Some(v) = days.get_mut(k) {
                        v.push(day);
                    }
                }
            }
        }
        let Some(next) = day.checked_add_days(Days::new(1)) else {
            break;
        };
        day = next;
    }
    for (gap, list) in gaps.iter().zip(days) {
        let (Some(gap), Some(first)) = (gap, list.first()) else {
            continue;
        };
        ex.record(
            id,
            CheckEvent::DutyGaps {
                days: list.len() as u32,
                first: *first,
                gap: *gap,
            },
        );
        let mut h = Hit::on("duty");
        h.dates = list;
        acc.hits.push(h);
    }
    Ok(())
}

/// `quorum` and `vote_pass`: a count against a fraction of another.
#[inline(never)]
fn share(t: &CheckTest, d: &FormData, ex: &mut Explanation, id: &'static str, acc: &mut Acc) {
    let quorum = t.test == TestKind::Quorum;
    let (count, field) = if quorum {
        (d.present, "present")
    } else {
        (d.votes.map(|v| v.yes), "votes")
    };
    let of = match t.denominator {
        Denominator::Members => d.members.ok_or("members"),
        Denominator::Due => d.due.ok_or("due"),
        Denominator::Present => d.present.ok_or("present"),
        Denominator::Voting => d.votes.map(|v| v.yes + v.no + v.abstain).ok_or("votes"),
        Denominator::None => Err("votes"),
    };
    let (Some(count), Ok(of)) = (count, of) else {
        if count.is_none() {
            acc.lack(field);
        }
        if let Err(f) = of {
            acc.lack(f);
        }
        return;
    };
    let (num, den) = t.fraction;
    let (lhs, rhs) = (
        u64::from(count) * u64::from(den),
        u64::from(num) * u64::from(of),
    );
    let ok = of > 0 && if t.inclusive { lhs >= rhs } else { lhs > rhs };
    let event = if quorum {
        CheckEvent::Quorum {
            present: count,
            of,
            denominator: t.denominator,
            fraction: t.fraction,
            inclusive: t.inclusive,
            ok,
        }
    } else {
        CheckEvent::Vote {
            yes: count,
            of,
            denominator: t.denominator,
            fraction: t.fraction,
            inclusive: t.inclusive,
            ok,
        }
    };
    ex.record(id, event);
    if !ok {
        acc.hits.push(Hit::on(field));
    }
}

/// The calendar period of `per` holding `d`: its first and last day.
fn period(d: NaiveDate, per: Per) -> Option<(NaiveDate, NaiveDate)> {
    if per == Per::Week {
        let monday =
            d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))?;
        return Some((monday, monday.checked_add_days(Days::new(6))?));
    }
    let months = match per {
        Per::Month => 1,
        Per::TwoMonths => 2,
        Per::Quarter => 3,
        Per::HalfYear => 6,
        Per::Year => 12,
        Per::None | Per::Week => return None,
    };
    let m0 = (d.month0() / months) * months;
    let first = NaiveDate::from_ymd_opt(d.year(), m0 + 1, 1)?;
    let next = first.checked_add_months(civil::Months::new(months))?;
    Some((first, next.pred_opt()?))
}

/// `from`–`to` within the months `min`–`max` of one year, or lasting `min` months.
#[inline(never)]
fn months(t: &CheckTest, d: &FormData, ex: &mut Explanation, id: &'static str, acc: &mut Acc) {
    let Some((from, to)) = d.span else {
        acc.lack("from");
        return acc.lack("to");
    };
    let (a, b) = (t.min.unwrap_or(1), t.max.unwrap_or(12));
    let ok = if t.test == TestKind::WithinMonths {
        from.year() == to.year() && from.month() >= a && to.month() <= b
    } else {
        to.succ_opt() == from.checked_add_months(civil::Months::new(a))
    };
    if !ok {
        ex.record(
            id,
            CheckEvent::Months {
                test: t.test,
                from,
                to,
                first: a,
                last: b,
            },
        );
        let mut h = Hit::on("to");
        h.dates = vec![from, to];
        acc.hits.push(h);
    }
}

/// Each record of kind `what` on the weekday set, starting at or after `starts_at` (下午).
#[inline(never)]
fn timing_records(
    t: &CheckTest,
    d: &FormData,
    ex: &mut Explanation,
    id: &'static str,
    acc: &mut Acc,
) {
    let list = t.form.records().unwrap_or("sessions");
    let Some(rows) = &d.meetings else {
        return acc.lack(list);
    };
    let set = t.starts_at.and_then(minutes);
    for (i, m) in rows.iter().enumerate() {
        if Some(m.body.as_str()) != t.what {
            continue;
        }
        let mut hit = false;
        if let Some(want) = t.weekday {
            if m.date.weekday().number_from_monday() != u32::from(want) {
                ex.record(id, CheckEvent::WrongWeekday { date: m.date, want });
                hit = true;
            }
        }
        if let (Some(want), Some(from)) = (t.starts_at, set) {
            match m.start {
                None => acc.lack("sessions[].start"),
                Some(got) if got < from => {
                    ex.record(id, CheckEvent::StartsBefore { got, want });
                    hit = true;
                }
                Some(_) => {}
            }
        }
        if hit {
            let mut h = Hit::on(list);
            h.dates.push(m.date);
            h.items.push(i as u32);
            acc.hits.push(h);
        }
    }
}

#[inline(never)]
fn per_period(t: &CheckTest, d: &FormData, ex: &mut Explanation, id: &'static str, acc: &mut Acc) {
    let list = t.form.records().unwrap_or("meetings");
    let (Some((from, to)), Some(meetings)) = (d.span, &d.meetings) else {
        if d.span.is_none() {
            acc.lack("from");
            acc.lack("to");
        }
        if d.meetings.is_none() {
            acc.lack(list);
        }
        return;
    };
    let body = t.what.unwrap_or("");
    let mut groups: Vec<Option<&str>> = Vec::new();
    if t.by_organiser {
        // Every plan the form lists (a plan without a drill is counted too), or every person of
        // the study plan's roll the test names, then any other.
        let roll = match t.roles.first() {
            Some(k) => match rolls(t.form).iter().position(|r| r == k) {
                Some(i) => match d.rolls.get(i) {
                    Some(Some(names)) => Some(names),
                    _ => return acc.lack(k),
                },
                None => None,
            },
            None => d.people.as_ref(),
        };
        for p in roll.into_iter().flatten() {
            if !groups.contains(&Some(p.as_str())) {
                groups.push(Some(p));
            }
        }
        for m in meetings.iter().filter(|m| m.body == body) {
            if m.organiser.is_none() {
                return acc.lack(match t.form {
                    Form::MeetingSchedule => "meetings[].organiser",
                    Form::StudyPlan => "sessions[].person",
                    Form::FieldWork => "trips[].person",
                    _ => "drills[].plan",
                });
            }
            if !groups.contains(&m.organiser.as_deref()) {
                groups.push(m.organiser.as_deref());
            }
        }
    } else {
        groups.push(None);
    }
    if t.sum_hours && meetings.iter().any(|m| m.body == body && m.hours.is_none()) {
        return acc.lack(if t.form == Form::FieldWork {
            "trips[].days"
        } else {
            "sessions[].hours"
        });
    }
    for g in groups {
        let mut start = from;
        while let Some((first, last)) = period(start, t.per) {
            let mut items: Vec<u32> = Vec::new();
            for (i, m) in meetings.iter().enumerate() {
                if m.body == body
                    && first <= m.date
                    && m.date <= last
                    && (g.is_none() || m.organiser.as_deref() == g)
                {
                    items.push(i as u32);
                }
            }
            let got = if t.sum_hours {
                items
                    .iter()
                    .filter_map(|i| meetings.get(*i as usize))
                    .map(|m| m.hours.unwrap_or(0))
                    .sum()
            } else {
                items.len() as u32
            };
            let whole = first >= from && last <= to;
            let few = whole && t.min.is_some_and(|m| got < m);
            let many = t.max.is_some_and(|m| got > m);
            if few || many {
                ex.record(
                    id,
                    CheckEvent::PerPeriod {
                        body,
                        organiser: g.map(str::to_owned),
                        per: t.per,
                        first,
                        last,
                        got,
                        hours: t.sum_hours,
                        days: t.form == Form::FieldWork,
                        min: t.min,
                        max: t.max,
                    },
                );
                acc.hits.push(Hit {
                    field: list.to_owned(),
                    people: g.map_or(Vec::new(), |g| vec![g.to_owned()]),
                    dates: vec![first, last],
                    items: if many { items } else { Vec::new() },
                    fact: None,
                });
            }
            if last >= to {
                break;
            }
            let Some(next) = last.succ_opt() else { break };
            start = next;
        }
    }
}

/// Refuses a `confirm` key no rule run on this form asks for (naming the nearest one).
///
/// # Errors
/// `INVALID_INPUT` naming `confirm.<key>`.
#[inline(never)]
pub fn check_facts_known(rules: &[&'static CheckRule], form: Form, d: &FormData) -> Result<()> {
    let mut known: Vec<&str> = Vec::new();
    for r in rules {
        for t in r.tests.iter().filter(|t| t.form == form) {
            for f in t.facts {
                known.push(f.key);
            }
        }
    }
    for (k, _) in d.confirm.iter() {
        if !known.contains(&k.as_str()) {
            let mut e = unknown_key(k, &[&known]);
            e.field = Some(["confirm.", k].joined(""));
            return Err(e);
        }
    }
    Ok(())
}

/// Refuses a scheduled meeting of a body no rule of the ruleset counts.
///
/// # Errors
/// `INVALID_INPUT` naming `meetings[i].body`.
#[inline(never)]
pub fn check_bodies_known(all: &[&'static CheckRule], form: Form, d: &FormData) -> Result<()> {
    let (Some(list), Some(meetings)) = (form.records(), &d.meetings) else {
        return Ok(());
    };
    let what = if form == Form::MeetingSchedule {
        "].body"
    } else {
        "].kind"
    };
    let known = bodies(all, form);
    for (i, m) in meetings.iter().enumerate() {
        if !known.contains(&m.body.as_str()) {
            return Err(Error::invalid(
                &[list, "[", &i.to_string(), what].joined(""),
                &[&known.joined("、"), " 之一"].joined(""),
                &["one of ", &known.joined(", ")].joined(""),
            ));
        }
    }
    Ok(())
}

/// The bodies counted by the `per_period` tests of these rules.
fn bodies(rules: &[&'static CheckRule], form: Form) -> Vec<&'static str> {
    let mut out = Vec::new();
    for r in rules {
        for t in r.tests.iter().filter(|t| t.form == form) {
            if let (TestKind::PerPeriod | TestKind::Timing, Some(w)) = (t.test, t.what) {
                if !out.contains(&w) {
                    out.push(w);
                }
            }
        }
    }
    out
}

/// The inputs of a check rule, as the catalog lists them: the fields its tests read, with the
/// roles, units and bodies it names as values.
#[inline(never)]
pub fn inputs(rule: &'static CheckRule) -> Vec<InputInfo> {
    let mut out: Vec<InputInfo> = Vec::new();
    // An input named twice (the list several tests count) gathers the values of each.
    let mut add = |i: InputInfo| match out.iter_mut().find(|x| x.name == i.name) {
        Some(x) => {
            for v in i.values {
                if !x.values.contains(&v) {
                    x.values.push(v);
                }
            }
        }
        None => out.push(i),
    };
    let vals = |xs: &[&str]| xs.iter().map(|x| value(x)).collect::<Vec<_>>();
    if !rule.applies_to.is_empty() {
        let (k, zh, en) = match rule.form {
            Form::Filing => ("record", "备案表、审批表", "the filing form"),
            Form::SealUse => ("document", "用印的文件材料", "the papers sealed"),
            Form::ProposalReply => ("item", "建议提案", "the suggestion or proposal"),
            Form::HospitalVisit => ("illness", "病情", "the illness"),
            Form::FieldResearch => ("post", "职务", "the post"),
            _ => ("body", "会议", "the meeting"),
        };
        add(input(k, "enum", zh, en, vals(rule.applies_to)));
    }
    for t in rule.tests {
        let l = |f: &str| label(f);
        let mut field = |name: &str, ty: &str, values: Vec<super::ValueInfo>| {
            let b = l(name);
            add(input(name, ty, &b.zh, &b.en, values));
        };
        match t.test {
            TestKind::NotTogether | TestKind::AtMostPerSection => {
                field("requests", "records", Vec::new());
                let mut roles: Vec<&str> = t.roles.to_vec();
                roles.extend(t.served.iter().copied());
                if !roles.is_empty() {
                    field("requests[].role", "enum", vals(&roles));
                }
                if !t.served.is_empty() {
                    field("requests[].serves", "names", Vec::new());
                }
                if t.pairs {
                    field("requests[].window", "string", Vec::new());
                }
                if t.test == TestKind::AtMostPerSection {
                    let kinds = LEAVE_KINDS
                        .iter()
                        .map(|k| super::ValueInfo {
                            value: k.0.into(),
                            zh: k.1.into(),
                            en: k.2.into(),
                        })
                        .collect();
                    field("requests[].kind", "enum", kinds);
                    field("requests[].section", "string", Vec::new());
                }
            }
            TestKind::OnDuty => {
                if !t.units.is_empty() {
                    field("unit", "enum", vals(t.units));
                }
                field("from", "date", Vec::new());
                field("to", "date", Vec::new());
                field("duty", "records", Vec::new());
                if t.hours > 0 {
                    field("duty[].hours", "integer", Vec::new());
                }
            }
            TestKind::Quorum | TestKind::VotePass => {
                let d = match t.denominator {
                    Denominator::Members => "members",
                    Denominator::Due => "due",
                    Denominator::Voting => "votes",
                    _ => "present",
                };
                field(
                    if t.test == TestKind::Quorum {
                        "present"
                    } else {
                        "votes"
                    },
                    if t.test == TestKind::Quorum {
                        "integer"
                    } else {
                        "votes"
                    },
                    Vec::new(),
                );
                field(
                    d,
                    if d == "votes" { "votes" } else { "integer" },
                    Vec::new(),
                );
            }
            TestKind::PerPeriod => {
                field("from", "date", Vec::new());
                field("to", "date", Vec::new());
                let list = t.form.records().unwrap_or("meetings");
                let kinds = t.what.map_or(Vec::new(), |w| vec![value(w)]);
                field(list, "records", kinds);
                if t.by_organiser && t.form == Form::DrillPlan {
                    field("plans", "names", Vec::new());
                }
                if let (true, Some(k)) = (t.by_organiser, t.roles.first()) {
                    field(k, "names", Vec::new());
                }
            }
            TestKind::Count => field(t.what.unwrap_or("proposals"), "integer", Vec::new()),
            TestKind::Persons => field(t.what.unwrap_or("supervisors"), "names", Vec::new()),
            TestKind::WithinMonths | TestKind::LastsMonths => {
                field("from", "date", Vec::new());
                field("to", "date", Vec::new());
            }
            TestKind::OffHolidays => {
                let mut kinds = vals(t.roles);
                kinds.push(value("其他公务车辆"));
                field("vehicle", "enum", kinds);
                field("from", "date", Vec::new());
                field("to", "date", Vec::new());
            }
            TestKind::Tenure => {
                field("since", "date", Vec::new());
                field("asOf", "date", Vec::new());
            }
            TestKind::Ratio => {
                field("followedUp", "integer", Vec::new());
                field("cases", "integer", Vec::new());
            }
            TestKind::Duration => {
                let w = t.what.unwrap_or("speeches");
                field(
                    w,
                    if w == "lengthMinutes" {
                        "integer"
                    } else {
                        "minutes"
                    },
                    Vec::new(),
                );
            }
            TestKind::Timing if t.form.records().is_some() => {
                let list = t.form.records().unwrap_or("sessions");
                let kinds = t.what.map_or(Vec::new(), |w| vec![value(w)]);
                field(list, "records", kinds);
            }
            TestKind::Timing => {
                if t.weekday.is_some() {
                    field("date", "date", Vec::new());
                }
                if t.starts_at.is_some() {
                    field("start", "time", Vec::new());
                }
            }
            TestKind::MustFile => {
                field("party", "enum", vec![value("unit"), value("individual")]);
                field("fineYuan", "integer", Vec::new());
                let mut kinds = vals(t.roles);
                kinds.push(value("其他"));
                field("kind", "enum", kinds);
            }
            TestKind::Confirmed => {}
        }
        // `confirmed`, `must_file`: the facts to confirm (none for the other tests).
        for f in t.facts {
            add(input(
                &["confirm.", f.key].joined(""),
                "boolean",
                f.label.zh,
                f.label.en,
                Vec::new(),
            ));
        }
    }
    out
}
