//! A step of the reasoning as data: which rule decided and what it decided, with the values it
//! used (dates, counts, holidays, names from the rule data). Evaluation records events and never
//! formats text; [`Step::render`] turns one into Chinese and English, in this folder only.

#[cfg(feature = "office")]
use super::calculator::CalcEvent;
#[cfg(feature = "office")]
use super::check::CheckEvent;
use super::{
    ApprovalEvent, DeadlineEvent, LeaveEvent, LookupEvent, PeriodEvent, SanctionEvent,
    TimelineEvent, TraceStep,
};
use crate::base::text::Bilingual;
use crate::time::calendar::CalendarNote;

/// One recorded step: the rule that decided and the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The rule that decided this step (a rule id, or `calendar` / `input`).
    pub rule: &'static str,
    /// What it decided.
    pub event: Event,
}

impl Step {
    /// The step as text.
    pub fn render(&self) -> TraceStep {
        let Bilingual { zh, en } = self.event.render();
        TraceStep {
            rule: self.rule,
            zh,
            en,
        }
    }
}

/// What a step decided, by the part of the engine that decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// What the calendar says about the days crossed.
    Calendar(CalendarNote),
    /// Period counting (期间计算).
    Period(PeriodEvent),
    /// Deadlines.
    Deadline(DeadlineEvent),
    /// Procedure timelines.
    Timeline(TimelineEvent),
    /// Approval routes.
    Approval(ApprovalEvent),
    /// Leave.
    Leave(LeaveEvent),
    /// Sanctions.
    Sanction(SanctionEvent),
    /// Rule lookup: readings, in-force checks, conflicts.
    Lookup(LookupEvent),
    /// Form checks.
    #[cfg(feature = "office")]
    Check(CheckEvent),
    /// Calculators (attendance, scores, amounts).
    #[cfg(feature = "office")]
    Calculator(CalcEvent),
}

impl Event {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            Event::Calendar(n) => super::calendar::render(n),
            Event::Period(e) => e.render(),
            Event::Deadline(e) => e.render(),
            Event::Timeline(e) => e.render(),
            Event::Approval(e) => e.render(),
            Event::Leave(e) => e.render(),
            Event::Sanction(e) => e.render(),
            Event::Lookup(e) => e.render(),
            #[cfg(feature = "office")]
            Event::Check(e) => e.render(),
            #[cfg(feature = "office")]
            Event::Calculator(e) => e.render(),
        }
    }
}

macro_rules! event_from {
    ($($(#[$m:meta])* $kind:ident => $variant:ident),*) => {
        $($(#[$m])* impl From<$kind> for Event {
            fn from(e: $kind) -> Self {
                Event::$variant(e)
            }
        })*
    };
}
event_from!(CalendarNote => Calendar, PeriodEvent => Period, DeadlineEvent => Deadline, TimelineEvent => Timeline,
    ApprovalEvent => Approval, LeaveEvent => Leave, SanctionEvent => Sanction, LookupEvent => Lookup,
    #[cfg(feature = "office")] CheckEvent => Check, #[cfg(feature = "office")] CalcEvent => Calculator);
