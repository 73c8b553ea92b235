//! A deadline's facts as numbers, for the snippet's builder (`deadline_facts` in `snippet.js`):
//! `deadline()` is the call a portal makes for every row of a list, and writing its facts as
//! JSON text and parsing them again was most of its cost (DESIGN.md, "How does a deadline's
//! answer reach JS?"). The rule's own texts (names, duty, trigger, notes, the extension's
//! approver) cross once per rule, in the JSON text of the rule's first answer, and the snippet
//! keeps them; each answer then crosses as the numbers below and its two sentences. An answer
//! with something the builder does not take (inputs still missing, an untrusted pack, a date it
//! cannot read) crosses as JSON text instead.

use crate::eval::period::DateRange;
use crate::kinds::deadline::DeadlineAnswer;
use crate::time::date::{parse_date, parse_moment, Due};

/// The period units and counting conventions as the answers name them, and the states of a
/// status: the numbers index these lists, which the snippet learns with a rule's texts.
const UNITS: [&str; 7] = [
    "day",
    "working_day",
    "week",
    "month",
    "year",
    "hour",
    "minute",
];
const COUNTINGS: [&str; 5] = [
    "civil",
    "start_day_counted",
    "no_roll",
    "litigation",
    "month_end",
];
const STATES: [&str; 4] = ["open", "overdue", "done_in_time", "done_late"];

/// [`UNITS`], [`COUNTINGS`] and [`STATES`] as the snippet reads them (a list that differed would
/// name another unit or state than the JSON text does: `tests/js/deadline-facts.test.mjs`).
pub const NAMES: &str = r#"{"units":["day","working_day","week","month","year","hour","minute"],"countings":["civil","start_day_counted","no_roll","litigation","month_end"],"states":["open","overdue","done_in_time","done_late"]}"#;

/// How many numbers [`numbers`] writes.
pub const LEN: usize = 32;

/// The key the snippet keeps a rule's texts under: where its id lives (in a pack, for the life
/// of the module: two rules never share it).
pub fn key(a: &DeadlineAnswer) -> f64 {
    a.rule.as_ptr() as usize as f64
}

/// The answer's two sentences, its `text` and its status's, in one string (one decoding in JS):
/// joined by a NUL, which a status's sentence never holds (the snippet splits at the last one).
pub fn sentences(a: &DeadlineAnswer) -> String {
    let status = a.status.as_ref().map_or("", |s| s.text.as_str());
    let mut both = String::with_capacity(a.text.len() + 1 + status.len());
    both.push_str(&a.text);
    both.push('\0');
    both.push_str(status);
    both
}

/// The answer's facts as numbers (see `deadline_facts` in `snippet.js` for the layout; a null is
/// NaN, an absent date −1), or `None` when the builder cannot take them.
pub fn numbers(a: &DeadlineAnswer) -> Option<[f64; LEN]> {
    let ex = &a.explanation;
    if !ex.missing.is_empty() || ex.untrusted_rules {
        return None;
    }
    let mut n = [f64::NAN; LEN];
    let mut put = |i: usize, v: f64| {
        if let Some(slot) = n.get_mut(i) {
            *slot = v;
        }
    };
    put(0, key(a));
    let (day, time) = due_numbers(a.start)?;
    put(1, day);
    put(2, time);
    let (day, time) = due_numbers(a.due)?;
    put(3, day);
    put(4, time);
    put_range(&mut put, 5, a.due_range.as_ref())?;
    let earliest = match a.earliest.as_deref() {
        Some(text) => when(text)?.0,
        None => -1.0,
    };
    put(10, earliest);
    let (day, time) = match a.extended_due {
        Some(due) => due_numbers(due)?,
        None => (-1.0, -1.0),
    };
    put(11, day);
    put(12, time);
    put_range(&mut put, 13, a.extended_due_range.as_ref())?;
    put(18, flag(a.extension.is_some()));
    put(19, flag(a.extension.as_ref().is_some_and(|e| e.granted)));
    put(20, flag(a.period.is_some()));
    if let Some(p) = &a.period {
        put(21, f64::from(p.amount));
        put(22, index(&UNITS, p.unit)?);
        put(23, index(&COUNTINGS, p.counting)?);
        put(24, p.calendar_days as f64);
        put(25, p.working_days.map_or(f64::NAN, |d| d as f64));
    }
    put(26, flag(a.status.is_some()));
    if let Some(s) = &a.status {
        put(27, index(&STATES, s.state)?);
        put(28, due_numbers(s.on)?.0);
        put(29, s.days_left.map_or(f64::NAN, |d| d as f64));
        put(30, s.days_over.map_or(f64::NAN, |d| d as f64));
    }
    put(31, flag(ex.provisional));
    Some(n)
}

fn flag(b: bool) -> f64 {
    f64::from(u8::from(b))
}

fn index(names: &[&str], name: &str) -> Option<f64> {
    names.iter().position(|n| *n == name).map(|i| i as f64)
}

/// A range's presence and its two ends at `at`…`at + 4`.
fn put_range(put: &mut impl FnMut(usize, f64), at: usize, r: Option<&DateRange>) -> Option<()> {
    put(at, flag(r.is_some()));
    if let Some(r) = r {
        let (day, time) = when(&r.earliest)?;
        put(at + 1, day);
        put(at + 2, time);
        let (day, time) = when(&r.latest)?;
        put(at + 3, day);
        put(at + 4, time);
    }
    Some(())
}

/// `YYYY-MM-DD` as (YYYYMMDD, −1), `YYYY-MM-DDTHH:MM` as (YYYYMMDD, HHMM); `None` otherwise.
fn when(text: &str) -> Option<(f64, f64)> {
    due_numbers(if text.len() == 10 {
        Due::Date(parse_date(text, "").ok()?)
    } else {
        Due::Moment(parse_moment(text, "").ok()?)
    })
}

/// A date as (YYYYMMDD, −1), a moment as (YYYYMMDD, HHMM); `None` for a year of other than four
/// digits.
fn due_numbers(due: Due) -> Option<(f64, f64)> {
    let (date, time) = match due {
        Due::Date(d) => (d, -1.0),
        Due::Moment(t) => (t.date(), f64::from(t.hour() * 100 + t.minute())),
    };
    // Four-digit years only: the snippet writes the year as it reads, as `format_date` writes it.
    let year = u32::try_from(date.year())
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    Some((
        f64::from(year * 10_000 + date.month() * 100 + date.day()),
        time,
    ))
}
