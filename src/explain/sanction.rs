//! Sanctions: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of sanction evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SanctionEvent {}

impl SanctionEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
