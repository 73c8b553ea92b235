//! A step of the reasoning as data: which rule decided and what it decided, with the values it
//! used (dates, counts, holidays, names from the rule data). Evaluation records events and never
//! formats text; [`Step::render`] turns one into Chinese and English, in this folder only.

use super::{LookupEvent, PeriodEvent, TraceStep};
use crate::base::text::Bilingual;
use crate::time::calendar::CalendarNote;
use std::any::Any;
use std::sync::Arc;

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
    /// Rule lookup: readings, in-force checks, conflicts.
    Lookup(LookupEvent),
    /// What a kind of rule decided (`crate::kinds::<kind>`): this layer renders it without
    /// knowing the kind.
    Kind(Arc<dyn KindEvent>),
}

impl Event {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            Event::Calendar(n) => super::calendar::render(n),
            Event::Period(e) => e.render(),
            Event::Lookup(e) => e.render(),
            Event::Kind(e) => e.render(),
        }
    }

    /// The kind's event, if this is one of type `E`.
    pub fn kind<E: KindEvent>(&self) -> Option<&E> {
        match self {
            Event::Kind(e) => e.as_any().downcast_ref(),
            _ => None,
        }
    }
}

/// The events of a kind of rule, which the kind's folder defines and renders
/// (`kind_events!`).
pub trait KindEvent: Any + Send + Sync {
    /// The event in Chinese and English.
    fn render(&self) -> Bilingual;
    /// The event as `Any`, to tell its type.
    fn as_any(&self) -> &dyn Any;
}

/// Two kinds' events are the same when they say the same (comparing them field by field would
/// put every kind's `PartialEq` in the module, through the trait's table, for tests alone).
impl PartialEq for dyn KindEvent {
    fn eq(&self, other: &Self) -> bool {
        self.render() == other.render()
    }
}

impl Eq for dyn KindEvent {}

/// Written as its English text (no `Debug` of every kind's events in the module).
impl std::fmt::Debug for dyn KindEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render().en)
    }
}

/// Makes each listed type (with an inherent `fn render(&self) -> Bilingual`) a [`KindEvent`] that
/// recording turns into an [`Event`]. (Shared, not boxed: an answer's copies share its events.)
macro_rules! kind_events {
    ($($t:ty),*) => {$(
        impl $crate::explain::KindEvent for $t {
            fn render(&self) -> $crate::explain::Bilingual {
                <$t>::render(self)
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
        }
        impl From<$t> for $crate::explain::Event {
            fn from(e: $t) -> Self {
                $crate::explain::Event::Kind(std::sync::Arc::new(e))
            }
        }
    )*};
}
pub(crate) use kind_events;

macro_rules! event_from {
    ($($kind:ident => $variant:ident),*) => {
        $(impl From<$kind> for Event {
            fn from(e: $kind) -> Self {
                Event::$variant(e)
            }
        })*
    };
}
event_from!(CalendarNote => Calendar, PeriodEvent => Period, LookupEvent => Lookup);
