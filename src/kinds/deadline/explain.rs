//! Deadlines: the events its evaluation records, and their text.

use crate::base::text::definite;
use crate::base::text::{Bilingual, Text};
use crate::explain::{unit_en, unit_zh};
use crate::rules::model::Unit;
use crate::time::date::{format_date, zh_full, Due, Ymd};
use crate::time::days::DayKind;
use crate::time::civil::NaiveDate;

/// A step of deadline evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineEvent {
    /// The rule that sets the time limit was applied.
    RuleApplied {
        /// The rule's name.
        name: Text,
        /// The article it rests on (its first citation), e.g. `第五十六条(四)5`.
        article: &'static str,
        /// What must be done.
        duty: Text,
    },
    /// "会前N个工作日内" read as a window (B14): the duty may be done on any day of it.
    WindowRead {
        /// The window's first day (the Nth working day before the event).
        earliest: NaiveDate,
        /// Its last day (the working day before the event).
        latest: NaiveDate,
    },
    /// The time limit is set by the competent body, and the query gave it.
    SetByBody {
        /// The due date given.
        due: NaiveDate,
    },
    /// The rule requires immediate action and sets no period.
    ActImmediately {
        /// The trigger day.
        day: NaiveDate,
    },
    /// The rule requires action on the trigger day itself.
    ActSameDay {
        /// The trigger day.
        day: NaiveDate,
        /// What kind of day it is.
        kind: DayKind,
    },
    /// A fixed date of the trigger's year (or the next year's) is the due date.
    FixedDateSet {
        /// The trigger day.
        start: NaiveDate,
        /// Years after the trigger's year (0: the same year, 1: the next).
        year_offset: i32,
        /// The fixed date.
        due: NaiveDate,
    },
    /// "X日前" read as excluding the day itself (B13): the day before is the last.
    DayExcluded {
        /// The last day.
        latest: NaiveDate,
    },
    /// A recurring duty: the next occurrence on or after the trigger.
    NextOccurrence {
        /// The trigger day.
        after: NaiveDate,
        /// The day the next occurrence is due by.
        due: NaiveDate,
    },
    /// The text names the period but no day (Z01): the date given is the period's last day.
    PeriodEndTaken {
        /// The period's last day.
        day: NaiveDate,
    },
    /// The rule allows an extension, with this body's approval.
    ExtensionAllowed {
        /// Who approves it.
        approver: Text,
        /// At most this much longer.
        amount: u32,
        /// The extension's unit.
        unit: Unit,
        /// The due date with the full extension.
        due: Due,
    },
    /// A conflicting provision was not in force on the trigger day, so there is no conflict.
    ConflictNotInForce {
        /// The other provision's name.
        other: Text,
        /// The day it came into force.
        in_force: Ymd,
        /// The trigger day.
        start: NaiveDate,
    },
    /// Higher law disagrees with the rule, and gives this date.
    ConflictsWithHigherLaw {
        /// What disagrees.
        summary: Text,
        /// The other provision's name.
        other: Text,
        /// The due date under the other provision, if it could be computed.
        due: Option<Due>,
    },
    /// The due date lies in the last days of the published calendar, which next year's notice
    /// may still change (a warning).
    InUnsettledDays {
        /// The due date.
        day: NaiveDate,
    },
    /// A same-day duty falls on a day that is not a working day; the text does not say whether it
    /// moves (a warning).
    SameDayOnRestDay {
        /// The day.
        day: NaiveDate,
    },
    /// `extended` was given for a rule that allows no extension (a warning).
    NoExtensionAllowed,
    /// The extended due date lies past the published calendar and was not computed (a warning).
    ExtendedPastCalendar,
}

impl DeadlineEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            DeadlineEvent::RuleApplied {
                name,
                article,
                duty,
            } => Bilingual::new(
                format!("适用 {}（{}）：{}", name.zh, article, duty.zh),
                format!("applying {} ({}): {}", name.en, article, duty.en),
            ),
            DeadlineEvent::WindowRead { earliest, latest } => Bilingual::new(
                format!(
                    "按“期间内”理解：最早 {}，最迟 {}",
                    zh_full(earliest),
                    zh_full(latest)
                ),
                format!(
                    "read as a window: from {} to {}",
                    format_date(earliest),
                    format_date(latest)
                ),
            ),
            DeadlineEvent::SetByBody { due } => Bilingual::new(
                format!("办理时限由有权机关另行确定：{}", zh_full(due)),
                format!(
                    "the time limit is set by the competent body: {}",
                    format_date(due)
                ),
            ),
            DeadlineEvent::ActImmediately { day } => Bilingual::new(
                format!(
                    "本条要求立即办理，不设具体期间：应在 {} 当即办理",
                    zh_full(day)
                ),
                format!(
                    "this rule requires immediate action with no period: act on {}",
                    format_date(day)
                ),
            ),
            DeadlineEvent::ActSameDay { day, kind } => Bilingual::new(
                format!("本条要求当日办理：{}（{}）", zh_full(day), kind.zh()),
                format!(
                    "this rule requires action the same day: {} ({})",
                    format_date(day),
                    kind.en()
                ),
            ),
            DeadlineEvent::FixedDateSet {
                start,
                year_offset,
                due,
            } => Bilingual::new(
                format!(
                    "以 {} 所在年度为基准，{}：{}",
                    zh_full(start),
                    if year_offset > 0 {
                        "次年期限"
                    } else {
                        "当年期限"
                    },
                    zh_full(due)
                ),
                format!(
                    "the year of {} sets the date: {}",
                    format_date(start),
                    format_date(due)
                ),
            ),
            DeadlineEvent::DayExcluded { latest } => Bilingual::new(
                format!("“前”不含当日：最迟 {}", zh_full(latest)),
                format!("\"before\" excludes the day: latest {}", format_date(latest)),
            ),
            DeadlineEvent::NextOccurrence { after, due } => Bilingual::new(
                format!(
                    "定期事项：自 {} 起下一次应在 {} 前完成",
                    zh_full(after),
                    zh_full(due)
                ),
                format!(
                    "recurring duty: the next one after {} is due by {}",
                    format_date(after),
                    format_date(due)
                ),
            ),
            DeadlineEvent::PeriodEndTaken { day } => Bilingual::new(
                format!(
                    "条文只规定周期，未规定具体日期：{} 是本期最后一日，即最迟可能的日期，并非条文规定的日期",
                    zh_full(day)
                ),
                format!(
                    "the text names the period but no day: {} is the period's last day, the latest date possible, not a date the text sets",
                    format_date(day)
                ),
            ),
            DeadlineEvent::ExtensionAllowed {
                approver,
                amount,
                unit,
                due,
            } => Bilingual::new(
                format!(
                    "经{}批准可延长，最多 {}{}，延长后期限为 {}",
                    approver.zh,
                    amount,
                    unit_zh(unit),
                    due.iso()
                ),
                format!(
                    "with the approval of {} it may be extended by at most {} {}, to {}",
                    definite(approver.en),
                    amount,
                    unit_en(unit),
                    due.iso()
                ),
            ),
            DeadlineEvent::ConflictNotInForce {
                other,
                in_force,
                start,
            } => Bilingual::new(
                format!(
                    "{} 于 {} 起施行，触发日 {} 不适用，不构成冲突",
                    other.zh,
                    in_force.iso(),
                    format_date(start)
                ),
                format!(
                    "{} is in force from {}; it does not apply to a trigger on {}",
                    other.en,
                    in_force.iso(),
                    format_date(start)
                ),
            ),
            DeadlineEvent::ConflictsWithHigherLaw {
                summary,
                other,
                due,
            } => {
                let due = due.map_or_else(|| "—".to_owned(), Due::iso);
                Bilingual::new(
                    format!(
                        "与上位法冲突：{}；按 {} 计算为 {}",
                        summary.zh, other.zh, due
                    ),
                    format!(
                        "conflicts with higher law: {}; under {} the date is {}",
                        summary.en, other.en, due
                    ),
                )
            }
            DeadlineEvent::InUnsettledDays { day } => Bilingual::new(
                format!("{} 位于已公布安排的最后几天，次年节假日通知可能调整该日", format_date(day)),
                format!("{} lies in the last days of the published calendar; next year's notice may still change it", format_date(day)),
            ),
            DeadlineEvent::SameDayOnRestDay { day } => Bilingual::new(
                format!("{} 不是工作日；条文未规定休息日收到的文件是否顺延至下一工作日办理", format_date(day)),
                format!("{} is not a working day; the text does not say whether same-day duties move to the next working day", format_date(day)),
            ),
            DeadlineEvent::NoExtensionAllowed => Bilingual::new(
                "本条未规定延长期限，已忽略 extended",
                "this rule allows no extension; `extended` was ignored",
            ),
            DeadlineEvent::ExtendedPastCalendar => Bilingual::new(
                "延长后的期限超出已公布的节假日安排，未予计算",
                "the extended due date lies past the published holiday arrangements and was not computed",
            ),
        }
    }
}

crate::explain::kind_events!(DeadlineEvent);
