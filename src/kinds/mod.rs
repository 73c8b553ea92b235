//! One home per kind of rule (issue 14): a folder each — deadlines, approval routes, leave,
//! sanctions, facts, form checks and calculators, and the timelines built of deadlines — holding
//! the kind's data shape and pack encoding (`data.rs`, which the datagen includes too), its events
//! and their zh/en text (`explain.rs`), and its evaluation with its [`Capability`] (`mod.rs`).
//! The layers below know no kind: a pack keeps a kind's rules in a section named by it
//! (`crate::rules::section`), and an explanation renders a kind's events through
//! [`crate::explain::KindEvent`]. [`each_kind`] below is the one list of kinds; the catalog, the
//! quote checks and the binding go through it. DESIGN.md, "How is a kind of rule added?".

use crate::base::text::Joined;
use crate::error::{Error, Result};
use crate::eval::kind::{Capability, KindVisitor};
use crate::rules::model::{Cite, Pack};
use crate::rules::registry;
use crate::rules::section::Part;

pub mod catalog;
pub mod timeline;

/// The kinds' modules and [`each_kind`], from the one list (`list.rs`).
macro_rules! kinds {
    ($($(#[$attr:meta])* $kind:ident $rule:ident,)*) => {
        $($(#[$attr])* pub mod $kind;)*

        /// The one list of kinds (`src/kinds/list.rs`): visits each, in catalog order
        /// (deadline, approval, leave, sanction, fact, check, calculator). Statically
        /// dispatched, so a visitor brings into the module only what it calls.
        pub fn each_kind(visitor: &mut impl KindVisitor) {
            $($(#[$attr])* visitor.visit::<$kind::data::$rule>();)*
        }
    };
}
include!("list.rs");

/// The kinds' names, as `catalog()` gives them (`kind`), in the list's order.
pub fn kind_names() -> Vec<&'static str> {
    struct Names(Vec<&'static str>);
    impl KindVisitor for Names {
        fn visit<K: Capability>(&mut self) {
            self.0.push(K::CATALOG_KIND);
        }
    }
    let mut names = Names(Vec::new());
    each_kind(&mut names);
    names.0
}

/// `INVALID_INPUT` naming `kind`: a kind other than `known`.
pub fn not_a_kind(known: &[&str]) -> Error {
    Error::invalid(
        "kind",
        &format!("{} 之一", known.joined("、")),
        &format!("one of {}", known.joined(", ")),
    )
}

/// Decodes the rules of every kind this module has in `pack` (a pack from elsewhere, before it
/// is kept: `crate::rules::registry::load_hashed`).
///
/// # Errors
/// `INVALID_RULES_PACK` naming the first section that does not decode.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding (and a test)
pub fn decode_every_kind(pack: &'static Pack) -> Result<()> {
    struct Decode(&'static Pack, Result<()>);
    impl KindVisitor for Decode {
        fn visit<K: Capability>(&mut self) {
            if let (Some(section), Ok(())) = (self.0.section(K::KIND), &self.1) {
                self.1 = section
                    .rules::<K>()
                    .map(|_| ())
                    .map_err(crate::rules::pack::bad);
            }
        }
    }
    let mut decode = Decode(pack, Ok(()));
    each_kind(&mut decode);
    decode.1?;
    match pack.section(<timeline::data::Procedure as Part>::KIND) {
        Some(procedures) => procedures
            .parts::<timeline::data::Procedure>()
            .map(|_| ())
            .map_err(crate::rules::pack::bad),
        None => Ok(()),
    }
}

/// Every quote in the rule data — rule citations, route variants, substitutions, extensions,
/// leave additions, sanction parties and measures — as `(ruleset, rule id, citation)`.
pub fn all_cites() -> Vec<(&'static str, &'static str, &'static Cite)> {
    struct Cites(Vec<(&'static str, &'static str, &'static Cite)>);
    impl KindVisitor for Cites {
        fn visit<K: Capability>(&mut self) {
            for rule in registry::all::<K>() {
                let meta = rule.meta();
                let cites = meta.cites.iter().chain(rule.part_cites());
                self.0.extend(cites.map(|c| (meta.ruleset, meta.id, c)));
            }
        }
    }
    let mut cites = Cites(Vec::new());
    each_kind(&mut cites);
    cites.0
}

#[cfg(all(test, feature = "embed"))]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::kinds::deadline::data::DeadlineRule;
    use crate::rules::model::Section;
    use crate::rules::registry::{embedded, Rule};

    #[test]
    fn a_pack_whose_rules_do_not_decode_as_their_kind_is_refused() {
        let wenshan = embedded()
            .iter()
            .find(|p| p.ruleset.id == "wenshan-hrss-2019")
            .unwrap();
        assert_eq!(decode_every_kind(wenshan), Ok(()));
        // The procedures' bytes under the name of the deadline section (both kinds are in every
        // build of the crate).
        let mut forged = Section::of_parts(<timeline::data::Procedure as Part>::of(wenshan));
        forged.kind = DeadlineRule::KIND;
        let pack = Pack {
            sections: vec![forged].leak(),
            ..**wenshan
        };
        let err = decode_every_kind(Box::leak(Box::new(pack))).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidRulesPack);
        // Deadline rules' bytes under the name of the procedures' section.
        let mut forged = Section::of_rules(DeadlineRule::of(wenshan));
        forged.kind = <timeline::data::Procedure as Part>::KIND;
        let pack = Pack {
            sections: vec![forged].leak(),
            ..**wenshan
        };
        let err = decode_every_kind(Box::leak(Box::new(pack))).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidRulesPack);
    }
}
