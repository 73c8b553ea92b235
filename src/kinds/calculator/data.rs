use crate::rules::codec::{codec_enum, codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{Cite, InputSpec, RuleMeta, Text};
use crate::rules::section::codec_rule;
use serde::Deserialize;

/// What a calculator computes from: one engine home, three shapes (data/drafts/README.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// A period's day records (arrivals, departures, absences, leave) into lates, 缺勤, 旷工 and
    /// attendance points.
    Attendance,
    /// Points per item with caps, highest-level-only rules and a yuan rate.
    Score,
    /// A yuan figure or a count from inputs.
    Amount,
}

impl Shape {
    /// The name used in the catalog and the answer.
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Attendance => "attendance",
            Shape::Score => "score",
            Shape::Amount => "amount",
        }
    }
}

/// One item of a calculator: a point, threshold or measure of the text, with its own clause and
/// the text's own numbers, named plainly (`late_after_minutes = 15`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalcItem {
    /// What the item is, in the shape's vocabulary (`late_or_early`, `absence_from_lates` …).
    pub key: &'static str,
    /// Label.
    pub label: Text,
    /// The clause the item rests on.
    pub cite: Cite,
    /// Further clauses it relies on (a rule stated twice is one item, both cited).
    pub more: &'static [Cite],
    /// Inventory rows the item implements (traceability; all are in the rule's `refs`).
    pub refs: &'static [&'static str],
    /// The text's numbers, by name.
    pub numbers: &'static [(&'static str, f64)],
    /// The rule that already encodes what the item leads to (a sanction): evaluated and cited,
    /// not recomputed here.
    pub sanction_rule: Option<&'static str>,
}

impl CalcItem {
    /// The number `name` of this item (the build checks that the ones the engine reads exist).
    pub fn number(&self, name: &str) -> Option<f64> {
        self.numbers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }
}

/// A calculator rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalculatorRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// Its shape.
    pub shape: Shape,
    /// Inputs declared in the data (beyond those every calculator of the shape reads).
    pub inputs: &'static [InputSpec],
    /// Its items, in the data's order.
    pub items: &'static [CalcItem],
}

impl CalculatorRule {
    /// The item `key`.
    pub fn item(&self, key: &str) -> Option<&'static CalcItem> {
        self.items.iter().find(|i| i.key == key)
    }
}

codec_struct! {
    CalcItem { key, label, cite, more, refs, numbers, sanction_rule }
}
codec_rule! {
    CalculatorRule => "calculator", "计算", "calculator" { shape, inputs, items }
}
codec_enum! {
    Shape { Attendance, Score, Amount }
}

/// The item keys each shape's engine knows, and the numbers it reads from each: the build
/// refuses other keys and a missing number.
#[allow(dead_code)] // read by the datagen (build/lower.rs)
pub const ITEMS: &[(Shape, &str, &[&str])] = &[
    (
        Shape::Attendance,
        "hours",
        &["am_start", "am_end", "pm_start", "pm_end"],
    ),
    (Shape::Attendance, "absenteeism", &[]),
    (
        Shape::Attendance,
        "late_or_early",
        &["late_after_minutes", "early_before_minutes"],
    ),
    (
        Shape::Attendance,
        "absence_from_lates",
        &["lates_per_day", "lates_per_half_day"],
    ),
    (Shape::Attendance, "spot_check_absence", &[]),
    (Shape::Attendance, "assessment_unfit", &[]),
    (Shape::Attendance, "dismissal", &[]),
    (
        Shape::Attendance,
        "points",
        &["per_late_or_early", "per_half_day_absence"],
    ),
    (Shape::Score, "scope", &[]),
    (
        Shape::Score,
        "basic",
        &["per_workday", "below_standard", "complaint", "weekly_cap"],
    ),
    (Shape::Score, "statutory_leave", &["per_day"]),
    (
        Shape::Score,
        "assigned",
        &["max_points_per_item", "poor_handling"],
    ),
    (
        Shape::Score,
        "cooperation",
        &["max_points_per_item", "late_or_negative"],
    ),
    (
        Shape::Score,
        "overtime",
        &["holiday_duty_per_day", "weekend_overtime_per_day"],
    ),
    (Shape::Score, "personal_leave", &["per_day_over"]),
    (
        Shape::Score,
        "lates_absence",
        &["per_late_or_early", "per_half_day_absence"],
    ),
    (Shape::Score, "service", &["per_complaint"]),
    (Shape::Score, "no_bonus", &[]),
    (Shape::Score, "weight", &["share_percent"]),
    (Shape::Score, "away", &["under_months"]),
    (Shape::Score, "registration", &["per_visitor"]),
    (
        Shape::Score,
        "ratings",
        &["very_satisfied", "satisfied", "neutral", "dissatisfied"],
    ),
    (Shape::Score, "top_ten", &["top_n"]),
    (
        Shape::Score,
        "quota",
        &["county_bureau", "section_or_direct_unit", "agency"],
    ),
    (
        Shape::Score,
        "info_base",
        &["base_points", "per_short", "per_over"],
    ),
    (
        Shape::Score,
        "adoption",
        &[
            "single_1",
            "combined_1",
            "single_2",
            "combined_2",
            "single_3",
            "combined_3",
            "single_4",
        ],
    ),
    (
        Shape::Score,
        "instruction",
        &[
            "level_1", "level_2", "level_3", "level_4", "level_5", "level_6", "level_7",
        ],
    ),
    (
        Shape::Score,
        "faults",
        &["refused_or_late", "urgent_late", "seriously_false"],
    ),
    (Shape::Score, "reward", &["yuan_per_point"]),
    (
        Shape::Score,
        "disclosure_quota",
        &[
            "fixed",
            "per_head",
            "agency",
            "section_monthly",
            "agency_monthly",
        ],
    ),
    (
        Shape::Score,
        "disclosure_base",
        &["base_points", "per_short", "per_over"],
    ),
    (Shape::Score, "count_once", &[]),
    (
        Shape::Score,
        "column",
        &[
            "base_points",
            "per_short",
            "per_over",
            "bonus_cap",
            "news",
            "talent",
            "party",
            "culture",
            "policy",
            "civil_service_exam",
            "institution_recruitment",
        ],
    ),
    (Shape::Score, "reposts", &["per_repost", "cap"]),
    (Shape::Score, "extra", &["cap"]),
    (
        Shape::Score,
        "disclosure_faults",
        &[
            "refused_disclosure",
            "false_or_harmful",
            "unapproved",
            "unreviewed_negative",
        ],
    ),
    (Shape::Score, "media", &[]),
    (Shape::Amount, "holiday_duty", &[]),
    (Shape::Amount, "refund_education", &["percent"]),
    (Shape::Amount, "refund_master", &["percent"]),
    (Shape::Amount, "refund_doctor", &["percent", "grant_yuan"]),
    (Shape::Amount, "allowance", &["yuan_per_year"]),
    (Shape::Amount, "safe_driving", &["yuan_per_km"]),
    (Shape::Amount, "reimburse_up_to", &[]),
    (
        Shape::Amount,
        "condolence",
        &["staff_yuan", "relative_yuan"],
    ),
];
