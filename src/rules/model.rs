//! The shapes of the rule data, as the engine reads them.
//!
//! The build script (`build/`) includes this file with `#[path]`: it reads the reviewable TOML
//! files under `data/` (the enums below are deserialised straight from their TOML names), checks
//! them, builds a [`Pack`] of these types per ruleset and encodes it (`crate::rules::codec`).
//! Native builds and the wasm module decode those packs with the same decoder
//! (`crate::rules::pack`), so the module carries no TOML or JSON parser. Field meanings are
//! documented in `data/README.md`.

use serde::Deserialize;

pub use crate::base::text::Text;
pub use crate::rules::section::Section;
pub use crate::time::date::Ymd;

/// A citation in the data: article as written and a verbatim quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cite {
    /// The article, e.g. `第五十六条(四)5`.
    pub article: &'static str,
    /// A verbatim quote (whitespace-insensitive) from the source text.
    pub quote: &'static str,
    /// For national law: the law's title (the ruleset's own document otherwise).
    pub source: Option<&'static str>,
}

/// A ruleset: one source document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ruleset {
    /// Stable id, e.g. `wenshan-hrss-2019`.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Issuing body.
    pub issuer: Text,
    /// `national` / `provincial` / `prefecture` / `county` / `bureau`.
    pub level: &'static str,
    /// Source document (title and number as published).
    pub source: Text,
    /// The seed file the quotes are checked against.
    pub seed_file: &'static str,
    /// Date adopted, if the text gives it.
    pub adopted: Option<Ymd>,
    /// Date published (or the web date when that is all there is).
    pub published: Option<Ymd>,
    /// Date in force, if known.
    pub in_force: Option<Ymd>,
    /// How reliable the dates are.
    pub dates_note: Text,
}

/// A reference to an ambiguity (inventory §6) with the reading this rule applies by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmbRef {
    /// The ambiguity id, e.g. `B15`.
    pub id: &'static str,
    /// The key of the default reading.
    pub default: &'static str,
    /// What the ambiguity decides ([`AmbiguityDef::aspect`]), written by the datagen beside the
    /// reference: the engine asks it of a rule's ambiguities several times per evaluation, and
    /// the definition lives in another pack.
    pub aspect: Aspect,
}

/// One reading of an ambiguity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingDef {
    /// Key used in `readings: { ID: key }`.
    pub key: &'static str,
    /// The reading.
    pub text: Text,
    /// What the engine does under this reading (`effect` in `data/ambiguities.toml`).
    pub effect: Effect,
}

/// What a reading of an ambiguity does to the computation: declared per reading in
/// `data/ambiguities.toml` (`effect = "working_days"`), checked by the build script (the readings
/// of one ambiguity act on one [`Aspect`], or none of them acts), carried in the packs with the
/// ambiguity definitions. The engine
/// finds the ambiguity that decides an aspect of a rule by its effects and acts on the effect of
/// the reading applied, never on an ambiguity's id or a reading's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The answer is the same under every reading: the ambiguity is reported only.
    #[default]
    None,
    /// A fixed date counts itself and does not move off a rest day (B13).
    FixedDateInclusive,
    /// A fixed date does not count itself: the latest day is the one before (B13).
    FixedDateExclusive,
    /// A fixed date counts itself and moves to the next working day from a rest day (B13).
    FixedDateInclusiveRoll,
    /// 会前N个工作日: no later than the N-th working day before the event (B14).
    LatestBeforeEvent,
    /// 会前N个工作日: during the N working days before the event, the last one the latest (B14).
    WindowBeforeEvent,
    /// The trigger day (a working day) is day 1 (B15: 以收件日为计算工作日的起始时间).
    StartDayCounted,
    /// The trigger day is not counted (民法典 第二百零一条; B15).
    StartDayNotCounted,
    /// The seed's 日/天 are calendar days (B16).
    CalendarDays,
    /// The seed's 日/天 are working days (B16).
    WorkingDays,
    /// The measures listed are a menu (B22).
    MeasuresMenu,
    /// All the measures listed apply together (B22).
    MeasuresAll,
    /// A party named without a type of responsibility keeps it untyped (B24).
    UntypedAsWritten,
    /// … bears leadership responsibility (B24).
    UntypedLeadership,
    /// … bears direct responsibility (B24).
    UntypedDirect,
    /// An extension runs on from the original period's nominal end (B33).
    ExtendFromNominalEnd,
    /// An extension runs from the (possibly moved) original due date (B33).
    ExtendFromDue,
    /// Hour limits run on the clock (B36).
    ClockTime,
    /// Hour limits count office hours only (B36).
    OfficeHours,
    /// A periodic duty whose seed names no day falls due on the period's last day (Z01).
    PeriodEnd,
    /// Facts in several overlapping bands (or a gap) take the higher band (B01–B06).
    HigherBand,
    /// … take the lower band (B02–B06).
    LowerBand,
    /// Lateness is checked at both starts and early departure at both ends (Z20).
    BothSessions,
    /// … at the morning start and the afternoon end only (Z20).
    DayEndsOnly,
    /// A failed spot check counts as half a day of 缺勤 (Z21).
    SpotHalfDay,
    /// … as one day (Z21).
    SpotFullDay,
    /// 无故缺勤每半天扣1分 covers the days of 旷工 too (Z22).
    PointsWithAbsenteeism,
    /// … only 缺勤 (from lates and spot checks) (Z22).
    PointsWithoutAbsenteeism,
    /// A late arrival costs its 0.5 point and the 缺勤 it converts into costs again (B12).
    LatesCountedTwice,
    /// … costs its 0.5 point only: the 缺勤 converted from lates is not deducted again (B12).
    LatesCountedOnce,
    /// Statutory leave days score as working days at the base rate (Z23).
    LeaveScored,
    /// … are neither deducted nor scored (Z23).
    LeaveNotScored,
    /// A service complaint is deducted once, in the base points (Z24).
    ComplaintOnce,
    /// … and again under service attitude when it had a large negative impact (Z24).
    ComplaintTwice,
    /// Several qualifications obtained: the largest refund applies (B19).
    RefundLarger,
    /// … the smallest (the 学历 clause when 研究生学历 and 硕士学位 are both held) (B19).
    RefundSmaller,
    /// One information item earns both its adoption and its instruction bonus (Z42).
    BonusesBoth,
    /// … only the larger of the two (Z42).
    BonusesLarger,
    /// A month short of original items fails the yearly basic task (Z43).
    MonthShortFails,
    /// … is reported only (Z43).
    MonthShortReported,
    /// A leave granted after a clause about one kind of birth applies to every birth (B20).
    AnyBirth,
    /// … only to the birth that clause names (B20: 晚育 with the 光荣证, a case abolished in 2016):
    /// the rule's own days are not granted.
    NamedBirthOnly,
}

/// What an ambiguity decides: the aspect of the computation its readings' effects act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    /// Nothing: reported only.
    None,
    /// Whether a fixed date counts itself and moves off rest days.
    FixedDate,
    /// How a period before an event is read.
    BeforeEvent,
    /// Whether the trigger day counts.
    StartDay,
    /// Calendar or working days.
    DayUnit,
    /// Whether listed measures are a menu.
    MeasureMode,
    /// The type of an untyped party's responsibility.
    UntypedParty,
    /// Where an extension is counted from.
    ExtensionBase,
    /// How hour limits are counted.
    HourCounting,
    /// The date of a periodic duty without a day.
    NoDay,
    /// Which of several matching bands applies.
    Overlap,
    /// Which starts and ends lateness is checked at (attendance).
    LateSessions,
    /// How much 缺勤 a failed spot check counts for (attendance).
    SpotCheck,
    /// Whether 旷工 days cost attendance points (attendance).
    AbsencePoints,
    /// Whether lates converted into 缺勤 are deducted twice (attendance).
    LateDoubleCount,
    /// Whether statutory leave days score (performance points).
    LeaveScoring,
    /// Whether a service complaint is deducted once or twice (performance points).
    ComplaintCount,
    /// Which refund several qualifications give (tuition).
    RefundChoice,
    /// Whether one item earns both bonuses (information points).
    BonusCombination,
    /// Whether a month short of original items fails the basic task (disclosure points).
    MonthlyMinimum,
    /// Which births a leave applies to (paternity leave).
    BirthScope,
}

impl Effect {
    /// The aspect this effect acts on.
    pub fn aspect(self) -> Aspect {
        match self {
            Effect::None => Aspect::None,
            Effect::FixedDateInclusive
            | Effect::FixedDateExclusive
            | Effect::FixedDateInclusiveRoll => Aspect::FixedDate,
            Effect::LatestBeforeEvent | Effect::WindowBeforeEvent => Aspect::BeforeEvent,
            Effect::StartDayCounted | Effect::StartDayNotCounted => Aspect::StartDay,
            Effect::CalendarDays | Effect::WorkingDays => Aspect::DayUnit,
            Effect::MeasuresMenu | Effect::MeasuresAll => Aspect::MeasureMode,
            Effect::UntypedAsWritten | Effect::UntypedLeadership | Effect::UntypedDirect => {
                Aspect::UntypedParty
            }
            Effect::ExtendFromNominalEnd | Effect::ExtendFromDue => Aspect::ExtensionBase,
            Effect::ClockTime | Effect::OfficeHours => Aspect::HourCounting,
            Effect::PeriodEnd => Aspect::NoDay,
            Effect::HigherBand | Effect::LowerBand => Aspect::Overlap,
            Effect::BothSessions | Effect::DayEndsOnly => Aspect::LateSessions,
            Effect::SpotHalfDay | Effect::SpotFullDay => Aspect::SpotCheck,
            Effect::PointsWithAbsenteeism | Effect::PointsWithoutAbsenteeism => {
                Aspect::AbsencePoints
            }
            Effect::LatesCountedTwice | Effect::LatesCountedOnce => Aspect::LateDoubleCount,
            Effect::LeaveScored | Effect::LeaveNotScored => Aspect::LeaveScoring,
            Effect::ComplaintOnce | Effect::ComplaintTwice => Aspect::ComplaintCount,
            Effect::RefundLarger | Effect::RefundSmaller => Aspect::RefundChoice,
            Effect::BonusesBoth | Effect::BonusesLarger => Aspect::BonusCombination,
            Effect::MonthShortFails | Effect::MonthShortReported => Aspect::MonthlyMinimum,
            Effect::AnyBirth | Effect::NamedBirthOnly => Aspect::BirthScope,
        }
    }
}

impl AmbiguityDef {
    /// What the ambiguity decides: the aspect its readings' effects act on (the build checks that
    /// they all act on the same one).
    pub fn aspect(&self) -> Aspect {
        self.readings
            .first()
            .map_or(Aspect::None, |r| r.effect.aspect())
    }
}

/// An ambiguity defined once in `data/ambiguities.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmbiguityDef {
    /// Id from the inventory §6 (`B01`…, `X01`…, `N01`…, `D01`…).
    pub id: &'static str,
    /// The open question.
    pub question: Text,
    /// The readings the text allows.
    pub readings: &'static [ReadingDef],
}

/// A reference from a rule to another provision that disagrees with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictRef {
    /// Id of the other rule (usually in `cn-national`).
    pub rule: &'static str,
    /// What disagrees.
    pub summary: Text,
    /// The other provision is a minimum the rule may not go below (national leave law): where the
    /// rule grants less, the other provision's figure governs.
    pub minimum: bool,
}

/// What every rule row carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable rule id, e.g. `wenshan.petition.reply`.
    pub id: &'static str,
    /// The ruleset id.
    pub ruleset: &'static str,
    /// Rule-inventory ids this rule implements.
    pub refs: &'static [&'static str],
    /// Name.
    pub name: Text,
    /// Citations; the first is the primary one.
    pub cites: &'static [Cite],
    /// In force from.
    pub in_force: Ymd,
    /// In force until (inclusive), if it lapsed.
    pub until: Option<Ymd>,
    /// Ambiguities the rule depends on.
    pub ambiguities: &'static [AmbRef],
    /// Other provisions that disagree.
    pub conflicts: &'static [ConflictRef],
    /// A note for users (e.g. "soft limit: 一般").
    pub note: Option<Text>,
}

/// The type of an input a rule needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputType {
    /// A civil date `YYYY-MM-DD`.
    Date,
    /// A moment `YYYY-MM-DDTHH:MM`.
    #[serde(rename = "datetime")]
    Moment,
    /// A whole number of yuan.
    Money,
    /// A whole number.
    Integer,
    /// Any finite number (e.g. 1.5 days).
    Number,
    /// true / false.
    Boolean,
    /// One of the listed values.
    Enum,
    /// A list of role names (e.g. who is away).
    Roles,
    /// Any number of the listed values at once (e.g. 广西 第三十一条's aggravating circumstances).
    Enums,
}

impl InputType {
    /// The name used in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            InputType::Date => "date",
            InputType::Moment => "datetime",
            InputType::Money => "money",
            InputType::Integer => "integer",
            InputType::Number => "number",
            InputType::Boolean => "boolean",
            InputType::Enum => "enum",
            InputType::Roles => "roles",
            InputType::Enums => "enums",
        }
    }
}

/// An allowed value of an enum input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumValue {
    /// The value as passed in the query.
    pub value: &'static str,
    /// Its label.
    pub label: Text,
}

/// An input a rule needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InputSpec {
    /// Name in the query.
    pub name: &'static str,
    /// Type.
    pub ty: InputType,
    /// Label.
    pub label: Text,
    /// Whether the answer is incomplete without it.
    pub required: bool,
    /// Allowed values (enums).
    pub values: &'static [EnumValue],
    /// Smallest allowed number.
    pub min: Option<f64>,
    /// Largest allowed number.
    pub max: Option<f64>,
}

/// A test on one input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Test {
    /// The enum input equals one of these values.
    OneOf(&'static [&'static str]),
    /// The enum input is none of these values (the seed's "…除外").
    NoneOf(&'static [&'static str]),
    /// At least one of these conditions holds (the seed's "…或者…", across inputs); its own
    /// `fact` is empty. One level: the conditions inside are not `Any`.
    Any(&'static [Cond]),
    /// The boolean input has this value.
    Is(bool),
    /// The number lies in the band; `*_inclusive` follow the seed's words (以上/以下 include).
    Band {
        /// Lower bound.
        min: Option<f64>,
        /// Whether the lower bound itself is in the band.
        min_inclusive: bool,
        /// Upper bound.
        max: Option<f64>,
        /// Whether the upper bound itself is in the band.
        max_inclusive: bool,
    },
}

/// A condition: `fact` passes `test`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cond {
    /// The input's name.
    pub fact: &'static str,
    /// The test.
    pub test: Test,
}

// ---------------------------------------------------------------------------------------------
// Periods (deadlines, leave, calendar calls)

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Calendar days (日/天).
    Day,
    /// Working days (工作日) per the State Council calendar.
    WorkingDay,
    /// Weeks (周/星期) = 7 calendar days.
    Week,
    /// Calendar months (个月).
    Month,
    /// Years.
    Year,
    /// Hours, from a stated moment.
    Hour,
    /// Minutes, from a stated moment.
    Minute,
}

/// How a period is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// 民法典 第二百零一条–第二百零三条: the start day is not counted; a last day that is a rest day
    /// moves to the next working day. For working days: the N-th working day after the trigger.
    Civil,
    /// The trigger day counts as day 1 (文山 第十五条(七)3 "以收件日为计算工作日的起始时间").
    StartDayCounted,
    /// Start day not counted and no move off rest days (fixed internal dates).
    NoRoll,
    /// 民事诉讼法 第八十五条 with 民诉法解释 第一百二十五条: an hour period runs from the next full
    /// hour, and one whose last moment falls on a rest day ends on the first day after it; day,
    /// month and year periods as [`Counting::Civil`].
    Litigation,
    /// A month or year period from a month's last day ends on the last day of the final month
    /// (2025-02-28 + 1 month = 2025-03-31), as parties may agree (民法典 第二百零四条); otherwise as
    /// [`Counting::Civil`].
    MonthEnd,
}

// ---------------------------------------------------------------------------------------------
// Packs

/// One ruleset's rule data: what a rules pack file carries (see `crate::rules::pack`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pack {
    /// The ruleset.
    pub ruleset: Ruleset,
    /// Rulesets that must be loaded first (rules here cite theirs: conflicts, `days_from`).
    pub needs: &'static [&'static str],
    /// Ambiguity definitions (inventory §6); `cn-national` carries them for every ruleset.
    pub ambiguities: &'static [AmbiguityDef],
    /// The rules, one section per kind (the rules layer knows a kind only by its name).
    pub sections: &'static [Section],
}

impl Pack {
    /// The section of the kind named `kind` (`Rule::KIND`).
    pub fn section(&self, kind: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}
