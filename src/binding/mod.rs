//! The JS binding layer: the only folder that names wasm-bindgen or js-sys.
//!
//! Each export converts its arguments to [`Value`]s (objects cross as JSON text, read by
//! `crate::input::json`; a flat deadline query as its values, [`deadline_flat`]), calls one core
//! function, and converts the answer back as JSON text parsed by `JSON.parse` — a deadline's
//! facts are built by the snippet from numbers instead ([`deadline_facts`]). The evaluation
//! functions evaluate once and send the answer whole in that call: its facts, then its reasons
//! (citations, trace, ambiguities, conflicts, warnings: the events that evaluation recorded) as
//! a tape of numbers and text ([`crate::explain::tape`]) that the snippet builds into objects;
//! for a query with `reasons: false` they are not recorded at all.
//! Errors become a thrown JS `Error` whose `message` is the Chinese message and which carries
//! `code`, `field` and `messageEn`. The working-day calendar is built once per module instance;
//! `loadCalendar` adds generations; rules come from packs given to `loadRules` (or, hashed by the
//! package's own loaders, to [`load_rules_hashed`]).

use crate::error::{Error, ErrorCode, Result};
use crate::eval::kind::Capability;
use crate::explain::tape::{self, Statics};
use crate::explain::{Explained, Explanation, Part};
use crate::input::json::{MAX_STRING, MAX_TEXT};
use crate::input::value::{Query, Value};
use crate::kinds::deadline::data::DeadlineRule;
use crate::rules::pack::HASH_LEN;
use crate::rules::registry::MAX_PACK_BYTES;
use crate::time::calendar::Calendar;
use crate::time::civil;
use serde::Serialize;
use std::cell::{Cell, OnceCell, RefCell};
use wasm_bindgen::prelude::*;

mod deadline_facts;

/// The module's allocator: Talc in place of Rust's default dlmalloc, 3.1 KB smaller gzipped with
/// the same speed (DESIGN.md, "Why two modules"). Realloc in place is left out (smaller still;
/// measured no slower). The module is single-threaded wasm, which Talc's cell requires.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    /// `{ provisional?: boolean }`, typed in TypeScript as `CalendarOptions`.
    #[wasm_bindgen(typescript_type = "CalendarOptions")]
    pub type CalendarOptions;

    /// `{ ruleset?: string, kind?: string }`, typed in TypeScript as `CatalogOptions`.
    #[wasm_bindgen(typescript_type = "CatalogOptions")]
    pub type CatalogOptions;

    /// `{ untrusted?: boolean }`, typed in TypeScript as `LoadRulesOptions`.
    #[wasm_bindgen(typescript_type = "LoadRulesOptions")]
    pub type LoadRulesOptions;
}

thread_local! {
    /// The newest calendar generation: the built-in calendar, then one more per `loadCalendar`.
    /// Each is leaked once, so a call that JS re-enters through a getter of its argument (which
    /// may call `loadCalendar`) keeps the calendar it started with. A `Cell` holding a shared
    /// reference has no borrow to release: a call abandoned half-way (JS stack exhaustion skips
    /// Rust's `Drop`s) cannot leave it held, as a `RefCell` borrow could, and replacing it is one
    /// store.
    static NEWEST: Cell<Option<&'static Calendar>> = const { Cell::new(None) };
}

/// The newest calendar, building the built-in calendar on first use.
fn newest() -> Result<&'static Calendar> {
    if let Some(cal) = NEWEST.with(Cell::get) {
        return Ok(cal);
    }
    let first: &'static Calendar = Box::leak(Box::new(Calendar::builtin()?));
    NEWEST.with(|n| n.set(Some(first)));
    Ok(first)
}

fn with_calendar<T>(f: impl FnOnce(&Calendar) -> Result<T>) -> Result<T> {
    f(newest()?)
}

#[wasm_bindgen(module = "/src/binding/snippet.js")]
extern "C" {
    fn query_json(v: &JsValue, max_text: u32, max_string: u32) -> Option<String>;
    fn pack_length(v: &JsValue, max: u32) -> i32;
    fn pack_copy(v: &JsValue, into: &mut [u8]) -> bool;
    fn parse_json(text: &str) -> JsValue;
    fn coded_error(message: &str, code: &str, field: JsValue, message_en: &str) -> JsValue;
    fn civil_date(y: i32, m: u32, d: u32) -> JsValue;
    fn date_code(v: &JsValue) -> i32;
    fn new_cache() -> JsValue;
    fn statics_known(cache: &JsValue) -> i32;
    fn with_reasons(cache: &JsValue, answer: JsValue, ops: &[u32], tape: &str) -> JsValue;
    #[wasm_bindgen(js_name = "deadline_facts")]
    fn deadline_facts_js(cache: &JsValue, numbers: &[f64], sentences: &str) -> JsValue;
    fn learn_deadline(cache: &JsValue, key: f64, facts: &str, names: &str);
}

thread_local! {
    /// The static texts numbered for the snippet's cache (see [`crate::explain::tape`]).
    static STATICS: RefCell<Statics> = RefCell::new(Statics::default());
    /// The snippet's cache for this module instance: the static texts it has decoded and the
    /// deadline rules' texts (`new_cache` in the snippet).
    static CACHE: OnceCell<JsValue> = const { OnceCell::new() };
}

/// Calls `f` with this instance's cache on the snippet's side, making it on first use.
fn with_cache<T>(f: impl FnOnce(&JsValue) -> T) -> T {
    CACHE.with(|c| f(c.get_or_init(new_cache)))
}

fn unreadable() -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        None,
        "参数无法读取（应为 JSON 兼容的值，不可循环引用）",
        "the argument could not be read (expected a JSON-compatible value without cycles)",
    )
}

fn to_value(v: JsValue) -> Result<Value> {
    // Fast paths for the primitive arguments of the calendar functions, in the order they are
    // met (each test is a call into JS; dates mostly arrive through `date_in`). Strings go
    // through `query_json`, which checks their length before they are copied in.
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
    }
    if v.is_undefined() || v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    let text = query_json(&v, MAX_TEXT as u32, MAX_STRING as u32).ok_or_else(unreadable)?;
    if text.is_empty() {
        return Err(crate::input::json::too_large(None));
    }
    crate::input::json::parse(&text)
}

/// A date argument. Canonical strings are read on the JS side (`date_code`): the calendar
/// functions are called in tight loops, and copying the string in costs more than the lookup.
fn date_in(v: JsValue, field: &str) -> Result<civil::NaiveDate> {
    let code = date_code(&v);
    if code >= 0 {
        let (y, md) = (code / 10_000, code % 10_000);
        if let Some(d) = crate::time::date::civil(y, (md / 100) as u32, (md % 100) as u32) {
            return Ok(d);
        }
    }
    crate::eval::calendar_api::date_arg(&to_value(v)?, field)
}

fn opts(options: Option<CalendarOptions>) -> Result<Value> {
    to_value(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))
}

/// A query: an object, so its JSON text is asked for at once, without first probing for the
/// primitives `to_value` tests (each probe is a call into JS). What has no JSON text (`undefined`,
/// a cycle) goes on to `to_value` and its errors.
fn query(v: JsValue) -> Result<Query> {
    let value = match query_json(&v, MAX_TEXT as u32, MAX_STRING as u32) {
        Some(text) if text.is_empty() => return Err(crate::input::json::too_large(None)),
        Some(text) => crate::input::json::parse(&text)?,
        None => to_value(v)?,
    };
    Query::from_value(value)
}

fn js_error(e: Error) -> JsValue {
    let field = e
        .field
        .as_deref()
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    coded_error(&e.message, e.code.as_str(), field, &e.message_en)
}

/// Converts an answer to a JS value. Answers are serialised to JSON text in Rust and parsed by
/// the engine's native `JSON.parse`: for answers with dozens of strings this is several times
/// faster than building the object property by property across the boundary.
fn out<T: Serialize>(r: Result<T>) -> std::result::Result<JsValue, JsValue> {
    let text = r.and_then(|a| json(&a)).map_err(js_error)?;
    parsed(&text)
}

/// The module's own JSON text as a JS value, parsed by the engine's `JSON.parse`.
fn parsed(text: &str) -> std::result::Result<JsValue, JsValue> {
    let value = parse_json(text);
    if value.is_undefined() {
        return Err(js_error(unconvertible()));
    }
    Ok(value)
}

/// The bytes of a `Uint8Array` or `ArrayBuffer` (at most `max`), copied into the module: `Err(-1)`
/// for anything else, or when they could not be copied as measured (a view of this module's own
/// memory, detached when making room grew it; a shared buffer grown meanwhile), `Err(-2)` when
/// longer.
fn bytes_in(v: &JsValue, max: u32) -> std::result::Result<Vec<u8>, i32> {
    let len = pack_length(v, max);
    let len = usize::try_from(len).map_err(|_| len)?;
    let mut bytes = vec![0; len];
    if !pack_copy(v, &mut bytes) {
        return Err(-1);
    }
    Ok(bytes)
}

/// JS binding for [`crate::kinds::catalog::catalog_of`]: the whole catalog, or with
/// `{ ruleset, kind }` one loaded ruleset's part of it.
#[wasm_bindgen(unchecked_return_type = "Catalog")]
pub fn catalog(options: Option<CatalogOptions>) -> std::result::Result<JsValue, JsValue> {
    out((|| {
        let o = to_value(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
        match crate::input::keys::options(&o, &["ruleset", "kind"])? {
            Some(q) => crate::kinds::catalog::catalog_of(q.opt_str("ruleset")?, q.opt_str("kind")?),
            None => crate::kinds::catalog::catalog_of(None, None),
        }
    })())
}

/// JS binding for [`crate::kinds::catalog::version`].
#[wasm_bindgen]
pub fn version() -> String {
    crate::kinds::catalog::version().to_owned()
}

/// JS binding for [`crate::kinds::catalog::rules_version`].
#[wasm_bindgen(js_name = "rulesVersion")]
pub fn rules_version() -> String {
    crate::kinds::catalog::rules_version().to_owned()
}

/// JS binding for [`crate::kinds::deadline::deadline`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "DeadlineAnswer")]
pub fn deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answered(q, DeadlineRule::answer)
}

/// The string keys and the boolean keys of a deadline query that [`deadline_flat`] takes, in
/// the order of its arguments and of its flags' bit pairs (`DEADLINE_TEXTS` and `DEADLINE_FLAGS`
/// in `js/fast.js`, which `tests/js/deadline-facts.test.mjs` holds to these).
const FLAT_TEXTS: [&str; 8] = [
    "ruleset", "rule", "ref", "start", "asOf", "done", "setDue", "lang",
];
const FLAT_FLAGS: [&str; 4] = ["extended", "strict", "provisional", "reasons"];

/// `deadline` for a query whose values are all strings and booleans (the call a portal makes for
/// every row of a list), given as those values rather than as JSON text: `js/fast.js` reads the
/// query's keys once and passes the strings present joined by NULs (which they never hold) in
/// the order of [`FLAT_TEXTS`], and `bits`: bit `i` set when `FLAT_TEXTS[i]` is present, and from
/// bit 8 two bits per [`FLAT_FLAGS`] key (0 absent, 1 false, 2 true). The query built here is the
/// one the JSON text would have given, so the answer and every error are the same
/// (`tests/js/deadline-facts.test.mjs` compares the two paths on every hand-worked deadline). Any
/// other query takes `deadline`. Not part of the package's API, but reachable by a page that
/// imports the glue itself: `texts` is taken as any value and refused unless a string (a `&str`
/// parameter would have the glue copy whatever it is given, and a non-string trapped there).
#[wasm_bindgen(js_name = "__deadlineFlat", skip_typescript)]
pub fn deadline_flat(texts: JsValue, bits: u32) -> std::result::Result<JsValue, JsValue> {
    let texts = texts.as_string().ok_or_else(|| {
        js_error(Error::invalid(
            "query",
            "字符串和布尔值组成的查询",
            "a query of strings and booleans",
        ))
    })?;
    let mut fields = crate::base::small_map::SmallMap::new();
    let mut parts = texts.split('\0');
    for (i, key) in FLAT_TEXTS.iter().enumerate() {
        if (bits >> i) & 1 == 1 {
            let text = parts.next().unwrap_or_default();
            fields.insert((*key).to_owned(), Value::String(text.to_owned()));
        }
    }
    for (i, key) in FLAT_FLAGS.iter().enumerate() {
        match (bits >> (8 + 2 * i)) & 3 {
            1 => fields.insert((*key).to_owned(), Value::Bool(false)),
            2 => fields.insert((*key).to_owned(), Value::Bool(true)),
            _ => {}
        }
    }
    let q = Query::from_value(Value::Object(fields)).map_err(js_error)?;
    answered_query(q, DeadlineRule::answer)
}

/// A deadline's facts as JSON text, the way every other answer's cross: what the snippet's builder
/// must give, key for key (`tests/js/deadline-facts.test.mjs`). Not part of the package; in the
/// full module only, which that test loads (0.2 KB the lite module does without).
#[cfg(feature = "office")]
#[wasm_bindgen(js_name = "__deadlineFactsJson", skip_typescript)]
pub fn deadline_facts_json(q: JsValue) -> std::result::Result<String, JsValue> {
    let q = query(q).map_err(js_error)?;
    let mut a = with_calendar(|cal| DeadlineRule::answer(cal, &q)).map_err(js_error)?;
    trust(&q, &mut a.explanation);
    a.explanation.part = Part::Facts;
    json(&a).map_err(js_error)
}

/// An answer's facts built by the snippet from numbers where it is a deadline's (see
/// [`deadline_facts`]: however the deadline was asked for), or `None` for JSON text.
fn built_facts<T: Explained + 'static>(a: &T) -> Option<JsValue> {
    let a = (a as &dyn std::any::Any).downcast_ref::<crate::kinds::deadline::DeadlineAnswer>()?;
    let numbers = deadline_facts::numbers(a)?;
    let sentences = deadline_facts::sentences(a);
    with_cache(|cache| {
        let built = deadline_facts_js(cache, &numbers, &sentences);
        if !built.is_undefined() {
            return Some(built);
        }
        // The first answer of this rule: its texts, once, in its facts as JSON text.
        let facts = json(a).ok()?;
        learn_deadline(cache, deadline_facts::key(a), &facts, deadline_facts::NAMES);
        let built = deadline_facts_js(cache, &numbers, &sentences);
        (!built.is_undefined()).then_some(built)
    })
}

/// JS binding for [`crate::kinds::timeline::timeline`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "TimelineAnswer")]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "TimelineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answered(q, crate::kinds::timeline::timeline)
}

/// JS binding for [`crate::kinds::timeline::timeline_ics`].
#[wasm_bindgen(js_name = "timelineIcs")]
pub fn timeline_ics(
    #[wasm_bindgen(unchecked_param_type = "TimelineQuery")] q: JsValue,
) -> std::result::Result<String, JsValue> {
    let q = query(q).map_err(js_error)?;
    with_calendar(|cal| crate::kinds::timeline::timeline_ics(cal, &q)).map_err(js_error)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::approval::approval_route`]: the facts and the reasons, at once.
#[wasm_bindgen(js_name = "approvalRoute", unchecked_return_type = "ApprovalAnswer")]
pub fn approval_route(
    #[wasm_bindgen(unchecked_param_type = "ApprovalQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answer_named("approval", q)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::approval::approval_authority`].
#[wasm_bindgen(
    js_name = "approvalAuthority",
    unchecked_return_type = "AuthorityAnswer"
)]
pub fn approval_authority(
    #[wasm_bindgen(unchecked_param_type = "AuthorityQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out((|| {
        let q = query(q)?;
        let mut answer = crate::kinds::approval::approval_authority(&q)?;
        trust(&q, &mut answer.explanation);
        Ok(answer)
    })())
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::leave::leave_entitlement`]: the facts and the reasons, at once.
#[wasm_bindgen(js_name = "leaveEntitlement", unchecked_return_type = "LeaveAnswer")]
pub fn leave_entitlement(
    #[wasm_bindgen(unchecked_param_type = "LeaveQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answer_named("leave", q)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::sanction::sanction`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "SanctionAnswer")]
pub fn sanction(
    #[wasm_bindgen(unchecked_param_type = "SanctionQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answer_named("sanction", q)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::fact::fact`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "FactAnswer")]
pub fn fact(
    #[wasm_bindgen(unchecked_param_type = "FactQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answer_named("fact", q)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::check::check`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "CheckAnswer")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "CheckQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answer_named("check", q)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::calculator::attendance`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "AttendanceAnswer")]
pub fn attendance(
    #[wasm_bindgen(unchecked_param_type = "AttendanceQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answered(q, crate::kinds::calculator::attendance)
}

#[cfg(feature = "office")]
/// JS binding for [`crate::kinds::calculator::calculate`]: the facts and the reasons, at once.
#[wasm_bindgen(unchecked_return_type = "ScoreAnswer | AmountAnswer")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "ScoreQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    answered(q, crate::kinds::calculator::calculate)
}

/// JS binding for [`crate::eval::calendar_api::is_working_day`].
#[wasm_bindgen(js_name = "isWorkingDay")]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<bool, JsValue> {
    with_calendar(|cal| {
        crate::eval::calendar_api::is_working_day_on(cal, date_in(date, "date")?, &opts(options)?)
    })
    .map_err(js_error)
}

/// JS binding for [`crate::eval::calendar_api::day_kind`].
#[wasm_bindgen(js_name = "dayKind", unchecked_return_type = "DayInfo")]
pub fn day_kind(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| {
        crate::eval::calendar_api::day_kind(cal, &to_value(date)?, &opts(options)?)
    }))
}

/// JS binding for [`crate::eval::calendar_api::add_working_days`].
#[wasm_bindgen(js_name = "addWorkingDays", unchecked_return_type = "CivilDate")]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<JsValue, JsValue> {
    with_calendar(|cal| {
        crate::eval::calendar_api::add_working_days_from(
            cal,
            date_in(date, "date")?,
            &to_value(n)?,
            &opts(options)?,
        )
    })
    .map(|d| {
        let (y, m, day) = d.ymd();
        civil_date(y, m, day)
    })
    .map_err(js_error)
}

/// JS binding for [`crate::eval::calendar_api::working_days_between`].
#[wasm_bindgen(js_name = "workingDaysBetween")]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] to: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<f64, JsValue> {
    with_calendar(|cal| {
        crate::eval::calendar_api::working_days_between_dates(
            cal,
            date_in(from, "from")?,
            date_in(to, "to")?,
            &opts(options)?,
        )
    })
    .map(|n| n as f64)
    .map_err(js_error)
}

// The calendar's fast paths: day numbers in and out (days from 0001-01-01 = 1, as
// `NaiveDate::num_days_from_ce`), parsed and formatted in JS by the package's entry
// (js/fast.js). No JS value crosses, no optional argument is probed, and nothing is allocated or
// changed (the `…_at` queries build no error message; before the calendar exists the answer is
// the sentinel), so a call stopped half-way by JS stack exhaustion leaves nothing behind and
// these functions need no stack check (scripts/package.mjs). Any sentinel sends the entry to the
// full function, which answers or throws the coded error; so these stay out of the typings and
// the package's exports.

/// The newest calendar if it exists, and the day of a day number.
fn fast_calendar(day: i32) -> Option<(&'static Calendar, civil::NaiveDate)> {
    let cal = NEWEST.with(Cell::get)?;
    Some((cal, civil::NaiveDate::from_num_days_from_ce_opt(day)?))
}

fn fast_mode(provisional: bool) -> crate::time::calendar::Mode {
    if provisional {
        crate::time::calendar::Mode::PROVISIONAL
    } else {
        crate::time::calendar::Mode::STRICT
    }
}

/// `addWorkingDays` on day numbers; `i32::MIN` for anything else.
#[wasm_bindgen(js_name = "__addWorkingDaysFast", skip_typescript)]
pub fn add_working_days_fast(day: i32, n: i32, provisional: bool) -> i32 {
    match fast_calendar(day) {
        Some((cal, d)) if i64::from(n).abs() <= crate::eval::calendar_api::MAX_WORKING_DAYS => cal
            .add_working_at(d, i64::from(n), fast_mode(provisional))
            .map_or(i32::MIN, |d| d.num_days_from_ce()),
        _ => i32::MIN,
    }
}

/// `isWorkingDay` on a day number: 1 or 0, -1 for anything else.
#[wasm_bindgen(js_name = "__isWorkingDayFast", skip_typescript)]
pub fn is_working_day_fast(day: i32, provisional: bool) -> i32 {
    fast_calendar(day).map_or(-1, |(cal, d)| {
        cal.is_working_at(d, fast_mode(provisional))
            .map_or(-1, i32::from)
    })
}

/// `workingDaysBetween` on day numbers; NaN for anything else.
#[wasm_bindgen(js_name = "__workingDaysBetweenFast", skip_typescript)]
pub fn working_days_between_fast(from: i32, to: i32, provisional: bool) -> f64 {
    match (fast_calendar(from), fast_calendar(to)) {
        (Some((cal, from)), Some((_, to))) => cal
            .working_days_between_at(from, to, fast_mode(provisional))
            .map_or(f64::NAN, |n| n as f64),
        _ => f64::NAN,
    }
}

/// The published calendar as a table for the package's `isWorkingDay`: four bytes of the first
/// day's number (little-endian), then one byte a day to the last published day, 1 for a working
/// day. Asked for once (and again after `loadCalendar`), so the answer for a published day needs
/// no call into the module at all.
#[wasm_bindgen(js_name = "__workingDayTable", skip_typescript)]
pub fn working_day_table() -> Vec<u8> {
    let Ok(cal) = newest() else {
        return Vec::new();
    };
    let (first, last) = (cal.first(), cal.last());
    let mut out = first.num_days_from_ce().to_le_bytes().to_vec();
    let mut d = first;
    while d <= last {
        let working = cal
            .is_working_at(d, crate::time::calendar::Mode::STRICT)
            .unwrap_or(false);
        out.push(u8::from(working));
        let Some(next) = d.succ_opt() else { break };
        d = next;
    }
    out
}

/// JS binding for [`crate::eval::calendar_api::add_period`].
#[wasm_bindgen(js_name = "addPeriod", unchecked_return_type = "DateAnswer")]
pub fn add_period(
    #[wasm_bindgen(unchecked_param_type = "PeriodQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| {
        crate::eval::calendar_api::add_period(cal, &to_value(q)?)
    }))
}

/// JS binding for [`crate::eval::calendar_api::calendar_info`].
#[wasm_bindgen(js_name = "calendarInfo", unchecked_return_type = "CalendarInfo")]
pub fn calendar_info() -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| {
        Ok(crate::eval::calendar_api::calendar_info(cal))
    }))
}

/// Answers a query of a kind of rule (its [`Capability`]).
fn answer<K: Capability>(q: JsValue) -> std::result::Result<JsValue, JsValue> {
    answered(q, K::answer)
}

/// JS binding for a query of any kind of rule the module has, named as `catalog()` names it
/// (`kind`): `answer('sanction', q)` answers as `sanction(q)`. It goes through
/// [`crate::kinds::each_kind`], so a kind added to the list (`src/kinds/list.rs`) answers here with
/// no change to the binding. (Typed in types.d.ts: the answer's type follows the kind.)
#[wasm_bindgen(js_name = "answer", skip_typescript)]
pub fn answer_of_kind(kind: JsValue, q: JsValue) -> std::result::Result<JsValue, JsValue> {
    answer_named(&kind.as_string().unwrap_or_default(), q)
}

/// Answers `q` as a query of the kind named `kind`, through [`crate::kinds::each_kind`]. The
/// functions named after a kind (`sanction`, `approvalRoute`, …) come here too, so each kind's
/// answer is one function in the module, not one per way of asking.
#[inline(never)]
fn answer_named(kind: &str, q: JsValue) -> std::result::Result<JsValue, JsValue> {
    struct Dispatch<'a> {
        kind: &'a str,
        query: Option<JsValue>,
        answer: Option<std::result::Result<JsValue, JsValue>>,
    }
    impl crate::eval::kind::KindVisitor for Dispatch<'_> {
        fn visit<K: Capability>(&mut self) {
            if K::CATALOG_KIND != self.kind {
                return;
            }
            self.answer = self.query.take().map(answer::<K>);
        }
    }
    let mut dispatch = Dispatch {
        kind,
        query: Some(q),
        answer: None,
    };
    crate::kinds::each_kind(&mut dispatch);
    dispatch.answer.unwrap_or_else(|| {
        Err(js_error(crate::kinds::not_a_kind(
            &crate::kinds::kind_names(),
        )))
    })
}

/// Evaluates a query once and sends the answer whole: its facts, then its reasons.
fn answered<T: Explained + 'static>(
    q: JsValue,
    evaluate: impl FnOnce(&Calendar, &Query) -> Result<T>,
) -> std::result::Result<JsValue, JsValue> {
    answered_query(query(q).map_err(js_error)?, evaluate)
}

/// [`answered`], for a query already read. The facts are built from numbers where they can be (a
/// deadline's: [`built_facts`]), and cross as JSON text otherwise.
fn answered_query<T: Explained + 'static>(
    q: Query,
    evaluate: impl FnOnce(&Calendar, &Query) -> Result<T>,
) -> std::result::Result<JsValue, JsValue> {
    let mut a = with_calendar(|cal| evaluate(cal, &q)).map_err(js_error)?;
    let explanation = a.explanation_mut();
    trust(&q, explanation);
    explanation.part = Part::Facts;
    let facts = match built_facts(&a) {
        Some(built) => built,
        None => {
            let text = json(&a).map_err(js_error)?;
            parsed(&text)?
        }
    };
    with_reasons_of(facts, a.explanation_mut()).map_err(js_error)
}

/// The answer object: the facts, then the reasons as the snippet builds them from their tape
/// ([`crate::explain::tape`]); for a query with `reasons: false`, the facts alone.
#[inline(never)]
fn with_reasons_of(facts: JsValue, explanation: &Explanation) -> Result<JsValue> {
    if !explanation.recording {
        return Ok(facts);
    }
    with_cache(|cache| {
        // What the snippet lacks of the numbered texts comes with the tape. Should the numbering
        // be unavailable (a call abandoned inside it holds it), every text is sent in full.
        let known = usize::try_from(statics_known(cache)).ok();
        let tape = STATICS.with(|s| match (known, s.try_borrow_mut()) {
            (Some(known), Ok(mut statics)) => tape::reasons(explanation, Some(&mut statics), known),
            _ => tape::reasons(explanation, None, 0),
        });
        let answer = with_reasons(cache, facts, &tape.ops, &tape.text);
        if answer.is_undefined() {
            return Err(unconvertible());
        }
        Ok(answer)
    })
}

/// Marks an answer's explanation when it rests on a rules pack loaded as untrusted.
#[inline(never)]
fn trust(q: &Query, ex: &mut Explanation) {
    if let Ok(Some(ruleset)) = q.opt_str("ruleset") {
        crate::eval::lookup::note_trust(ruleset, ex);
    }
}

fn json<T: Serialize>(answer: &T) -> Result<String> {
    crate::base::json_out::to_string(answer).map_err(|_| unconvertible())
}

fn unconvertible() -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        None,
        "结果无法转换",
        "the answer could not be converted",
    )
}

/// JS binding for [`crate::eval::calendar_api::load_calendar`]: the loaded year joins a new calendar
/// generation (an earlier answer's explanation was recorded with the calendar it was computed with).
#[wasm_bindgen(js_name = "loadCalendar", unchecked_return_type = "CalendarInfo")]
pub fn load_calendar(
    #[wasm_bindgen(unchecked_param_type = "CalendarData")] data: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out((|| {
        let v = to_value(data)?;
        let mut next = newest()?.clone();
        let info = crate::eval::calendar_api::load_calendar(&mut next, &v)?;
        let added: &'static Calendar = Box::leak(Box::new(next));
        NEWEST.with(|n| n.set(Some(added)));
        Ok(info)
    })())
}

/// JS binding for [`crate::rules::registry::load`]: loads a rules pack (`rules/<id>.zwr`) given as a
/// `Uint8Array` or `ArrayBuffer`.
#[wasm_bindgen(js_name = "loadRules", unchecked_return_type = "LoadedRuleset")]
pub fn load_rules(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
    options: Option<LoadRulesOptions>,
) -> std::result::Result<JsValue, JsValue> {
    load_rules_with(bytes, options, None)
}

/// `loadRules` for the package's own loaders (`fetchRules`, `loadNode`), with the SHA-256 of the
/// pack's content that they computed natively from these same bytes (see
/// [`crate::rules::registry::load_hashed`]). Not part of the package's API.
#[wasm_bindgen(js_name = "__loadRulesHashed", skip_typescript)]
pub fn load_rules_hashed(
    bytes: JsValue,
    content_hash: JsValue,
    options: Option<LoadRulesOptions>,
) -> std::result::Result<JsValue, JsValue> {
    let hash = bytes_in(&content_hash, HASH_LEN as u32)
        .ok()
        .and_then(|h| <[u8; HASH_LEN]>::try_from(h).ok())
        .ok_or_else(|| {
            js_error(Error::invalid(
                "contentHash",
                "32 字节的 SHA-256",
                "a SHA-256 of 32 bytes",
            ))
        })?;
    load_rules_with(bytes, options, Some(&hash))
}

fn load_rules_with(
    bytes: JsValue,
    options: Option<LoadRulesOptions>,
    content_hash: Option<&[u8; HASH_LEN]>,
) -> std::result::Result<JsValue, JsValue> {
    let untrusted = to_value(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))
        .and_then(|o| crate::input::keys::bool_option(&o, &["untrusted"], "untrusted"))
        .map_err(js_error)?
        .unwrap_or(false);
    let bytes = bytes_in(&bytes, MAX_PACK_BYTES).map_err(|code| {
        js_error(if code == -2 {
            crate::input::json::too_large(Some("pack"))
        } else {
            Error::invalid(
                "pack",
                "规则包文件的字节（Uint8Array 或 ArrayBuffer）",
                "the bytes of a rules pack file (Uint8Array or ArrayBuffer)",
            )
        })
    })?;
    out(crate::rules::registry::load_hashed(
        bytes,
        untrusted,
        content_hash,
        crate::kinds::decode_every_kind,
    )
    .map(crate::kinds::catalog::loaded))
}

/// JS binding for [`crate::kinds::catalog::rulesets`].
#[wasm_bindgen(unchecked_return_type = "Rulesets")]
pub fn rulesets() -> std::result::Result<JsValue, JsValue> {
    out(Ok(crate::kinds::catalog::rulesets()))
}

/// JS binding for [`crate::eval::calendar_api::statutory_holidays`]: the statutory holiday days of a year under
/// the 放假办法 in force (used by `scripts/calendar/draft-notice.mjs`).
#[wasm_bindgen(
    js_name = "statutoryHolidays",
    unchecked_return_type = "StatutoryDay[]"
)]
pub fn statutory_holidays(
    #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(to_value(year).and_then(|y| crate::eval::calendar_api::statutory_holidays(&y)))
}
