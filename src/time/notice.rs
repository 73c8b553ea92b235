//! Checks a holiday notice loaded at run time (`loadCalendar`) before it joins the calendar:
//! it may arrange only its own year and 25–31 December of the year before; it must hold exactly
//! the statutory days of the 全国年节及纪念日放假办法 in force for that year; a day cannot be both
//! a statutory holiday and a working day; 调休上班 days are weekends; it bears a date before the
//! year ends. A notice that passes cannot rewrite a published year.

use crate::base::text::Text;
use crate::error::{Error, ErrorCode, Result};
use crate::time::civil::{self, NaiveDate, Weekday};
use crate::time::date::{format_date, parse_date};
use crate::time::holiday_law;
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
    let (y, m, day) = d.ymd();
    y == year || (y == year - 1 && m == 12 && day >= 25)
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

/// A reader of the built-in notices' bytes (`build/calendar.rs` says how they are laid out).
struct Bytes {
    bytes: &'static [u8],
    at: usize,
}

impl Bytes {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }

    fn text(&mut self) -> Option<String> {
        let len = usize::from(self.u16()?);
        let end = self.at.checked_add(len)?;
        let text = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(text.to_owned())
    }

    /// A presence byte, then what `read` reads if it is 1.
    fn maybe<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            _ => read(self).map(Some),
        }
    }

    fn date(&mut self) -> Option<NaiveDate> {
        let y = i32::from(self.u16()?);
        NaiveDate::from_ymd_opt(y, u32::from(self.byte()?), u32::from(self.byte()?))
    }

    /// A count, then as many days, each an offset from `first` (signed for the working days).
    fn days(&mut self, first: NaiveDate, signed: bool) -> Option<Vec<NaiveDate>> {
        (0..self.byte()?)
            .map(|_| {
                let b = self.byte()?;
                let off = if signed {
                    i64::from(b as i8)
                } else {
                    i64::from(b)
                };
                first.checked_add_signed(civil::TimeDelta::try_days(off)?)
            })
            .collect()
    }

    fn holiday(&mut self, names: &[Text]) -> Option<HolidayBlock> {
        let name = names.get(usize::from(self.byte()?))?;
        let rest_from = self.date()?;
        let rest_to = rest_from.checked_add_days(civil::Days::new(u64::from(self.byte()?)))?;
        Some(HolidayBlock {
            name: name.zh.to_owned(),
            name_en: name.en.to_owned(),
            rest_from,
            rest_to,
            statutory: self.days(rest_from, false)?,
            work: self.days(rest_from, true)?,
        })
    }

    fn notice(&mut self, names: &[Text]) -> Option<NoticeInfo> {
        let year = i32::from(self.u16()?);
        let title = self.text()?;
        let number = self.maybe(Self::text)?;
        let published = self.maybe(Self::date)?.map(format_date);
        let url = self.maybe(Self::text)?;
        let note = self.maybe(Self::text)?;
        let holidays = (0..self.byte()?)
            .map(|_| self.holiday(names))
            .collect::<Option<Vec<_>>>()?;
        Some(NoticeInfo {
            year,
            title,
            number,
            published,
            url,
            note,
            loaded: false,
            holidays,
        })
    }
}

/// The notices compiled in (`bytes` as `build/calendar.rs` wrote them, with the holiday `names`
/// they index); `None` if the bytes end early or do not read (the tests build the calendar).
pub fn builtin(bytes: &'static [u8], names: &[Text]) -> Option<Vec<NoticeInfo>> {
    let mut r = Bytes { bytes, at: 0 };
    let mut notices = Vec::new();
    while r.at < bytes.len() {
        notices.push(r.notice(names)?);
    }
    Some(notices)
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
