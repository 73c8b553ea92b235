use crate::rules::codec::{codec_enum, codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{Cite, Counting, RuleMeta, Text, Unit};
use crate::rules::section::codec_rule;
use serde::Deserialize;

/// What a deadline rule computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// A period after the trigger.
    After,
    /// The latest date a period before an event (会前N个工作日, 提前1个月).
    Before,
    /// The same day as the trigger (当日).
    SameDay,
    /// Immediately (立即, 随到随办): due on the trigger day, with no period.
    Immediately,
    /// A fixed calendar date, `year_offset` years after the trigger's year (次年6月底).
    FixedDate,
    /// A recurring report; the next due date on or after the trigger.
    Recurring,
    /// The deadline is set by someone else and given as input (`setDue`).
    SetByInput,
}

/// How often a recurring duty falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    /// Every week on weekday 1=Monday..7=Sunday.
    Week(u32),
    /// Every month on this day (0 = last day of the month).
    Month(u32),
    /// Every quarter: the day of the quarter's last month (0 = last day).
    Quarter(u32),
    /// Every half year: the last day of June and of December.
    HalfYear,
    /// Every year on month/day (day 0 = last day of the month).
    Year(u32, u32),
}

/// An extension a rule allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extension {
    /// How much longer, at most.
    pub amount: u32,
    /// In which unit.
    pub unit: Unit,
    /// Who approves it.
    pub approver: Text,
    /// Inventory ids of the extension row(s).
    pub refs: &'static [&'static str],
    /// Its citation.
    pub cite: Cite,
}

/// A deadline rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DeadlineRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// What starts the clock (收到…之日, 会后, …).
    pub trigger: Text,
    /// What it computes.
    pub kind: DeadlineKind,
    /// The period's length (0 for kinds without a period).
    pub amount: u32,
    /// The period's unit.
    pub unit: Unit,
    /// The counting convention.
    pub counting: Counting,
    /// For `FixedDate`: month (1..=12).
    pub month: u32,
    /// For `FixedDate`: day (0 = last day of the month).
    pub day: u32,
    /// For `FixedDate`: years after the trigger's year.
    pub year_offset: i32,
    /// For `Recurring`.
    pub every: Option<Every>,
    /// The extension, if the rule allows one.
    pub extension: Option<Extension>,
    /// What the seed says happens when the time runs out.
    pub on_expiry: Option<Text>,
    /// A soft limit (一般, 原则上).
    pub soft: bool,
    /// What the duty is (who must do what by the due date).
    pub duty: Text,
}

codec_rule! {
    DeadlineRule => "deadline", "期限", "deadline" {
        trigger, kind, amount, unit, counting, month, day, year_offset, every, extension,
        on_expiry, soft, duty
    }
}
codec_struct! {
    Extension { amount, unit, approver, refs, cite }
}
codec_enum! {
    DeadlineKind { After, Before, SameDay, Immediately, FixedDate, Recurring, SetByInput }
}

impl Encode for Every {
    fn encode(&self, w: &mut Vec<u8>) {
        let (tag, a, b) = match *self {
            Every::Week(d) => (0, d, 0),
            Every::Month(d) => (1, d, 0),
            Every::Quarter(d) => (2, d, 0),
            Every::HalfYear => (3, 0, 0),
            Every::Year(m, d) => (4, m, d),
        };
        w.push(tag);
        a.encode(w);
        b.encode(w);
    }
}
impl Decode for Every {
    fn decode(r: &mut Reader) -> DResult<Self> {
        let tag = r.byte()?;
        let (a, b) = (u32::decode(r)?, u32::decode(r)?);
        Ok(match tag {
            0 => Every::Week(a),
            1 => Every::Month(a),
            2 => Every::Quarter(a),
            3 => Every::HalfYear,
            4 => Every::Year(a, b),
            _ => return Err("Every"),
        })
    }
}
