//! Timelines: a whole procedure (信访, 行政复议, 问责 …) as one answer, and its iCalendar export.
//!
//! Here the evaluation; the data shape of a procedure (`data.rs`, its steps deadline rules) and its
//! reader (`datagen.rs`, the build script's); the events and their zh/en text (`explain.rs`). Not a
//! kind of rule of the list (`list.rs`): a procedure is asked for by `timeline()`, and catalogued
//! as a ruleset's `procedures`.

/// The data shape of a procedure: its events and its steps, each a deadline rule started by an
/// event or an earlier step. A pack keeps procedures in a section of their own (`procedure`,
/// items without a rule's meta: `crate::rules::section::Part`). The datagen includes this file too
/// (`build/main.rs`), so the packs are written with the types they are read with. (No inner doc
/// comment in the file: `include!` takes none.)
pub mod data;
pub mod explain;

use crate::base::small_map::SmallMap;
use crate::base::text::Joined;
use crate::error::{Error, ErrorCode, Result};
use crate::eval::lookup::{self, Common};
use crate::eval::period::{DateRange, Start};
use crate::explain::{Bilingual, Explanation};
use crate::input::value::{Query, Value};
use crate::kinds::deadline::{self, DeadlineInput, Status};
use crate::kinds::timeline::explain::TimelineEvent;
use crate::rules::registry;
use crate::rules::section::Part;
use crate::time::calendar::Calendar;
use crate::time::date::Due;
use data::Procedure;
use serde::Serialize;

/// The keys a timeline query reads beside those every query shares: the procedure and the events
/// recorded.
pub const KEYS: &[&str] = &["procedure", "events"];

/// One step of a timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineStep {
    /// Step id (also the event name that records its completion).
    pub id: String,
    /// Name.
    pub name: Bilingual,
    /// The deadline rule behind it.
    pub rule: String,
    /// Inventory ids.
    pub refs: Vec<String>,
    /// The event that starts its clock.
    pub from: String,
    /// The date that started the clock, once known.
    pub start: Option<String>,
    /// Due date, once the clock has started.
    pub due: Option<String>,
    /// When `due` rests on a year whose holiday notice is not published: its earliest and
    /// latest possible date.
    pub due_range: Option<DateRange>,
    /// Due date with the extension, if the rule allows one.
    pub extended_due: Option<String>,
    /// Before the step's clock has started: the latest date it can fall due, counting from the
    /// latest date the earlier step that starts it can be done (its due date).
    pub latest_due: Option<String>,
    /// The range of `latest_due`, when provisional.
    pub latest_due_range: Option<DateRange>,
    /// The same with the extension the rule allows.
    pub latest_extended_due: Option<String>,
    /// An office-internal step (a citizen's view may leave it out).
    pub internal: bool,
    /// Whether the extension was recorded as granted.
    pub extended: bool,
    /// `waiting` (clock not started), `open`, `overdue`, `done_in_time`, `done_late`.
    pub status: &'static str,
    /// Days left (open) or over (overdue, done late).
    pub days_left: Option<i64>,
    /// Days over.
    pub days_over: Option<i64>,
    /// Status sentence in the requested language.
    pub status_text: String,
    /// The article it rests on.
    pub article: String,
}

/// The answer of [`timeline`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineAnswer {
    /// Procedure id.
    pub procedure: String,
    /// Ruleset.
    pub ruleset: String,
    /// Name.
    pub name: Bilingual,
    /// As-of date used for statuses.
    pub as_of: Option<String>,
    /// Steps in order.
    pub steps: Vec<TimelineStep>,
    /// The next step to watch: the first that is open or overdue.
    pub next: Option<String>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(TimelineAnswer);

/// The procedure with this id in `ruleset`.
///
/// # Errors
/// `MISSING_INPUT` / `UNKNOWN_RULE`.
pub fn find(ruleset: &str, q: &Query) -> Result<&'static Procedure> {
    let id = q.req_str("procedure")?;
    let procedures = Procedure::of(registry::pack(ruleset)?);
    procedures.iter().find(|p| p.id == id).ok_or_else(|| {
        let known: Vec<&str> = procedures.iter().map(|p| p.id).collect();
        Error::new(
            ErrorCode::UnknownRule,
            Some("procedure"),
            format!(
                "规则集 `{ruleset}` 中没有程序 `{id}`（可用：{}）",
                known.joined("、")
            ),
            format!(
                "ruleset `{ruleset}` has no procedure `{id}` (known: {})",
                known.joined(", ")
            ),
        )
    })
}

fn events(p: &Procedure, q: &Query) -> Result<SmallMap<String, Start>> {
    let mut out = SmallMap::new();
    let Some(obj) = q.opt_object("events")? else {
        return Ok(out);
    };
    for (name, v) in obj {
        let field = format!("events.{name}");
        let known = p.events.iter().any(|(e, _)| e == name)
            || p.steps
                .iter()
                .any(|s| s.id == name || s.extended_by == Some(name.as_str()));
        if !known {
            let mut names: Vec<&str> = p.events.iter().map(|(e, _)| *e).collect();
            names.extend(p.steps.iter().map(|s| s.id));
            names.extend(p.steps.iter().filter_map(|s| s.extended_by));
            return Err(Error::invalid(
                &field,
                &format!("{} 之一", names.joined("、")),
                &format!("one of {}", names.joined(", ")),
            ));
        }
        match v {
            Value::Null => {}
            Value::String(s) => {
                out.insert(name.clone(), deadline::parse_when(s, &field)?);
            }
            _ => {
                return Err(Error::invalid(
                    &field,
                    "日期 YYYY-MM-DD 或时刻 YYYY-MM-DDTHH:MM",
                    "a YYYY-MM-DD date or YYYY-MM-DDTHH:MM moment",
                ))
            }
        }
    }
    Ok(out)
}

/// The start of a step: hour limits need a moment; day limits use the event's date.
fn step_start(
    rule: &'static crate::kinds::deadline::data::DeadlineRule,
    at: Start,
    event: &str,
) -> Result<Start> {
    let hourly = matches!(
        rule.unit,
        crate::rules::model::Unit::Hour | crate::rules::model::Unit::Minute
    ) && rule.kind == crate::kinds::deadline::data::DeadlineKind::After;
    match (hourly, at) {
        (true, Start::Date(_)) => Err(Error::invalid(
            &format!("events.{event}"),
            "时刻 YYYY-MM-DDTHH:MM（按小时计算的期限）",
            "a YYYY-MM-DDTHH:MM moment (an hour-based limit)",
        )),
        (false, Start::Moment(t)) => Ok(Start::Date(t.date())),
        _ => Ok(at),
    }
}

/// Evaluates `{ ruleset, procedure, events: { name: date }, asOf?, readings?, provisional?, lang? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed events.
///
/// # Example: a 文山 petition received on 2026-08-03
/// ```
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = zhengwu::parse_json(r#"{"ruleset":"wenshan-hrss-2019","procedure":"wenshan.petition",
///     "events":{"received":"2026-08-03"}}"#).and_then(zhengwu::Query::from_value)?;
/// let a = zhengwu::timeline(&cal, &q)?;
/// // Every step has a due date or the latest date it can have, with its article.
/// assert!(a.steps.iter().all(|s| s.due.is_some() || s.latest_due.is_some() || s.internal));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn timeline(cal: &Calendar, q: &Query) -> Result<TimelineAnswer> {
    crate::input::keys::check(crate::input::keys::Entry::Rules(KEYS), q, &[])?;
    let c = lookup::common(q)?;
    let p = find(&c.ruleset, q)?;
    let ev = events(p, q)?;
    let mut ex = c.explanation();
    let mut steps = Vec::new();
    if let Some((first, label)) = p.events.first() {
        if !ev.contains_key(*first) {
            ex.need(&format!("events.{first}"), label.into());
        }
    }
    // The latest date each event can happen, from the steps that bring it about.
    let mut latest_events: SmallMap<&str, Start> = SmallMap::new();
    for s in p.steps {
        if let Some(cond) = s.only_if {
            if !ev.contains_key(cond) {
                continue;
            }
        }
        let rule =
            deadline::find(s.rule).ok_or_else(|| Error::unknown_rule("procedure", s.rule))?;
        let mut step = waiting_step(s, rule, &ev, c.lang);
        if let Some(start) = ev.get(s.from) {
            match past_calendar(step_deadline(cal, rule, s, *start, &ev, &c), &mut ex)? {
                Some(a) => {
                    fill_from_answer(&mut step, &a, &c);
                    ex.absorb(a.explanation);
                }
                None => ex.cite_rule(&rule.meta),
            }
        } else if let Some(latest_start) = latest_events.get(s.from) {
            let latest = step_deadline(cal, rule, s, *latest_start, &ev, &c);
            if let Some(a) = past_calendar(latest, &mut ex)? {
                step.latest_due = Some(a.due.iso());
                step.latest_due_range = a.due_range.clone();
                step.latest_extended_due = a.extended_due.map(Due::iso);
                ex.provisional |= a.explanation.provisional;
            }
            ex.cite_rule(&rule.meta);
        } else {
            ex.cite_rule(&rule.meta);
        }
        // Until the event this step brings about is known, it happens at the latest on the
        // step's done date or else its (extended, if granted) due date.
        let done_by = done_on(s, &ev).or_else(|| {
            let due = if step.extended {
                step.extended_due.as_ref().or(step.due.as_ref())
            } else {
                step.due.as_ref()
            };
            due.or(step.latest_due.as_ref())
                .and_then(|d| deadline::parse_when(d, "due").ok())
        });
        if let Some(at) = done_by {
            for event in [Some(s.id), s.completes].into_iter().flatten() {
                // The first step that brings an event about sets its latest date.
                if !ev.contains_key(event) && !latest_events.contains_key(event) {
                    latest_events.insert(event, at);
                }
            }
        }
        steps.push(step);
    }
    lookup::check_readings(&c, &[&ex])?;
    let next = steps
        .iter()
        .find(|s| matches!(s.status, "open" | "overdue"))
        .map(|s| s.id.clone());
    let text = match steps.iter().find(|s| Some(&s.id) == next.as_ref()) {
        Some(s) => c
            .lang
            .pick(
                &format!(
                    "下一步：{}，期限 {}（{}）",
                    s.name.zh,
                    s.due.as_deref().unwrap_or("—"),
                    s.status_text
                ),
                &format!(
                    "next: {}, due {} ({})",
                    s.name.en,
                    s.due.as_deref().unwrap_or("—"),
                    s.status_text
                ),
            )
            .to_owned(),
        None => c.lang.pick("没有待办步骤", "no open step").to_owned(),
    };
    Ok(TimelineAnswer {
        procedure: p.id.to_owned(),
        ruleset: p.ruleset.to_owned(),
        name: (&p.name).into(),
        as_of: c.as_of.map(crate::time::date::format_date),
        steps,
        next,
        text,
        explanation: ex,
    })
}

/// A step's deadline, or None with a warning when (with `strict`) it lies past the published
/// calendar: one step's date never sinks the whole timeline.
fn past_calendar(
    r: Result<deadline::DeadlineAnswer>,
    ex: &mut Explanation,
) -> Result<Option<deadline::DeadlineAnswer>> {
    match r {
        Ok(a) => Ok(Some(a)),
        Err(e) if e.code == ErrorCode::OutOfCalendarRange => {
            ex.warn(TimelineEvent::StepPastCalendar {
                zh: e.message.clone(),
                en: e.message_en.clone(),
            });
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// A step whose clock has not started.
fn waiting_step(
    s: &data::ProcStep,
    rule: &'static crate::kinds::deadline::data::DeadlineRule,
    ev: &SmallMap<String, Start>,
    lang: lookup::Lang,
) -> TimelineStep {
    TimelineStep {
        id: s.id.to_owned(),
        name: (&s.name).into(),
        rule: s.rule.to_owned(),
        refs: rule.meta.refs.iter().map(|r| (*r).to_owned()).collect(),
        from: s.from.to_owned(),
        start: None,
        due: None,
        due_range: None,
        extended_due: None,
        latest_due: None,
        latest_due_range: None,
        latest_extended_due: None,
        internal: s.internal,
        extended: s.extended_by.is_some_and(|e| ev.contains_key(e)),
        status: "waiting",
        days_left: None,
        days_over: None,
        status_text: lang.pick("尚未起算", "clock not started").to_owned(),
        article: rule
            .meta
            .cites
            .first()
            .map(|c| c.article)
            .unwrap_or("")
            .to_owned(),
    }
}

/// When the step was done: its own event, or the event it brings about (the notice of
/// acceptance is served on the 受理日 `accepted`: 文山 第五十六条(二)1 "以送达之日为信访案件受理日期").
fn done_on(s: &data::ProcStep, ev: &SmallMap<String, Start>) -> Option<Start> {
    ev.get(s.id)
        .or_else(|| s.completes.and_then(|e| ev.get(e)))
        .copied()
}

/// The step's deadline counted from `start`.
fn step_deadline(
    cal: &Calendar,
    rule: &'static crate::kinds::deadline::data::DeadlineRule,
    s: &data::ProcStep,
    start: Start,
    ev: &SmallMap<String, Start>,
    c: &Common,
) -> Result<deadline::DeadlineAnswer> {
    let input = DeadlineInput {
        start: step_start(rule, start, s.from)?,
        extended: s.extended_by.is_some_and(|e| ev.contains_key(e)),
        done: done_on(s, ev),
        pauses: Vec::new(),
        set_due: None,
    };
    let sub_c = Common {
        ruleset: rule.meta.ruleset.to_owned(),
        ..c.clone()
    };
    deadline::evaluate(cal, rule, &input, &sub_c).map_err(|e| e.in_field("events"))
}

/// Copies a started step's dates and status from its deadline answer.
fn fill_from_answer(step: &mut TimelineStep, a: &deadline::DeadlineAnswer, c: &Common) {
    step.start = Some(a.start.iso());
    step.due = Some(a.due.iso());
    step.due_range = a.due_range.clone();
    step.extended_due = a.extended_due.map(Due::iso);
    match &a.status {
        Some(Status {
            state,
            days_left,
            days_over,
            text,
            ..
        }) => {
            step.status = state;
            step.days_left = *days_left;
            step.days_over = *days_over;
            step.status_text = text.clone();
        }
        None => {
            step.status = "open";
            step.status_text = c
                .lang
                .pick(
                    "未给出查询日期，不判断是否逾期",
                    "no as-of date was given, so no status is given",
                )
                .to_owned();
        }
    }
}

// ------------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

/// `2026-10-01T23:30` → `20261001T2330`.
fn compact(iso: &str) -> String {
    iso.replace(['-', ':'], "")
}

fn ics_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for ch in line.chars() {
        let w = ch.len_utf8();
        if len + w > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(ch);
        len += w;
    }
    out.push_str("\r\n");
    out
}

/// The timeline as iCalendar text: one all-day event per step that has a due date.
///
/// `DTSTAMP` is required by RFC 5545; since nothing here reads the clock it is the `asOf` date
/// (or the date of the first event, whose moment's time of day is dropped) at 00:00 UTC.
///
/// # Errors
/// As [`timeline`].
pub fn timeline_ics(cal: &Calendar, q: &Query) -> Result<String> {
    let t = timeline(cal, q)?;
    let stamp = t
        .as_of
        .clone()
        .or_else(|| t.steps.iter().find_map(|s| s.start.clone()))
        .unwrap_or_else(|| "2000-01-01".into());
    let stamp = compact(stamp.split('T').next().unwrap_or(&stamp));
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//zhengwu//timeline//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(l));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", ics_escape(&t.name.zh))));
    for s in &t.steps {
        // The due date once the clock has started (extended, if granted); before that, the
        // latest date the step can fall due.
        let started = s
            .extended_due
            .as_ref()
            .filter(|_| s.extended)
            .or(s.due.as_ref());
        let (due, latest) = match (started, &s.latest_due) {
            (Some(d), _) => (d, false),
            (None, Some(d)) => (d, true),
            (None, None) => continue,
        };
        // All-day events for dates; floating local (Beijing wall-clock) times for hour limits.
        let (start_line, end_line) = match deadline::parse_when(due, "due") {
            Ok(Start::Date(d)) => {
                let next = d.succ_opt().unwrap_or(d);
                (
                    format!(
                        "DTSTART;VALUE=DATE:{}",
                        compact(&crate::time::date::format_date(d))
                    ),
                    format!(
                        "DTEND;VALUE=DATE:{}",
                        compact(&crate::time::date::format_date(next))
                    ),
                )
            }
            Ok(Start::Moment(t)) => {
                let at = format!("{}00", compact(&crate::time::date::format_moment(t)));
                (format!("DTSTART:{at}"), format!("DTEND:{at}"))
            }
            Err(_) => continue,
        };
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!(
            "UID:{}-{}-{}@zhengwu",
            t.procedure,
            s.id,
            compact(due)
        )));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}T000000Z")));
        out.push_str(&fold(&start_line));
        out.push_str(&fold(&end_line));
        out.push_str(&fold(&format!(
            "SUMMARY:{}{}（{}）",
            ics_escape(&s.name.zh),
            if latest { "最迟期限" } else { "期限" },
            ics_escape(&s.article)
        )));
        // A provisional date says how far the next holiday notice can still move it.
        let range = if latest {
            &s.latest_due_range
        } else {
            &s.due_range
        };
        let range_note = range
            .as_ref()
            .map(|r| {
                format!(
                    "\\n节假日安排尚未公布，临时推算：可能在 {} 至 {} 之间",
                    r.earliest, r.latest
                )
            })
            .unwrap_or_default();
        out.push_str(&fold(&format!(
            "DESCRIPTION:{}\\n{}{}\\n{}",
            ics_escape(&t.name.zh),
            ics_escape(&s.status_text),
            range_note,
            ics_escape(&s.name.en)
        )));
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    Ok(out)
}
