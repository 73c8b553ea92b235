//! Rule lookup: readings of ambiguities, in-force checks, conflicts: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of lookup evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupEvent {}

impl LookupEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
