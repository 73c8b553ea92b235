//! Leave: the events its evaluation records, and their text.

use crate::base::text::{Bilingual, Text};
use crate::rules::model::{Unit, Ymd};
use crate::time::date::{format_date, zh_full};
use crate::time::civil::NaiveDate;

/// A step of leave evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveEvent {
    /// The rule names the leave but gives no number of days; another rule's days apply.
    DaysFromOtherRule {
        /// The rule's name.
        rule: Text,
        /// The name of the rule whose days apply.
        other: Text,
    },
    /// The base days of the rule.
    BaseDays {
        /// The rule's name.
        rule: Text,
        /// The base days.
        days: u32,
    },
    /// The base days, not granted under the reading applied (B20: the days belong to a case later
    /// law abolished).
    BaseWithheld {
        /// The rule's name.
        rule: Text,
        /// The base days the rule names.
        days: u32,
        /// The reading applied, which says why.
        reading: Text,
    },
    /// An addition whose conditions hold but which later law abolished: shown, not counted.
    AdditionNoLongerApplies {
        /// The addition's label.
        label: Text,
        /// The days it would add.
        days: u32,
        /// Why it no longer applies.
        why: Text,
    },
    /// An addition whose conditions hold, counted.
    AdditionApplied {
        /// The addition's label.
        label: Text,
        /// The days it adds.
        days: u32,
        /// The article that grants it.
        article: &'static str,
    },
    /// The total of the base days and the additions counted.
    Total {
        /// The total.
        days: u32,
        /// The unit of the rule's days.
        unit: Unit,
    },
    /// Higher law disagrees with the rule; on the same facts it grants `days`.
    DiffersFromHigherLaw {
        /// What disagrees.
        summary: Text,
        /// The name of the higher-law rule.
        law: Text,
        /// The days it grants on the same facts.
        days: u32,
    },
    /// The rule grants less than a national minimum in force: the higher figure governs.
    HigherLawGoverns {
        /// The days the rule grants.
        days: u32,
        /// The days the higher law grants: the days to grant.
        higher: u32,
        /// The higher-law rule's name.
        law: Text,
        /// The title of the law its provision is in, when its citation names one (the rule's
        /// Chinese name otherwise).
        source: Option<&'static str>,
        /// The provision.
        article: &'static str,
        /// The date the higher law is in force from.
        in_force: Ymd,
    },
    /// A start date was given for a leave of no days: there are no dates to give.
    NoDates,
    /// The leave on the calendar from its start date.
    Dates {
        /// The start date asked for.
        start: NaiveDate,
        /// The first day of leave.
        first: NaiveDate,
        /// The last day of leave.
        last: NaiveDate,
        /// The first working day after it.
        back: NaiveDate,
        /// The days of leave.
        days: u32,
        /// Working or calendar days.
        unit: Unit,
    },
}

impl LeaveEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            LeaveEvent::DaysFromOtherRule { rule, other } => Bilingual::new(
                format!("{}未规定天数，依 {} 计算", rule.zh, other.zh),
                format!("{} gives no number of days; {} applies", rule.en, other.en),
            ),
            LeaveEvent::BaseDays { rule, days } => Bilingual::new(
                format!("{}：基本假期 {days} 天", rule.zh),
                format!("{}: {days} day(s) base", rule.en),
            ),
            LeaveEvent::NoDates => Bilingual::new(
                "假期为 0 天，没有休假日期可排",
                "0 days of leave: there are no leave dates to give",
            ),
            LeaveEvent::BaseWithheld {
                rule,
                days,
                reading,
            } => Bilingual::new(
                format!(
                    "{}：原规定 {days} 天，按所采用的理解不予给予（{}），计 0 天",
                    rule.zh, reading.zh
                ),
                format!(
                    "{}: the seed names {days} day(s), not granted under the reading applied ({}): 0 days",
                    rule.en, reading.en
                ),
            ),
            LeaveEvent::AdditionNoLongerApplies { label, days, why } => Bilingual::new(
                format!("{}：原规定增加 {days} 天，但已不再适用：{}", label.zh, why.zh),
                format!(
                    "{}: the seed adds {days} day(s), no longer applicable: {}",
                    label.en, why.en
                ),
            ),
            LeaveEvent::AdditionApplied {
                label,
                days,
                article,
            } => Bilingual::new(
                format!("{}：增加 {days} 天（{article}）", label.zh),
                format!("{}: plus {days} day(s) ({article})", label.en),
            ),
            LeaveEvent::Total { days, unit } => {
                let unit_zh = if unit == Unit::WorkingDay {
                    "工作日"
                } else {
                    "天"
                };
                Bilingual::new(
                    format!("合计 {days} {unit_zh}"),
                    format!("total {days} day(s)"),
                )
            }
            LeaveEvent::DiffersFromHigherLaw { summary, law, days } => Bilingual::new(
                format!(
                    "与上位法不一致：{}；按 {} 为 {days} 天",
                    summary.zh, law.zh
                ),
                format!(
                    "differs from higher law: {}; under {} it is {days} day(s)",
                    summary.en, law.en
                ),
            ),
            LeaveEvent::HigherLawGoverns {
                days,
                higher,
                law,
                source,
                article,
                in_force,
            } => Bilingual::new(
                format!("本规则给予 {days} 天，低于{}（{article}，{} 起施行）规定的 {higher} 天；下位规定低于上位法最低标准的，适用上位法，以 {higher} 天为准", source.unwrap_or(law.zh), in_force.iso()),
                format!("this rule grants {days} day(s), below the {higher} of the {} ({article}, in force from {}); a local rule below a national minimum yields to it, so {higher} govern", law.en, in_force.iso()),
            ),
            LeaveEvent::Dates { start, first, last, back, days, unit: Unit::WorkingDay } => Bilingual::new(
                format!(
                    "{days} 个工作日的假期（法定休假日、休息日不计入，年休假条例 第三条）{}自 {} 起，最后一日为 {}，{} 上班",
                    if first == start { String::new() } else { format!("：{} 不是工作日，", zh_full(start)) },
                    zh_full(first),
                    zh_full(last),
                    zh_full(back)
                ),
                format!(
                    "{days} working day(s) of leave (statutory holidays and rest days not counted, Regulations on Paid Annual Leave art. 3){} from {}: the last day is {}, back at work on {}",
                    if first == start { String::new() } else { format!(" ({} is not a working day)", format_date(start)) },
                    format_date(first),
                    format_date(last),
                    format_date(back)
                ),
            ),
            LeaveEvent::Dates { first, last, back, days, .. } => Bilingual::new(
                format!(
                    "{days} 天的假期按自然日连续计算，自 {} 起，最后一日为 {}，{} 上班",
                    zh_full(first),
                    zh_full(last),
                    zh_full(back)
                ),
                format!(
                    "{days} calendar day(s) of leave run on through rest days from {}: the last day is {}, back at work on {}",
                    format_date(first),
                    format_date(last),
                    format_date(back)
                ),
            ),
        }
    }
}

crate::explain::kind_events!(LeaveEvent);
