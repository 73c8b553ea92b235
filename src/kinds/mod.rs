//! Kinds of rule that live in one folder each: the evaluation and the
//! [`crate::eval::kind::Capability`] (`mod.rs`), and the kind's events and their text where it has
//! its own. A kind's data shape is in the rules layer (`crate::rules::<kind>`), which the packs and
//! the datagen share. The kinds written before this folder existed keep their evaluation in
//! `crate::eval` and their events in `crate::explain`.

pub mod fact;
