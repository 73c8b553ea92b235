//! The data shapes of the office kinds (form checks and calculators), which only staff pages use.
//! A module built without the cargo feature `office` (the module for citizens' pages) has none:
//! `src/rules/office_skip.rs` stands in, and its packs' office sections are never decoded (their
//! rules' metas are read like any section's, `crate::rules::section`). The build script includes
//! this file (always this one, whatever features the build has: the packs are the same bytes for
//! both modules).

pub use crate::rules::calculator::{CalcItem, CalculatorRule, Shape};
pub use crate::rules::check::{
    CheckRule, CheckTest, Confirm, Denominator, Form, Per, Severity, TestKind,
};
