//! The published days of a calendar: each day's kind and the notice block that set it, with
//! counts of working days so that working-day arithmetic costs the same for any span.
//!
//! The days are kept in segments shared between calendar generations: the built-in years are
//! one segment, and each year loaded at run time adds one more (its days and the 25–31 December
//! before it, which its notice may change). A new generation reuses every earlier segment (only
//! the last one is read a week shorter), so memory grows with the years loaded, not with the
//! number of generations times the years.

use crate::time::civil::{self, NaiveDate};
use serde::Serialize;
use std::sync::Arc;

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// An ordinary Monday–Friday working day.
    Workday,
    /// An ordinary Saturday or Sunday (国务院关于职工工作时间的规定 第七条).
    Weekend,
    /// A statutory holiday day (法定节假日) of the 全国年节及纪念日放假办法.
    StatutoryHoliday,
    /// A weekday made a rest day by the year's notice (调休休息日).
    AdjustedRest,
    /// A Saturday or Sunday made a working day by the year's notice (调休上班).
    AdjustedWorkday,
}

impl DayKind {
    /// Whether people work on this kind of day.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::AdjustedWorkday)
    }

    /// The kind's name in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            DayKind::Workday => "工作日",
            DayKind::Weekend => "周休日",
            DayKind::StatutoryHoliday => "法定节假日",
            DayKind::AdjustedRest => "调休休息日",
            DayKind::AdjustedWorkday => "调休上班日",
        }
    }

    /// The kind's name in English.
    pub fn en(self) -> &'static str {
        match self {
            DayKind::Workday => "working day",
            DayKind::Weekend => "weekend",
            DayKind::StatutoryHoliday => "statutory holiday",
            DayKind::AdjustedRest => "adjusted rest day",
            DayKind::AdjustedWorkday => "adjusted working day",
        }
    }

    /// The English name with its article, for a sentence ("an adjusted rest day").
    pub fn en_indefinite(self) -> &'static str {
        match self {
            DayKind::Workday => "a working day",
            DayKind::Weekend => "a weekend day",
            DayKind::StatutoryHoliday => "a statutory holiday",
            DayKind::AdjustedRest => "an adjusted rest day",
            DayKind::AdjustedWorkday => "an adjusted working day",
        }
    }
}

/// Where a non-ordinary day comes from: notice index and block index.
pub type Origin = Option<(u16, u16)>;

/// A run of consecutive days, never changed once built.
#[derive(Debug)]
pub struct Segment {
    first: NaiveDate,
    kinds: Vec<DayKind>,
    origins: Vec<Origin>,
    /// `prefix[i]` = working days among the first `i` days.
    prefix: Vec<u32>,
    /// Offsets (from `first`) of the working days, in order.
    workdays: Vec<u32>,
}

impl Segment {
    /// A segment from its days' kinds and origins (of equal length), starting on `first`.
    pub fn new(first: NaiveDate, kinds: Vec<DayKind>, origins: Vec<Origin>) -> Segment {
        let mut prefix = Vec::with_capacity(kinds.len() + 1);
        let mut workdays = Vec::new();
        let mut count = 0u32;
        prefix.push(0);
        for (i, k) in kinds.iter().enumerate() {
            if k.is_working() {
                workdays.push(i as u32);
                count += 1;
            }
            prefix.push(count);
        }
        Segment {
            first,
            kinds,
            origins,
            prefix,
            workdays,
        }
    }
}

/// A segment as one calendar reads it: its first `len` days, after `base` working days.
#[derive(Debug, Clone)]
struct Part {
    seg: Arc<Segment>,
    len: u32,
    base: u32,
    count: u32,
}

impl Part {
    fn of(seg: Arc<Segment>, len: u32, base: u32) -> Part {
        let count = seg.prefix.get(len as usize).copied().unwrap_or(0);
        Part {
            seg,
            len,
            base,
            count,
        }
    }

    /// The index of `d` in this part, if it lies in it.
    fn index(&self, d: NaiveDate) -> Option<usize> {
        let i = u32::try_from((d - self.seg.first).num_days()).ok()?;
        (i < self.len).then_some(i as usize)
    }
}

/// The published days of one calendar generation, in contiguous parts.
#[derive(Debug, Clone)]
pub struct Days {
    parts: Vec<Part>,
}

impl Days {
    /// The days of one segment.
    pub fn new(seg: Segment) -> Days {
        let len = u32::try_from(seg.kinds.len()).unwrap_or(0);
        Days {
            parts: vec![Part::of(Arc::new(seg), len, 0)],
        }
    }

    /// These days, with the last `overlap` of them replaced by the first days of `seg` (which
    /// continues them): the calendar of a newly loaded year. Earlier segments are shared.
    pub fn extended(&self, overlap: u32, seg: Segment) -> Days {
        let mut parts = self.parts.clone();
        if let Some(last) = parts.pop() {
            let kept = Part::of(last.seg, last.len.saturating_sub(overlap), last.base);
            parts.push(kept);
        }
        let base = parts.last().map_or(0, |p| p.base + p.count);
        let len = u32::try_from(seg.kinds.len()).unwrap_or(0);
        parts.push(Part::of(Arc::new(seg), len, base));
        Days { parts }
    }

    /// The part holding `d` and its index there (recent parts first: most questions are about
    /// recent days, and most calendars have one part).
    fn locate(&self, d: NaiveDate) -> Option<(&Part, usize)> {
        self.parts
            .iter()
            .rev()
            .find_map(|p| p.index(d).map(|i| (p, i)))
    }

    /// The kind of `d` and where it comes from.
    pub fn kind(&self, d: NaiveDate) -> Option<(DayKind, Origin)> {
        let (p, i) = self.locate(d)?;
        Some((
            *p.seg.kinds.get(i)?,
            p.seg.origins.get(i).copied().flatten(),
        ))
    }

    /// Working days from the first day through `d`.
    pub fn count_through(&self, d: NaiveDate) -> Option<u32> {
        let (p, i) = self.locate(d)?;
        Some(p.base + p.seg.prefix.get(i + 1)?)
    }

    /// Working days before `d`.
    pub fn count_before(&self, d: NaiveDate) -> Option<u32> {
        let (p, i) = self.locate(d)?;
        Some(p.base + p.seg.prefix.get(i)?)
    }

    /// The working day with 0-based index `k`, if there are that many.
    pub fn nth_working(&self, k: u32) -> Option<NaiveDate> {
        let p = self
            .parts
            .iter()
            .rev()
            .find(|p| k >= p.base && k < p.base + p.count)?;
        let offset = *p.seg.workdays.get((k - p.base) as usize)?;
        p.seg
            .first
            .checked_add_days(civil::Days::new(u64::from(offset)))
    }

    /// All working days.
    pub fn total(&self) -> u32 {
        self.parts.last().map_or(0, |p| p.base + p.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::time::date::parse_date(s, "date").unwrap()
    }

    fn ordinary(first: &str, n: usize) -> Segment {
        let first = d(first);
        let kinds = first
            .iter_days()
            .take(n)
            .map(|x| match x.weekday().number_from_monday() {
                6 | 7 => DayKind::Weekend,
                _ => DayKind::Workday,
            })
            .collect::<Vec<_>>();
        let origins = vec![None; kinds.len()];
        Segment::new(first, kinds, origins)
    }

    #[test]
    fn a_loaded_year_shares_the_earlier_days_and_replaces_the_overlap() {
        // 2026-12-21 (Mon) … 2026-12-31 (Thu): 9 working days. The next segment starts on
        // Friday 12-25 and makes Saturday 12-26 a working day.
        let days = Days::new(ordinary("2026-12-21", 11));
        assert_eq!(days.total(), 9);
        let mut next = ordinary("2026-12-25", 14);
        next = {
            let mut kinds = next.kinds.clone();
            kinds[1] = DayKind::AdjustedWorkday;
            Segment::new(next.first, kinds, next.origins.clone())
        };
        let more = days.extended(7, next);
        // The first segment is shared, not copied.
        assert!(Arc::ptr_eq(&days.parts[0].seg, &more.parts[0].seg));
        assert_eq!(Arc::strong_count(&days.parts[0].seg), 2);
        // 12-21…12-24 (4) from the first, then 12-25, 12-26 (now working) …
        assert_eq!(
            more.kind(d("2026-12-26")).map(|k| k.0),
            Some(DayKind::AdjustedWorkday)
        );
        assert_eq!(
            days.kind(d("2026-12-26")).map(|k| k.0),
            Some(DayKind::Weekend)
        );
        assert_eq!(more.count_through(d("2026-12-24")), Some(4));
        assert_eq!(more.count_through(d("2026-12-26")), Some(6));
        assert_eq!(more.nth_working(5), Some(d("2026-12-26")));
        // 14 days from 12-25 to 2027-01-07: 10 weekdays + 12-26 = 11, plus the first 4.
        assert_eq!(more.total(), 15);
    }
}
