//! Days past the last published holiday notice: what the law alone says, and how far the next
//! notice could move them.
//!
//! Until the State Council publishes a year's notice, a day of that year is read three ways
//! ([`Bound`]):
//! - **law**: the statutory days of the 全国年节及纪念日放假办法 in force, ordinary weekends, and,
//!   for every statutory day that falls on a Saturday or Sunday, a make-up weekday (第六条:
//!   "如果适逢周六、周日，应当在工作日补假"), placed on the first weekdays after the festival
//!   until the notice says where it goes. This is the date an answer gives.
//! - **latest**: as many rest days as the published notices have ever made around each festival:
//!   its block extended as far before and after its statutory days as any notice since 2008
//!   extended it, and every weekend a rest day.
//! - **earliest**: as few rest days: the statutory days alone, and every weekend that lies as
//!   close to a festival as any notice's 调休上班 day did becomes a working day.
//!
//! Every arrangement a notice following the published pattern can make lies between the two
//! bounds (more rest days never make a due date earlier), so the dates computed under them bound
//! the date the notice will produce. The pattern is measured from the notices themselves, so a
//! newly loaded year widens or keeps it.

use crate::base::text::Text;
use crate::time::civil::{Days, NaiveDate};
use crate::time::date::is_weekend;
use crate::time::days::DayKind;
use crate::time::holiday_law;
use crate::time::notice::NoticeInfo;
use std::sync::Arc;

/// Which reading of an unpublished day to use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Bound {
    /// The law alone (statutory days, make-up weekdays right after the festival).
    #[default]
    Law,
    /// The fewest rest days the next notice could make.
    Earliest,
    /// The most rest days the next notice could make.
    Latest,
}

/// Notices before this year followed the 1999 revision's week-long May holiday, a pattern the
/// law no longer allows; the reach of festivals is measured from the 2008 notices on.
pub const PATTERN_FROM_YEAR: i32 = 2008;

/// How many years past the last notice are projected.
pub const PROJECTED_YEARS: i32 = 10;

/// How far the published notices have stretched one festival's holiday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The festival (as the 放假办法 names it).
    pub festival: Text,
    /// Most rest days a block began before the festival's first statutory day.
    pub rest_before: u32,
    /// Most rest days a block ran on after its last statutory day.
    pub rest_after: u32,
    /// Farthest 调休上班 day before a block's first rest day, in days.
    pub work_before: u32,
    /// Farthest 调休上班 day after a block's last rest day, in days.
    pub work_after: u32,
}

/// One festival (or festivals whose statutory days lie together) of a projected year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The festival names.
    pub names: Vec<Text>,
    /// Its statutory days.
    pub statutory: Vec<NaiveDate>,
    /// Make-up weekdays under 第六条, placed right after the festival.
    pub makeup: Vec<NaiveDate>,
    /// The widest rest block the published pattern allows.
    pub widest: (NaiveDate, NaiveDate),
    /// The span in which weekends may become working days.
    pub work_reach: (NaiveDate, NaiveDate),
}

/// The three readings of every day from late December of the last published year through
/// [`PROJECTED_YEARS`] years past it.
#[derive(Debug, Clone)]
pub struct Projection {
    from: NaiveDate,
    law: Vec<DayKind>,
    earliest: Vec<DayKind>,
    latest: Vec<DayKind>,
    clusters: Vec<Cluster>,
    reaches: Vec<Reach>,
}

fn days(n: u32) -> Days {
    Days::new(u64::from(n))
}

fn span_days(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days()).unwrap_or(0)
}

/// Measures, for every festival, how far the published notices have stretched its holiday.
pub fn reaches(notices: &[Arc<NoticeInfo>]) -> Vec<Reach> {
    let mut out: Vec<Reach> = Vec::new();
    for n in notices.iter().filter(|n| n.year >= PATTERN_FROM_YEAR) {
        let Some(law) = holiday_law::statutory_days(n.year) else {
            continue;
        };
        for b in &n.holidays {
            // Only the law's statutory days name a festival: one-off days (2015-09-03) and the
            // 2020 extension, which has none, say nothing about the pattern.
            let named: Vec<(NaiveDate, Text)> = law
                .iter()
                .filter(|(d, _)| b.statutory.contains(d))
                .copied()
                .collect();
            // The law lists days by festival (a 中秋 in October comes before 国庆): the block's
            // statutory span is from its earliest to its latest day.
            let (Some(first), Some(last), Some((_, festival))) = (
                named.iter().map(|(d, _)| *d).min(),
                named.iter().map(|(d, _)| *d).max(),
                named.first(),
            ) else {
                continue;
            };
            let measured = Reach {
                festival: *festival,
                rest_before: span_days(b.rest_from, first),
                rest_after: span_days(last, b.rest_to),
                work_before: b
                    .work
                    .iter()
                    .filter(|w| **w < b.rest_from)
                    .map(|w| span_days(*w, b.rest_from))
                    .max()
                    .unwrap_or(0),
                work_after: b
                    .work
                    .iter()
                    .filter(|w| **w > b.rest_to)
                    .map(|w| span_days(b.rest_to, *w))
                    .max()
                    .unwrap_or(0),
            };
            for (_, festival) in &named {
                merge_reach(&mut out, festival, &measured);
            }
        }
    }
    out
}

fn merge_reach(all: &mut Vec<Reach>, festival: &Text, m: &Reach) {
    match all.iter_mut().find(|r| r.festival.zh == festival.zh) {
        Some(r) => {
            r.rest_before = r.rest_before.max(m.rest_before);
            r.rest_after = r.rest_after.max(m.rest_after);
            r.work_before = r.work_before.max(m.work_before);
            r.work_after = r.work_after.max(m.work_after);
        }
        None => all.push(Reach {
            festival: *festival,
            ..m.clone()
        }),
    }
}

/// The statutory days of `year` grouped into festivals; festivals whose days lie within three
/// days of each other (国庆 and a late 中秋) form one cluster, as the notices merge them.
fn clusters_of(year: i32, reaches: &[Reach]) -> Vec<Cluster> {
    let Some(law) = holiday_law::statutory_days(year) else {
        return Vec::new();
    };
    let mut out: Vec<Cluster> = Vec::new();
    // The law lists the days by festival, in calendar order except a 中秋 after 10/1: each day
    // joins a festival it lies within three days of, in order (no sort code in the module).
    for (d, name) in law {
        let near = |c: &&mut Cluster| c.statutory.iter().any(|x| (d - *x).num_days().abs() <= 3);
        match out.iter_mut().find(near) {
            Some(c) => {
                let at = c.statutory.partition_point(|x| *x < d);
                c.statutory.insert(at, d);
                if !c.names.iter().any(|n| n.zh == name.zh) {
                    c.names.push(name);
                }
            }
            None => out.push(Cluster {
                names: vec![name],
                statutory: vec![d],
                makeup: Vec::new(),
                widest: (d, d),
                work_reach: (d, d),
            }),
        }
    }
    for c in &mut out {
        shape_cluster(c, reaches);
    }
    out
}

/// Places the make-up weekdays and the widest block of one festival.
fn shape_cluster(c: &mut Cluster, reaches: &[Reach]) {
    let (Some(first), Some(last)) = (c.statutory.first().copied(), c.statutory.last().copied())
    else {
        return;
    };
    let owed = c.statutory.iter().filter(|d| is_weekend(**d)).count();
    let mut d = last;
    while c.makeup.len() < owed {
        let Some(next) = d.succ_opt() else { break };
        d = next;
        if !is_weekend(d) && !c.statutory.contains(&d) {
            c.makeup.push(d);
        }
    }
    let reach = |f: fn(&Reach) -> u32| {
        reaches
            .iter()
            .filter(|r| c.names.iter().any(|n| n.zh == r.festival.zh))
            .map(f)
            .max()
            .unwrap_or(0)
    };
    let block_end = c.makeup.last().copied().unwrap_or(last);
    let widest_from = first.checked_sub_days(days(reach(|r| r.rest_before)));
    let widest_to = last.checked_add_days(days(reach(|r| r.rest_after)));
    c.widest = (
        widest_from.unwrap_or(first),
        widest_to.unwrap_or(last).max(block_end),
    );
    c.work_reach = (
        c.widest
            .0
            .checked_sub_days(days(reach(|r| r.work_before)))
            .unwrap_or(c.widest.0),
        c.widest
            .1
            .checked_add_days(days(reach(|r| r.work_after)))
            .unwrap_or(c.widest.1),
    );
}

impl Projection {
    /// Projects the years after `last` (the last published day, 31 December), starting from the
    /// published kinds of its last seven days (`tail`, oldest first).
    pub fn build(last: NaiveDate, tail: &[DayKind], notices: &[Arc<NoticeInfo>]) -> Projection {
        let reaches = reaches(notices);
        let tail_len = u64::try_from(tail.len()).unwrap_or(0);
        let from = last
            .checked_sub_days(Days::new(tail_len.saturating_sub(1)))
            .unwrap_or(last);
        let end = NaiveDate::from_ymd_opt(last.year() + PROJECTED_YEARS, 12, 31).unwrap_or(last);
        let mut base = tail.to_vec();
        let mut d = last;
        while d < end {
            let Some(next) = d.succ_opt() else { break };
            d = next;
            base.push(if is_weekend(d) {
                DayKind::Weekend
            } else {
                DayKind::Workday
            });
        }
        let mut clusters: Vec<Cluster> = Vec::new();
        for year in last.year() + 1..=last.year() + PROJECTED_YEARS + 1 {
            clusters.extend(clusters_of(year, &reaches));
        }
        let mut p = Projection {
            from,
            law: base.clone(),
            earliest: base.clone(),
            latest: base,
            clusters,
            reaches,
        };
        p.apply_clusters(last);
        p
    }

    fn index(&self, d: NaiveDate) -> Option<usize> {
        if d < self.from {
            return None;
        }
        usize::try_from((d - self.from).num_days()).ok()
    }

    fn set(table: &mut [DayKind], i: Option<usize>, kind: DayKind) {
        if let Some(k) = i.and_then(|i| table.get_mut(i)) {
            *k = kind;
        }
    }

    fn apply_clusters(&mut self, last: NaiveDate) {
        let clusters = std::mem::take(&mut self.clusters);
        for c in &clusters {
            let (from, to) = c.work_reach;
            for d in from.iter_days().take_while(|d| *d <= to) {
                self.apply_day(c, d, last);
            }
        }
        self.clusters = clusters;
    }

    /// Sets the three readings of one day near festival `c`.
    fn apply_day(&mut self, c: &Cluster, d: NaiveDate, last: NaiveDate) {
        let i = self.index(d);
        // A published day that its notice already made special (a 调休 day) stays as it is;
        // an ordinary published day in late December may still be changed by the next notice.
        let ordinary = i
            .and_then(|i| self.law.get(i))
            .is_some_and(|k| matches!(k, DayKind::Workday | DayKind::Weekend));
        if d <= last && !ordinary {
            return;
        }
        if c.statutory.contains(&d) {
            for t in [&mut self.law, &mut self.earliest, &mut self.latest] {
                Projection::set(t, i, DayKind::StatutoryHoliday);
            }
            return;
        }
        if is_weekend(d) {
            Projection::set(&mut self.earliest, i, DayKind::AdjustedWorkday);
            return;
        }
        if d >= c.widest.0 && d <= c.widest.1 {
            Projection::set(&mut self.latest, i, DayKind::AdjustedRest);
        }
        // The law's make-up days belong to unpublished years only.
        if c.makeup.contains(&d) && d > last {
            Projection::set(&mut self.law, i, DayKind::AdjustedRest);
        }
    }

    /// The kind of `d` under `bound`; None outside the projected span.
    pub fn kind(&self, d: NaiveDate, bound: Bound) -> Option<DayKind> {
        let i = self.index(d)?;
        match bound {
            Bound::Law => self.law.get(i),
            Bound::Earliest => self.earliest.get(i),
            Bound::Latest => self.latest.get(i),
        }
        .copied()
    }

    /// The last projected day.
    pub fn end(&self) -> NaiveDate {
        let len = u64::try_from(self.law.len()).unwrap_or(0);
        self.from
            .checked_add_days(Days::new(len.saturating_sub(1)))
            .unwrap_or(self.from)
    }

    /// The festival a statutory or make-up day belongs to.
    pub fn holiday_of(&self, d: NaiveDate) -> Option<Text> {
        self.clusters
            .iter()
            .find(|c| c.statutory.contains(&d) || c.makeup.contains(&d))
            .and_then(|c| c.names.first().copied())
    }

    /// The festivals whose reach overlaps `(from, to]`.
    pub fn clusters_in(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &Cluster> {
        self.clusters
            .iter()
            .filter(move |c| c.work_reach.1 > from && c.work_reach.0 <= to)
    }

    /// The measured reach of each festival.
    pub fn reaches(&self) -> &[Reach] {
        &self.reaches
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::time::date::parse_date(s, "date").unwrap()
    }

    #[test]
    fn spring_festival_2027_owes_two_make_up_days() {
        // 2027: 除夕 Fri 2-5, 初一 Sat 2-6, 初二 Sun 2-7, 初三 Mon 2-8 (2024 revision: four days).
        let c = clusters_of(2027, &[]);
        let spring = c.iter().find(|c| c.names[0].zh == "春节").unwrap();
        assert_eq!(
            spring.statutory,
            vec![
                d("2027-02-05"),
                d("2027-02-06"),
                d("2027-02-07"),
                d("2027-02-08")
            ]
        );
        assert_eq!(spring.makeup, vec![d("2027-02-09"), d("2027-02-10")]);
    }
}
