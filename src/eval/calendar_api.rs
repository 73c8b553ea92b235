//! The calendar primitives of the JS API, taking loosely typed values and validating them.
//!
//! Each function here mirrors one JS export one to one (the binding layer only converts values),
//! so every check of argument types happens in pure Rust and is tested natively.

use crate::error::{Error, ErrorCode, Result};
use crate::eval::period::{self, parse_counting, parse_unit, Period, Start};
use crate::explain::{Bilingual, Explanation, PeriodEvent};
use crate::input::value::{Query, Value};
use crate::rules::model::Counting;
use crate::time::calendar::{Calendar, DayInfo, HolidayBlock, Mode, NoticeInfo};
use crate::time::civil::NaiveDate;
use crate::time::date::{format_date, parse_date};
use serde::Serialize;

/// The largest working-day count accepted (about 400 years).
pub const MAX_WORKING_DAYS: i64 = 100_000;

/// A date argument: a `YYYY-MM-DD` string.
///
/// # Errors
/// `MISSING_INPUT`, `INVALID_DATE`, `INVALID_INPUT` for a value that is not a string.
pub fn date_arg(v: &Value, field: &str) -> Result<NaiveDate> {
    match v {
        Value::String(s) => parse_date(s, field),
        Value::Null => Err(Error::missing(field)),
        // A value of the wrong type is INVALID_INPUT, as for every query field (`start: NaN` in
        // a deadline query); INVALID_DATE is for strings that are not a real date.
        _ => Err(Error::invalid(
            field,
            "YYYY-MM-DD 格式的日期字符串",
            "a YYYY-MM-DD date string",
        )),
    }
}

/// Options of the calendar primitives: `{ provisional?: boolean }`. The bare answers
/// (`isWorkingDay`, `addWorkingDays`, `workingDaysBetween`) cannot say they are projected, so
/// they project only when asked to; `dayKind` says so in its answer and projects by default.
fn mode_arg(v: &Value, default: Mode) -> Result<Mode> {
    Ok(
        match crate::input::keys::bool_option(v, &["provisional"], "provisional")? {
            Some(true) => Mode::PROVISIONAL,
            Some(false) => Mode::STRICT,
            None => default,
        },
    )
}

/// A calendar answer with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateAnswer {
    /// The resulting date.
    pub date: String,
    /// Whether it rests on days no published notice has arranged yet.
    pub provisional: bool,
    /// When provisional: the earliest and latest date the next notice can make it.
    pub range: Option<period::DateRange>,
    /// When the period ends (民法典 第二百零三条第二款): `YYYY-MM-DDT24:00` for a last day, or
    /// the close of business given as `closesAt`, or the last moment of an hour period.
    pub cutoff: String,
    /// The days skipped and why.
    pub trace: Vec<crate::explain::TraceStep>,
}

/// `isWorkingDay(date, { provisional? })` → boolean.
///
/// # Errors
/// `INVALID_DATE`, `OUT_OF_CALENDAR_RANGE`.
pub fn is_working_day(cal: &Calendar, date: &Value, options: &Value) -> Result<bool> {
    is_working_day_on(cal, date_arg(date, "date")?, options)
}

/// [`is_working_day`] for a parsed date.
///
/// # Errors
/// `INVALID_INPUT` for options, `OUT_OF_CALENDAR_RANGE`.
pub fn is_working_day_on(cal: &Calendar, date: NaiveDate, options: &Value) -> Result<bool> {
    cal.is_working(date, mode_arg(options, Mode::STRICT)?, "date")
}

/// `dayKind(date, { provisional? })` → [`DayInfo`].
///
/// # Errors
/// `INVALID_DATE`, `OUT_OF_CALENDAR_RANGE`.
///
/// # Example
/// ```
/// use zhengwu::{DayKind, Value};
/// let cal = zhengwu::Calendar::builtin()?;
/// let d = zhengwu::day_kind(&cal, &Value::String("2026-10-10".into()), &Value::Null)?;
/// assert_eq!(d.kind, DayKind::AdjustedWorkday); // a Saturday the 2026 notice made a working day
/// assert!(d.working);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn day_kind(cal: &Calendar, date: &Value, options: &Value) -> Result<DayInfo> {
    cal.day(
        date_arg(date, "date")?,
        mode_arg(options, Mode::PROVISIONAL)?,
        "date",
    )
}

fn count_arg(v: &Value, field: &str) -> Result<i64> {
    match v {
        Value::Number(n)
            if n.is_finite() && n.fract() == 0.0 && n.abs() <= MAX_WORKING_DAYS as f64 =>
        {
            Ok(*n as i64)
        }
        Value::Null => Err(Error::missing(field)),
        _ => Err(Error::invalid(
            field,
            &format!("-{MAX_WORKING_DAYS} 至 {MAX_WORKING_DAYS} 之间的整数"),
            &format!("a whole number from -{MAX_WORKING_DAYS} to {MAX_WORKING_DAYS}"),
        )),
    }
}

/// `addWorkingDays(date, n, { provisional? })` → the n-th working day after (n < 0: before) date.
///
/// # Errors
/// `INVALID_DATE`, `INVALID_INPUT`, `OUT_OF_CALENDAR_RANGE`.
///
/// # Example: one working day after New Year's Day 2026
/// ```
/// use zhengwu::Value;
/// let cal = zhengwu::Calendar::builtin()?;
/// let d = zhengwu::add_working_days(&cal, &Value::String("2026-01-01".into()), &Value::Number(1.0), &Value::Null)?;
/// assert_eq!(d, "2026-01-04"); // Sunday 4 January was an adjusted working day
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn add_working_days(
    cal: &Calendar,
    date: &Value,
    n: &Value,
    options: &Value,
) -> Result<String> {
    add_working_days_from(cal, date_arg(date, "date")?, n, options).map(format_date)
}

/// [`add_working_days`] from a parsed date, as a date (the binding layer formats it in JS).
///
/// # Errors
/// As [`add_working_days`].
pub fn add_working_days_from(
    cal: &Calendar,
    date: NaiveDate,
    n: &Value,
    options: &Value,
) -> Result<NaiveDate> {
    let n = count_arg(n, "n")?;
    cal.add_working_days(date, n, mode_arg(options, Mode::STRICT)?, "date")
}

/// `workingDaysBetween(from, to, { provisional? })` → working days in (from, to], and when `to` is
/// before `from` minus those in (to, from].
///
/// # Errors
/// `INVALID_DATE`, `OUT_OF_CALENDAR_RANGE`.
pub fn working_days_between(
    cal: &Calendar,
    from: &Value,
    to: &Value,
    options: &Value,
) -> Result<i64> {
    working_days_between_dates(cal, date_arg(from, "from")?, date_arg(to, "to")?, options)
}

/// [`working_days_between`] for parsed dates.
///
/// # Errors
/// `INVALID_INPUT` for options, `OUT_OF_CALENDAR_RANGE`.
pub fn working_days_between_dates(
    cal: &Calendar,
    from: NaiveDate,
    to: NaiveDate,
    options: &Value,
) -> Result<i64> {
    cal.working_days_between(from, to, mode_arg(options, Mode::STRICT)?)
}

/// `addPeriod({ start, amount, unit, convention?, pauses?, provisional? })` → the due date with
/// the steps that explain it.
///
/// # Errors
/// Typed errors for each malformed field.
///
/// # Example: 48 hours under 民事诉讼法 第八十五条
/// ```
/// let cal = zhengwu::Calendar::builtin()?;
/// let q = zhengwu::parse_json(
///     r#"{"start":"2026-09-29T10:20","amount":48,"unit":"hour","convention":"litigation"}"#,
/// )?;
/// let a = zhengwu::add_period(&cal, &q)?;
/// // From 11:00 (the next hour) to 2026-10-01 11:00, National Day: the first day after the break.
/// assert_eq!((a.date.as_str(), a.cutoff.as_str()), ("2026-10-08", "2026-10-08T24:00"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn add_period(cal: &Calendar, q: &Value) -> Result<DateAnswer> {
    let q = Query::from_value(q.clone())?;
    crate::input::keys::check(crate::input::keys::Entry::Period, &q, &[])?;
    let unit = parse_unit(q.req_str("unit")?, "unit")?;
    let amount = q
        .opt_integer("amount", 0, 100_000)?
        .ok_or_else(|| Error::missing("amount"))?;
    let counting = match q.opt_str("convention")? {
        Some(s) => parse_counting(s, "convention")?,
        None => Counting::Civil,
    };
    let start_text = q.req_str("start")?;
    let start = if matches!(
        unit,
        crate::rules::model::Unit::Hour | crate::rules::model::Unit::Minute
    ) {
        Start::Moment(crate::time::date::parse_moment(start_text, "start")?)
    } else {
        Start::Date(parse_date(start_text, "start")?)
    };
    let pauses = crate::eval::period::parse_pauses(&q)?;
    // Like the evaluation functions, addPeriod projects past the last notice unless told not to.
    let mode = match q.opt_bool("provisional")? {
        Some(false) => Mode::STRICT,
        _ => Mode::PROVISIONAL,
    };
    let closes_at = q
        .opt_str("closesAt")?
        .map(|t| parse_clock(t, "closesAt"))
        .transpose()?;
    let mut ex = Explanation::new();
    let p = Period {
        amount: u32::try_from(amount).unwrap_or(0),
        unit,
        counting,
    };
    let due = period::add(cal, start, p, &pauses, mode, "addPeriod", &mut ex)?;
    let bounded = period::bound(cal, mode, start.date(), due, &|m| {
        period::add(
            cal,
            start,
            p,
            &pauses,
            m,
            "addPeriod",
            &mut Explanation::facts_only(),
        )
    });
    if let Some((earliest, latest)) = bounded.range {
        let what = crate::rules::model::Text {
            zh: "期间届满日",
            en: "the end of the period",
        };
        ex.record(
            "calendar",
            PeriodEvent::Projected {
                what,
                year: cal.last().year() + 1,
                law: due,
                earliest,
                latest,
            },
        );
    }
    let cutoff = match due {
        period::Due::Moment(t) => crate::time::date::format_moment(t),
        period::Due::Date(day) => {
            ex.record("addPeriod", PeriodEvent::CutOff { day, closes_at });
            match closes_at {
                Some((h, m)) => format!("{}T{h:02}:{m:02}", format_date(day)),
                None => format!("{}T24:00", format_date(day)),
            }
        }
    };
    Ok(DateAnswer {
        date: due.iso(),
        provisional: bounded.provisional,
        range: bounded.answer(),
        cutoff,
        trace: ex.trace(),
    })
}

/// An office's close of business, `HH:MM` (00:00–23:59), as (hour, minute).
fn parse_clock(text: &str, field: &str) -> Result<(u32, u32)> {
    let minutes = crate::time::date::parse_clock(text, false).ok_or_else(|| {
        Error::invalid(
            field,
            "HH:MM 格式的时刻，如 17:30",
            "a time as HH:MM, e.g. 17:30",
        )
    })?;
    Ok((minutes / 60, minutes % 60))
}

/// What the calendar covers and where its data comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarInfo {
    /// First covered day.
    pub first: String,
    /// Last covered day.
    pub last: String,
    /// The State Council notices the data comes from.
    pub sources: Vec<NoticeInfo>,
    /// What happens outside the covered range.
    pub beyond: Bilingual,
    /// The legal basis of the weekly rest days and holidays.
    pub basis: Vec<Bilingual>,
    /// The revisions of the 放假办法 as dated rules.
    pub holiday_law: Vec<crate::time::holiday_law::RevisionInfo>,
    /// Crate and data version.
    pub data_version: String,
}

/// `calendarInfo()`.
pub fn calendar_info(cal: &Calendar) -> CalendarInfo {
    CalendarInfo {
        first: format_date(cal.first()),
        last: format_date(cal.last()),
        sources: cal.notices().cloned().collect(),
        beyond: Bilingual::new(
            "尚未公布安排的年份按现行《全国年节及纪念日放假办法》推算：法定节假日，适逢周末的在其后工作日补假（第六条）；答案标注为临时结果，并给出安排公布后可能的最早与最晚日期（依2008年以来各年通知的放假调休规律）",
            "years whose arrangements are not published are projected under the holiday rules in force: the statutory holidays, with make-up weekdays after those on a weekend (article 6); answers are flagged provisional and give the earliest and latest date the notice can make them (from the pattern of the notices since 2008)",
        ),
        basis: vec![
            Bilingual::new("国务院关于职工工作时间的规定 第七条：星期六和星期日为周休息日", "State Council rules on working hours, art. 7: Saturday and Sunday are the weekly rest days"),
            Bilingual::new("全国年节及纪念日放假办法（1999、2007、2013、2024年修订）", "National holiday rules (revisions of 1999, 2007, 2013, 2024)"),
            Bilingual::new("国务院办公厅历年部分节假日安排的通知", "the State Council General Office's yearly holiday-arrangement notices"),
        ],
        holiday_law: crate::time::holiday_law::revisions(),
        data_version: crate::rules::registry::rules_version().to_owned(),
    }
}

fn cal_err(field: &str, zh: &str, en: &str) -> Error {
    Error::new(
        ErrorCode::InvalidCalendar,
        Some(field),
        format!("日历数据无效（{field}）：{zh}"),
        format!("invalid calendar data (`{field}`): {en}"),
    )
}

fn dates(v: Option<&Value>, field: &str) -> Result<Vec<NaiveDate>> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, x)| {
                date_arg(x, &format!("{field}.{i}"))
                    .map_err(|e| e.with_code(ErrorCode::InvalidCalendar))
            })
            .collect(),
        Some(_) => Err(cal_err(field, "应为日期数组", "expected an array of dates")),
    }
}

fn text_field(
    o: &crate::base::small_map::SmallMap<String, Value>,
    key: &str,
    field: &str,
    required: bool,
) -> Result<Option<String>> {
    match o.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() && s.chars().count() <= 500 => {
            Ok(Some(s.clone()))
        }
        None | Some(Value::Null) if !required => Ok(None),
        _ => Err(cal_err(
            &format!("{field}{key}"),
            "应为非空字符串",
            "expected a non-empty string",
        )),
    }
}

/// Validates `loadCalendar` data: one newly published year.
///
/// ```json
/// { "year": 2027, "title": "国务院办公厅关于2027年部分节假日安排的通知", "number": "…", "published": "2026-11-…",
///   "url": "…", "holidays": [ { "name": "元旦", "nameEn": "New Year's Day", "rest": ["2027-01-01","2027-01-03"],
///   "statutory": ["2027-01-01"], "work": [] } ] }
/// ```
///
/// # Errors
/// `INVALID_CALENDAR` naming the offending field.
pub fn parse_notice(v: &Value) -> Result<NoticeInfo> {
    let Value::Object(o) = v else {
        return Err(cal_err("data", "应为对象", "expected an object"));
    };
    let allowed = [
        "year",
        "title",
        "number",
        "published",
        "url",
        "note",
        "holidays",
    ];
    if let Some(k) = o.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(cal_err(k, "未知字段", "unknown field"));
    }
    let year = match o.get("year") {
        Some(Value::Number(n)) if n.fract() == 0.0 && (2000.0..=2100.0).contains(n) => *n as i32,
        _ => {
            return Err(cal_err(
                "year",
                "应为 2000–2100 的整数年份",
                "expected a whole year 2000–2100",
            ))
        }
    };
    let title = text_field(o, "title", "", true)?.unwrap_or_default();
    let published = match o.get("published") {
        Some(Value::String(s)) => format_date(
            parse_date(s, "published").map_err(|e| e.with_code(ErrorCode::InvalidCalendar))?,
        ),
        _ => {
            return Err(cal_err(
                "published",
                "需要通知发布日期（引用依据）",
                "the notice's publication date is required (it is the citation)",
            ))
        }
    };
    let Some(Value::Array(blocks)) = o.get("holidays") else {
        return Err(cal_err("holidays", "应为数组", "expected an array"));
    };
    if blocks.is_empty() || blocks.len() > 20 {
        return Err(cal_err(
            "holidays",
            "应有 1 至 20 个假期",
            "expected 1 to 20 holidays",
        ));
    }
    let mut holidays = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let f = format!("holidays.{i}.");
        let Value::Object(h) = b else {
            return Err(cal_err(
                &format!("holidays.{i}"),
                "应为对象",
                "expected an object",
            ));
        };
        let rest = dates(h.get("rest"), &format!("{f}rest"))?;
        let [from, to] = rest.as_slice() else {
            return Err(cal_err(
                &format!("{f}rest"),
                "应为 [首日, 末日]",
                "expected [first, last]",
            ));
        };
        // Which days a notice may arrange, weekends for 上班 and the 放假办法's statutory days
        // are checked once the notice is whole (`notice::check`, in `Calendar::load_year`).
        if to < from || (*to - *from).num_days() > 15 {
            return Err(cal_err(
                &format!("{f}rest"),
                "放假区间无效",
                "invalid rest range",
            ));
        }
        let statutory = dates(h.get("statutory"), &format!("{f}statutory"))?;
        let work = dates(h.get("work"), &format!("{f}work"))?;
        holidays.push(HolidayBlock {
            name: text_field(h, "name", &f, true)?.unwrap_or_default(),
            name_en: text_field(h, "nameEn", &f, false)?.unwrap_or_else(|| "holiday".into()),
            rest_from: *from,
            rest_to: *to,
            statutory,
            work,
        });
    }
    Ok(NoticeInfo {
        year,
        title,
        number: text_field(o, "number", "", false)?,
        published: Some(published),
        url: text_field(o, "url", "", false)?,
        note: text_field(o, "note", "", false)?,
        loaded: true,
        holidays,
    })
}

/// `loadCalendar(data)`: adds the next year to `cal`; returns the new coverage.
///
/// # Errors
/// `INVALID_CALENDAR`.
pub fn load_calendar(cal: &mut Calendar, data: &Value) -> Result<CalendarInfo> {
    let notice = parse_notice(data)?;
    cal.load_year(notice)?;
    Ok(calendar_info(cal))
}

/// One statutory holiday day (法定节假日) of the 《全国年节及纪念日放假办法》 revision in force for a
/// year, as `statutoryHolidays(year)` answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatutoryDay {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// The festival in Chinese, as the holiday notices name it (e.g. `春节`, `清明节`).
    pub name: String,
    /// The festival in English.
    pub name_en: String,
}

/// `statutoryHolidays(year)`: the statutory holiday days of `year` under the 放假办法 revision in
/// force for it, in the order the revision lists them (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节,
/// 国庆节; not sorted here, as a sort would add kilobytes to the module). A date can appear twice,
/// as 中秋节 and 国庆节 on 2020-10-01. The notice-drafting tool takes them from here so that it
/// never computes lunar dates itself.
///
/// # Errors
/// `INVALID_INPUT` for a year that is not a whole number or has no revision (before 2000, or past
/// the lunar tables' last year).
///
/// # Example: 2025, the first year of the 2024 revision
/// ```
/// use zhengwu::Value;
/// let days = zhengwu::statutory_holidays(&Value::Number(2025.0))?;
/// assert_eq!(days.len(), 13);
/// assert_eq!((days[1].date.as_str(), days[1].name.as_str()), ("2025-01-28", "春节")); // 除夕
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn statutory_holidays(year: &Value) -> Result<Vec<StatutoryDay>> {
    let no_revision = || {
        Error::invalid(
            "year",
            "《全国年节及纪念日放假办法》有规定的年份（2000–2100 的整数）",
            "a year the national holiday rules govern (a whole number 2000–2100)",
        )
    };
    let year = match year {
        Value::Number(n) if n.fract() == 0.0 && (1900.0..=2200.0).contains(n) => *n as i32,
        Value::Null => return Err(Error::missing("year")),
        _ => return Err(no_revision()),
    };
    let days = crate::time::holiday_law::statutory_days(year).ok_or_else(no_revision)?;
    Ok(days
        .into_iter()
        .map(|(date, name)| StatutoryDay {
            date: format_date(date),
            name: name.zh.to_owned(),
            name_en: name.en.to_owned(),
        })
        .collect())
}
