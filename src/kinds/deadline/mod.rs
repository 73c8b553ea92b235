//! Deadlines: when a time limit of a seed falls due, and whether it was met.
//!
//! Here the evaluation and the [`Capability`]; the data shape and its pack encoding are
//! `data.rs` (shared with the datagen), the events and their zh/en text `explain.rs`.

/// The data shape of deadline rules. With its pack encoding (`codec_rule!`); the datagen includes
/// this file too (`build/main.rs`), so the packs are written with the types and encoding they are
/// read with. (No inner doc comment in the file: `include!` takes none.)
pub mod data;
pub mod explain;

use crate::error::{Error, ErrorCode, Result};
use crate::eval::kind::{simple, Capability, InputInfo};
use crate::eval::lookup::{self, Common};
use crate::eval::period::{self, Counted, Due, Pause, Period, Start};
use crate::explain::{Bilingual, Explanation, PeriodEvent};
use crate::input::value::Query;
use crate::kinds::deadline::data::{DeadlineKind, DeadlineRule, Every};
use crate::kinds::deadline::explain::DeadlineEvent;
use crate::rules::model::{Aspect, Cite, Counting, Effect, Text, Unit};
use crate::rules::registry;
use crate::time::calendar::Calendar;
use crate::time::date::{format_date, last_day_of_month, parse_date, parse_moment};
use crate::time::civil::{self, NaiveDate};
use serde::Serialize;

/// The keys a query of this kind reads beside those every query shares: the start, whether it was
/// extended or done, pauses, a due date set by someone else.
pub const KEYS: &[&str] = &["start", "extended", "done", "pauses", "setDue"];

/// Where a duty stands on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// `done_in_time`, `done_late`, `open` or `overdue`.
    pub state: &'static str,
    /// The day the status is given for (`asOf`, or the day it was done), written `YYYY-MM-DD`.
    pub on: Due,
    /// Calendar days left until the due date (open), 0 on the due date.
    pub days_left: Option<i64>,
    /// Calendar days past the due date (overdue or done late).
    pub days_over: Option<i64>,
    /// In the user's language: a sentence.
    pub text: String,
}

/// The answer of [`deadline`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineAnswer {
    /// The rule applied.
    pub rule: &'static str,
    /// Its ruleset.
    pub ruleset: &'static str,
    /// Inventory ids it implements.
    pub refs: &'static [&'static str],
    /// Its name.
    pub name: Text,
    /// What must be done.
    pub duty: Text,
    /// What starts the clock.
    pub trigger: Text,
    /// The trigger date or moment as given (written `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`).
    pub start: Due,
    /// The due date (`YYYY-MM-DD`, due by 24:00) or moment (`YYYY-MM-DDTHH:MM`).
    pub due: Due,
    /// When `due` rests on a year whose holiday notice is not published: the earliest and
    /// latest date the notice can make it (`due` itself is the date under the law alone).
    pub due_range: Option<period::DateRange>,
    /// For windows ("会前N个工作日内" read as a window): the earliest day.
    pub earliest: Option<String>,
    /// The due date if the extension the rule allows is granted.
    pub extended_due: Option<Due>,
    /// The range of `extended_due`, when provisional.
    pub extended_due_range: Option<period::DateRange>,
    /// The extension: amount, unit and approver.
    pub extension: Option<ExtensionInfo>,
    /// The period as counted.
    pub period: Option<Counted>,
    /// A soft limit (一般, 原则上).
    pub soft: bool,
    /// Notes on the rule: doubts about the text, readings the data took.
    pub note: Option<Text>,
    /// What the seed says happens on expiry.
    pub on_expiry: Option<Text>,
    /// Status as of `asOf` or of the `done` date.
    pub status: Option<Status>,
    /// A one-line answer in the requested language.
    pub text: String,
    /// Citations, trace, ambiguities, conflicts, missing, rules version.
    #[serde(flatten)]
    pub explanation: Explanation,
}
crate::explain::explained!(DeadlineAnswer);

/// The extension a rule allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtensionInfo {
    /// At most this much longer.
    pub amount: u32,
    /// Unit.
    pub unit: &'static str,
    /// Who approves it.
    pub approver: Text,
    /// Whether the query says it was granted (`extended: true`).
    pub granted: bool,
}

/// The inputs of a deadline evaluation, parsed.
#[derive(Debug, Clone)]
pub struct DeadlineInput {
    /// Trigger.
    pub start: Start,
    /// Whether the extension was granted.
    pub extended: bool,
    /// When the duty was done, if it was (a date, or a moment for hour limits).
    pub done: Option<Start>,
    /// Excluded intervals.
    pub pauses: Vec<Pause>,
    /// The externally set due date (rules of kind `set_by_input`).
    pub set_due: Option<NaiveDate>,
}

fn parse_start(q: &Query, rule: &'static DeadlineRule) -> Result<Start> {
    let text = q.req_str("start")?;
    let hourly =
        matches!(rule.unit, Unit::Hour | Unit::Minute) && matches!(rule.kind, DeadlineKind::After);
    if hourly || text.contains('T') {
        let t = parse_moment(text, "start")?;
        Ok(if hourly {
            Start::Moment(t)
        } else {
            Start::Date(t.date())
        })
    } else {
        Ok(Start::Date(parse_date(text, "start")?))
    }
}

/// Parses a date, or a moment when the text has a time (`T`).
///
/// # Errors
/// `INVALID_DATE`.
pub fn parse_when(text: &str, field: &str) -> Result<Start> {
    if text.contains('T') {
        Ok(Start::Moment(parse_moment(text, field)?))
    } else {
        Ok(Start::Date(parse_date(text, field)?))
    }
}

fn parse_input(q: &Query, rule: &'static DeadlineRule) -> Result<DeadlineInput> {
    Ok(DeadlineInput {
        start: parse_start(q, rule)?,
        extended: q.opt_bool("extended")?.unwrap_or(false),
        done: q
            .opt_str("done")?
            .map(|s| parse_when(s, "done"))
            .transpose()?,
        pauses: period::parse_pauses(q)?,
        set_due: q
            .opt_str("setDue")?
            .map(|s| parse_date(s, "setDue"))
            .transpose()?,
    })
}

/// Evaluates a deadline query: `{ ruleset, rule | ref, start, extended?, done?, pauses?, setDue?,
/// asOf?, readings?, provisional?, lang?, reasons? }`.
///
/// # Errors
/// Typed errors for unknown ids and malformed inputs; `OUT_OF_CALENDAR_RANGE` for working-day
/// questions outside the calendar.
///
/// # Example: a petition reply across the National Day holiday
/// ```
/// use zhengwu::{Query, Value};
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = Query::from_pairs([
///     ("ruleset", Value::String("wenshan-hrss-2019".into())),
///     ("ref", Value::String("DL-004-056-09".into())),
///     ("start", Value::String("2026-08-03".into())),
/// ]);
/// let a = zhengwu::deadline(&cal, &q)?;
/// // 60 days after 3 August is 2 October, inside the National Day holiday (1–7 October);
/// // the period ends on the first working day after it, Thursday 8 October.
/// assert_eq!(a.due, "2026-10-08");
/// assert!(!a.explanation.steps.is_empty());
///
/// // The facts alone (a list of many due dates): the same date, nothing recorded for the reasons.
/// let facts = Query::from_pairs([
///     ("ruleset", Value::String("wenshan-hrss-2019".into())),
///     ("ref", Value::String("DL-004-056-09".into())),
///     ("start", Value::String("2026-08-03".into())),
///     ("reasons", Value::Bool(false)),
/// ]);
/// let b = zhengwu::deadline(&cal, &facts)?;
/// assert_eq!(b.due, "2026-10-08");
/// assert!(b.explanation.steps.is_empty() && b.explanation.citations.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn deadline(cal: &Calendar, q: &Query) -> Result<DeadlineAnswer> {
    crate::input::keys::check(crate::input::keys::Entry::Rules(KEYS), q, &[])?;
    let c = lookup::common(q)?;
    let rule = lookup::select::<DeadlineRule>(&c)?;
    let input = parse_input(q, rule)?;
    let mut answer = evaluate(cal, rule, &input, &c)?;
    lookup::note_shared_ref::<DeadlineRule>(&c, &mut answer.explanation);
    lookup::check_readings(&c, &[&answer.explanation])?;
    Ok(answer)
}

/// The deadline rule with this id (any ruleset).
pub fn find(id: &str) -> Option<&'static DeadlineRule> {
    registry::by_id(id)
}

/// Evaluates a deadline rule on parsed input.
///
/// # Errors
/// As [`deadline`].
pub fn evaluate(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    c: &Common,
) -> Result<DeadlineAnswer> {
    answer(cal, rule, input, c).map(|(a, _)| a)
}

/// [`evaluate`], with the due date it answers as a value.
fn answer(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    c: &Common,
) -> Result<(DeadlineAnswer, Due)> {
    let mut ex = c.explanation();
    let id = rule.meta.id;
    ex.cite_rule(&rule.meta);
    let start_date = input.start.date();
    lookup::check_in_force(&rule.meta, start_date, &mut ex);
    ex.record(
        id,
        DeadlineEvent::RuleApplied {
            name: rule.meta.name,
            article: cite_article(rule),
            duty: rule.duty,
        },
    );

    let period = effective_period(rule, c, &mut ex);
    let (due, earliest) = compute_due(cal, rule, input, period, c, &mut ex)?;
    if let Due::Date(d) = due {
        if cal.subject_to_next_notice(d) && !c.mode.provisional {
            ex.warn(DeadlineEvent::InUnsettledDays { day: d });
        }
    }
    let due_bounds = period::bound(cal, c.mode, start_date, due, &|mode| {
        due_under(cal, rule, input, period, c, mode)
    });
    note_range(cal, id, &DUE_TEXT, due, &due_bounds, &mut ex);

    let extended = extension(cal, rule, input, period, due, c, &mut ex)?;
    let (extended_due, extension) = (extended.due, extended.info);
    let extended_due_range = extended.bounds.answer();
    conflicts(cal, rule, input, c, &mut ex)?;
    lookup::note_remaining_ambiguities(&rule.meta, c, &mut ex);

    let effective_due = if input.extended {
        extended_due.unwrap_or(due)
    } else {
        due
    };
    let status = status(effective_due, input.done, c.as_of, c.lang);
    let counted = match (rule.kind, due) {
        (DeadlineKind::After, Due::Date(d)) => {
            Some(period::counted(cal, start_date, d, period, c.mode))
        }
        _ => None,
    };
    let text = one_line(rule, due, extended_due, c.lang);
    let answer = DeadlineAnswer {
        rule: id,
        ruleset: rule.meta.ruleset,
        refs: rule.meta.refs,
        name: rule.meta.name,
        duty: rule.duty,
        trigger: rule.trigger,
        start: match input.start {
            Start::Date(d) => Due::Date(d),
            Start::Moment(t) => Due::Moment(t),
        },
        due,
        due_range: due_bounds.answer(),
        earliest,
        extended_due,
        extended_due_range,
        extension,
        period: counted,
        soft: rule.soft,
        note: rule.meta.note,
        on_expiry: rule.on_expiry,
        status,
        text,
        explanation: ex,
    };
    Ok((answer, due))
}

/// The due date under another calendar mode (a provisional date's earliest or latest reading),
/// its explanation thrown away.
fn due_under(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    period: Period,
    c: &Common,
    mode: crate::time::calendar::Mode,
) -> Result<Due> {
    let under = Common { mode, ..c.clone() };
    compute_due(
        cal,
        rule,
        input,
        period,
        &under,
        &mut Explanation::facts_only(),
    )
    .map(|r| r.0)
}

/// The due date under `c`'s calendar mode (and, for "会前N个工作日内" read as a window, the
/// window's first day).
fn compute_due(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    period: Period,
    c: &Common,
    ex: &mut Explanation,
) -> Result<(Due, Option<String>)> {
    let id = rule.meta.id;
    let start_date = input.start.date();
    let mut earliest = None;
    let due = match rule.kind {
        DeadlineKind::After => match (input.start, office_hours(rule, c, ex)) {
            (Start::Moment(t), true) if matches!(period.unit, Unit::Hour | Unit::Minute) => {
                if !input.pauses.is_empty() {
                    return Err(period::hours_cannot_pause());
                }
                let minutes =
                    i64::from(period.amount) * if period.unit == Unit::Hour { 60 } else { 1 };
                Due::Moment(period::add_office_minutes(cal, t, minutes, c.mode, id, ex)?)
            }
            _ => period::add(cal, input.start, period, &input.pauses, c.mode, id, ex)?,
        },
        DeadlineKind::Before => {
            let latest = period::before(cal, start_date, period, c.mode, id, ex)?;
            if let Some(b14) = lookup::deciding(rule.meta.ambiguities, Aspect::BeforeEvent) {
                if lookup::effect(b14, c, ex, None) == Effect::WindowBeforeEvent {
                    earliest = Some(format_date(latest));
                    let last = cal.add_working_days(start_date, -1, c.mode, "start")?;
                    ex.record(
                        id,
                        DeadlineEvent::WindowRead {
                            earliest: latest,
                            latest: last,
                        },
                    );
                    Due::Date(last)
                } else {
                    Due::Date(latest)
                }
            } else {
                Due::Date(latest)
            }
        }
        DeadlineKind::SameDay | DeadlineKind::Immediately => {
            same_day(cal, rule, input.start, c, ex)?
        }
        DeadlineKind::FixedDate => Due::Date(fixed_date(cal, rule, start_date, c, ex)?),
        DeadlineKind::Recurring => {
            let next = recurring(rule, start_date, ex)?;
            note_no_day(rule, next, c, ex);
            Due::Date(apply_b13(cal, rule, next, c, ex)?)
        }
        DeadlineKind::SetByInput => match input.set_due {
            Some(d) => {
                ex.record(id, DeadlineEvent::SetByBody { due: d });
                Due::Date(d)
            }
            None => {
                ex.need(
                    "setDue",
                    Bilingual::new(
                        "另行确定的办理时限（日期）",
                        "the time limit set by the competent body (a date)",
                    ),
                );
                Due::Date(start_date)
            }
        },
    };
    Ok((due, earliest))
}

/// What a due date's range sentence calls it.
const DUE_TEXT: Text = Text {
    zh: "期限",
    en: "the due date",
};

/// Marks the explanation provisional and says, in the trace and as a warning, how far the next
/// notice can move `date`.
fn note_range(
    cal: &Calendar,
    rule: &'static str,
    what: &Text,
    date: Due,
    bounded: &period::Bounded,
    ex: &mut Explanation,
) {
    ex.provisional |= bounded.provisional;
    if let Some((earliest, latest)) = bounded.range {
        // Said twice, as a step and as a warning: built twice (cheaper in the module than Clone).
        let event = || PeriodEvent::Projected {
            what: *what,
            year: cal.last().year() + 1,
            law: date,
            earliest,
            latest,
        };
        ex.warn(event());
        ex.record(rule, event());
    }
}

fn cite_article(rule: &'static DeadlineRule) -> &'static str {
    rule.meta.cites.first().map(|c| c.article).unwrap_or("")
}

/// The period after applying readings that change it (B15 trigger day counted, B16 unit).
fn effective_period(rule: &'static DeadlineRule, c: &Common, ex: &mut Explanation) -> Period {
    let mut p = Period {
        amount: rule.amount,
        unit: rule.unit,
        counting: rule.counting,
    };
    for a in rule.meta.ambiguities {
        match lookup::aspect(a) {
            Aspect::StartDay => {
                let effect = lookup::effect(
                    a,
                    c,
                    ex,
                    Some(Bilingual::new(
                        "决定收件日是否计为第1个工作日",
                        "decides whether the receipt day is working day 1",
                    )),
                );
                p.counting = if effect == Effect::StartDayCounted {
                    Counting::StartDayCounted
                } else {
                    Counting::Civil
                };
            }
            Aspect::DayUnit => {
                let effect = lookup::effect(
                    a,
                    c,
                    ex,
                    Some(Bilingual::new(
                        "决定“日”按自然日还是工作日计算",
                        "decides whether 日 means calendar or working days",
                    )),
                );
                p.unit = if effect == Effect::WorkingDays {
                    Unit::WorkingDay
                } else {
                    Unit::Day
                };
            }
            _ => {}
        }
    }
    p
}

fn same_day(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    start: Start,
    c: &Common,
    ex: &mut Explanation,
) -> Result<Due> {
    let id = rule.meta.id;
    let d = start.date();
    if rule.kind == DeadlineKind::Immediately {
        ex.record(id, DeadlineEvent::ActImmediately { day: d });
        return Ok(match start {
            Start::Moment(t) => Due::Moment(t),
            Start::Date(d) => Due::Date(d),
        });
    }
    let kind = cal.kind(d, c.mode, "start")?;
    ex.record(id, DeadlineEvent::ActSameDay { day: d, kind });
    if !kind.is_working() {
        ex.warn(DeadlineEvent::SameDayOnRestDay { day: d });
    }
    Ok(Due::Date(d))
}

fn fixed_date(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    start: NaiveDate,
    c: &Common,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let id = rule.meta.id;
    let year = start.year() + rule.year_offset;
    let bad = || {
        Error::new(
            ErrorCode::InvalidInput,
            Some("start"),
            "无法计算该年的日期",
            "cannot compute the date for that year",
        )
    };
    let due = if rule.day == 0 {
        last_day_of_month(year, rule.month)
    } else {
        NaiveDate::from_ymd_opt(year, rule.month, rule.day)
    }
    .ok_or_else(bad)?;
    ex.record(
        id,
        DeadlineEvent::FixedDateSet {
            start,
            year_offset: rule.year_offset,
            due,
        },
    );
    apply_b13(cal, rule, due, c, ex)
}

/// B13: does "X日前 / 月底前 / 以前" include the day, and does a rest day move it?
fn apply_b13(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    mut due: NaiveDate,
    c: &Common,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let id = rule.meta.id;
    let bad = || {
        Error::new(
            ErrorCode::InvalidInput,
            Some("start"),
            "无法计算该日期",
            "cannot compute the date",
        )
    };
    if let Some(b13) = lookup::deciding(rule.meta.ambiguities, Aspect::FixedDate) {
        match lookup::effect(
            b13,
            c,
            ex,
            Some(Bilingual::new(
                "决定截止日当天是否仍在期限内、是否遇休息日顺延",
                "decides whether the day itself counts and whether a rest day moves it",
            )),
        ) {
            Effect::FixedDateExclusive => {
                due = due.pred_opt().ok_or_else(bad)?;
                ex.record(id, DeadlineEvent::DayExcluded { latest: due });
            }
            Effect::FixedDateInclusiveRoll => due = period::roll_forward(cal, due, c.mode, id, ex)?,
            _ => {}
        }
    }
    Ok(due)
}

fn recurring(
    rule: &'static DeadlineRule,
    start: NaiveDate,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let id = rule.meta.id;
    let bad = || {
        Error::new(
            ErrorCode::InvalidInput,
            Some("start"),
            "无法计算下一期",
            "cannot compute the next occurrence",
        )
    };
    let month_day = |y: i32, m: u32, day: u32| {
        if day == 0 {
            last_day_of_month(y, m)
        } else {
            NaiveDate::from_ymd_opt(y, m, day)
        }
    };
    let next = match rule.every.ok_or_else(bad)? {
        Every::Week(wd) => {
            let today = start.weekday().number_from_monday();
            let ahead = (wd + 7 - today) % 7;
            start
                .checked_add_days(civil::Days::new(u64::from(ahead)))
                .ok_or_else(bad)?
        }
        Every::Month(day) => {
            let this = month_day(start.year(), start.month(), day).ok_or_else(bad)?;
            if this >= start {
                this
            } else {
                let n = start
                    .checked_add_months(civil::Months::new(1))
                    .ok_or_else(bad)?;
                month_day(n.year(), n.month(), day).ok_or_else(bad)?
            }
        }
        Every::Quarter(day) => {
            let q_end_month = (start.month() - 1) / 3 * 3 + 3;
            let this = month_day(start.year(), q_end_month, day).ok_or_else(bad)?;
            if this >= start {
                this
            } else {
                let (y, m) = if q_end_month == 12 {
                    (start.year() + 1, 3)
                } else {
                    (start.year(), q_end_month + 3)
                };
                month_day(y, m, day).ok_or_else(bad)?
            }
        }
        Every::HalfYear => {
            let m = if start.month() <= 6 { 6 } else { 12 };
            last_day_of_month(start.year(), m).ok_or_else(bad)?
        }
        Every::Year(m, day) => {
            let this = month_day(start.year(), m, day).ok_or_else(bad)?;
            if this >= start {
                this
            } else {
                month_day(start.year() + 1, m, day).ok_or_else(bad)?
            }
        }
    };
    ex.record(
        id,
        DeadlineEvent::NextOccurrence {
            after: start,
            due: next,
        },
    );
    Ok(next)
}

/// Where the seed names only the period (每季度, 每半年, 年底 …) and no day, the date given is a
/// reading — the period's last day, the latest the text allows — and the answer must say so rather
/// than present it as the seed's date.
fn note_no_day(rule: &'static DeadlineRule, next: NaiveDate, c: &Common, ex: &mut Explanation) {
    // The ambiguity a periodic duty carries when its seed names the period but no day (Z01).
    let Some(a) = lookup::deciding(rule.meta.ambiguities, Aspect::NoDay) else {
        return;
    };
    ex.warn(DeadlineEvent::PeriodEndTaken { day: next });
    ex.record(rule.meta.id, DeadlineEvent::PeriodEndTaken { day: next });
    lookup::report(
        a,
        c,
        ex,
        Bilingual::new(
            "所示日期按本期最后一日计算",
            "the date shown is the period's last day",
        ),
    );
}

/// The extension a rule allows: its due date (own range when provisional), and what it is.
struct Extended {
    due: Option<Due>,
    bounds: period::Bounded,
    info: Option<ExtensionInfo>,
}

impl Extended {
    /// No extended date (none allowed, or none computable): only what the rule allows, if any.
    fn without_date(info: Option<ExtensionInfo>) -> Extended {
        Extended {
            due: None,
            bounds: period::Bounded::default(),
            info,
        }
    }
}

fn extension(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    period: Period,
    due: Due,
    c: &Common,
    ex: &mut Explanation,
) -> Result<Extended> {
    let Some(ext) = &rule.extension else {
        if input.extended {
            ex.warn(DeadlineEvent::NoExtensionAllowed);
        }
        return Ok(Extended::without_date(None));
    };
    let id = rule.meta.id;
    ex.cite(rule.meta.ruleset, id, &ext.cite);
    let whole_period = rules_b33(rule, c, ex);
    let info = ExtensionInfo {
        amount: ext.amount,
        unit: period::unit_name(ext.unit),
        approver: ext.approver,
        granted: input.extended,
    };
    // The extension is a date of its own: past the published calendar in strict mode it is left
    // out with a warning, never an error that would sink the due date.
    let extended = match extended_due(cal, rule, input, period, due, whole_period, c.mode) {
        Ok(d) => d,
        Err(e) if e.code == ErrorCode::OutOfCalendarRange => {
            ex.warn(DeadlineEvent::ExtendedPastCalendar);
            return Ok(Extended::without_date(Some(info)));
        }
        Err(e) => return Err(e),
    };
    let bounds = period::bound(cal, c.mode, input.start.date(), extended, &|mode| {
        let due = due_under(cal, rule, input, period, c, mode)?;
        extended_due(cal, rule, input, period, due, whole_period, mode)
    });
    ex.record(
        id,
        DeadlineEvent::ExtensionAllowed {
            approver: ext.approver,
            amount: ext.amount,
            unit: ext.unit,
            due: extended,
        },
    );
    const EXTENDED_TEXT: Text = Text {
        zh: "延长后的期限",
        en: "the extended due date",
    };
    note_range(cal, id, &EXTENDED_TEXT, extended, &bounds, ex);
    Ok(Extended {
        due: Some(extended),
        bounds,
        info: Some(info),
    })
}

/// The due date with the rule's full extension, under `mode`.
fn extended_due(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    period: Period,
    due: Due,
    whole_period: bool,
    mode: crate::time::calendar::Mode,
) -> Result<Due> {
    let Some(ext) = &rule.extension else {
        return Ok(due);
    };
    let id = rule.meta.id;
    let mut scratch = Explanation::facts_only();
    let one_period = whole_period && ext.unit == period.unit && rule.kind == DeadlineKind::After;
    match due {
        // B33 default: the extension runs on from the original period's nominal end, one
        // period of N + E from the trigger.
        Due::Date(_) if one_period => {
            let whole = Period {
                amount: period.amount + ext.amount,
                ..period
            };
            period::add(
                cal,
                input.start,
                whole,
                &input.pauses,
                mode,
                id,
                &mut scratch,
            )
        }
        _ => {
            let p = Period {
                amount: ext.amount,
                unit: ext.unit,
                counting: Counting::Civil,
            };
            let from = match due {
                Due::Date(d) => Start::Date(d),
                Due::Moment(t) => Start::Moment(t),
            };
            period::add(cal, from, p, &[], mode, id, &mut scratch)
        }
    }
}

/// B36: do hour limits count office hours only?
fn office_hours(rule: &'static DeadlineRule, c: &Common, ex: &mut Explanation) -> bool {
    match lookup::deciding(rule.meta.ambiguities, Aspect::HourCounting) {
        Some(a) => {
            lookup::effect(
                a,
                c,
                ex,
                Some(Bilingual::new(
                    "决定非工作时间是否计入",
                    "decides whether time outside office hours counts",
                )),
            ) == Effect::OfficeHours
        }
        None => false,
    }
}

/// B33: does an extension run on from the original period's nominal end (one period of N + E
/// from the trigger, the default) or from the (possibly moved) original due date?
fn rules_b33(rule: &'static DeadlineRule, c: &Common, ex: &mut Explanation) -> bool {
    match lookup::deciding(rule.meta.ambiguities, Aspect::ExtensionBase) {
        Some(a) => {
            lookup::effect(
                a,
                c,
                ex,
                Some(Bilingual::new(
                    "决定延长期间的起算点",
                    "decides where the extension is counted from",
                )),
            ) != Effect::ExtendFromDue
        }
        None => true,
    }
}

fn conflicts(
    cal: &Calendar,
    rule: &'static DeadlineRule,
    input: &DeadlineInput,
    c: &Common,
    ex: &mut Explanation,
) -> Result<()> {
    let start = input.start.date();
    for cf in rule.meta.conflicts {
        let Some(other) = find(cf.rule) else { continue };
        let in_force = other.meta.in_force.date();
        let lapsed = other
            .meta
            .until
            .and_then(|u| u.date())
            .is_some_and(|u| start > u);
        if in_force.is_some_and(|f| start < f) || lapsed {
            ex.record(
                cf.rule,
                DeadlineEvent::ConflictNotInForce {
                    other: other.meta.name,
                    in_force: other.meta.in_force,
                    start,
                },
            );
            continue;
        }
        let sub_c = Common {
            ruleset: other.meta.ruleset.to_owned(),
            ..c.clone()
        };
        let other_input = DeadlineInput {
            extended: false,
            done: None,
            ..input.clone()
        };
        // The other provision's date is a date of its own: it never sinks this answer, and a
        // provisional one makes the answer provisional.
        let other_answer = answer(cal, other, &other_input, &sub_c).ok();
        ex.provisional |= other_answer
            .as_ref()
            .is_some_and(|(a, _)| a.explanation.provisional);
        let due = other_answer.map(|(_, due)| due);
        ex.record(
            cf.rule,
            DeadlineEvent::ConflictsWithHigherLaw {
                summary: cf.summary,
                other: other.meta.name,
                due,
            },
        );
        lookup::push_conflict(&other.meta, cf, due.map(Due::iso), ex);
    }
    Ok(())
}

/// The status of a duty due on `due`, done on `done` (if it was), as of `as_of`.
pub fn status(
    due: Due,
    done: Option<Start>,
    as_of: Option<NaiveDate>,
    lang: crate::eval::lookup::Lang,
) -> Option<Status> {
    let due_d = due.date();
    if let Some(done_at) = done {
        let done = done_at.date();
        let over = (done - due_d).num_days();
        // An hour limit is late at the minute; a day limit at the end of the day.
        let late = match (due, done_at) {
            (Due::Moment(d), Start::Moment(t)) => t > d,
            _ => over > 0,
        };
        return Some(Status {
            state: if late { "done_late" } else { "done_in_time" },
            on: Due::Date(done),
            days_left: None,
            days_over: late.then_some(over.max(0)),
            text: if late {
                lang.text(
                    || format!("已于 {} 办结，逾期 {over} 日", format_date(done)),
                    || format!("done on {}, {over} day(s) late", format_date(done)),
                )
            } else {
                lang.text(
                    || format!("已于 {} 按期办结", format_date(done)),
                    || format!("done on {}, in time", format_date(done)),
                )
            },
        });
    }
    let as_of = as_of?;
    let left = (due_d - as_of).num_days();
    Some(if left >= 0 {
        Status {
            state: "open",
            on: Due::Date(as_of),
            days_left: Some(left),
            days_over: None,
            text: lang.text(
                || format!("尚未办结，距期限还有 {left} 日"),
                || format!("open, {left} day(s) left"),
            ),
        }
    } else {
        Status {
            state: "overdue",
            on: Due::Date(as_of),
            days_left: None,
            days_over: Some(-left),
            text: lang.text(
                || format!("已逾期 {} 日", -left),
                || format!("overdue by {} day(s)", -left),
            ),
        }
    })
}

fn one_line(
    rule: &'static DeadlineRule,
    due: Due,
    extended: Option<Due>,
    lang: crate::eval::lookup::Lang,
) -> String {
    // Written in the answer's language only, piece by piece (on every answer: no `format!`).
    let (name, due_by, done, if_extended) = match lang {
        crate::eval::lookup::Lang::Zh => (
            rule.meta.name.zh,
            "：应于 ",
            " 前完成",
            "；经批准延长的，至 ",
        ),
        crate::eval::lookup::Lang::En => (rule.meta.name.en, ": due by ", "", "; if extended, by "),
    };
    let mut text = String::with_capacity(name.len() + 64);
    for piece in [name, due_by, &due.iso(), done] {
        text.push_str(piece);
    }
    if let Some(e) = extended {
        text.push_str(if_extended);
        text.push_str(&e.iso());
    }
    text
}

impl Capability for DeadlineRule {
    type Answer = DeadlineAnswer;
    const CATALOG_KIND: &'static str = "deadline";
    fn inputs(&'static self) -> Vec<InputInfo> {
        deadline_inputs(self)
    }
    fn period(&self) -> Option<String> {
        period_text(self)
    }
    fn part_cites(&'static self) -> Vec<&'static Cite> {
        self.extension.iter().map(|e| &e.cite).collect()
    }
    fn answer(cal: &Calendar, q: &Query) -> Result<DeadlineAnswer> {
        deadline(cal, q)
    }
}

fn deadline_inputs(r: &DeadlineRule) -> Vec<InputInfo> {
    let hourly = matches!(r.unit, Unit::Hour | Unit::Minute) && r.kind == DeadlineKind::After;
    let mut v = vec![simple(
        "start",
        if hourly { "datetime" } else { "date" },
        &format!("起算：{}", r.trigger.zh),
        &format!("start: {}", r.trigger.en),
        true,
    )];
    if r.extension.is_some() {
        v.push(simple(
            "extended",
            "boolean",
            "已批准延长",
            "extension granted",
            false,
        ));
    }
    if r.kind == DeadlineKind::SetByInput {
        v.push(simple(
            "setDue",
            "date",
            "另行确定的办理时限",
            "time limit set by the competent body",
            true,
        ));
    }
    v.push(simple(
        "done",
        "date",
        "实际办结日期",
        "date actually done",
        false,
    ));
    v
}

fn period_text(r: &DeadlineRule) -> Option<String> {
    match r.kind {
        DeadlineKind::After | DeadlineKind::Before => {
            Some(format!("{} {}", r.amount, period::unit_name(r.unit)))
        }
        _ => None,
    }
}
