use crate::rules::codec::{codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::Text;
use crate::rules::section::Part;

/// A step of a procedure: a deadline rule triggered by an event or by an earlier step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProcStep {
    /// Step id (also the event name that records its completion).
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// The deadline rule that sets its due date.
    pub rule: &'static str,
    /// The event whose date starts the clock.
    pub from: &'static str,
    /// Only shown when this event has happened (branches such as 复查).
    pub only_if: Option<&'static str>,
    /// The extension event name (the extension was granted), if any.
    pub extended_by: Option<&'static str>,
    /// The procedure event this step's completion is, if any (serving the notice of acceptance
    /// is the `accepted` event): until that event is known, a step counted from it can be given
    /// the latest date it can fall due.
    pub completes: Option<&'static str>,
    /// An office-internal step, which a citizen's view may leave out.
    pub internal: bool,
}

/// A procedure: an ordered set of steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Procedure {
    /// Stable id, e.g. `wenshan.petition`.
    pub id: &'static str,
    /// Ruleset id.
    pub ruleset: &'static str,
    /// Name.
    pub name: Text,
    /// The events a user can record, with labels (the trigger first).
    pub events: &'static [(&'static str, Text)],
    /// Steps in order.
    pub steps: &'static [ProcStep],
}

codec_struct! {
    ProcStep { id, name, rule, from, only_if, extended_by, completes, internal }
    Procedure { id, ruleset, name, events, steps }
}

impl Part for Procedure {
    const KIND: &'static str = "procedure";
}
