//! Evaluation: the rule lookup shared by every kind, periods, and one module per kind of rule
//! (deadlines, timelines, approvals, leave, sanctions), the catalog and the calendar primitives.

pub mod approval;
pub mod calendar_api;
pub mod catalog;
pub mod deadline;
pub mod facts;
pub mod kind;
pub mod leave;
pub mod lookup;
pub mod period;
pub mod sanction;
pub mod timeline;
