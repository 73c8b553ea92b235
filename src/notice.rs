//! Checks a holiday notice loaded at run time (`loadCalendar`) before it joins the calendar:
//! it may arrange only its own year and 25–31 December of the year before; it must hold exactly
//! the statutory days of the 全国年节及纪念日放假办法 in force for that year; a day cannot be both
//! a statutory holiday and a working day; 调休上班 days are weekends; it bears a date before the
//! year ends. A notice that passes cannot rewrite a published year.

use crate::calendar::{HolidayBlock, NoticeInfo};
use crate::date::{format_date, parse_date};
use crate::error::{Error, ErrorCode, Result};
use crate::holiday_law;
use chrono::{Datelike, NaiveDate, Weekday};

/// The most dates one holiday block may list as statutory or as working days.
pub const MAX_DATES_PER_BLOCK: usize = 15;

fn bad(field: &str, zh: String, en: String) -> Error {
    Error::new(ErrorCode::InvalidCalendar, Some(field), zh, en)
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
    check_published(n)?;
    let mut listed: Vec<NaiveDate> = Vec::new();
    for (i, b) in n.holidays.iter().enumerate() {
        check_block(n.year, i, b)?;
        listed.extend(&b.statutory);
    }
    check_statutory_days(n.year, &listed)
}

fn check_published(n: &NoticeInfo) -> Result<()> {
    let Some(text) = &n.published else {
        return Ok(());
    };
    let published = parse_date(text, "published")?;
    if published.year() >= n.year + 1 {
        return Err(bad(
            "published",
            format!("通知发布日期 {text} 晚于其安排的 {} 年", n.year),
            format!(
                "the notice's date {text} is after the year {} it arranges",
                n.year
            ),
        ));
    }
    Ok(())
}

fn check_block(year: i32, i: usize, b: &HolidayBlock) -> Result<()> {
    let field = |f: &str| format!("holidays.{i}.{f}");
    for (key, d) in [("rest", b.rest_from), ("rest", b.rest_to)]
        .into_iter()
        .chain(b.statutory.iter().map(|d| ("statutory", *d)))
        .chain(b.work.iter().map(|d| ("work", *d)))
    {
        if !in_reach(year, d) {
            return Err(bad(
                &field(key),
                format!("{} 不属于 {year} 年（只能安排当年及上年12月25日至31日）", format_date(d)),
                format!("{} is outside {year} (a notice arranges its year and 25–31 December before it only)", format_date(d)),
            ));
        }
    }
    for (key, list) in [("statutory", &b.statutory), ("work", &b.work)] {
        if list.len() > MAX_DATES_PER_BLOCK {
            return Err(bad(
                &field(key),
                format!("一个假期最多列 {MAX_DATES_PER_BLOCK} 个日期"),
                format!("a holiday lists at most {MAX_DATES_PER_BLOCK} dates"),
            ));
        }
        if let Some(d) = list
            .iter()
            .enumerate()
            .find_map(|(k, d)| list.get(..k)?.contains(d).then_some(d))
        {
            return Err(bad(
                &field(key),
                format!("{} 重复", format_date(*d)),
                format!("{} is listed twice", format_date(*d)),
            ));
        }
    }
    if let Some(d) = b.work.iter().find(|w| b.statutory.contains(w)) {
        return Err(bad(
            &field("work"),
            format!("{} 不能既是法定节假日又是上班日", format_date(*d)),
            format!(
                "{} cannot be both a statutory holiday and a working day",
                format_date(*d)
            ),
        ));
    }
    if let Some(d) = b
        .work
        .iter()
        .find(|w| !matches!(w.weekday(), Weekday::Sat | Weekday::Sun))
    {
        return Err(bad(
            &field("work"),
            format!("{} 不是周末，不能作为调休上班日", format_date(*d)),
            format!("{} is not a weekend day", format_date(*d)),
        ));
    }
    if let Some(d) = b
        .statutory
        .iter()
        .find(|s| **s < b.rest_from || **s > b.rest_to)
    {
        return Err(bad(
            &field("statutory"),
            format!("法定节假日 {} 不在该假期的放假区间内", format_date(*d)),
            format!(
                "the statutory day {} lies outside the holiday's rest days",
                format_date(*d)
            ),
        ));
    }
    Ok(())
}

/// The notice must list exactly the statutory days the 放假办法 in force gives its year.
fn check_statutory_days(year: i32, listed: &[NaiveDate]) -> Result<()> {
    let Some(law) = holiday_law::statutory_days(year) else {
        return Err(bad(
            "year",
            format!("{year} 年没有可据以核对的放假办法"),
            format!("no holiday rules to check {year} against"),
        ));
    };
    if let Some((d, name)) = law.iter().find(|(d, _)| !listed.contains(d)) {
        return Err(bad(
            "holidays",
            format!(
                "缺少放假办法规定的法定节假日：{}（{}）",
                format_date(*d),
                name.zh
            ),
            format!(
                "missing a statutory holiday of the holiday rules: {} ({})",
                format_date(*d),
                name.en
            ),
        ));
    }
    if let Some(d) = listed.iter().find(|d| !law.iter().any(|(x, _)| x == *d)) {
        return Err(bad(
            "holidays",
            format!("{} 不是放假办法规定的法定节假日", format_date(*d)),
            format!(
                "{} is not a statutory holiday under the holiday rules",
                format_date(*d)
            ),
        ));
    }
    Ok(())
}
