//! The office part of a pack: the rules only staff pages use (form checks and calculators), kept in
//! the pack as one length-prefixed blob so that a module built without them (the cargo feature
//! `office` off: `src/rules/office_skip.rs`, the module for citizens' pages) reads the same pack
//! files and skips it. The build script includes this file (always this one, whatever features the
//! build has: the packs are the same bytes for both modules).

pub use crate::rules::calculator::{CalcItem, CalculatorRule, Shape};
pub use crate::rules::check::{
    CheckRule, CheckTest, Confirm, Denominator, Form, Per, Severity, TestKind,
};
use crate::rules::codec::{put_blob, DResult, Decode, Encode, Reader};

/// A pack's office rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Office {
    /// Check rules (rules a form must keep).
    pub checks: &'static [CheckRule],
    /// Calculator rules (attendance, scores, amounts).
    pub calculators: &'static [CalculatorRule],
}

impl Encode for Office {
    fn encode(&self, w: &mut Vec<u8>) {
        let mut blob = Vec::new();
        self.checks.encode(&mut blob);
        self.calculators.encode(&mut blob);
        put_blob(w, &blob);
    }
}

impl Decode for Office {
    #[inline(never)]
    fn decode(r: &mut Reader) -> DResult<Self> {
        let mut inner = Reader::new(r.blob()?);
        let office = Office {
            checks: Decode::decode(&mut inner)?,
            calculators: Decode::decode(&mut inner)?,
        };
        if !inner.rest().is_empty() {
            return Err("office");
        }
        Ok(office)
    }
}
