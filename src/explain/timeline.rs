//! Procedure timelines: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of timeline evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEvent {}

impl TimelineEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
