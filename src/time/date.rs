//! Civil dates and moments: strict parsing and formatting.
//!
//! Every date in the API is a civil date `YYYY-MM-DD` (a day on the wall calendar in China, with
//! no time zone), and every moment is `YYYY-MM-DDTHH:MM` in Beijing wall-clock time. Nothing here
//! reads a clock or a time zone, so answers are the same in every browser.

use crate::error::{Error, ErrorCode, Result};
use crate::time::civil::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Earliest year accepted in any date input.
pub const MIN_YEAR: i32 = 1900;
/// Latest year accepted in any date input.
pub const MAX_YEAR: i32 = 2200;

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn date_error(field: &str, got: &str) -> Error {
    Error::new(
        ErrorCode::InvalidDate,
        Some(field),
        format!("`{field}` 不是有效日期（应为 YYYY-MM-DD）：`{got}`"),
        format!("`{field}` is not a valid date (expected YYYY-MM-DD): `{got}`"),
    )
}

/// Parses a strict `YYYY-MM-DD` civil date; `field` names the input for the error.
///
/// # Errors
/// `INVALID_DATE` if the text is not in that form, is not a real date (2026-02-30), or lies
/// outside `MIN_YEAR`..=`MAX_YEAR`.
///
/// # Example: a leap day
/// ```
/// let d = zhengwu::parse_date("2024-02-29", "start")?;
/// assert_eq!(zhengwu::format_date(d), "2024-02-29");
/// assert!(zhengwu::parse_date("2026-02-29", "start").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_date(text: &str, field: &str) -> Result<NaiveDate> {
    let err = || date_error(field, text);
    // Exactly `DDDD-DD-DD` (read on every query: no allocation).
    let (Some(y), Some(b'-'), Some(m), Some(b'-'), Some(d), 10) = (
        text.get(0..4).and_then(digits),
        text.as_bytes().get(4),
        text.get(5..7).and_then(digits),
        text.as_bytes().get(7),
        text.get(8..10).and_then(digits),
        text.len(),
    ) else {
        return Err(err());
    };
    let year = i32::try_from(y).map_err(|_| err())?;
    civil(year, m, d).ok_or_else(err)
}

/// The civil date y-m-d if it exists and its year is within `MIN_YEAR`..=`MAX_YEAR` (what
/// [`parse_date`] accepts, from numbers).
pub fn civil(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Parses a strict `YYYY-MM-DDTHH:MM` moment (Beijing wall-clock time).
///
/// # Errors
/// `INVALID_DATE` when the form, the date or the time is not valid.
pub fn parse_moment(text: &str, field: &str) -> Result<NaiveDateTime> {
    let err = || {
        Error::new(
            ErrorCode::InvalidDate,
            Some(field),
            format!("`{field}` 不是有效时刻（应为 YYYY-MM-DDTHH:MM）：`{text}`"),
            format!("`{field}` is not a valid moment (expected YYYY-MM-DDTHH:MM): `{text}`"),
        )
    };
    let (date, time) = text.split_once('T').ok_or_else(err)?;
    let date = parse_date(date, field).map_err(|_| err())?;
    let (h, m) = time.split_once(':').ok_or_else(err)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(err());
    }
    let (Some(h), Some(m)) = (digits(h), digits(m)) else {
        return Err(err());
    };
    let time = NaiveTime::from_hms_opt(h, m, 0).ok_or_else(err)?;
    Ok(NaiveDateTime::new(date, time))
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    let mut s = String::with_capacity(16);
    push_date(&mut s, d);
    s
}

/// Appends `YYYY-MM-DD` (dates are formatted on every answer: this avoids `format!`'s machinery,
/// and writes the ten bytes at once).
fn push_date(s: &mut String, d: NaiveDate) {
    let (year, month, day) = d.ymd();
    if !(0..=9999).contains(&year) {
        s.push_str(&format!("{year:04}-{month:02}-{day:02}"));
        return;
    }
    let [y0, y1, y2, y3] = digits4(year.unsigned_abs());
    let [_, _, m0, m1] = digits4(month);
    let [_, _, d0, d1] = digits4(day);
    let text = [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1];
    s.push_str(std::str::from_utf8(&text).unwrap_or_default());
}

/// The last four decimal digits of `n`, zero-padded, as ASCII.
fn digits4(n: u32) -> [u8; 4] {
    [
        b'0' + (n / 1000 % 10) as u8,
        b'0' + (n / 100 % 10) as u8,
        b'0' + (n / 10 % 10) as u8,
        b'0' + (n % 10) as u8,
    ]
}

/// Appends the last two decimal digits of `n`, zero-padded.
fn push_digits2(s: &mut String, n: u32) {
    let [_, _, a, b] = digits4(n);
    s.push(char::from(a));
    s.push(char::from(b));
}

/// Reads a clock time `HH:MM` (or `H:MM` where `short_hour`), 00:00–23:59, as minutes after
/// midnight; `None` for anything else.
pub fn parse_clock(text: &str, short_hour: bool) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    let hour_width = h.len() == 2 || (short_hour && h.len() == 1);
    if !hour_width || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 23 && m <= 59).then_some(h * 60 + m)
}

/// Formats minutes after midnight as `HH:MM` (`510` → `08:30`; hours past 99 keep two digits).
#[cfg(feature = "office")]
pub fn format_clock(minutes: u32) -> String {
    let mut s = String::with_capacity(5);
    push_digits2(&mut s, minutes / 60);
    s.push(':');
    push_digits2(&mut s, minutes % 60);
    s
}

/// Formats a moment as `YYYY-MM-DDTHH:MM`.
pub fn format_moment(t: NaiveDateTime) -> String {
    let mut s = format_date(t.date());
    s.push('T');
    push_digits2(&mut s, t.hour());
    s.push(':');
    push_digits2(&mut s, t.minute());
    s
}

/// `M月D日` as Chinese texts write dates inside a year.
pub fn zh_month_day(d: NaiveDate) -> String {
    format!("{}月{}日", d.month(), d.day())
}

/// `YYYY年M月D日`.
pub fn zh_full(d: NaiveDate) -> String {
    let (y, m, day) = d.ymd();
    format!("{y}年{m}月{day}日")
}

/// The weekday in Chinese (星期一 … 星期日).
pub fn zh_weekday(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// The weekday in English (Monday … Sunday).
pub fn en_weekday(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The last day of `year`-`month`.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// A due date or moment: what a deadline answers (its `start`, `due`, `extended_due` and its
/// status's `on`), kept as a value and written as ISO text.
///
/// # Example
/// ```
/// use zhengwu::{Due, Query, Value};
/// let cal = zhengwu::Calendar::builtin()?;
/// let s = |x: &str| Value::String(x.into());
/// // 文山 第五十六条(四)5: a written reply within 60 days of acceptance (2026-08-03); day 60 is
/// // 2026-10-02, in the National Day holiday, so it moves to the next working day.
/// let q = Query::from_pairs([
///     ("ruleset", s("wenshan-hrss-2019")),
///     ("ref", s("DL-004-056-09")),
///     ("start", s("2026-08-03")),
/// ]);
/// let a = zhengwu::deadline(&cal, &q)?;
/// assert_eq!(a.due, "2026-10-08");
/// assert!(matches!(a.due, Due::Date(d) if d.to_string() == "2026-10-08"));
/// assert_eq!(format!("due by {}", a.due), "due by 2026-10-08");
/// assert_eq!(zhengwu::to_json(&a.due).unwrap(), "\"2026-10-08\"");
/// # Ok::<(), zhengwu::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Due {
    /// Due by the end (24:00) of this day.
    Date(NaiveDate),
    /// Due at this moment.
    Moment(NaiveDateTime),
}

impl Due {
    /// ISO text: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub fn iso(self) -> String {
        match self {
            Due::Date(d) => format_date(d),
            Due::Moment(t) => format_moment(t),
        }
    }

    /// The civil date of the due date or moment.
    pub fn date(self) -> NaiveDate {
        match self {
            Due::Date(d) => d,
            Due::Moment(t) => t.date(),
        }
    }
}

/// An answer's date or moment is written as its ISO text (an answer is read as JSON). Kept as a
/// value until then, so that an answer whose facts cross as numbers (a deadline's, in the
/// module) is never written as text and read back.
impl serde::Serialize for Due {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// A due date compares with its ISO text (`assert_eq!(answer.due, "2026-10-08")`).
impl PartialEq<&str> for Due {
    fn eq(&self, text: &&str) -> bool {
        self.iso() == *text
    }
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Saturday or Sunday.
pub(crate) fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

pub use crate::time::ymd::Ymd;

impl Ymd {
    /// The date as a [`NaiveDate`] (`None` cannot happen for data the build script checked).
    pub fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(i32::from(self.y), u32::from(self.m), u32::from(self.d))
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_clock_times() {
        assert_eq!(parse_clock("08:30", false), Some(8 * 60 + 30));
        assert_eq!(parse_clock("23:59", false), Some(23 * 60 + 59));
        assert_eq!(parse_clock("8:30", true), Some(8 * 60 + 30));
        for bad in [
            "8:30", "24:00", "12:60", "1230", "12:3", "ab:cd", "", ":", "012:30",
        ] {
            assert_eq!(parse_clock(bad, false), None, "{bad}");
        }
        assert_eq!(parse_clock("012:30", true), None);
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "",
            "2026-1-05",
            "2026-01-5",
            "26-01-05",
            "2026/01/05",
            "2026-13-01",
            "2026-02-29",
            "+026-01-05",
            "2026-01-05T00:00",
            " 2026-01-05",
            "1899-12-31",
            "2201-01-01",
            "２０２６-01-05",
        ] {
            let e = parse_date(bad, "start").unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidDate, "{bad}");
            assert_eq!(e.field.as_deref(), Some("start"));
        }
    }

    #[test]
    fn parses_moments() {
        let t = parse_moment("2026-10-01T23:30", "at").unwrap();
        assert_eq!(format_moment(t), "2026-10-01T23:30");
        for bad in [
            "2026-10-01",
            "2026-10-01T24:00",
            "2026-10-01T9:00",
            "2026-10-01T09:60",
            "2026-10-01 09:00",
        ] {
            assert!(parse_moment(bad, "at").is_err(), "{bad}");
        }
    }

    #[test]
    fn month_ends() {
        assert_eq!(
            last_day_of_month(2024, 2),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(
            last_day_of_month(2026, 12),
            NaiveDate::from_ymd_opt(2026, 12, 31)
        );
    }
}
