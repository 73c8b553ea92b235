//! Checks a holiday notice loaded at run time (`loadCalendar`) before it joins the calendar:
//! it may arrange only its own year and 25–31 December of the year before; it must hold exactly
//! the statutory days of the 全国年节及纪念日放假办法 in force for that year; a day cannot be both
//! a statutory holiday and a working day; 调休上班 days are weekends; it bears a date before the
//! year ends. A notice that passes cannot rewrite a published year.

use crate::base::text::Text;
use crate::error::{Error, ErrorCode, Result};
use crate::time::date::Ymd;
use crate::time::date::{format_date, parse_date};
use crate::time::holiday_law;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// The most dates one holiday block may list as statutory or as working days.
pub const MAX_DATES_PER_BLOCK: usize = 15;

/// `INVALID_CALENDAR` for `field`: "<date> <what is wrong>" (one formatting site keeps the
/// module small).
fn bad_date(field: &str, d: NaiveDate, zh: &str, en: &str) -> Error {
    let d = format_date(d);
    Error::new(
        ErrorCode::InvalidCalendar,
        Some(field),
        format!("{d} {zh}"),
        format!("{d} {en}"),
    )
}

/// Whether `d` is a day a notice for `year` may arrange.
fn in_reach(year: i32, d: NaiveDate) -> bool {
    d.year() == year || (d.year() == year - 1 && d.month() == 12 && d.day() >= 25)
}

/// Checks `n` as the notice for its year.
///
/// # Errors
/// `INVALID_CALENDAR` naming the field at fault.
pub fn check(n: &NoticeInfo) -> Result<()> {
    if let Some(text) = &n.published {
        let published = parse_date(text, "published")?;
        if published.year() > n.year {
            return Err(bad_date(
                "published",
                published,
                "晚于通知所安排的年份",
                "is after the year the notice arranges",
            ));
        }
    }
    let mut listed: Vec<NaiveDate> = Vec::new();
    for (i, b) in n.holidays.iter().enumerate() {
        check_block(n.year, &format!("holidays.{i}."), b)?;
        listed.extend(&b.statutory);
    }
    check_statutory_days(n.year, &listed)
}

/// Every date of `dates` is one a notice for `year` may arrange.
fn in_reach_all(year: i32, field: &str, dates: &[NaiveDate]) -> Result<()> {
    match dates.iter().find(|d| !in_reach(year, **d)) {
        Some(d) => Err(bad_date(
            field,
            *d,
            "不属于通知所安排的年份（只能安排当年及上年12月25日至31日）",
            "is outside the notice's year (it arranges its year and 25–31 December before it only)",
        )),
        None => Ok(()),
    }
}

fn check_block(year: i32, prefix: &str, b: &HolidayBlock) -> Result<()> {
    let field = |f: &str| format!("{prefix}{f}");
    in_reach_all(year, &field("rest"), &[b.rest_from, b.rest_to])?;
    in_reach_all(year, &field("statutory"), &b.statutory)?;
    in_reach_all(year, &field("work"), &b.work)?;
    for (key, list) in [("statutory", &b.statutory), ("work", &b.work)] {
        for (k, d) in list.iter().enumerate() {
            if k >= MAX_DATES_PER_BLOCK || list.get(..k).is_some_and(|before| before.contains(d)) {
                return Err(bad_date(
                    &field(key),
                    *d,
                    "重复，或日期过多（每个假期最多15个）",
                    "is listed twice, or too many dates are listed (15 at most a holiday)",
                ));
            }
        }
    }
    if let Some(d) = b.work.iter().find(|w| b.statutory.contains(w)) {
        return Err(bad_date(
            &field("work"),
            *d,
            "不能既是法定节假日又是上班日",
            "cannot be both a statutory holiday and a working day",
        ));
    }
    if let Some(d) = b
        .work
        .iter()
        .find(|w| !matches!(w.weekday(), Weekday::Sat | Weekday::Sun))
    {
        return Err(bad_date(
            &field("work"),
            *d,
            "不是周末，不能作为调休上班日",
            "is not a weekend day",
        ));
    }
    if let Some(d) = b
        .statutory
        .iter()
        .find(|s| **s < b.rest_from || **s > b.rest_to)
    {
        return Err(bad_date(
            &field("statutory"),
            *d,
            "不在该假期的放假区间内",
            "lies outside the holiday's rest days",
        ));
    }
    Ok(())
}

/// The notice must list exactly the statutory days the 放假办法 in force gives its year.
fn check_statutory_days(year: i32, listed: &[NaiveDate]) -> Result<()> {
    let law = holiday_law::statutory_days(year).unwrap_or_default();
    if let Some((d, _)) = law.iter().find(|(d, _)| !listed.contains(d)) {
        return Err(bad_date(
            "holidays",
            *d,
            "是放假办法规定的法定节假日，通知中缺少",
            "is a statutory holiday under the holiday rules and is missing",
        ));
    }
    if let Some(d) = listed.iter().find(|d| !law.iter().any(|(x, _)| x == *d)) {
        return Err(bad_date(
            "holidays",
            *d,
            "不是放假办法规定的法定节假日",
            "is not a statutory holiday under the holiday rules",
        ));
    }
    Ok(())
}

/// A holiday block of a State Council notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeHoliday {
    /// Holiday name.
    pub name: Text,
    /// First and last rest day of the block.
    pub rest: (Ymd, Ymd),
    /// Statutory holiday dates in the block.
    pub statutory: &'static [Ymd],
    /// Adjusted working weekend days attached to the block.
    pub work: &'static [Ymd],
}

/// A State Council holiday-arrangement notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    /// The year arranged.
    pub year: i32,
    /// Title.
    pub title: &'static str,
    /// Document number, where verified.
    pub number: Option<&'static str>,
    /// Publication date, where verified.
    pub published: Option<Ymd>,
    /// Source address.
    pub url: Option<&'static str>,
    /// Notes.
    pub note: Option<&'static str>,
    /// Holiday blocks.
    pub holidays: &'static [NoticeHoliday],
}

/// A holiday block of a notice, owned (built-in or loaded at run time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayBlock {
    /// Holiday name in Chinese.
    pub name: String,
    /// Holiday name in English.
    pub name_en: String,
    /// First rest day.
    pub rest_from: NaiveDate,
    /// Last rest day.
    pub rest_to: NaiveDate,
    /// Statutory holiday dates.
    pub statutory: Vec<NaiveDate>,
    /// Adjusted working weekend days.
    pub work: Vec<NaiveDate>,
}

/// A State Council holiday notice, owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeInfo {
    /// The year arranged.
    pub year: i32,
    /// Title.
    pub title: String,
    /// Document number, where known.
    pub number: Option<String>,
    /// Publication date, where known.
    pub published: Option<String>,
    /// Source address, where known.
    pub url: Option<String>,
    /// Notes (one-off changes, deviations).
    pub note: Option<String>,
    /// Whether it was loaded at run time rather than compiled in.
    pub loaded: bool,
    /// Holiday blocks.
    #[serde(skip)]
    pub holidays: Vec<HolidayBlock>,
}
