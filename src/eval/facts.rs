//! Facts: the rule-specific inputs of approval, leave and sanction rules, validated against the
//! rule's declared inputs, and the conditions that test them.

use crate::base::text::Joined;
use crate::error::{Error, Result};
use crate::explain::{Explanation, LookupEvent};
use crate::input::value::{Query, Value, MAX_NUMBER};
use crate::rules::model::{Cond, InputSpec, InputType, Test};
use crate::time::date::{parse_date, parse_moment};

/// A validated fact.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// A number (money, integer, number).
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// An enum value or a date / moment as text.
    Text(String),
    /// A list of role names.
    Roles(Vec<String>),
    /// The values chosen of a several-at-once input (`enums`).
    Choices(Vec<String>),
}

/// Facts by input name.
pub type Facts = crate::base::small_map::SmallMap<&'static str, Fact>;

fn number(spec: &InputSpec, v: &Value) -> Result<f64> {
    let name = spec.name;
    let Value::Number(n) = v else {
        return Err(Error::invalid(name, "数值", "a number"));
    };
    if !n.is_finite() || n.abs() > MAX_NUMBER {
        return Err(Error::invalid(name, "有限数值", "a finite number"));
    }
    if matches!(spec.ty, InputType::Money | InputType::Integer) && n.fract() != 0.0 {
        let (zh, en) = if spec.ty == InputType::Money {
            ("以元为单位的整数", "a whole number of yuan")
        } else {
            ("整数", "a whole number")
        };
        return Err(Error::invalid(name, zh, en));
    }
    let min = spec.min.unwrap_or(if spec.ty == InputType::Number {
        f64::MIN
    } else {
        0.0
    });
    if *n < min || spec.max.is_some_and(|m| *n > m) {
        let hi = spec
            .max
            .map(LookupEvent::number_text)
            .unwrap_or_else(|| "∞".into());
        let lo = if min == f64::MIN {
            "-∞".to_owned()
        } else {
            LookupEvent::number_text(min)
        };
        return Err(Error::invalid(
            name,
            &format!("{lo} 至 {hi} 之间的数",),
            &format!("a number from {lo} to {hi}"),
        ));
    }
    Ok(*n)
}

/// Parses one fact per its spec.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_DATE` naming the field.
pub fn parse_one(spec: &InputSpec, v: &Value) -> Result<Fact> {
    let name = spec.name;
    Ok(match spec.ty {
        InputType::Money | InputType::Integer | InputType::Number => Fact::Number(number(spec, v)?),
        InputType::Boolean => match v {
            Value::Bool(b) => Fact::Bool(*b),
            _ => return Err(Error::invalid(name, "true 或 false", "true or false")),
        },
        InputType::Enum => match v {
            Value::String(s) if is_value(spec, s) => Fact::Text(s.clone()),
            _ => return Err(not_a_value(spec, name)),
        },
        // Several values at once; one alone may be given as a string.
        InputType::Enums => match v {
            Value::String(s) if is_value(spec, s) => Fact::Choices(vec![s.clone()]),
            Value::Array(items) => {
                let mut chosen: Vec<String> = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) if is_value(spec, s) => {
                            if !chosen.contains(s) {
                                chosen.push(s.clone());
                            }
                        }
                        _ => return Err(not_a_value(spec, &format!("{name}.{i}"))),
                    }
                }
                Fact::Choices(chosen)
            }
            _ => return Err(not_a_value(spec, name)),
        },
        InputType::Date => match v {
            Value::String(s) => Fact::Text(crate::time::date::format_date(parse_date(s, name)?)),
            _ => {
                return Err(Error::invalid(
                    name,
                    "日期字符串 YYYY-MM-DD",
                    "a YYYY-MM-DD date string",
                ))
            }
        },
        InputType::Moment => match v {
            Value::String(s) => {
                Fact::Text(crate::time::date::format_moment(parse_moment(s, name)?))
            }
            _ => {
                return Err(Error::invalid(
                    name,
                    "时刻字符串 YYYY-MM-DDTHH:MM",
                    "a YYYY-MM-DDTHH:MM string",
                ))
            }
        },
        InputType::Roles => match v {
            Value::Array(items) => {
                let mut roles = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) if !s.is_empty() && s.chars().count() <= 40 => {
                            roles.push(s.clone())
                        }
                        _ => {
                            return Err(Error::invalid(
                                &format!("{name}.{i}"),
                                "职务名称字符串",
                                "a role name string",
                            ))
                        }
                    }
                }
                Fact::Roles(roles)
            }
            _ => {
                return Err(Error::invalid(
                    name,
                    "职务名称数组",
                    "an array of role names",
                ))
            }
        },
    })
}

/// Parses the facts a rule declares from the query; records required-but-absent ones as missing.
///
/// # Errors
/// As [`parse_one`].
pub fn parse(specs: &'static [InputSpec], q: &Query, ex: &mut Explanation) -> Result<Facts> {
    let mut facts = Facts::new();
    for spec in specs {
        match q.get(spec.name) {
            Some(v) => {
                facts.insert(spec.name, parse_one(spec, v)?);
            }
            None if spec.required => ex.need(spec.name, (&spec.label).into()),
            None => {}
        }
    }
    Ok(facts)
}

fn is_value(spec: &InputSpec, s: &str) -> bool {
    spec.values.iter().any(|e| e.value == s)
}

fn not_a_value(spec: &InputSpec, field: &str) -> Error {
    let vals: Vec<&str> = spec.values.iter().map(|e| e.value).collect();
    if spec.ty == InputType::Enums {
        Error::invalid(
            field,
            &format!("{} 中的一项或多项（数组）", vals.joined("、")),
            &format!("an array of any of {}", vals.joined(", ")),
        )
    } else {
        Error::invalid(
            field,
            &format!("{} 之一", vals.joined("、")),
            &format!("one of {}", vals.joined(", ")),
        )
    }
}

/// Tests a condition; `None` when the fact is absent (the answer then depends on it).
pub fn test(cond: &Cond, facts: &Facts) -> Option<bool> {
    if let Test::Any(conds) = cond.test {
        return test_any(conds, facts);
    }
    let fact = facts.get(cond.fact)?;
    Some(match (cond.test, fact) {
        (Test::OneOf(values), Fact::Text(s)) => values.contains(&s.as_str()),
        (Test::NoneOf(values), Fact::Text(s)) => !values.contains(&s.as_str()),
        (Test::NoneOf(values), Fact::Choices(chosen)) => {
            !chosen.iter().any(|c| values.contains(&c.as_str()))
        }
        // Several chosen at once: the condition holds when any of them is listed.
        (Test::OneOf(values), Fact::Choices(chosen)) => {
            chosen.iter().any(|c| values.contains(&c.as_str()))
        }
        (Test::Is(b), Fact::Bool(x)) => b == *x,
        (
            Test::Band {
                min,
                min_inclusive,
                max,
                max_inclusive,
            },
            Fact::Number(n),
        ) => {
            let above = match min {
                None => true,
                Some(m) if min_inclusive => *n >= m,
                Some(m) => *n > m,
            };
            let below = match max {
                None => true,
                Some(m) if max_inclusive => *n <= m,
                Some(m) => *n < m,
            };
            above && below
        }
        _ => false,
    })
}

/// Whether one of `conds` holds: `Some(true)` as soon as one does, `Some(false)` when all fail,
/// `None` when none holds and some depend on an absent fact.
fn test_any(conds: &[Cond], facts: &Facts) -> Option<bool> {
    let mut unknown = false;
    for c in conds {
        match test(c, facts) {
            Some(true) => return Some(true),
            None => unknown = true,
            Some(false) => {}
        }
    }
    if unknown {
        None
    } else {
        Some(false)
    }
}

/// Tests all conditions: `Some(true)` if all hold, `Some(false)` if one fails, `None` if the
/// answer depends on an absent fact.
pub fn test_all(conds: &[Cond], facts: &Facts) -> Option<bool> {
    let mut unknown = false;
    for c in conds {
        match test(c, facts) {
            Some(false) => return Some(false),
            None => unknown = true,
            Some(true) => {}
        }
    }
    if unknown {
        None
    } else {
        Some(true)
    }
}

/// Whether condition `c` tests input `name` (itself, or one of its `any` group).
fn mentions(c: &Cond, name: &str) -> bool {
    match c.test {
        Test::Any(group) => group.iter().any(|g| g.fact == name),
        _ => c.fact == name,
    }
}

/// Asks only for the inputs the answer still depends on: of condition lists (`conds`, e.g. every
/// party and measure of a rule), those not already failing on the facts given are live, and a
/// required input that no live list tests is no longer asked for (`missing`): the facts given
/// already decide everything it could change. Optional inputs stay optional (their absence is an
/// answer: "not the case"); inputs no condition tests keep their `required` flag.
pub fn ask_relevant<'a>(
    inputs: &[InputSpec],
    conds: impl Iterator<Item = &'a [Cond]> + Clone,
    facts: &Facts,
    ex: &mut Explanation,
) {
    let tests = |name: &str| {
        conds
            .clone()
            .any(|list| list.iter().any(|c| mentions(c, name)))
    };
    let relevant = |name: &str| {
        conds
            .clone()
            .any(|list| test_all(list, facts).is_none() && list.iter().any(|c| mentions(c, name)))
    };
    for spec in inputs {
        if spec.required
            && facts.get(spec.name).is_none()
            && tests(spec.name)
            && !relevant(spec.name)
        {
            ex.missing.retain(|m| m.field != spec.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 文山 第二十一条(六)5 in shape: exempt "在研究中提出不同意见的(负有领导责任的人员除外)" — a dissent
    // by anyone but a leader — and "A或者B" across two inputs.
    static NOT_LEADER: Cond = Cond {
        fact: "role",
        test: Test::NoneOf(&["leader"]),
    };
    static DISSENT_OR_ABSENT: Cond = Cond {
        fact: "",
        test: Test::Any(&[
            Cond {
                fact: "vote",
                test: Test::OneOf(&["dissented"]),
            },
            Cond {
                fact: "absent",
                test: Test::Is(true),
            },
        ]),
    };

    fn facts(pairs: &[(&'static str, Fact)]) -> Facts {
        let mut f = Facts::new();
        for (k, v) in pairs {
            f.insert(k, v.clone());
        }
        f
    }

    #[test]
    fn none_of_is_not() {
        let leader = facts(&[("role", Fact::Text("leader".into()))]);
        let member = facts(&[("role", Fact::Text("member".into()))]);
        assert_eq!(test(&NOT_LEADER, &leader), Some(false));
        assert_eq!(test(&NOT_LEADER, &member), Some(true));
        assert_eq!(test(&NOT_LEADER, &facts(&[])), None);
        let chosen = facts(&[(
            "role",
            Fact::Choices(vec!["member".into(), "leader".into()]),
        )]);
        assert_eq!(test(&NOT_LEADER, &chosen), Some(false));
    }

    #[test]
    fn any_is_or_across_inputs() {
        let dissent = facts(&[("vote", Fact::Text("dissented".into()))]);
        let agreed_absent = facts(&[
            ("vote", Fact::Text("agreed".into())),
            ("absent", Fact::Bool(true)),
        ]);
        let agreed_present = facts(&[
            ("vote", Fact::Text("agreed".into())),
            ("absent", Fact::Bool(false)),
        ]);
        let agreed_unknown = facts(&[("vote", Fact::Text("agreed".into()))]);
        assert_eq!(test(&DISSENT_OR_ABSENT, &dissent), Some(true));
        assert_eq!(test(&DISSENT_OR_ABSENT, &agreed_absent), Some(true));
        assert_eq!(test(&DISSENT_OR_ABSENT, &agreed_present), Some(false));
        // One branch fails, the other depends on an absent fact: undecided.
        assert_eq!(test(&DISSENT_OR_ABSENT, &agreed_unknown), None);
        assert!(mentions(&DISSENT_OR_ABSENT, "absent"));
    }
}
