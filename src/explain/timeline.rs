//! Procedure timelines: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of timeline evaluation. None yet: a timeline's trace is the steps its deadlines
/// recorded ([`super::DeadlineEvent`]), absorbed in order; the timeline itself decides nothing
/// that the trace states (a step past the published calendar is a warning, not a step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEvent {}

impl TimelineEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {}
    }
}
