//! The top-level keys each entry point reads: anything else is a mistake (`asof` for `asOf`,
//! `baby` for `babies`) that would otherwise be ignored and give a plausible wrong answer, so it
//! is an `INVALID_INPUT` naming the key and the nearest known one.
//!
//! A query's keys are the options every query shares ([`COMMON_KEYS`]), those of
//! its entry point, and, for rules with facts, the selected rule's declared inputs (as
//! `catalog()` lists them): every entry point checks its query in the core (approval, leave and
//! sanction once the rule is found), so native callers get the same errors as JS.

use crate::base::text::Joined;
use crate::error::{Error, ErrorCode, Result};
use crate::input::value::{Query, Value};

/// The keys every query may carry (read by `crate::eval::lookup::common`; `strict` is read by the
/// calendar checks).
pub const COMMON_KEYS: &[&str] = &[
    "ruleset",
    "rule",
    "ref",
    "asOf",
    "lang",
    "provisional",
    "strict",
    "readings",
    "reasons",
];

/// The entry points that take a query object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A query about the rules (`deadline`, `approvalRoute`, …): the keys every such query shares
    /// ([`COMMON_KEYS`]) and these, which the kind's folder lists (`crate::kinds::<kind>`).
    Rules(&'static [&'static str]),
    /// `addPeriod` (no ruleset).
    Period,
    /// An options object with these keys (the calendar functions', `loadRules`').
    Options(&'static [&'static str]),
}

/// Keys of `addPeriod`.
pub const PERIOD_KEYS: &[&str] = &[
    "start",
    "amount",
    "unit",
    "convention",
    "pauses",
    "provisional",
    "closesAt",
];

impl Entry {
    /// The keys known without looking at a rule.
    fn fixed(self) -> &'static [&'static str] {
        match self {
            Entry::Rules(keys) | Entry::Options(keys) => keys,
            Entry::Period => PERIOD_KEYS,
        }
    }
}

/// Checks that every key of `q` is one `entry` reads, or one of `inputs` (the selected rule's
/// declared inputs, for the entry points that take facts).
///
/// # Errors
/// `INVALID_INPUT` for the first unknown key.
#[inline(never)]
pub fn check(entry: Entry, q: &Query, inputs: &[&str]) -> Result<()> {
    let common: &[&str] = match entry {
        Entry::Period | Entry::Options(_) => &[],
        _ => COMMON_KEYS,
    };
    let lists = [entry.fixed(), common, inputs];
    for key in q.names() {
        if !lists.iter().any(|l| l.contains(&key)) {
            return Err(unknown_key(key, &lists));
        }
    }
    Ok(())
}

/// The names of declared inputs.
#[cfg(feature = "office")]
pub fn names<'a>(
    specs: impl IntoIterator<Item = &'a crate::rules::model::InputSpec>,
) -> Vec<&'a str> {
    specs.into_iter().map(|i| i.name).collect()
}

/// An options argument: absent, or an object with only the keys `known`, whose boolean
/// `name` it answers (None when absent): the calendar functions' and `loadRules`' options.
///
/// # Errors
/// `INVALID_INPUT` for another type, an unknown key (naming the nearest known one) or a value
/// of `name` that is not a boolean.
pub fn bool_option(v: &Value, known: &'static [&'static str], name: &str) -> Result<Option<bool>> {
    options(v, known)?.map_or(Ok(None), |q| q.opt_bool(name))
}

/// An options argument: absent (None), or an object with only the keys `known`.
///
/// # Errors
/// `INVALID_INPUT` for another type or an unknown key (naming the nearest known one).
#[inline(never)]
pub fn options(v: &Value, known: &'static [&'static str]) -> Result<Option<Query>> {
    match v {
        Value::Null => Ok(None),
        Value::Object(_) => {
            let q = Query::from_value(v.clone())?;
            check(Entry::Options(known), &q, &[])?;
            Ok(Some(q))
        }
        _ => Err(Error::invalid("options", "对象", "an object")),
    }
}

/// `INVALID_INPUT` for `key`, naming the nearest of the keys in the lists `known`.
pub fn unknown_key(key: &str, known: &[&[&str]]) -> Error {
    let nearest = known
        .iter()
        .flat_map(|l| l.iter().copied())
        .max_by_key(|k| likeness(key.as_bytes(), k.as_bytes()))
        .unwrap_or("");
    Error::new(
        ErrorCode::InvalidInput,
        Some(key),
        ["未知的参数 `", key, "`——是否应为 `", nearest, "`？"].joined(""),
        ["unknown key `", key, "` — did you mean `", nearest, "`?"].joined(""),
    )
}

/// How alike two keys look: the characters they share at the start (ignoring ASCII case),
/// less the difference in length. Misspelled keys mostly keep their start (`asof`/`asOf`,
/// `pause`/`pauses`, `baby`/`babies`, `rulset`/`ruleset`); an edit distance would rank the same
/// ones first at several times the code in the module.
fn likeness(a: &[u8], b: &[u8]) -> isize {
    let front = a
        .iter()
        .zip(b)
        .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
        .count();
    front as isize - a.len().abs_diff(b.len()) as isize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likeness_ranks_misspellings_first() {
        let nearest = |key: &str, known: &[&str]| unknown_key(key, &[known]).message_en.clone();
        let common: Vec<&str> = COMMON_KEYS
            .iter()
            .chain(&["start", "pauses"])
            .copied()
            .collect();
        assert!(nearest("asof", &common).ends_with("`asOf`?"));
        assert!(nearest("pause", &common).ends_with("`pauses`?"));
        assert!(nearest("rulset", &common).ends_with("`ruleset`?"));
        assert!(nearest("provisonal", &common).ends_with("`provisional`?"));
        assert!(nearest("baby", &["babies", "rank", "difficultBirth"]).ends_with("`babies`?"));
        assert_eq!(likeness(b"asof", b"asOf"), 4);
        assert_eq!(likeness(b"baby", b"babies"), 1);
        assert_eq!(likeness(b"rulset", b"ruleset"), 2);
    }

    #[test]
    fn names_the_nearest_known_key() {
        let e = unknown_key("asof", &[&["start", "asOf", "lang"]]);
        assert_eq!(e.field.as_deref(), Some("asof"));
        assert_eq!(e.message_en, "unknown key `asof` — did you mean `asOf`?");
        assert_eq!(e.message, "未知的参数 `asof`——是否应为 `asOf`？");
    }
}
