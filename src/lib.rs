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
//! only binding layer is `src/binding/`, compiled for `wasm32` alone.
//!
//! ```
//! use zhengwu::{Query, Value};
//! let cal = zhengwu::Calendar::builtin()?;
//! // A 10-day 行政过错 acceptance decision (广西 第三十七条) for material received 2026-09-28:
//! let q = Query::from_pairs([
//!     ("ruleset", Value::String("guangxi-fault-2007".into())),
//!     ("ref", Value::String("DL-000-037-01".into())),
//!     ("start", Value::String("2026-09-28".into())),
//! ]);
//! let answer = zhengwu::deadline(&cal, &q)?;
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

// The layers, bottom to top; each uses only those above it in this list (DESIGN.md, "Layers").
mod base;
pub mod error;
mod eval;
pub mod explain;
mod input;
mod kinds;
mod rules;
mod time;

#[cfg(target_arch = "wasm32")]
mod binding;

pub use error::{Error, ErrorCode, Result};

// ---- The facade: everything a Rust caller uses, whatever layer it lives in. ----

// The four answers.
#[cfg(feature = "office")]
pub use kinds::approval::{
    approval_authority, approval_route, ApprovalAnswer, Authority, AuthorityAnswer, Limit,
    RouteStep,
};
#[cfg(feature = "office")]
pub use kinds::calculator::{
    attendance, AttendanceFacts, CalcEvent, CalculatorAnswer, Consequence, LeaveDays, Line, Mark,
};
#[cfg(feature = "office")]
pub use kinds::calculator::{calculate, ScoreFacts};
#[cfg(feature = "office")]
pub use kinds::check::{check, CheckAnswer, RuleResult, Violation};
pub use kinds::deadline::{deadline, DeadlineAnswer, ExtensionInfo, Status};
#[cfg(feature = "office")]
pub use kinds::fact::{fact, FactAnswer, Values as StatedValues};
#[cfg(feature = "office")]
pub use kinds::leave::{leave_entitlement, Governing, LeaveAnswer, LeavePart};
#[cfg(feature = "office")]
pub use kinds::sanction::{sanction, Party, SanctionAnswer};
pub use kinds::timeline::{timeline, timeline_ics, TimelineAnswer, TimelineStep};

// The calendar and its primitives.
pub use eval::calendar_api::{
    add_period, add_working_days, calendar_info, day_kind, is_working_day, load_calendar,
    statutory_holidays, working_days_between, CalendarInfo, DateAnswer, StatutoryDay,
};
pub use eval::period::DateRange;
pub use time::calendar::{Calendar, DayInfo, Mode};
pub use time::civil::{Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
pub use time::date::{format_date, parse_date, Due};
pub use time::days::DayKind;
pub use time::holiday_law;

// What exists: the catalog and the rule data.
pub use eval::kind::{Capability, InputInfo, KindVisitor, ValueInfo};
pub use kinds::catalog::{catalog, catalog_of, rulesets, Catalog};
pub use kinds::each_kind;

/// The rule data's shapes: what every kind shares (`crate::rules::model`) and each kind's own
/// (`data.rs` in the kind's folder).
pub mod model {
    pub use crate::kinds::timeline::data::*;
    pub use crate::rules::model::*;
    /// Each kind's shapes, from the one list of kinds.
    macro_rules! kinds {
        ($($(#[$attr:meta])* $kind:ident $rule:ident,)*) => {
            $($(#[$attr])* pub use crate::kinds::$kind::data::*;)*
        };
    }
    include!("kinds/list.rs");
}

// Queries.
pub use base::json_out::to_string as to_json;
pub use base::small_map::SmallMap;
pub use base::text::Bilingual;
pub use input::json::parse as parse_json;
pub use input::value::{Query, Value};

/// Rules packs: the binary files the module loads, and the registry of loaded ones (used by the
/// pack-writing tool `examples/packs.rs` and by the tests).
pub mod packs {
    pub use crate::kinds::all_cites;
    pub use crate::kinds::deadline::find as deadline_rule;
    pub use crate::rules::generated::{MANIFEST, RULES_VERSION};
    pub use crate::rules::pack::{check_header, decode_pack, encode_pack, sha256};
    pub use crate::rules::registry::{all, load, packs};
    #[cfg(feature = "embed")]
    pub use crate::rules::registry::{files, Embedded, EMBEDDED};
}
