//! Approval routes: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of approval evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApprovalEvent {}

impl ApprovalEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
