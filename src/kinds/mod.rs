//! The rule kinds that live in one folder each (issue #14: "adding a rule kind is one folder"):
//! the rule type, its evaluation, its events and their text, and its `Capability`.

pub mod calculator;
