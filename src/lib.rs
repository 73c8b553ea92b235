//! # zhengwu (政务)
//!
//! Chinese local-government work rules — approval routes, deadlines with the official working-day
//! calendar, leave entitlements and sanctions — as cited, explained rules that run in the browser
//! through WebAssembly.
//!
//! Every answer carries the articles it rests on (with verbatim quotes), the steps the engine took,
//! the ambiguities of the text it had to resolve (and how to choose another reading), and any
//! higher law that disagrees.
//!
//! The core is pure Rust (this crate without the `wasm` module) and is tested natively; the
//! only binding layer is `src/wasm.rs`, compiled for `wasm32` alone.
//!
//! ```
//! use zhengwu::value::{Query, Value};
//! let cal = zhengwu::calendar::Calendar::builtin()?;
//! // A 10-day 行政过错 acceptance decision (广西 第三十七条) for material received 2026-09-28:
//! let q = Query::from_pairs([
//!     ("ruleset", Value::String("guangxi-fault-2007".into())),
//!     ("ref", Value::String("DL-000-037-01".into())),
//!     ("start", Value::String("2026-09-28".into())),
//! ]);
//! let answer = zhengwu::deadline::deadline(&cal, &q)?;
//! // Day 10 is 8 October, the first working day after the National Day holiday.
//! assert_eq!(answer.due, "2026-10-08");
//! assert!(answer.explanation.citations.iter().any(|c| c.article == "第三十七条"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod api;
pub mod approval;
pub mod calendar;
pub mod catalog;
pub mod date;
pub mod days;
pub mod deadline;
pub mod error;
pub mod explain;
pub mod facts;
pub mod generated;
pub mod holiday_law;
pub mod json;
pub mod keys;
pub mod leave;
pub mod lunar;
pub mod model;
pub mod notice;
pub mod pack;
pub mod period;
pub mod projection;
pub mod registry;
pub mod rules;
pub mod sanction;
pub mod small_map;
pub mod timeline;
pub mod value;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorCode, Result};
