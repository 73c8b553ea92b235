//! Rule lookup: readings of ambiguities, in-force checks, conflicts: the events its evaluation
//! records, and their text. Also the words for a rule's conditions on its facts (shared by the
//! approval, leave and sanction events, and by answers that list conditions).

use crate::base::text::Joined;
use crate::base::text::{Bilingual, Text};
use crate::rules::model::{Cond, InputSpec, Test};
use crate::time::civil::NaiveDate;
use crate::time::date::{format_date, Ymd};

/// A step of lookup evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupEvent {
    /// The rule named is the one applied.
    RuleApplied {
        /// The rule's name.
        name: Text,
    },
    /// Another provision disagrees with the rule applied (recorded by answers that have no date
    /// or day count to compute under the other provision).
    ConflictNoted {
        /// What disagrees.
        summary: Text,
    },
    /// Asked by inventory row, which other rules implement too (a warning).
    RowHasOtherRules {
        /// The row asked for.
        row: String,
        /// The other rules' ids.
        others: Vec<&'static str>,
    },
    /// The date given is before the rule came into force (a warning).
    NotYetInForce {
        /// The rule's id.
        rule: &'static str,
        /// Its in-force date.
        in_force: Ymd,
        /// The date given.
        given: NaiveDate,
    },
    /// The rule lapsed before the date given (a warning).
    Lapsed {
        /// The rule's id.
        rule: &'static str,
        /// The day it lapsed.
        until: NaiveDate,
    },
    /// The answer rests on a rules pack loaded as untrusted (a warning).
    UntrustedPack,
}

impl LookupEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            LookupEvent::RuleApplied { name } => {
                Bilingual::new(format!("适用 {}", name.zh), format!("applying {}", name.en))
            }
            LookupEvent::ConflictNoted { summary } => Bilingual::new(
                format!("与其他规定不一致：{}", summary.zh),
                format!("disagrees with another provision: {}", summary.en),
            ),
            LookupEvent::RowHasOtherRules { row, others } => Bilingual::new(
                format!(
                    "编号 {row} 还对应规则：{}（可用 rule 指定）",
                    others.joined("、")
                ),
                format!(
                    "row {row} is also implemented by: {} (ask for them with `rule`)",
                    others.joined(", ")
                ),
            ),
            LookupEvent::NotYetInForce {
                rule,
                in_force,
                given,
            } => Bilingual::new(
                format!(
                    "规则 {rule} 自 {} 起施行，所给日期 {} 在施行之前",
                    in_force.iso(),
                    format_date(*given)
                ),
                format!(
                    "rule {rule} is in force from {}; the date given, {}, is earlier",
                    in_force.iso(),
                    format_date(*given)
                ),
            ),
            LookupEvent::Lapsed { rule, until } => Bilingual::new(
                format!("规则 {rule} 已于 {} 失效", format_date(*until)),
                format!("rule {rule} lapsed on {}", format_date(*until)),
            ),
            LookupEvent::UntrustedPack => Bilingual::new(
                "本答案依据其他来源的规则包，未经核验",
                "this answer rests on a rules pack from elsewhere, not verified",
            ),
        }
    }

    /// A condition in both languages, e.g. "amount ≤ 5000", with the labels of the rule's
    /// inputs `specs`.
    pub fn describe_condition(cond: &Cond, specs: &[InputSpec]) -> Bilingual {
        describe(cond, specs)
    }

    /// A bound as people write it: whole numbers without a decimal point, others to at most four
    /// decimals.
    pub fn number_text(n: f64) -> String {
        number_text(n)
    }
}

/// A bound as people write it: whole numbers without a decimal point, others to at most four
/// decimals. (Integer arithmetic keeps the float formatter, ~7 KB gzipped, out of the wasm.)
pub fn number_text(n: f64) -> String {
    let scaled = (n * 10_000.0).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
        return if n < 0.0 { "-∞".into() } else { "∞".into() };
    }
    let scaled = scaled as i64;
    let (whole, frac) = (scaled / 10_000, (scaled % 10_000).unsigned_abs());
    let sign = if scaled < 0 && whole == 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:04}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// The labels of an enum input's values, in Chinese and in English (the value itself when the
/// input does not list it).
fn value_labels(specs: &[InputSpec], fact: &str, values: &[&str]) -> (Vec<String>, Vec<String>) {
    let spec = specs.iter().find(|s| s.name == fact);
    let name = |v: &str, zh: bool| {
        spec.and_then(|s| s.values.iter().find(|e| e.value == v))
            .map(|e| if zh { e.label.zh } else { e.label.en })
            .unwrap_or(v)
            .to_owned()
    };
    (
        values.iter().map(|v| name(v, true)).collect(),
        values.iter().map(|v| name(v, false)).collect(),
    )
}

/// Describes a condition in both languages, e.g. "amount ≤ 5000".
pub fn describe(cond: &Cond, specs: &[InputSpec]) -> Bilingual {
    let label = specs
        .iter()
        .find(|s| s.name == cond.fact)
        .map(|s| s.label)
        .unwrap_or(Text {
            zh: cond.fact,
            en: cond.fact,
        });
    match cond.test {
        Test::OneOf(values) => {
            let (zh, en) = value_labels(specs, cond.fact, values);
            Bilingual::new(
                format!("{}为{}", label.zh, zh.joined("或")),
                format!("{} is {}", label.en, en.joined(" or ")),
            )
        }
        Test::NoneOf(values) => {
            let (zh, en) = value_labels(specs, cond.fact, values);
            Bilingual::new(
                format!("{}不是{}", label.zh, zh.joined("或")),
                format!("{} is not {}", label.en, en.joined(" or ")),
            )
        }
        Test::Any(conds) => {
            let parts: Vec<Bilingual> = conds.iter().map(|c| describe(c, specs)).collect();
            let zh: Vec<&str> = parts.iter().map(|b| b.zh.as_str()).collect();
            let en: Vec<&str> = parts.iter().map(|b| b.en.as_str()).collect();
            Bilingual::new(
                format!("（{}）", zh.joined("，或者")),
                format!("({})", en.joined(", or ")),
            )
        }
        Test::Is(b) => Bilingual::new(
            format!("{}：{}", label.zh, if b { "是" } else { "否" }),
            format!("{}: {}", label.en, if b { "yes" } else { "no" }),
        ),
        Test::Band {
            min,
            min_inclusive,
            max,
            max_inclusive,
        } => {
            // The bounds read the same in both languages.
            let bounds: Vec<String> = [
                (min, min_inclusive, "≥", ">"),
                (max, max_inclusive, "≤", "<"),
            ]
            .into_iter()
            .filter_map(|(bound, inclusive, closed, open)| {
                let sign = if inclusive { closed } else { open };
                bound.map(|m| format!("{sign} {}", number_text(m)))
            })
            .collect();
            Bilingual::new(
                format!("{} {}", label.zh, bounds.joined(" 且 ")),
                format!("{} {}", label.en, bounds.joined(" and ")),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number_text;

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number_text(5000.0), "5000");
        assert_eq!(number_text(0.5), "0.5");
        assert_eq!(number_text(-0.25), "-0.25");
        assert_eq!(number_text(-3.5), "-3.5");
        assert_eq!(number_text(1.0 / 3.0), "0.3333");
        assert_eq!(number_text(0.0), "0");
        assert_eq!(number_text(f64::MAX), "∞");
    }
}
