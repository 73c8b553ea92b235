//! Evaluation machinery every kind shares: the rule lookup, periods, the facts a query gives, the
//! kinds' common trait and list (`kind`), the catalog and the calendar primitives. Each kind's
//! own evaluation is in `crate::kinds`.

pub mod calendar_api;
pub mod catalog;
pub mod facts;
pub mod kind;
pub mod lookup;
pub mod period;
