//! Procedure timelines: the events its evaluation records, and their text.

use crate::base::text::Bilingual;

/// A step of timeline evaluation. A timeline's trace is the steps its deadlines recorded
/// ([`crate::kinds::deadline::explain::DeadlineEvent`]), absorbed in order; the timeline itself only warns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEvent {
    /// A step's date lies past the published calendar and, with `strict`, is left out: the
    /// calendar's own words for it (a warning).
    StepPastCalendar {
        /// In Chinese.
        zh: String,
        /// In English.
        en: String,
    },
}

impl TimelineEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            TimelineEvent::StepPastCalendar { zh, en } => Bilingual::new(zh.clone(), en.clone()),
        }
    }
}

crate::explain::kind_events!(TimelineEvent);
