//! Kinds of rule that live in one folder each: the rule's data shape (`rule.rs`, shared with the
//! datagen), its evaluation and its [`crate::eval::kind::Capability`] (`mod.rs`), and its events
//! and their text where it has its own. The kinds written before this folder existed keep their
//! evaluation in `crate::eval` and their events in `crate::explain`.

pub mod fact;
