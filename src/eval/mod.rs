//! Evaluation machinery every kind shares: the rule lookup, periods, the facts a query gives, the
//! kinds' common trait (`kind`) and the calendar primitives. Each kind's own evaluation, the list
//! of kinds and the catalog that goes through it are in `crate::kinds`.

pub mod calendar_api;
#[cfg(feature = "office")]
pub mod facts;
pub mod kind;
pub mod lookup;
pub mod period;
