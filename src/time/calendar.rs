//! The statutory working-day calendar of mainland China.
//!
//! Days are of five kinds (see [`DayKind`]). The built-in data covers the years of every State
//! Council holiday notice compiled in from `data/calendar/cn.toml`; [`Calendar::load_year`] adds a
//! newly published year at run time. A date past the covered range is an error
//! (`OUT_OF_CALENDAR_RANGE`) unless the caller opts into the provisional calendar, which applies
//! the statutory holidays of the 放假办法 in force (lunar festivals and 清明 computed), without
//! 调休, and marks the answer provisional.
//!
//! Working-day arithmetic inside the covered range uses prefix counts, so adding twenty years of
//! working days costs the same as adding one.

use crate::error::{Error, ErrorCode, Result};
use crate::time::civil::{self, NaiveDate};
use crate::time::date::format_date;
use crate::time::date::Ymd;
use crate::time::days::{Days, Origin, Segment};
use crate::time::generated::{CALENDAR_FIRST, CALENDAR_LAST, HOLIDAY_NAMES, NOTICES};
use crate::time::projection::{Bound, Cluster, Projection};
use serde::Serialize;
use std::sync::Arc;

pub(crate) use crate::time::date::is_weekend;
pub use crate::time::days::DayKind;

pub use crate::time::notice::{HolidayBlock, NoticeInfo};

/// A day the calendar cannot tell about (before its first day, or past what the mode allows):
/// the error of the `…_at` queries, which build no message; the others turn it into
/// `OUT_OF_CALENDAR_RANGE` naming their field ([`Calendar::out_of_range`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange(pub NaiveDate);

/// The result of a query that may fall outside the calendar.
pub type Reach<T> = std::result::Result<T, OutOfRange>;

/// What the calendar says about the days a period crossed, as data (rendered in `explain/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarNote {
    /// A holiday block of a notice, with its adjusted working days.
    Holiday {
        /// The block.
        block: HolidayBlock,
        /// The title of the notice that arranged it.
        notice: String,
    },
    /// A festival of a year no notice covers yet, as the law and the published pattern project it.
    Projected(Cluster),
    /// This many ordinary weekend days besides.
    Weekends(u32),
}

/// The last days of the last covered year that the next notice may still change (25–31 December).
const TAIL_DAYS: usize = 7;

/// Whether dates past the covered range may be answered provisionally, and under which reading
/// of the unpublished days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mode {
    /// Use the projected calendar past the last published notice (else such a date is an error).
    pub provisional: bool,
    /// Which reading of days the next notice may still change (see `crate::time::projection`).
    pub bound: Bound,
}

impl Mode {
    /// Only published days: a date past the last notice is `OUT_OF_CALENDAR_RANGE`.
    pub const STRICT: Mode = Mode {
        provisional: false,
        bound: Bound::Law,
    };
    /// Published days, then the law alone for the years no notice covers yet.
    pub const PROVISIONAL: Mode = Mode {
        provisional: true,
        bound: Bound::Law,
    };

    /// The same mode under another reading of the unpublished days.
    pub fn with_bound(self, bound: Bound) -> Mode {
        Mode { bound, ..self }
    }
}

/// What the calendar says about one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DayInfo {
    /// The date.
    pub date: String,
    /// Its kind.
    pub kind: DayKind,
    /// Whether people work that day.
    pub working: bool,
    /// The holiday it belongs to (zh), if any.
    pub holiday: Option<String>,
    /// The holiday it belongs to (en), if any.
    pub holiday_en: Option<String>,
    /// The notice that decided it, if any.
    pub notice: Option<String>,
    /// True when the day lies past the last published notice and was computed provisionally.
    pub provisional: bool,
    /// True when the day lies in late December of the last covered year, which the next year's
    /// notice may still change (it has done so for 2005-12-31, 2007-12-29/31, 2018-12-29/31 …).
    pub subject_to_next_notice: bool,
}

/// The working-day calendar.
///
/// # Example
/// ```
/// use zhengwu::{parse_date, Calendar, DayKind, Mode};
///
/// let cal = Calendar::builtin().unwrap();
/// let d = |s: &str| parse_date(s, "date").unwrap();
/// // The 2026 notice: 10月1日至7日 国庆节 rest, Saturday 10月10日 a working day.
/// assert!(!cal.is_working(d("2026-10-05"), Mode::STRICT, "date").unwrap());
/// assert!(cal.is_working(d("2026-10-10"), Mode::STRICT, "date").unwrap());
/// assert_eq!(cal.day(d("2026-10-10"), Mode::STRICT, "date").unwrap().kind, DayKind::AdjustedWorkday);
/// // One working day after Wednesday 09-30 is Thursday 10-08; three after it, Saturday 10-10.
/// let after = |n| cal.add_working_days(d("2026-09-30"), n, Mode::STRICT, "date").unwrap();
/// assert_eq!((after(1), after(3)), (d("2026-10-08"), d("2026-10-10")));
/// ```
#[derive(Debug, Clone)]
pub struct Calendar {
    first: NaiveDate,
    last: NaiveDate,
    /// The published days (shared with the generation this one was loaded on).
    days: Days,
    /// The notices, shared between generations.
    notices: Vec<Arc<NoticeInfo>>,
    /// The years after `last`, and its last days, as the next notices may arrange them.
    projection: Projection,
}

fn ymd(y: Ymd) -> Result<NaiveDate> {
    y.date().ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidCalendar,
            None,
            "日历数据日期无效",
            "invalid date in calendar data",
        )
    })
}

impl Calendar {
    /// The calendar compiled into the crate (2004-01-01 through the last published notice).
    ///
    /// # Errors
    /// Only if the compiled-in data were inconsistent (checked by the tests).
    pub fn builtin() -> Result<Calendar> {
        let notices = crate::time::notice::builtin(NOTICES, HOLIDAY_NAMES).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidCalendar,
                None,
                "日历数据无效",
                "invalid calendar data",
            )
        })?;
        let (first, last) = (ymd(CALENDAR_FIRST)?, ymd(CALENDAR_LAST)?);
        let notices: Vec<Arc<NoticeInfo>> = notices.into_iter().map(Arc::new).collect();
        let segment = segment(first, last, &[], &notices, 0);
        Ok(Calendar::assemble(first, last, Days::new(segment), notices))
    }

    /// A calendar from its days, with the projection of the years after `last`.
    fn assemble(
        first: NaiveDate,
        last: NaiveDate,
        days: Days,
        notices: Vec<Arc<NoticeInfo>>,
    ) -> Calendar {
        let tail: Vec<DayKind> = published_tail(&days, last)
            .iter()
            .map(|(k, _)| *k)
            .collect();
        let projection = Projection::build(last, &tail, &notices);
        Calendar {
            first,
            last,
            days,
            notices,
            projection,
        }
    }

    /// First covered day.
    pub fn first(&self) -> NaiveDate {
        self.first
    }

    /// Last covered day.
    pub fn last(&self) -> NaiveDate {
        self.last
    }

    /// The notices the calendar was built from.
    pub fn notices(&self) -> impl Iterator<Item = &NoticeInfo> {
        self.notices.iter().map(|n| &**n)
    }

    /// The published kind of `d` and its origin, inside the covered range.
    fn published(&self, d: NaiveDate) -> Option<(DayKind, Origin)> {
        if d < self.first || d > self.last {
            return None;
        }
        self.days.kind(d)
    }

    /// The error for a date outside the covered range (for a caller that asked for published
    /// days only, or a date outside even the projected years).
    pub fn out_of_range(&self, d: NaiveDate, field: &str) -> Error {
        let last = format_date(self.last);
        let first = format_date(self.first);
        let projected = format_date(self.projection.end());
        Error::new(
            ErrorCode::OutOfCalendarRange,
            Some(field),
            format!(
                "{} 不在已公布的节假日安排范围内（{first} 至 {last}），也不在可按放假办法推算的范围内（至 {projected}），或已要求仅按已公布安排计算",
                format_date(d)
            ),
            format!(
                "{} is outside the published holiday arrangements ({first} to {last}) and outside the years that can be projected from the holiday rules (to {projected}), or only published arrangements were asked for",
                format_date(d)
            ),
        )
    }

    /// The kind of day `d`, with its origin.
    ///
    /// # Errors
    /// `OUT_OF_CALENDAR_RANGE` for a date before the first covered day, or past the last one
    /// when `mode.provisional` is off (or past the provisional range).
    pub fn day(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<DayInfo> {
        let (kind, origin, provisional) = self.kind_of(d, mode, field)?;
        let block = origin.and_then(|(n, h)| {
            let notice = self.notices.get(usize::from(n))?;
            Some((notice, notice.holidays.get(usize::from(h))?))
        });
        let provisional_name = if provisional {
            self.projection.holiday_of(d)
        } else {
            None
        };
        Ok(DayInfo {
            date: format_date(d),
            kind,
            working: kind.is_working(),
            holiday: block
                .map(|(_, b)| b.name.clone())
                .or(provisional_name.map(|t| t.zh.to_owned())),
            holiday_en: block
                .map(|(_, b)| b.name_en.clone())
                .or(provisional_name.map(|t| t.en.to_owned())),
            notice: block.map(|(n, _)| n.title.clone()),
            provisional,
            subject_to_next_notice: self.subject_to_next_notice(d),
        })
    }

    /// Whether `d` lies in the last days of the last covered year (Dec 25–31), which the next
    /// year's notice may still turn into working or rest days.
    pub fn subject_to_next_notice(&self, d: NaiveDate) -> bool {
        d >= self.unsettled_from() && d <= self.last
    }

    /// The first day the next notice may still change (25 December of the last covered year).
    pub fn unsettled_from(&self) -> NaiveDate {
        unsettled_from(self.last)
    }

    /// The projection of the years no notice covers yet.
    pub fn projection(&self) -> &Projection {
        &self.projection
    }

    /// The kind of `d`, where it comes from, and whether it is projected (past the last notice).
    fn kind_at(&self, d: NaiveDate, mode: Mode) -> Reach<(DayKind, Origin, bool)> {
        if let Some((published, origin)) = self.published(d) {
            // Under the earliest or latest reading the next notice may change the last days.
            let kind = match mode.bound {
                Bound::Law => published,
                bound if d >= self.unsettled_from() => {
                    self.projection.kind(d, bound).unwrap_or(published)
                }
                _ => published,
            };
            return Ok((kind, origin, false));
        }
        if d > self.last && mode.provisional {
            return self
                .projection
                .kind(d, mode.bound)
                .map(|k| (k, None, true))
                .ok_or(OutOfRange(d));
        }
        Err(OutOfRange(d))
    }

    fn kind_of(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<(DayKind, Origin, bool)> {
        self.kind_at(d, mode)
            .map_err(|e| self.out_of_range(e.0, field))
    }

    /// The kind of `d` alone: [`Calendar::day`] without the names and dates it writes out
    /// (nothing allocated), for evaluations that only decide on it.
    ///
    /// # Errors
    /// As [`Calendar::day`].
    pub fn kind(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<DayKind> {
        Ok(self.kind_of(d, mode, field)?.0)
    }

    /// Whether `d` is a working day.
    ///
    /// # Errors
    /// As [`Calendar::day`].
    pub fn is_working(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<bool> {
        Ok(self.kind_of(d, mode, field)?.0.is_working())
    }

    /// [`Calendar::is_working`] with the day it could not tell as the error (no message built,
    /// nothing allocated), for the module's fast paths.
    pub fn is_working_at(&self, d: NaiveDate, mode: Mode) -> Reach<bool> {
        Ok(self.kind_at(d, mode)?.0.is_working())
    }

    /// The `n`-th working day strictly after `d` (n > 0), or strictly before it (n < 0); `d`
    /// itself for n = 0. `d` need not be a working day: the count starts from the next one
    /// (the `holidays`/chinese-days convention, law-notes §1.10).
    ///
    /// # Errors
    /// `OUT_OF_CALENDAR_RANGE` when the answer (or `d`) lies outside the range the mode allows.
    pub fn add_working_days(
        &self,
        d: NaiveDate,
        n: i64,
        mode: Mode,
        field: &str,
    ) -> Result<NaiveDate> {
        self.add_working_at(d, n, mode)
            .map_err(|e| self.out_of_range(e.0, field))
    }

    /// [`Calendar::add_working_days`] with the day it could not tell as the error: no message is
    /// built (and nothing allocated), for the module's fast paths.
    pub fn add_working_at(&self, d: NaiveDate, n: i64, mode: Mode) -> Reach<NaiveDate> {
        if n == 0 {
            self.kind_at(d, mode)?;
            return Ok(d);
        }
        // Projected days and the earliest/latest readings are walked day by day (prefix counts
        // hold the published reading only).
        // Projected days and the earliest/latest readings are walked day by day (the counts
        // hold the published reading only); so is a day outside the published range.
        let counted = match (mode.bound, n > 0) {
            (Bound::Law, true) => self.days.count_through(d),
            (Bound::Law, false) => self.days.count_before(d),
            _ => None,
        };
        let Some(counted) = counted else {
            return self.walk(d, n, mode);
        };
        if n > 0 {
            // 0-based index of the target working day.
            let k = i64::from(counted) + n - 1;
            if let Some(day) = u32::try_from(k).ok().and_then(|k| self.days.nth_working(k)) {
                return Ok(day);
            }
            let remaining = k - i64::from(self.days.total()) + 1;
            self.walk(self.last, remaining, mode)
        } else {
            let k = i64::from(counted) + n; // n < 0
            u32::try_from(k)
                .ok()
                .and_then(|k| self.days.nth_working(k))
                .ok_or(OutOfRange(self.first.pred_opt().unwrap_or(self.first)))
        }
    }

    /// The `n`-th working day after (n > 0) or before (n < 0) `from`, one day at a time.
    fn walk(&self, from: NaiveDate, n: i64, mode: Mode) -> Reach<NaiveDate> {
        let mut d = from;
        let mut left = n.abs();
        while left > 0 {
            let next = if n > 0 { d.succ_opt() } else { d.pred_opt() };
            d = next.ok_or(OutOfRange(from))?;
            if self.kind_at(d, mode)?.0.is_working() {
                left -= 1;
            }
        }
        Ok(d)
    }

    /// The number of working days `w` with `from < w <= to` (negative when `to < from`), so that
    /// `add_working_days(from, working_days_between(from, to))` is `to` whenever `to` is a
    /// working day.
    ///
    /// # Errors
    /// `OUT_OF_CALENDAR_RANGE` as for [`Calendar::day`].
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate, mode: Mode) -> Result<i64> {
        if to < from {
            return self.working_days_between(to, from, mode).map(|n| -n);
        }
        Ok(self.working_upto(to, mode, "to")? - self.working_upto(from, mode, "from")?)
    }

    /// [`Calendar::working_days_between`] with the day it could not tell as the error (no
    /// message built, nothing allocated), for the module's fast paths.
    pub fn working_days_between_at(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        mode: Mode,
    ) -> Reach<i64> {
        if to < from {
            return self.working_days_between_at(to, from, mode).map(|n| -n);
        }
        Ok(self.working_upto_at(to, mode)? - self.working_upto_at(from, mode)?)
    }

    /// The working days in `[first, d]`: prefix counts up to the last day the mode reads as
    /// published, then day by day.
    fn working_upto(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<i64> {
        self.working_upto_at(d, mode)
            .map_err(|e| self.out_of_range(e.0, field))
    }

    fn working_upto_at(&self, d: NaiveDate, mode: Mode) -> Reach<i64> {
        let settled = match mode.bound {
            Bound::Law => self.last,
            _ => self.unsettled_from().pred_opt().unwrap_or(self.first),
        };
        let counted_to = d.min(settled);
        if counted_to < self.first {
            return Err(OutOfRange(d));
        }
        let mut n = i64::from(self.days.count_through(counted_to).ok_or(OutOfRange(d))?);
        let mut x = counted_to;
        while x < d {
            x = x.succ_opt().ok_or(OutOfRange(d))?;
            if self.kind_at(x, mode)?.0.is_working() {
                n += 1;
            }
        }
        Ok(n)
    }

    /// The first working day on or after `d`.
    ///
    /// # Errors
    /// `OUT_OF_CALENDAR_RANGE` as for [`Calendar::day`].
    pub fn working_on_or_after(&self, d: NaiveDate, mode: Mode, field: &str) -> Result<NaiveDate> {
        if self.is_working(d, mode, field)? {
            return Ok(d);
        }
        self.add_working_days(d, 1, mode, field)
    }

    /// Explains the non-ordinary days in `(from, to]`: holiday blocks and adjusted working days,
    /// one line each (e.g. "10月1日至7日 国庆节放假"), plus the count of ordinary weekend days.
    pub fn explain_span(&self, from: NaiveDate, to: NaiveDate, mode: Mode) -> Vec<CalendarNote> {
        self.explain_days(from, to, mode, true)
    }

    /// As [`Calendar::explain_span`], without the count of ordinary weekend days (for a roll
    /// off a rest day, where "其间" would read as the whole period).
    pub fn explain_holidays(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        mode: Mode,
    ) -> Vec<CalendarNote> {
        self.explain_days(from, to, mode, false)
    }

    fn explain_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        mode: Mode,
        count_weekends: bool,
    ) -> Vec<CalendarNote> {
        let mut out = Vec::new();
        let mut weekends = 0u32;
        let mut seen: Vec<(u16, u16)> = Vec::new();
        let mut d = from;
        while d < to {
            let Some(next) = d.succ_opt() else { break };
            d = next;
            let Ok((kind, origin, _)) = self.kind_of(d, mode, "date") else {
                break;
            };
            match (origin, kind) {
                (Some(o), _) if !seen.contains(&o) => {
                    seen.push(o);
                    if let Some(note) = self.block_note(o) {
                        out.push(note);
                    }
                }
                (None, DayKind::Weekend) => weekends += 1,
                _ => {}
            }
        }
        if mode.provisional && to > self.last {
            let last = self.last;
            out.extend(
                self.projection
                    .clusters_in(from, to)
                    .filter(|c| c.statutory.iter().any(|s| *s > last))
                    .map(|c| CalendarNote::Projected(c.clone())),
            );
        }
        if weekends > 0 && count_weekends {
            out.push(CalendarNote::Weekends(weekends));
        }
        out
    }

    fn block_note(&self, (n, h): (u16, u16)) -> Option<CalendarNote> {
        let notice = self.notices.get(usize::from(n))?;
        let block = notice.holidays.get(usize::from(h))?;
        Some(CalendarNote::Holiday {
            block: block.clone(),
            notice: notice.title.clone(),
        })
    }

    /// Adds a newly published year (the one after the last covered year) from validated data
    /// (checked by `crate::time::notice::check`: it cannot change a published year).
    ///
    /// # Errors
    /// `INVALID_CALENDAR` when the data is not a valid notice for the next year.
    pub fn load_year(&mut self, notice: NoticeInfo) -> Result<()> {
        let expected = self.last.year() + 1;
        let bad =
            |zh: String, en: String| Error::new(ErrorCode::InvalidCalendar, Some("year"), zh, en);
        if notice.year != expected {
            return Err(bad(
                format!(
                    "只能追加紧接已覆盖范围的下一年（{expected}），收到 {}",
                    notice.year
                ),
                format!(
                    "only the year right after the covered range ({expected}) can be added, got {}",
                    notice.year
                ),
            ));
        }
        let last = NaiveDate::from_ymd_opt(expected, 12, 31)
            .ok_or_else(|| bad("年份无效".into(), "invalid year".into()))?;
        crate::time::notice::check(&notice)?;
        let mut notices = self.notices.clone();
        notices.push(Arc::new(notice));
        // The new year's days and the week before it, which its notice may change; the earlier
        // days are shared with this generation.
        let from = self.unsettled_from();
        let tail = published_tail(&self.days, self.last);
        let overlap = u32::try_from(tail.len()).unwrap_or(0);
        let seg = segment(from, last, &tail, &notices, notices.len() - 1);
        let days = self.days.extended(overlap, seg);
        *self = Calendar::assemble(self.first, last, days, notices);
        Ok(())
    }
}

/// The first day the next notice may still change: 25 December of the year ending on `last`.
fn unsettled_from(last: NaiveDate) -> NaiveDate {
    last.checked_sub_days(civil::Days::new(TAIL_DAYS as u64 - 1))
        .unwrap_or(last)
}

/// The published kinds and origins of the days from [`unsettled_from`] through `last`.
fn published_tail(days: &Days, last: NaiveDate) -> Vec<(DayKind, Origin)> {
    unsettled_from(last)
        .iter_days()
        .take_while(|d| *d <= last)
        .filter_map(|d| days.kind(d))
        .collect()
}

/// The days from `first` through `last`: the published `tail` at the start (kinds carried
/// over), ordinary weekdays and weekends after it, then the blocks of the notices from index
/// `from_notice` on (a notice's days outside the range are left out).
fn segment(
    first: NaiveDate,
    last: NaiveDate,
    tail: &[(DayKind, Origin)],
    notices: &[Arc<NoticeInfo>],
    from_notice: usize,
) -> Segment {
    let mut kinds = Vec::new();
    let mut origins: Vec<Origin> = Vec::new();
    for (i, d) in first.iter_days().take_while(|d| *d <= last).enumerate() {
        let ordinary = if is_weekend(d) {
            DayKind::Weekend
        } else {
            DayKind::Workday
        };
        let (kind, origin) = tail.get(i).copied().unwrap_or((ordinary, None));
        kinds.push(kind);
        origins.push(origin);
    }
    for (ni, n) in notices.iter().enumerate().skip(from_notice) {
        for (hi, h) in n.holidays.iter().enumerate() {
            apply_block(
                &mut kinds,
                &mut origins,
                first,
                h,
                Some((ni as u16, hi as u16)),
            );
        }
    }
    Segment::new(first, kinds, origins)
}

/// Sets the days of one holiday block: its rest days, its statutory days, its 上班 days.
fn apply_block(
    kinds: &mut [DayKind],
    origins: &mut [Origin],
    first: NaiveDate,
    h: &HolidayBlock,
    origin: Origin,
) {
    for d in h.rest_from.iter_days().take_while(|d| *d <= h.rest_to) {
        let kind = if h.statutory.contains(&d) {
            DayKind::StatutoryHoliday
        } else if is_weekend(d) {
            DayKind::Weekend
        } else {
            DayKind::AdjustedRest
        };
        set_day(kinds, origins, first, d, kind, origin);
    }
    for s in &h.statutory {
        set_day(kinds, origins, first, *s, DayKind::StatutoryHoliday, origin);
    }
    for w in &h.work {
        set_day(kinds, origins, first, *w, DayKind::AdjustedWorkday, origin);
    }
}

fn set_day(
    kinds: &mut [DayKind],
    origins: &mut [Origin],
    first: NaiveDate,
    d: NaiveDate,
    kind: DayKind,
    origin: Origin,
) {
    let Ok(i) = usize::try_from((d - first).num_days()) else {
        return;
    };
    if let (Some(k), Some(o)) = (kinds.get_mut(i), origins.get_mut(i)) {
        *k = kind;
        *o = origin;
    }
}
