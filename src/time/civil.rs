//! Civil dates and times of day: the few operations the engine does on them, on a day number.
//!
//! Until session 12 these were chrono's types (`NaiveDate`, `NaiveDateTime` …), and they keep
//! chrono's names and meanings, so the code reads as it did. chrono stores a date as a year and a
//! day of the year with leap flags, read through tables; here a date is the number of days since
//! 0001-01-01 (day 1, chrono's `num_days_from_ce`), so the next day, a weekday or the days between
//! two dates are one addition, and year, month and day come from Howard Hinnant's
//! `civil_from_days`. The module is 1.6 KB smaller gzipped without chrono's code, tables and
//! panic paths (DESIGN, "Why these dependencies"). Dates run from -262143-01-01 to
//! +262142-12-31, as chrono 0.4.45's did; every operation past them is `None`, never a panic.

use std::fmt;
use std::ops::Sub;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn num_days_from_monday(self) -> u32 {
        self as u32
    }

    /// 1 for Monday … 7 for Sunday.
    pub fn number_from_monday(self) -> u32 {
        self as u32 + 1
    }
}

/// A number of days to add or take away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days(u64);

impl Days {
    /// `n` days.
    pub const fn new(n: u64) -> Days {
        Days(n)
    }
}

/// A number of months to add or take away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Months(u32);

impl Months {
    /// `n` months.
    pub const fn new(n: u32) -> Months {
        Months(n)
    }
}

/// A signed span of time, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeDelta(i64);

impl TimeDelta {
    /// `n` days (saturating far past any date).
    pub fn days(n: i64) -> TimeDelta {
        TimeDelta(n.saturating_mul(86_400))
    }

    /// `n` days, if that many seconds fit.
    pub fn try_days(n: i64) -> Option<TimeDelta> {
        n.checked_mul(86_400).map(TimeDelta)
    }

    /// `n` hours.
    pub fn hours(n: i64) -> TimeDelta {
        TimeDelta(n.saturating_mul(3_600))
    }

    /// `n` minutes.
    pub fn minutes(n: i64) -> TimeDelta {
        TimeDelta(n.saturating_mul(60))
    }

    /// Whole days (towards zero).
    pub fn num_days(self) -> i64 {
        self.0 / 86_400
    }

    /// Whole minutes (towards zero).
    pub fn num_minutes(self) -> i64 {
        self.0 / 60
    }
}

const MIN_YEAR: i64 = -262_143;
const MAX_YEAR: i64 = 262_142;

/// Days from 1970-01-01 to `y-m-d` (Hinnant's `days_from_civil`; `m` 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year, month and day of the day `z` days from 1970-01-01 (Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// 1970-01-01 as days since 0001-01-01 (day 1).
const UNIX_EPOCH_CE: i64 = 719_163;

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A civil date (proleptic Gregorian).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NaiveDate(i32);

impl NaiveDate {
    /// The first date there is.
    pub const MIN: NaiveDate = NaiveDate(-95_746_129);
    /// The last date there is.
    pub const MAX: NaiveDate = NaiveDate(95_745_399);

    fn from_days(days: i64) -> Option<NaiveDate> {
        let days = i32::try_from(days).ok()?;
        (NaiveDate::MIN.0..=NaiveDate::MAX.0)
            .contains(&days)
            .then_some(NaiveDate(days))
    }

    /// The date `y-m-d`, if there is one.
    pub fn from_ymd_opt(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        let y = i64::from(y);
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&y)
            && (1..=12).contains(&m)
            && (1..=days_in_month(y, m)).contains(&d);
        if !valid {
            return None;
        }
        let days = days_from_civil(y, i64::from(m), i64::from(d)) + UNIX_EPOCH_CE;
        NaiveDate::from_days(days)
    }

    /// The date `n` days after 0000-12-31 (0001-01-01 is day 1).
    pub fn from_num_days_from_ce_opt(n: i32) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(n))
    }

    /// Days after 0000-12-31 (0001-01-01 is day 1).
    pub fn num_days_from_ce(self) -> i32 {
        self.0
    }

    /// The year, month (1..=12) and day (1..=31), from one conversion of the day number: for
    /// callers that need all three (formatting a date), rather than `year()`, `month()` and
    /// `day()`, which convert once each.
    pub fn ymd(self) -> (i32, u32, u32) {
        let (y, m, d) = civil_from_days(i64::from(self.0) - UNIX_EPOCH_CE);
        // Within MIN_YEAR..=MAX_YEAR, so it fits.
        (y as i32, m, d)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The month, 1..=12.
    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// The month, 0..=11.
    pub fn month0(self) -> u32 {
        self.ymd().1 - 1
    }

    /// The day of the month, 1..=31.
    pub fn day(self) -> u32 {
        self.ymd().2
    }

    /// The day of the week (0001-01-01 was a Monday).
    pub fn weekday(self) -> Weekday {
        match (self.0 - 1).rem_euclid(7) {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The next day.
    pub fn succ_opt(self) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.0) + 1)
    }

    /// The day before.
    pub fn pred_opt(self) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.0) - 1)
    }

    /// `n` days later.
    pub fn checked_add_days(self, n: Days) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.0).checked_add(i64::try_from(n.0).ok()?)?)
    }

    /// `n` days earlier.
    pub fn checked_sub_days(self, n: Days) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.0).checked_sub(i64::try_from(n.0).ok()?)?)
    }

    /// The date `delta`'s whole days away (its seconds past a whole day are dropped).
    pub fn checked_add_signed(self, delta: TimeDelta) -> Option<NaiveDate> {
        NaiveDate::from_days(i64::from(self.0).checked_add(delta.num_days())?)
    }

    /// The same day `months` later; a day the month has not is its last day (01-31 + 1 month
    /// is 02-28, or 02-29 in a leap year).
    pub fn checked_add_months(self, months: Months) -> Option<NaiveDate> {
        self.shift_months(i64::from(months.0))
    }

    /// The same day `months` earlier, or the month's last day.
    pub fn checked_sub_months(self, months: Months) -> Option<NaiveDate> {
        self.shift_months(-i64::from(months.0))
    }

    fn shift_months(self, by: i64) -> Option<NaiveDate> {
        let (y, m, d) = self.ymd();
        let months = i64::from(y)
            .checked_mul(12)?
            .checked_add(i64::from(m) - 1)?
            .checked_add(by)?;
        let (y, m) = (months.div_euclid(12), (months.rem_euclid(12) + 1) as u32);
        let day = d.min(days_in_month(y, m));
        NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, day)
    }

    /// This day and every one after it.
    pub fn iter_days(self) -> impl Iterator<Item = NaiveDate> {
        (self.0..=NaiveDate::MAX.0).map(NaiveDate)
    }

    /// This day at `h:m:s`.
    pub fn and_hms_opt(self, h: u32, m: u32, s: u32) -> Option<NaiveDateTime> {
        Some(NaiveDateTime::new(self, NaiveTime::from_hms_opt(h, m, s)?))
    }
}

/// 1970-01-01, as chrono's.
impl Default for NaiveDate {
    fn default() -> NaiveDate {
        NaiveDate(UNIX_EPOCH_CE as i32)
    }
}

impl Sub for NaiveDate {
    type Output = TimeDelta;

    /// The days from `other` to `self`.
    fn sub(self, other: NaiveDate) -> TimeDelta {
        TimeDelta::days(i64::from(self.0) - i64::from(other.0))
    }
}

/// `YYYY-MM-DD`, with a sign and more digits outside 0000–9999 (as chrono wrote them).
impl fmt::Display for NaiveDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        if (0..=9999).contains(&y) {
            write!(f, "{y:04}-{m:02}-{d:02}")
        } else {
            write!(f, "{y:+05}-{m:02}-{d:02}")
        }
    }
}

impl fmt::Debug for NaiveDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A time of day, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NaiveTime(u32);

impl NaiveTime {
    /// `h:m:s`, if it is a time of day (no leap seconds).
    pub fn from_hms_opt(h: u32, m: u32, s: u32) -> Option<NaiveTime> {
        (h < 24 && m < 60 && s < 60).then_some(NaiveTime(h * 3_600 + m * 60 + s))
    }

    /// The hour, 0..=23.
    pub fn hour(self) -> u32 {
        self.0 / 3_600
    }

    /// The minute, 0..=59.
    pub fn minute(self) -> u32 {
        self.0 / 60 % 60
    }
}

/// A date and a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NaiveDateTime {
    date: NaiveDate,
    time: NaiveTime,
}

impl NaiveDateTime {
    /// `time` on `date`.
    pub fn new(date: NaiveDate, time: NaiveTime) -> NaiveDateTime {
        NaiveDateTime { date, time }
    }

    /// The date.
    pub fn date(self) -> NaiveDate {
        self.date
    }

    /// The time of day.
    pub fn time(self) -> NaiveTime {
        self.time
    }

    /// The hour, 0..=23.
    pub fn hour(self) -> u32 {
        self.time.hour()
    }

    /// The minute, 0..=59.
    pub fn minute(self) -> u32 {
        self.time.minute()
    }

    fn seconds(self) -> i64 {
        i64::from(self.date.0) * 86_400 + i64::from(self.time.0)
    }

    /// The moment `delta` later (earlier if negative), if there is a date for it.
    pub fn checked_add_signed(self, delta: TimeDelta) -> Option<NaiveDateTime> {
        let s = self.seconds().checked_add(delta.0)?;
        let date = NaiveDate::from_days(s.div_euclid(86_400))?;
        // rem_euclid of 86_400 is below it, so it fits.
        Some(NaiveDateTime::new(
            date,
            NaiveTime(s.rem_euclid(86_400) as u32),
        ))
    }
}

impl Sub for NaiveDateTime {
    type Output = TimeDelta;

    /// The time from `other` to `self`.
    fn sub(self, other: NaiveDateTime) -> TimeDelta {
        TimeDelta(self.seconds() - other.seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_numbers_are_chronos() {
        // chrono's num_days_from_ce: 0001-01-01 is 1; 2026-10-08 is 739,532 (0001-01-01 plus
        // 2025 years of 365 days and 491 leap days, plus 280 days of 2026).
        assert_eq!(d(1, 1, 1).num_days_from_ce(), 1);
        assert_eq!(d(2026, 10, 8).num_days_from_ce(), 2025 * 365 + 491 + 281);
        assert_eq!(NaiveDate::from_num_days_from_ce_opt(1), Some(d(1, 1, 1)));
        // chrono 0.4.45's bounds (num_days_from_ce -95,746,129 and 95,745,399).
        assert_eq!(NaiveDate::MIN, d(-262_143, 1, 1));
        assert_eq!(NaiveDate::MAX, d(262_142, 12, 31));
        assert_eq!(NaiveDate::MIN.num_days_from_ce(), -95_746_129);
        assert_eq!(NaiveDate::from_ymd_opt(262_143, 1, 1), None);
        assert_eq!(NaiveDate::MAX.succ_opt(), None);
        assert_eq!(NaiveDate::MIN.pred_opt(), None);
    }

    #[test]
    fn every_day_reads_back() {
        // Every day of 1600–2400 (two leap-year cycles, the century rules): its year, month and
        // day give it back, and it is the day after the one before.
        let mut day = d(1600, 1, 1);
        while day <= d(2400, 12, 31) {
            assert_eq!(
                Some(day),
                NaiveDate::from_ymd_opt(day.year(), day.month(), day.day())
            );
            let next = day.succ_opt().unwrap();
            assert_eq!(next - day, TimeDelta::days(1));
            day = next;
        }
    }

    #[test]
    fn the_calendar_s_rules() {
        assert_eq!(
            NaiveDate::from_ymd_opt(2024, 2, 29).map(|x| x.day()),
            Some(29)
        );
        assert_eq!(NaiveDate::from_ymd_opt(2026, 2, 29), None);
        assert_eq!(NaiveDate::from_ymd_opt(1900, 2, 29), None);
        assert_eq!(
            NaiveDate::from_ymd_opt(2000, 2, 29).map(|x| x.day()),
            Some(29)
        );
        assert_eq!(NaiveDate::from_ymd_opt(2026, 4, 31), None);
        assert_eq!(NaiveDate::from_ymd_opt(2026, 13, 1), None);
        // 2026-10-01 was a Thursday, 2004-01-01 a Thursday, 2000-01-01 a Saturday.
        assert_eq!(d(2026, 10, 1).weekday(), Weekday::Thu);
        assert_eq!(d(2004, 1, 1).weekday(), Weekday::Thu);
        assert_eq!(d(2000, 1, 1).weekday(), Weekday::Sat);
        assert_eq!(Weekday::Sun.number_from_monday(), 7);
    }

    #[test]
    fn months_end_on_the_last_day_a_month_has() {
        // (from, months later (earlier if negative), the day): 民法典 第二百零二条's rule.
        let cases = [
            ((2026, 1, 31), 1_i32, (2026, 2, 28)),
            ((2024, 1, 31), 1, (2024, 2, 29)),
            ((2026, 3, 31), -1, (2026, 2, 28)),
            ((2026, 11, 15), 3, (2027, 2, 15)),
            ((2026, 2, 15), -14, (2024, 12, 15)),
        ];
        for ((y, m, day), by, (y2, m2, day2)) in cases {
            let from = d(y, m, day);
            let got = if by >= 0 {
                from.checked_add_months(Months::new(by.unsigned_abs()))
            } else {
                from.checked_sub_months(Months::new(by.unsigned_abs()))
            };
            assert_eq!(got, Some(d(y2, m2, day2)), "{from:?} {by}");
        }
        assert_eq!(d(262_142, 12, 1).checked_add_months(Months::new(1)), None);
    }

    #[test]
    fn moments() {
        let t = d(2026, 12, 31).and_hms_opt(23, 30, 0).unwrap();
        let later = t.checked_add_signed(TimeDelta::hours(1)).unwrap();
        assert_eq!(
            (later.date(), later.hour(), later.minute()),
            (d(2027, 1, 1), 0, 30)
        );
        assert_eq!((later - t).num_minutes(), 60);
        let earlier = t.checked_add_signed(TimeDelta::minutes(-24 * 60)).unwrap();
        assert_eq!((earlier.date(), earlier.hour()), (d(2026, 12, 30), 23));
        assert_eq!(NaiveTime::from_hms_opt(24, 0, 0), None);
        assert_eq!(format!("{}", d(2026, 3, 9)), "2026-03-09");
        assert_eq!(format!("{:?}", d(10_000, 1, 1)), "+10000-01-01");
    }
}
