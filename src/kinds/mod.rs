//! One home per kind of rule: its evaluation and its [`crate::eval::kind::Capability`] — deadlines,
//! timelines (procedures of deadlines), approval routes, leave, sanctions and facts. A kind's data
//! shape is in the rules layer (`crate::rules::model`, or `crate::rules::<kind>` for the kinds
//! added since issue 18), which the packs and the datagen share; its events and their text are in
//! `crate::explain`, where every answer is rendered.

pub mod approval;
#[cfg(feature = "office")]
pub mod calculator;
#[cfg(feature = "office")]
pub mod check;
pub mod deadline;
pub mod fact;
pub mod leave;
pub mod sanction;
pub mod timeline;
