//! Period arithmetic (期间计算): adding a period to a trigger date or moment, explained.
//!
//! Conventions (law-notes §2.7):
//! - calendar-day, week, month and year periods: the start day is not counted (民法典 第二百零一条);
//!   months end on the corresponding day, else the month's last day (第二百零二条); a last day that
//!   is a rest day moves to the first working day after it (第二百零三条; 民事诉讼法 第八十五条);
//! - working-day periods: the N-th working day strictly after the trigger; adjusted working
//!   weekends count, rest days do not;
//! - hour periods: from the stated moment (民法典 第二百零一条第二款), never moved;
//! - a rule may state its own convention (e.g. the trigger day counts as day 1).

use crate::error::{Error, ErrorCode, Result};
use crate::explain::{Explanation, PeriodEvent};
use crate::input::value::{Query, Value};
use crate::rules::model::{Counting, Unit};
use crate::time::calendar::{Calendar, Mode};
use crate::time::civil::{self, Months, NaiveDate, NaiveDateTime, TimeDelta};
use crate::time::date::{last_day_of_month, parse_date};
use crate::time::projection::Bound;
use serde::Serialize;

/// Where a period starts: a civil date, or a moment for hour periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// A civil date.
    Date(NaiveDate),
    /// A moment (Beijing wall-clock time).
    Moment(NaiveDateTime),
}

impl Start {
    /// The start's civil date.
    pub fn date(self) -> NaiveDate {
        match self {
            Start::Date(d) => d,
            Start::Moment(t) => t.date(),
        }
    }
}

pub use crate::time::date::Due;

/// A period to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// Length (may be 0 for "same day").
    pub amount: u32,
    /// Unit.
    pub unit: Unit,
    /// Counting convention.
    pub counting: Counting,
}

/// A time interval excluded from a period by law (e.g. a hearing), inclusive of both days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    /// First excluded day.
    pub from: NaiveDate,
    /// Last excluded day.
    pub to: NaiveDate,
}

/// The unit's name, for the API.
pub fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Day => "day",
        Unit::WorkingDay => "working_day",
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
        Unit::Hour => "hour",
        Unit::Minute => "minute",
    }
}

/// Parses a unit name from the API.
pub fn parse_unit(s: &str, field: &str) -> Result<Unit> {
    Ok(match s {
        "day" => Unit::Day,
        "working_day" | "workingDay" => Unit::WorkingDay,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "hour" => Unit::Hour,
        "minute" => Unit::Minute,
        _ => {
            return Err(Error::invalid(
                field,
                "day、working_day、week、month、year、hour 或 minute",
                "one of day, working_day, week, month, year, hour, minute",
            ))
        }
    })
}

/// The counting convention's name, for the API.
pub fn counting_name(c: Counting) -> &'static str {
    match c {
        Counting::Civil => "civil",
        Counting::StartDayCounted => "start_day_counted",
        Counting::NoRoll => "no_roll",
        Counting::Litigation => "litigation",
        Counting::MonthEnd => "month_end",
    }
}

/// Parses a counting convention from the API.
pub fn parse_counting(s: &str, field: &str) -> Result<Counting> {
    Ok(match s {
        "civil" => Counting::Civil,
        "start_day_counted" | "startDayCounted" => Counting::StartDayCounted,
        "no_roll" | "noRoll" => Counting::NoRoll,
        "litigation" => Counting::Litigation,
        "month_end" | "monthEnd" => Counting::MonthEnd,
        _ => {
            return Err(Error::invalid(
                field,
                "civil、start_day_counted、no_roll、litigation 或 month_end",
                "civil, start_day_counted, no_roll, litigation or month_end",
            ))
        }
    })
}

fn overflow(field: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        Some(field),
        "期间超出可计算范围",
        "the period runs past the supported date range",
    )
}

/// Adds `minutes` of office time (08:30–17:30 on working days, the reading B36 `office-hours`)
/// to `start`: the clock stops outside office hours and on rest days.
///
/// # Errors
/// `OUT_OF_CALENDAR_RANGE` when the calendar cannot tell.
pub fn add_office_minutes(
    cal: &Calendar,
    start: NaiveDateTime,
    minutes: i64,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDateTime> {
    let open = civil::NaiveTime::from_hms_opt(8, 30, 0).ok_or_else(|| overflow("start"))?;
    let close = civil::NaiveTime::from_hms_opt(17, 30, 0).ok_or_else(|| overflow("start"))?;
    let mut t = start;
    let mut left = minutes;
    loop {
        if !cal.is_working(t.date(), mode, "start")? || t.time() >= close {
            let next = cal.add_working_days(t.date(), 1, mode, "start")?;
            t = NaiveDateTime::new(next, open);
            continue;
        }
        if t.time() < open {
            t = NaiveDateTime::new(t.date(), open);
        }
        let available = (NaiveDateTime::new(t.date(), close) - t).num_minutes();
        if left <= available {
            let due = t
                .checked_add_signed(TimeDelta::minutes(left))
                .ok_or_else(|| overflow("start"))?;
            ex.record(
                rule,
                PeriodEvent::OfficeMinutesCounted {
                    from: start,
                    minutes,
                    due,
                },
            );
            return Ok(due);
        }
        left -= available;
        t = NaiveDateTime::new(t.date(), close);
    }
}

/// `INVALID_INPUT` for pauses given to an hour-based limit (nothing in the law pauses one).
pub fn hours_cannot_pause() -> Error {
    Error::invalid(
        "pauses",
        "空：按小时计算的期限不能暂停",
        "none: an hour-based limit cannot be paused",
    )
}

/// The pauses in date order, with overlapping and adjacent ones joined: a day is excluded once
/// however many pauses name it, and the order the caller listed them in does not matter.
pub fn merged(pauses: &[Pause]) -> Vec<Pause> {
    // Taking the earliest left each time (at most 100 pauses) keeps std's sort, and any index
    // that could panic, out of the wasm module; an identical pause goes with the first.
    let mut left = pauses.to_vec();
    let mut out: Vec<Pause> = Vec::with_capacity(left.len());
    while let Some(p) = left.iter().copied().min_by_key(|p| p.from) {
        left.retain(|q| *q != p);
        match out.last_mut() {
            Some(last) if p.from <= last.to.succ_opt().unwrap_or(last.to) => {
                last.to = last.to.max(p.to);
            }
            _ => out.push(p),
        }
    }
    out
}

/// Adds `period` to `start`, explaining each step into `ex` under `rule`. Pauses are merged
/// first ([`merged`]); each pause that begins by the running end pushes the end past it by
/// the days it took from the period, so a pause reaching beyond the end is skipped whole.
///
/// # Errors
/// `INVALID_INPUT` when an hour period starts from a date without a time (or a day period from a
/// moment is fine: its date is used); `OUT_OF_CALENDAR_RANGE` when a working-day question falls
/// outside the calendar the mode allows.
pub fn add(
    cal: &Calendar,
    start: Start,
    period: Period,
    pauses: &[Pause],
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<Due> {
    let n = period.amount;
    let pauses = &merged(pauses);
    match period.unit {
        Unit::Hour | Unit::Minute => {
            if !pauses.is_empty() {
                return Err(hours_cannot_pause());
            }
            let Start::Moment(t) = start else {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    Some("start"),
                    "按小时计算的期限需要起算时刻（YYYY-MM-DDTHH:MM）",
                    "an hour-based limit needs a start moment (YYYY-MM-DDTHH:MM)",
                ));
            };
            if period.counting == Counting::Litigation {
                return add_litigation_hours(cal, t, period, mode, rule, ex);
            }
            let due = add_time(t, period)?;
            ex.record(
                rule,
                PeriodEvent::HoursCounted {
                    from: t,
                    amount: n,
                    unit: period.unit,
                    due,
                },
            );
            Ok(Due::Moment(due))
        }
        Unit::WorkingDay => {
            add_working(cal, start.date(), period, pauses, mode, rule, ex).map(Due::Date)
        }
        Unit::Day | Unit::Week | Unit::Month | Unit::Year => {
            add_calendar(cal, start.date(), period, pauses, mode, rule, ex).map(Due::Date)
        }
    }
}

fn add_time(t: NaiveDateTime, period: Period) -> Result<NaiveDateTime> {
    let delta = if period.unit == Unit::Hour {
        TimeDelta::hours(i64::from(period.amount))
    } else {
        TimeDelta::minutes(i64::from(period.amount))
    };
    t.checked_add_signed(delta).ok_or_else(|| overflow("start"))
}

/// An hour period as 民事诉讼法 第八十五条 counts it: the starting hour is not counted (民诉法解释
/// 第一百二十五条: "以时起算的期间从次时起算"), and a last moment on a rest day makes the first day
/// after the rest days the day the period ends ("以法定休假日后的第一日为期间届满的日期"), until
/// the end of that day (民法典 第二百零三条第二款) — the text does not say which moment of that day.
fn add_litigation_hours(
    cal: &Calendar,
    t: NaiveDateTime,
    period: Period,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<Due> {
    let next_hour = if period.unit == Unit::Hour {
        let hour_start = t
            .date()
            .and_hms_opt(t.hour(), 0, 0)
            .ok_or_else(|| overflow("start"))?;
        hour_start
            .checked_add_signed(TimeDelta::hours(1))
            .ok_or_else(|| overflow("start"))?
    } else {
        t
    };
    let due = add_time(next_hour, period)?;
    ex.record(
        rule,
        PeriodEvent::LitigationHoursCounted {
            from: t,
            counted_from: next_hour,
            amount: period.amount,
            unit: period.unit,
            due,
        },
    );
    let kind = cal.kind(due.date(), mode, "start")?;
    if kind.is_working() {
        return Ok(Due::Moment(due));
    }
    let day = cal.add_working_days(due.date(), 1, mode, "start")?;
    ex.record(
        rule,
        PeriodEvent::LitigationHoursRolled {
            moment: due,
            kind,
            day,
        },
    );
    Ok(Due::Date(day))
}

fn add_working(
    cal: &Calendar,
    d: NaiveDate,
    p: Period,
    pauses: &[Pause],
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let n = i64::from(p.amount);
    let start_counts =
        p.counting == Counting::StartDayCounted && cal.is_working(d, mode, "start")?;
    let steps = if start_counts { n - 1 } else { n };
    let mut due = cal.add_working_days(d, steps, mode, "start")?;
    if p.counting == Counting::StartDayCounted {
        ex.record(
            rule,
            PeriodEvent::TriggerDayCounted {
                day: d,
                working: start_counts,
            },
        );
    }
    // Paused working days push the end out by as many working days as they took from the
    // period, counted on from the later of the end and the pause's last day (merged pauses in
    // date order, so a later pause is checked against the end as already pushed).
    for pause in pauses {
        let lo = pause.from.max(d.succ_opt().unwrap_or(d));
        if lo <= due && lo <= pause.to {
            let before = lo.pred_opt().unwrap_or(lo);
            let taken = cal.working_days_between(before, pause.to.min(due), mode)?;
            if taken > 0 {
                due = cal.add_working_days(due.max(pause.to), taken, mode, "pauses")?;
                ex.record(
                    rule,
                    PeriodEvent::PauseExcluded {
                        from: pause.from,
                        to: pause.to,
                        working_days: taken,
                    },
                );
            }
        }
    }
    ex.record(
        rule,
        PeriodEvent::WorkingDaysCounted {
            from: d,
            count: n,
            due,
        },
    );
    if ex.recording {
        for note in cal.explain_span(d, due, mode) {
            ex.record("calendar", note);
        }
    }
    Ok(due)
}

fn nominal_end(d: NaiveDate, p: Period) -> Option<NaiveDate> {
    let n = p.amount;
    let counted_from = if p.counting == Counting::StartDayCounted {
        d.pred_opt()?
    } else {
        d
    };
    match p.unit {
        Unit::Day => counted_from.checked_add_days(civil::Days::new(u64::from(n))),
        Unit::Week => counted_from.checked_add_days(civil::Days::new(u64::from(n) * 7)),
        // 民法典 第二百零二条: the corresponding day of the final month, else its last day
        // (`checked_add_months` clamps to the month end, which is exactly that rule). Counted
        // from and including the start day, the period ends the day before the corresponding day (商标法
        // 实施条例 第十二条; a court counted "two months from 2014-05-29" to 2014-07-28).
        Unit::Month | Unit::Year => {
            let months = if p.unit == Unit::Year {
                n.checked_mul(12)?
            } else {
                n
            };
            let end = counted_from.checked_add_months(Months::new(months))?;
            if p.counting == Counting::MonthEnd && is_month_end(counted_from) {
                last_day_of_month(end.year(), end.month())
            } else {
                Some(end)
            }
        }
        _ => None,
    }
}

fn is_month_end(d: NaiveDate) -> bool {
    d.succ_opt().is_some_and(|next| next.month() != d.month())
}

fn add_calendar(
    cal: &Calendar,
    d: NaiveDate,
    p: Period,
    pauses: &[Pause],
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let n = p.amount;
    let mut end = nominal_end(d, p).ok_or_else(|| overflow("start"))?;
    let corresponding = matches!(p.unit, Unit::Month | Unit::Year);
    let counted_from = match p.counting {
        Counting::StartDayCounted => d.pred_opt().unwrap_or(d),
        _ => d,
    };
    if p.counting == Counting::MonthEnd && corresponding && is_month_end(counted_from) {
        ex.record(
            rule,
            PeriodEvent::MonthEndToMonthEnd {
                from: counted_from,
                last_day: end,
            },
        );
    } else if corresponding && end.day() != counted_from.day() {
        ex.record(rule, PeriodEvent::NoCorrespondingDay { last_day: end });
    }
    ex.record(
        rule,
        PeriodEvent::CalendarDaysCounted {
            from: d,
            amount: n,
            unit: p.unit,
            start_day_counted: p.counting == Counting::StartDayCounted,
            last_day: end,
        },
    );
    // As for working days: a pause starting by the running end pushes it past the pause by the
    // days the pause took from the period.
    for pause in pauses {
        let lo = pause.from.max(d.succ_opt().unwrap_or(d));
        if lo <= end && lo <= pause.to {
            let taken = (pause.to.min(end) - lo).num_days() + 1;
            let pushed = end
                .max(pause.to)
                .checked_add_signed(TimeDelta::days(taken))
                .ok_or_else(|| overflow("pauses"))?;
            let days = (pushed - end).num_days();
            end = pushed;
            ex.record(
                rule,
                PeriodEvent::PauseExtended {
                    from: pause.from,
                    to: pause.to,
                    days,
                    last_day: end,
                },
            );
        }
    }
    if p.counting == Counting::NoRoll {
        // Said only when it matters (the last day is a rest day), and never an error: a period
        // that is not moved does not depend on the calendar.
        if cal.is_working(end, mode, "start").ok() == Some(false) {
            ex.record(rule, PeriodEvent::RestDayNotMoved { last_day: end });
        }
        return Ok(end);
    }
    roll_forward(cal, end, mode, rule, ex)
}

/// Moves a last day that is a rest day to the first working day after it (民法典 第二百零三条).
///
/// # Errors
/// `OUT_OF_CALENDAR_RANGE` when the calendar cannot tell.
pub fn roll_forward(
    cal: &Calendar,
    end: NaiveDate,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    if cal.kind(end, mode, "start")?.is_working() {
        return Ok(end);
    }
    let due = cal.add_working_days(end, 1, mode, "start")?;
    if ex.recording {
        // The holiday's names, only for the explanation.
        let info = cal.day(end, mode, "start")?;
        ex.record(
            rule,
            PeriodEvent::RolledForward {
                last_day: end,
                kind: info.kind,
                holiday: info.holiday,
                holiday_en: info.holiday_en,
                due,
            },
        );
        for note in cal.explain_holidays(end.pred_opt().unwrap_or(end), due, mode) {
            ex.record("calendar", note);
        }
    }
    Ok(due)
}

/// Moves a latest date that is a rest day back to the last working day before it.
///
/// # Errors
/// `OUT_OF_CALENDAR_RANGE` when the calendar cannot tell.
pub fn roll_back(
    cal: &Calendar,
    end: NaiveDate,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let kind = cal.kind(end, mode, "start")?;
    if kind.is_working() {
        return Ok(end);
    }
    let due = cal.add_working_days(end, -1, mode, "start")?;
    ex.record(
        rule,
        PeriodEvent::RolledBack {
            latest: end,
            kind,
            due,
        },
    );
    Ok(due)
}

/// The latest date `period` before `event` (会前N个工作日, 提前1个月).
///
/// # Errors
/// As [`add`].
pub fn before(
    cal: &Calendar,
    event: NaiveDate,
    p: Period,
    mode: Mode,
    rule: &'static str,
    ex: &mut Explanation,
) -> Result<NaiveDate> {
    let n = p.amount;
    match p.unit {
        Unit::WorkingDay => {
            let due = cal.add_working_days(event, -i64::from(n), mode, "start")?;
            ex.record(
                rule,
                PeriodEvent::WorkingDaysBefore {
                    event,
                    count: n,
                    due,
                },
            );
            Ok(due)
        }
        Unit::Day | Unit::Week | Unit::Month | Unit::Year => {
            let back = match p.unit {
                Unit::Day => event.checked_sub_days(civil::Days::new(u64::from(n))),
                Unit::Week => event.checked_sub_days(civil::Days::new(u64::from(n) * 7)),
                Unit::Month => event.checked_sub_months(Months::new(n)),
                _ => event.checked_sub_months(Months::new(n.saturating_mul(12))),
            }
            .ok_or_else(|| overflow("start"))?;
            ex.record(
                rule,
                PeriodEvent::CalendarBefore {
                    event,
                    amount: n,
                    unit: p.unit,
                    date: back,
                },
            );
            if p.counting == Counting::NoRoll {
                return Ok(back);
            }
            roll_back(cal, back, mode, rule, ex)
        }
        Unit::Hour | Unit::Minute => Err(Error::new(
            ErrorCode::InvalidInput,
            Some("unit"),
            "提前量不支持按小时计算",
            "lead times in hours are not supported",
        )),
    }
}

/// The period as counted between two dates, for the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counted {
    /// The amount as the rule states it.
    pub amount: u32,
    /// The unit.
    pub unit: &'static str,
    /// The counting convention.
    pub counting: &'static str,
    /// Calendar days from the trigger to the due date.
    pub calendar_days: i64,
    /// Working days in (trigger, due], where the calendar covers them.
    pub working_days: Option<i64>,
}

/// Describes the counted period between `start` and `due`.
pub fn counted(cal: &Calendar, start: NaiveDate, due: NaiveDate, p: Period, mode: Mode) -> Counted {
    Counted {
        amount: p.amount,
        unit: unit_name(p.unit),
        counting: counting_name(p.counting),
        calendar_days: (due - start).num_days(),
        working_days: cal.working_days_between(start, due, mode).ok(),
    }
}

/// The dates a provisional date can take once the next holiday notice is published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// The earliest (`YYYY-MM-DD`, or a moment for hour limits).
    pub earliest: String,
    /// The latest.
    pub latest: String,
}

/// Whether a date computed under `mode` rests on unpublished days, and if so the range the next
/// notice can move it in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bounded {
    /// True when the computation reached past the last notice, or the next notice may move it.
    pub provisional: bool,
    /// The earliest and latest date, when provisional.
    pub range: Option<(Due, Due)>,
}

impl Bounded {
    /// The range as the answer shows it.
    pub fn answer(&self) -> Option<DateRange> {
        self.range.map(|(earliest, latest)| DateRange {
            earliest: earliest.iso(),
            latest: latest.iso(),
        })
    }
}

/// Bounds `law`, a date computed by `compute` under `mode`'s law reading from a trigger on
/// `start`: when the computation reached days the next notice may still change, `compute` runs
/// again under the earliest and latest readings (see [`crate::time::projection`]).
pub fn bound(
    cal: &Calendar,
    mode: Mode,
    start: NaiveDate,
    law: Due,
    compute: &dyn Fn(Mode) -> Result<Due>,
) -> Bounded {
    let reach = start.max(law.date());
    if !mode.provisional || reach < cal.unsettled_from() {
        return Bounded::default();
    }
    let under = |b| compute(mode.with_bound(b)).unwrap_or(law);
    let (earliest, latest) = (under(Bound::Earliest), under(Bound::Latest));
    // A date that never consulted an unpublished day (a period that is not moved off rest days)
    // computes the same with published days only: it is not provisional, wherever it falls.
    // Asked only when the readings agree: a date they move is provisional either way (and the
    // published-only computation of one usually fails, writing an error only to drop it).
    let provisional =
        earliest != law || latest != law || !compute(Mode::STRICT).is_ok_and(|d| d == law);
    Bounded {
        provisional,
        range: provisional.then(|| (earliest.min(law), latest.max(law))),
    }
}

/// Parses `pauses: [{ from, to }]`.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_DATE` with the element's field.
pub fn parse_pauses(q: &Query) -> Result<Vec<Pause>> {
    let mut out = Vec::new();
    for (i, v) in q.opt_array("pauses")?.unwrap_or(&[]).iter().enumerate() {
        let field = format!("pauses.{i}");
        let Value::Object(o) = v else {
            return Err(Error::invalid(
                &field,
                "{ from, to } 对象",
                "a { from, to } object",
            ));
        };
        let get = |k: &str| -> Result<NaiveDate> {
            let f = format!("{field}.{k}");
            match o.get(k) {
                Some(Value::String(s)) => parse_date(s, &f),
                None | Some(Value::Null) => Err(Error::missing(&f)),
                Some(_) => Err(Error::invalid(&f, "日期字符串", "a date string")),
            }
        };
        let (from, to) = (get("from")?, get("to")?);
        if to < from {
            return Err(Error::invalid(
                &field,
                "from 不晚于 to",
                "from on or before to",
            ));
        }
        out.push(Pause { from, to });
    }
    if out.len() > 100 {
        return Err(Error::invalid(
            "pauses",
            "不超过100段",
            "at most 100 intervals",
        ));
    }
    Ok(out)
}
