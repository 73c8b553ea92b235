//! The references between rules (conflicts, `days_from`, a leave's `approval`, a measure's `law`,
//! procedure steps), recorded while the rulesets are read and checked once all are.

use crate::lower::R;
use std::collections::BTreeMap;

/// What kind of rule a reference must name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Want {
    /// A rule of any kind (a conflict).
    Any,
    /// A rule of this kind (its name: `deadline`, `leave`, …).
    Kind(&'static str),
    /// A procedure (a timeline), asked for by id like a rule.
    Procedure,
}

impl Want {
    /// A rule of kind `T`.
    pub fn kind<T: crate::rules::section::Rule>() -> Want {
        Want::Kind(T::KIND)
    }
}

impl std::fmt::Display for Want {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Want::Any => f.write_str("any"),
            Want::Kind(kind) => f.write_str(kind),
            Want::Procedure => f.write_str("procedure"),
        }
    }
}

/// The references between rules, checked once every ruleset is read.
#[derive(Default)]
pub struct Refs {
    /// Every rule id, with its kind and ruleset.
    ids: BTreeMap<&'static str, (Want, &'static str)>,
    /// (where, what the reference is, target, kind wanted).
    pending: Vec<(String, &'static str, String, Want)>,
}

impl Refs {
    pub fn define(&mut self, id: &'static str, kind: Want, ruleset: &'static str) -> R<()> {
        if self.ids.insert(id, (kind, ruleset)).is_some() {
            return Err("a second rule with this id".into());
        }
        Ok(())
    }

    pub fn refer(&mut self, at: &str, what: &'static str, target: &str, want: Want) {
        self.pending
            .push((at.to_owned(), what, target.to_owned(), want));
    }

    /// Every reference names a rule of the kind it needs, in its own ruleset or one it needs.
    pub fn check(&self, needs: &BTreeMap<&str, Vec<&str>>) -> R<()> {
        for (at, what, target, want) in &self.pending {
            let from = at_ruleset(at);
            match self.ids.get(target.as_str()) {
                None => {
                    return Err(format!(
                        "{at}: {what} `{target}` is not a rule of this build"
                    ))
                }
                Some((kind, _))
                    if (*want != Want::Any && kind != want)
                        || (*want == Want::Any && *kind == Want::Procedure) =>
                {
                    return Err(format!(
                        "{at}: {what} `{target}` is a {kind} rule, not a {want} rule"
                    ))
                }
                Some((_, rs))
                    if Some(*rs) != from
                        && !from
                            .and_then(|f| needs.get(f))
                            .is_some_and(|n| n.contains(rs)) =>
                {
                    return Err(format!(
                        "{at}: {what} `{target}` is in ruleset {rs}, which this one does not need"
                    ))
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// The ruleset of a location `…/rules/<ruleset>/<file>.toml: rule <id>`.
fn at_ruleset(at: &str) -> Option<&str> {
    let path = at.split(": ").next()?;
    let mut parts = path.rsplit('/');
    parts.next()?;
    parts.next()
}
