//! Leave: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of leave evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveEvent {}

impl LeaveEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
