//! The revisions of 《全国年节及纪念日放假办法》 as dated rules: which days are statutory
//! holidays for all citizens in a given year (law-notes §1.11).
//!
//! The notices of each year (`data/calendar/cn.toml`) list their statutory days; a test checks
//! them against the revision in force computed here, and the provisional calendar uses the
//! revision in force for years no notice covers yet.

use crate::base::text::Text;
use crate::time::civil::{self, NaiveDate};
use crate::time::lunar;
use serde::Serialize;

/// A statutory holiday day as the 放假办法 defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// 1 January.
    NewYear,
    /// 农历除夕 (the last day of the lunar year).
    Chuxi,
    /// 正月初一 + n days (n = 0, 1, 2).
    Spring(u64),
    /// 清明 (the solar term).
    Qingming,
    /// 1 May + n days.
    Labour(u32),
    /// 端午 (五月初五).
    DragonBoat,
    /// 中秋 (八月十五).
    MidAutumn,
    /// 1 October + n days.
    National(u32),
}

impl Day {
    /// The day's festival name.
    pub fn name(self) -> Text {
        match self {
            Day::NewYear => Text {
                zh: "元旦",
                en: "New Year's Day",
            },
            Day::Chuxi | Day::Spring(_) => Text {
                zh: "春节",
                en: "Spring Festival",
            },
            Day::Qingming => Text {
                zh: "清明节",
                en: "Qingming Festival",
            },
            Day::Labour(_) => Text {
                zh: "劳动节",
                en: "Labour Day",
            },
            Day::DragonBoat => Text {
                zh: "端午节",
                en: "Dragon Boat Festival",
            },
            Day::MidAutumn => Text {
                zh: "中秋节",
                en: "Mid-Autumn Festival",
            },
            Day::National(_) => Text {
                zh: "国庆节",
                en: "National Day",
            },
        }
    }

    /// The Gregorian date of this day in `year` (None outside the lunar module's range).
    pub fn date(self, year: i32) -> Option<NaiveDate> {
        let d = |m, day| NaiveDate::from_ymd_opt(year, m, day);
        match self {
            Day::NewYear => d(1, 1),
            Day::Chuxi => lunar::chuxi(year),
            Day::Spring(n) => lunar::spring_festival(year)?.checked_add_days(civil::Days::new(n)),
            Day::Qingming => lunar::qingming(year),
            Day::Labour(n) => d(5, 1 + n),
            Day::DragonBoat => lunar::dragon_boat(year),
            Day::MidAutumn => lunar::mid_autumn(year),
            Day::National(n) => d(10, 1 + n),
        }
    }
}

/// One revision of the 放假办法, in force for the holidays of `from_year..=until_year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    /// Stable id.
    pub id: &'static str,
    /// Title and instrument.
    pub title: &'static str,
    /// Decision date of the revision.
    pub revised: &'static str,
    /// First year whose holidays it governs.
    pub from_year: i32,
    /// Last year whose holidays it governs (None: in force).
    pub until_year: Option<i32>,
    /// The statutory days for all citizens.
    pub days: &'static [Day],
    /// How well the day list was checked (law-notes §1.11): `verified text` or `third-party copies`.
    pub checked: &'static str,
}

/// The revisions, oldest first.
pub static REVISIONS: &[Revision] = &[
    Revision {
        id: "cn.holiday-law-1999",
        title: "全国年节及纪念日放假办法（1999年9月18日国务院第一次修订）",
        revised: "1999-09-18",
        from_year: 2000,
        until_year: Some(2007),
        days: &[
            Day::NewYear,
            Day::Spring(0),
            Day::Spring(1),
            Day::Spring(2),
            Day::Labour(0),
            Day::Labour(1),
            Day::Labour(2),
            Day::National(0),
            Day::National(1),
            Day::National(2),
        ],
        checked: "third-party copies",
    },
    Revision {
        id: "cn.holiday-law-2007",
        title: "全国年节及纪念日放假办法（2007年12月14日国务院第二次修订）",
        revised: "2007-12-14",
        from_year: 2008,
        until_year: Some(2013),
        days: &[
            Day::NewYear,
            Day::Chuxi,
            Day::Spring(0),
            Day::Spring(1),
            Day::Qingming,
            Day::Labour(0),
            Day::DragonBoat,
            Day::MidAutumn,
            Day::National(0),
            Day::National(1),
            Day::National(2),
        ],
        checked: "third-party copies",
    },
    Revision {
        id: "cn.holiday-law-2013",
        title: "全国年节及纪念日放假办法（2013年12月11日国务院第三次修订）",
        revised: "2013-12-11",
        from_year: 2014,
        until_year: Some(2024),
        days: &[
            Day::NewYear,
            Day::Spring(0),
            Day::Spring(1),
            Day::Spring(2),
            Day::Qingming,
            Day::Labour(0),
            Day::DragonBoat,
            Day::MidAutumn,
            Day::National(0),
            Day::National(1),
            Day::National(2),
        ],
        checked: "verified text",
    },
    Revision {
        id: "cn.holiday-law-2024",
        title: "全国年节及纪念日放假办法（2024年11月10日国务院令第795号第四次修订）",
        revised: "2024-11-10",
        from_year: 2025,
        until_year: None,
        days: &[
            Day::NewYear,
            Day::Chuxi,
            Day::Spring(0),
            Day::Spring(1),
            Day::Spring(2),
            Day::Qingming,
            Day::Labour(0),
            Day::Labour(1),
            Day::DragonBoat,
            Day::MidAutumn,
            Day::National(0),
            Day::National(1),
            Day::National(2),
        ],
        checked: "verified text",
    },
];

/// The revision governing the holidays of `year`.
pub fn in_force(year: i32) -> Option<&'static Revision> {
    REVISIONS
        .iter()
        .find(|r| year >= r.from_year && r.until_year.is_none_or(|u| year <= u))
}

/// The statutory days of `year` under the revision in force, with their names.
pub fn statutory_days(year: i32) -> Option<Vec<(NaiveDate, Text)>> {
    in_force(year)?
        .days
        .iter()
        .map(|d| d.date(year).map(|date| (date, d.name())))
        .collect()
}

/// A revision as `calendarInfo()` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RevisionInfo {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Revision date.
    pub revised: String,
    /// First year governed.
    pub from_year: i32,
    /// Last year governed.
    pub until_year: Option<i32>,
    /// Number of statutory days.
    pub days: usize,
    /// How well it was checked.
    pub checked: String,
}

/// All revisions, for `calendarInfo()`.
pub fn revisions() -> Vec<RevisionInfo> {
    REVISIONS
        .iter()
        .map(|r| RevisionInfo {
            id: r.id.to_owned(),
            title: r.title.to_owned(),
            revised: r.revised.to_owned(),
            from_year: r.from_year,
            until_year: r.until_year,
            days: r.days.len(),
            checked: r.checked.to_owned(),
        })
        .collect()
}
