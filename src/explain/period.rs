//! Period counting (期间计算): the events its evaluation records, and their text.

use crate::base::text::Bilingual;
use crate::time::date::{en_weekday, format_date, zh_full, zh_weekday};
use chrono::NaiveDate;

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
}

impl PeriodEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            PeriodEvent::TriggerDayCounted { day, working: true } => Bilingual::new(
                format!("起算日 {} 为工作日，按本条规定计为第1个工作日", zh_full(day)),
                format!(
                    "the trigger day {} is a working day and, by this rule, counts as working day 1",
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
        }
    }
}
