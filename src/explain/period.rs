//! Period counting (期间计算): the events its evaluation records, and their text.

use crate::base::text::Bilingual;
use crate::base::text::Text;
use crate::rules::model::Unit;
use crate::time::civil::{NaiveDate, NaiveDateTime};
use crate::time::date::{en_weekday, format_date, format_moment, zh_full, zh_weekday, Due};
use crate::time::days::DayKind;

/// A step of period counting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodEvent {
    /// The rule counts the trigger day as day 1 of a working-day period; `working` says whether
    /// the trigger day is a working day (if not, counting starts on the next one).
    TriggerDayCounted {
        /// The trigger day.
        day: NaiveDate,
        /// Whether it is a working day.
        working: bool,
    },
    /// A span the law excludes from the period, and the working days it took.
    PauseExcluded {
        /// First day excluded.
        from: NaiveDate,
        /// Last day excluded.
        to: NaiveDate,
        /// Working days of the period it took.
        working_days: i64,
    },
    /// `count` working days after `from` end on `due`.
    WorkingDaysCounted {
        /// The trigger day.
        from: NaiveDate,
        /// The number of working days.
        count: i64,
        /// The last working day.
        due: NaiveDate,
    },
    /// Office-hours counting (08:30–17:30 on working days): `minutes` from `from` end at `due`.
    OfficeMinutesCounted {
        /// The start moment.
        from: NaiveDateTime,
        /// Minutes of office time.
        minutes: i64,
        /// The moment the period ends.
        due: NaiveDateTime,
    },
    /// An hour (or minute) period, run from the stated moment and never moved.
    HoursCounted {
        /// The start moment.
        from: NaiveDateTime,
        /// How many units.
        amount: u32,
        /// Hours or minutes.
        unit: Unit,
        /// The moment the period ends.
        due: NaiveDateTime,
    },
    /// The final month has no corresponding day: its last day ends the period (民法典 第二百零二条).
    NoCorrespondingDay {
        /// The month's last day.
        last_day: NaiveDate,
    },
    /// A period of calendar days, weeks, months or years and its nominal last day.
    CalendarDaysCounted {
        /// The trigger day.
        from: NaiveDate,
        /// How many units.
        amount: u32,
        /// The unit.
        unit: Unit,
        /// Whether the rule counts the trigger day (otherwise 民法典 第二百零一条: the next day).
        start_day_counted: bool,
        /// The nominal last day.
        last_day: NaiveDate,
    },
    /// A span the law excludes from a calendar-day period, pushing its end out.
    PauseExtended {
        /// First day excluded.
        from: NaiveDate,
        /// Last day excluded.
        to: NaiveDate,
        /// Days the end moved.
        days: i64,
        /// The new last day.
        last_day: NaiveDate,
    },
    /// The last day is a rest day, and the rule says it is not moved.
    RestDayNotMoved {
        /// The last day.
        last_day: NaiveDate,
    },
    /// A last day on a rest day moves to the next working day (民法典 第二百零三条).
    RolledForward {
        /// The nominal last day.
        last_day: NaiveDate,
        /// What kind of day it is.
        kind: DayKind,
        /// The holiday's name in Chinese, if it is one.
        holiday: Option<String>,
        /// The holiday's name in English.
        holiday_en: Option<String>,
        /// The working day it moves to.
        due: NaiveDate,
    },
    /// A latest date on a rest day moves back to the last working day before it.
    RolledBack {
        /// The latest date by the period.
        latest: NaiveDate,
        /// What kind of day it is.
        kind: DayKind,
        /// The working day before it.
        due: NaiveDate,
    },
    /// The `count`th working day before an event.
    WorkingDaysBefore {
        /// The event's day.
        event: NaiveDate,
        /// How many working days.
        count: u32,
        /// That working day.
        due: NaiveDate,
    },
    /// A lead time in calendar units before an event.
    CalendarBefore {
        /// The event's day.
        event: NaiveDate,
        /// How many units.
        amount: u32,
        /// The unit.
        unit: Unit,
        /// The date that far before.
        date: NaiveDate,
    },
    /// An hour period under 民事诉讼法 第八十五条: counted from the next full hour.
    LitigationHoursCounted {
        /// The moment given.
        from: NaiveDateTime,
        /// The moment counting starts (the next full hour).
        counted_from: NaiveDateTime,
        /// How many units.
        amount: u32,
        /// Hours or minutes.
        unit: Unit,
        /// The last moment.
        due: NaiveDateTime,
    },
    /// Its last moment falls on a rest day: the first day after the rest days is the last day.
    LitigationHoursRolled {
        /// The last moment as counted.
        moment: NaiveDateTime,
        /// What kind of day that is.
        kind: DayKind,
        /// The day the period now ends.
        day: NaiveDate,
    },
    /// A month or year period from a month's last day ends on the final month's last day.
    MonthEndToMonthEnd {
        /// The month end the period counts from.
        from: NaiveDate,
        /// The final month's last day.
        last_day: NaiveDate,
    },
    /// The last day ends at 24:00, or when business stops where there are business hours
    /// (民法典 第二百零三条第二款).
    CutOff {
        /// The last day.
        day: NaiveDate,
        /// The close of business given, as (hour, minute).
        closes_at: Option<(u32, u32)>,
    },
    /// A date rests on a year whose holiday notice is not published: what the law alone gives
    /// and how far the notice can move it.
    Projected {
        /// What the date is ("期限" / "the due date", "延长后的期限" …).
        what: Text,
        /// The year whose notice is awaited (the year after the calendar's last).
        year: i32,
        /// The date under the holiday law alone.
        law: Due,
        /// The earliest date the notice can make it.
        earliest: Due,
        /// The latest date the notice can make it.
        latest: Due,
    },
}

impl PeriodEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            // "The convention applied", not "本条": the same text serves a rule (whose article the
            // citations quote) and a bare addPeriod call (whose convention the caller chose, with
            // no article). A text per case cost the lite module ~250 B it does not have.
            PeriodEvent::TriggerDayCounted { day, working: true } => Bilingual::new(
                format!("起算日 {} 为工作日，按所适用的计算方法计为第1个工作日", zh_full(day)),
                format!(
                    "the trigger day {} is a working day and, under the convention applied, counts as working day 1",
                    format_date(day)
                ),
            ),
            PeriodEvent::TriggerDayCounted { day, working: false } => Bilingual::new(
                format!("起算日 {} 不是工作日，自其后第一个工作日起计为第1个工作日", zh_full(day)),
                format!(
                    "the trigger day {} is not a working day, so counting starts on the next working day",
                    format_date(day)
                ),
            ),
            PeriodEvent::PauseExcluded { from, to, working_days } => Bilingual::new(
                format!(
                    "{} 至 {} 依法不计入期间，扣除其中 {working_days} 个工作日",
                    format_date(from),
                    format_date(to)
                ),
                format!(
                    "{} to {} is excluded by law: {working_days} working day(s) not counted",
                    format_date(from),
                    format_date(to)
                ),
            ),
            PeriodEvent::WorkingDaysCounted { from, count, due } => Bilingual::new(
                format!(
                    "自 {} 起 {count} 个工作日，第 {count} 个工作日为 {}（{}）",
                    zh_full(from),
                    zh_full(due),
                    zh_weekday(due)
                ),
                format!(
                    "{count} working day(s) after {}: working day {count} is {} ({})",
                    format_date(from),
                    format_date(due),
                    en_weekday(due)
                ),
            ),
            PeriodEvent::OfficeMinutesCounted { from, minutes, due } => Bilingual::new(
                format!("按工作时间（工作日 08:30–17:30）计算，非工作时间不计：自 {} 起 {minutes} 分钟，至 {} 届满", format_moment(from), format_moment(due)),
                format!("counting office hours only (08:30–17:30 on working days): {minutes} minute(s) from {} end at {}", format_moment(from), format_moment(due)),
            ),
            PeriodEvent::HoursCounted { from, amount, unit, due } => Bilingual::new(
                format!("自 {} 起算 {amount}{}，至 {} 届满（按小时计算的期间自规定时刻起算，不顺延）", format_moment(from), unit_zh(unit), format_moment(due)),
                format!("{amount} {} from {} ends at {} (hour periods run from the stated moment and are not moved)", unit_en(unit), format_moment(from), format_moment(due)),
            ),
            PeriodEvent::NoCorrespondingDay { last_day } => Bilingual::new(
                format!("到期月没有对应日，以月末日 {} 为期间最后一日（民法典 第二百零二条）", zh_full(last_day)),
                format!("the final month has no corresponding day, so its last day {} ends the period (Civil Code art. 202)", format_date(last_day)),
            ),
            PeriodEvent::CalendarDaysCounted { from, amount, unit, start_day_counted: true, last_day } => Bilingual::new(
                format!("按所适用的计算方法起算日计入：自 {} 起 {amount}{}，期间最后一日为 {}", zh_full(from), unit_zh(unit), zh_full(last_day)),
                format!("under the convention applied the trigger day counts: {amount} {} from {} end on {}", unit_en(unit), format_date(from), format_date(last_day)),
            ),
            PeriodEvent::CalendarDaysCounted { from, amount, unit, start_day_counted: false, last_day } => Bilingual::new(
                format!("开始的当日不计入，自 {} 的次日起算 {amount}{}，期间最后一日为 {}（民法典 第二百零一条）", zh_full(from), unit_zh(unit), zh_full(last_day)),
                format!("the trigger day is not counted: {amount} {} after {} end on {} (Civil Code art. 201)", unit_en(unit), format_date(from), format_date(last_day)),
            ),
            PeriodEvent::PauseExtended { from, to, days, last_day } => Bilingual::new(
                format!("{} 至 {} 依法不计入期间，顺延 {days} 日至 {}", format_date(from), format_date(to), zh_full(last_day)),
                format!("{} to {} is excluded by law: the period is extended by {days} day(s) to {}", format_date(from), format_date(to), format_date(last_day)),
            ),
            PeriodEvent::RestDayNotMoved { last_day } => Bilingual::new(
                format!("{} 为休息日，按所适用的计算方法期间最后一日不顺延", zh_full(last_day)),
                format!("{} is a rest day; under the convention applied the last day is not moved", format_date(last_day)),
            ),
            PeriodEvent::RolledForward { last_day, kind, ref holiday, ref holiday_en, due } => {
                let why = holiday.as_deref().map(|h| format!("（{h}）")).unwrap_or_default();
                let why_en = holiday_en.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
                Bilingual::new(
                    format!("期间最后一日 {} 为{}{why}，顺延至其后第一个工作日 {}（民法典 第二百零三条）", zh_full(last_day), kind.zh(), zh_full(due)),
                    format!("the last day {} is {}{why_en}, so it moves to the next working day {} (Civil Code art. 203)", format_date(last_day), kind.en_indefinite(), format_date(due)),
                )
            }
            PeriodEvent::RolledBack { latest, kind, due } => Bilingual::new(
                format!("{} 为{}，须在此前最后一个工作日 {} 完成", zh_full(latest), kind.zh(), zh_full(due)),
                format!("{} is {}, so the latest working day before it is {}", format_date(latest), kind.en_indefinite(), format_date(due)),
            ),
            PeriodEvent::WorkingDaysBefore { event, count, due } => Bilingual::new(
                format!("{} 之前第 {count} 个工作日为 {}", zh_full(event), zh_full(due)),
                format!("the {count}th working day before {} is {}", format_date(event), format_date(due)),
            ),
            PeriodEvent::CalendarBefore { event, amount, unit, date } => Bilingual::new(
                format!("{} 之前 {amount}{} 为 {}", zh_full(event), unit_zh(unit), zh_full(date)),
                format!("{amount} {} before {} is {}", unit_en(unit), format_date(event), format_date(date)),
            ),
            PeriodEvent::LitigationHoursCounted { from, counted_from, amount, unit, due } => Bilingual::new(
                format!("期间开始的时不计算在期间内（民事诉讼法 第八十五条），自 {} 的次时 {} 起算 {amount}{}，至 {} 届满（民诉法解释 第一百二十五条）", format_moment(from), format_moment(counted_from), unit_zh(unit), format_moment(due)),
                format!("the starting hour is not counted (Civil Procedure Law art. 85): {amount} {} from the next hour after {}, {}, end at {} (SPC interpretation art. 125)", unit_en(unit), format_moment(from), format_moment(counted_from), format_moment(due)),
            ),
            PeriodEvent::LitigationHoursRolled { moment, kind, day } => Bilingual::new(
                format!("届满时刻 {} 在{}，以其后第一个工作日 {} 为期间届满的日期（民事诉讼法 第八十五条），截止时间为该日二十四时（民法典 第二百零三条第二款）；法律未规定该日的截止时刻，另一种读法为该日 {:02}:{:02}", format_moment(moment), kind.zh(), zh_full(day), moment.hour(), moment.minute()),
                format!("the last moment {} falls on a {}, so the period ends on the first working day after it, {} (Civil Procedure Law art. 85), at 24:00 that day (Civil Code art. 203(2)); the law does not say which moment of that day, another reading is {:02}:{:02}", format_moment(moment), kind.en(), format_date(day), moment.hour(), moment.minute()),
            ),
            PeriodEvent::MonthEndToMonthEnd { from, last_day } => Bilingual::new(
                format!("按约定自月末日 {} 起算的期间以到期月的月末日 {} 为最后一日（民法典 第二百零四条：当事人另有约定的除外）", zh_full(from), zh_full(last_day)),
                format!("as agreed, a period counted from the month end {} ends on the final month's last day {} (Civil Code art. 204 allows the parties' own method)", format_date(from), format_date(last_day)),
            ),
            PeriodEvent::CutOff { day, closes_at: None } => Bilingual::new(
                format!("期间的最后一日 {} 的截止时间为二十四时（民法典 第二百零三条第二款）", zh_full(day)),
                format!("the last day {} ends at 24:00 (Civil Code art. 203(2))", format_date(day)),
            ),
            PeriodEvent::CutOff { day, closes_at: Some((h, m)) } => Bilingual::new(
                format!("有业务时间的，停止业务活动的时间为截止时间：{} {h:02}:{m:02}（民法典 第二百零三条第二款）", zh_full(day)),
                format!("where there are business hours, the period ends when business stops: {} at {h:02}:{m:02} (Civil Code art. 203(2))", format_date(day)),
            ),
            PeriodEvent::Projected {
                what,
                year,
                law,
                earliest,
                latest,
            } => {
                if earliest == law && latest == law {
                    Bilingual::new(
                        format!("{year}年节假日安排尚未公布：{}按放假办法推算为 {}，其前后没有可能调整的节假日，公布后预计不变", what.zh, zh_due(law)),
                        format!("The {year} holiday arrangements are not published yet: under the holiday rules alone {} is {}; no holiday nearby can move it", what.en, law.iso()),
                    )
                } else {
                    Bilingual::new(
                        format!(
                            "{year}年节假日安排尚未公布：{}按放假办法推算为 {}；安排公布后可能提前或顺延，最早 {}，最迟不晚于 {}",
                            what.zh, zh_due(law), zh_due(earliest), zh_due(latest)
                        ),
                        format!(
                            "The {year} holiday arrangements are not published yet: under the holiday rules alone {} is {}; once they are published it may move, to no earlier than {} and no later than {}",
                            what.en, law.iso(), earliest.iso(), latest.iso()
                        ),
                    )
                }
            }
        }
    }
}

/// Chinese name of a unit, for explanations.
pub fn unit_zh(u: Unit) -> &'static str {
    match u {
        Unit::Day => "日",
        Unit::WorkingDay => "个工作日",
        Unit::Week => "周",
        Unit::Month => "个月",
        Unit::Year => "年",
        Unit::Hour => "小时",
        Unit::Minute => "分钟",
    }
}

/// English name of a unit (plural), for explanations.
pub fn unit_en(u: Unit) -> &'static str {
    match u {
        Unit::Day => "calendar day(s)",
        Unit::WorkingDay => "working day(s)",
        Unit::Week => "week(s)",
        Unit::Month => "month(s)",
        Unit::Year => "year(s)",
        Unit::Hour => "hour(s)",
        Unit::Minute => "minute(s)",
    }
}

/// Chinese text of a due date: `2026年10月8日`, with the time of a moment after it.
pub fn zh_due(due: Due) -> String {
    match due {
        Due::Date(d) => zh_full(d),
        Due::Moment(t) => {
            let moment = format_moment(t);
            format!(
                "{} {}",
                zh_full(t.date()),
                moment.get(11..).unwrap_or_default()
            )
        }
    }
}
