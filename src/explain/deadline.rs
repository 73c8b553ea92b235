//! Deadlines: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of deadline evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineEvent {}

impl DeadlineEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
