//! The JS binding layer: the only file that names wasm-bindgen or js-sys.
//!
//! Each export converts its arguments to [`Value`]s (objects cross as JSON text, read by
//! `crate::json`), calls one core function, and converts the answer back as JSON text parsed by
//! `JSON.parse`. The five evaluation functions answer with a summary whose explanation fields are
//! filled on first read (see [`crate::explain::summary`] and the JS snippet below). Errors become
//! a thrown JS `Error` whose `message` is the Chinese message and which carries `code`, `field`
//! and `messageEn`. The working-day calendar is built once per module instance; `loadCalendar`
//! adds generations; rules come from packs given to `loadRules`.

use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::value::{Query, Value};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The module's allocator (single-threaded wasm): Talc instead of dlmalloc, for size.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    /// `{ provisional?: boolean }`, typed in TypeScript as `CalendarOptions`.
    #[wasm_bindgen(typescript_type = "CalendarOptions")]
    pub type CalendarOptions;
}

thread_local! {
    /// Every calendar this instance has had: the built-in one, then one more per `loadCalendar`.
    /// An answer's explanation, filled in when first read, uses the calendar the answer was
    /// computed with (its generation), so a later `loadCalendar` cannot make the two disagree.
    static CALENDARS: RefCell<Vec<Calendar>> = const { RefCell::new(Vec::new()) };
}

fn busy() -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        None,
        "日历正被使用",
        "the calendar is busy",
    )
}

/// Runs `f` on calendar generation `generation` (`None`: the current one), building the
/// built-in calendar on first use.
fn with_calendar_at<T>(
    generation: Option<usize>,
    f: impl FnOnce(usize, &Calendar) -> Result<T>,
) -> Result<T> {
    CALENDARS.with(|cell| {
        if cell.try_borrow().map_err(|_| busy())?.is_empty() {
            let builtin = Calendar::builtin()?;
            cell.try_borrow_mut().map_err(|_| busy())?.push(builtin);
        }
        let all = cell.try_borrow().map_err(|_| busy())?;
        let g = generation.unwrap_or(all.len().saturating_sub(1));
        let cal = all.get(g).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidCalendar,
                None,
                "日历不可用",
                "calendar unavailable",
            )
        })?;
        f(g, cal)
    })
}

fn with_calendar<T>(f: impl FnOnce(&Calendar) -> Result<T>) -> Result<T> {
    with_calendar_at(None, |_, cal| f(cal))
}

#[wasm_bindgen(inline_js = r#"
import { __explain } from '../../zhengwu.js';

// JSON text of a query, in one call across the boundary. Values JSON cannot hold are marked
// (see src/json.rs) so that they are reported, not dropped; a cyclic object gives undefined.
function mark(key, x) {
  switch (typeof x) {
    case 'number': return Number.isFinite(x) ? x : '\u0000' + x;
    case 'function': case 'symbol': case 'bigint': return '\u0000unsupported';
    default: return x;
  }
}
// The last query read; lazy_answer keeps it to explain the answer later.
let lastQuery = '';
// `YYYY-MM-DD` built here: cheaper than decoding a string out of the module's memory.
export function civil_date(y, m, d) {
  return y + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}
// A canonical `YYYY-MM-DD` string as the number YYYYMMDD, without copying it into the module;
// -1 for anything else (which then takes the general path and its precise errors).
export function date_code(v) {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
export function query_json(v) {
  try { return (lastQuery = JSON.stringify(v, mark)); } catch { return undefined; }
}

// Answers arrive as a summary whose explanation fields hold -0 (src/explain.rs). They become
// getters that, on first read, evaluate the same query in full (same calendar generation) and
// turn every marked field into a plain data property. Field order, JSON.stringify, spread and
// structuredClone see a plain answer.
const STATE = Symbol('zhengwu.lazy');
const shapes = new Map();
function fill(answer) {
  const s = answer[STATE];
  if (s.full === null) {
    s.full = JSON.parse(__explain(s.kind, s.query, s.generation));
    // A frozen or sealed answer keeps its getters (which now return the filled values).
    if (!Object.isSealed(answer)) {
      for (const k of s.keys) Object.defineProperty(answer, k, { value: s.full[k], writable: true, enumerable: true, configurable: true });
    }
  }
  return s.full;
}
function getters(keys) {
  const shape = keys.join(',');
  let d = shapes.get(shape);
  if (d === undefined) {
    d = {};
    for (const k of keys) {
      d[k] = { enumerable: true, configurable: true, get() { return fill(this)[k]; }, set(v) { fill(this); if (!Object.isSealed(this)) this[k] = v; } };
    }
    shapes.set(shape, d);
  }
  return d;
}
export function lazy_answer(json, kind, generation) {
  const summary = JSON.parse(json);
  const keys = [];
  for (const k in summary) if (Object.is(summary[k], -0)) keys.push(k);
  const d = getters(keys);
  // A fresh object, filled in the summary's key order, is cheaper than redefining its fields.
  const answer = {};
  for (const k in summary) {
    if (Object.is(summary[k], -0)) Object.defineProperty(answer, k, d[k]);
    else answer[k] = summary[k];
  }
  Object.defineProperty(answer, STATE, { value: { kind, query: lastQuery, generation, keys, full: null } });
  return answer;
}"#)]
extern "C" {
    fn query_json(v: &JsValue) -> Option<String>;
    fn civil_date(y: i32, m: u32, d: u32) -> JsValue;
    fn date_code(v: &JsValue) -> i32;
    fn lazy_answer(json: &str, kind: &str, generation: u32) -> JsValue;
}

fn to_value(v: JsValue) -> Result<Value> {
    // Fast paths for the primitive arguments of the calendar functions, in the order they are
    // met (each test is a call into JS; dates mostly arrive through `date_in`).
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if v.is_undefined() || v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    let text = query_json(&v).ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidInput,
            None,
            "参数无法读取（应为 JSON 兼容的值，不可循环引用）",
            "the argument could not be read (expected a JSON-compatible value without cycles)",
        )
    })?;
    crate::json::parse(&text)
}

/// A date argument. Canonical strings are read on the JS side (`date_code`): the calendar
/// functions are called in tight loops, and copying the string in costs more than the lookup.
fn date_in(v: JsValue, field: &str) -> Result<chrono::NaiveDate> {
    let code = date_code(&v);
    if code >= 0 {
        let (y, md) = (code / 10_000, code % 10_000);
        if let Some(d) = crate::date::civil(y, (md / 100) as u32, (md % 100) as u32) {
            return Ok(d);
        }
    }
    crate::api::date_arg(&to_value(v)?, field)
}

fn opts(options: Option<CalendarOptions>) -> Result<Value> {
    to_value(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))
}

fn query(v: JsValue) -> Result<Query> {
    Query::from_value(to_value(v)?)
}

fn js_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    let obj: &JsValue = err.as_ref();
    let _ = js_sys::Reflect::set(obj, &"code".into(), &e.code.as_str().into());
    let _ = js_sys::Reflect::set(
        obj,
        &"field".into(),
        &e.field
            .as_deref()
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL),
    );
    let _ = js_sys::Reflect::set(obj, &"messageEn".into(), &e.message_en.as_str().into());
    err.into()
}

/// Converts an answer to a JS value. Answers are serialised to JSON text in Rust and parsed by
/// the engine's native `JSON.parse`: for answers with dozens of strings this is several times
/// faster than building the object property by property across the boundary.
fn out<T: Serialize>(r: Result<T>) -> std::result::Result<JsValue, JsValue> {
    let text = r.and_then(json).map_err(js_error)?;
    js_sys::JSON::parse(&text).map_err(|_| js_error(unconvertible()))
}

/// JS binding for [`crate::catalog::catalog`].
#[wasm_bindgen(unchecked_return_type = "Catalog")]
pub fn catalog() -> std::result::Result<JsValue, JsValue> {
    out(Ok(crate::catalog::catalog()))
}

/// JS binding for [`crate::catalog::version`].
#[wasm_bindgen]
pub fn version() -> String {
    crate::catalog::version().to_owned()
}

/// JS binding for [`crate::catalog::rules_version`].
#[wasm_bindgen(js_name = "rulesVersion")]
pub fn rules_version() -> String {
    crate::catalog::rules_version()
}

/// JS binding for [`crate::deadline::deadline`]: answers with the summary, explained when first read.
#[wasm_bindgen(unchecked_return_type = "DeadlineAnswer")]
pub fn deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    summarized("deadline", q)
}

/// JS binding for [`crate::timeline::timeline`]: answers with the summary, explained when first read.
#[wasm_bindgen(unchecked_return_type = "TimelineAnswer")]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "TimelineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    summarized("timeline", q)
}

/// JS binding for [`crate::timeline::timeline_ics`].
#[wasm_bindgen(js_name = "timelineIcs")]
pub fn timeline_ics(
    #[wasm_bindgen(unchecked_param_type = "TimelineQuery")] q: JsValue,
) -> std::result::Result<String, JsValue> {
    query(q)
        .and_then(|q| with_calendar(|cal| crate::timeline::timeline_ics(cal, &q)))
        .map_err(js_error)
}

/// JS binding for [`crate::approval::approval_route`]: answers with the summary, explained when first read.
#[wasm_bindgen(js_name = "approvalRoute", unchecked_return_type = "ApprovalAnswer")]
pub fn approval_route(
    #[wasm_bindgen(unchecked_param_type = "ApprovalQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    summarized("approvalRoute", q)
}

/// JS binding for [`crate::approval::approval_authority`].
#[wasm_bindgen(
    js_name = "approvalAuthority",
    unchecked_return_type = "AuthorityAnswer"
)]
pub fn approval_authority(
    #[wasm_bindgen(unchecked_param_type = "AuthorityQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| crate::approval::approval_authority(&q)))
}

/// JS binding for [`crate::leave::leave_entitlement`]: answers with the summary, explained when first read.
#[wasm_bindgen(js_name = "leaveEntitlement", unchecked_return_type = "LeaveAnswer")]
pub fn leave_entitlement(
    #[wasm_bindgen(unchecked_param_type = "LeaveQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    summarized("leaveEntitlement", q)
}

/// JS binding for [`crate::sanction::sanction`]: answers with the summary, explained when first read.
#[wasm_bindgen(unchecked_return_type = "SanctionAnswer")]
pub fn sanction(
    #[wasm_bindgen(unchecked_param_type = "SanctionQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    summarized("sanction", q)
}

/// JS binding for [`crate::api::is_working_day`].
#[wasm_bindgen(js_name = "isWorkingDay")]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<bool, JsValue> {
    with_calendar(|cal| crate::api::is_working_day_on(cal, date_in(date, "date")?, &opts(options)?))
        .map_err(js_error)
}

/// JS binding for [`crate::api::day_kind`].
#[wasm_bindgen(js_name = "dayKind", unchecked_return_type = "DayInfo")]
pub fn day_kind(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| {
        crate::api::day_kind(cal, &to_value(date)?, &opts(options)?)
    }))
}

/// JS binding for [`crate::api::add_working_days`].
#[wasm_bindgen(js_name = "addWorkingDays", unchecked_return_type = "CivilDate")]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<JsValue, JsValue> {
    use chrono::Datelike;
    with_calendar(|cal| {
        crate::api::add_working_days_from(
            cal,
            date_in(date, "date")?,
            &to_value(n)?,
            &opts(options)?,
        )
    })
    .map(|d| civil_date(d.year(), d.month(), d.day()))
    .map_err(js_error)
}

/// JS binding for [`crate::api::working_days_between`].
#[wasm_bindgen(js_name = "workingDaysBetween")]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] to: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<f64, JsValue> {
    with_calendar(|cal| {
        crate::api::working_days_between_dates(
            cal,
            date_in(from, "from")?,
            date_in(to, "to")?,
            &opts(options)?,
        )
    })
    .map(|n| n as f64)
    .map_err(js_error)
}

/// JS binding for [`crate::api::add_period`].
#[wasm_bindgen(js_name = "addPeriod", unchecked_return_type = "DateAnswer")]
pub fn add_period(
    #[wasm_bindgen(unchecked_param_type = "PeriodQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| {
        crate::api::add_period(cal, &to_value(q)?)
    }))
}

/// JS binding for [`crate::api::calendar_info`].
#[wasm_bindgen(js_name = "calendarInfo", unchecked_return_type = "CalendarInfo")]
pub fn calendar_info() -> std::result::Result<JsValue, JsValue> {
    out(with_calendar(|cal| Ok(crate::api::calendar_info(cal))))
}

/// Evaluates the query of kind `kind` (the name of the JS export) on calendar generation
/// `generation` (the current one when `None`), returning the answer as JSON text.
fn evaluate(kind: &str, q: &Query, generation: Option<usize>) -> Result<(usize, String)> {
    with_calendar_at(generation, |g, cal| {
        let json = match kind {
            "deadline" => json(crate::deadline::deadline(cal, q)?),
            "timeline" => json(crate::timeline::timeline(cal, q)?),
            "approvalRoute" => json(crate::approval::approval_route(q)?),
            "leaveEntitlement" => json(crate::leave::leave_entitlement(q)?),
            "sanction" => json(crate::sanction::sanction(q)?),
            _ => Err(Error::invalid(
                "kind",
                "一种求值函数",
                "an evaluation function",
            )),
        }?;
        Ok((g, json))
    })
}

fn json<T: Serialize>(answer: T) -> Result<String> {
    serde_json::to_string(&answer).map_err(|_| unconvertible())
}

fn unconvertible() -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        None,
        "结果无法转换",
        "the answer could not be converted",
    )
}

/// The summary answer (see [`crate::explain::summary`]), with getters that explain it in full
/// when first read.
fn summarized(kind: &str, q: JsValue) -> std::result::Result<JsValue, JsValue> {
    let q = query(q).map_err(js_error)?;
    let (generation, json) =
        crate::explain::summary(|| evaluate(kind, &q, None)).map_err(js_error)?;
    Ok(lazy_answer(
        &json,
        kind,
        u32::try_from(generation).unwrap_or(u32::MAX),
    ))
}

/// The full answer of a summarized one, as JSON text (called by the answer's getters).
#[wasm_bindgen(js_name = "__explain", skip_typescript)]
pub fn explain(
    kind: &str,
    query_text: &str,
    generation: u32,
) -> std::result::Result<String, JsValue> {
    let q = crate::json::parse(query_text)
        .and_then(Query::from_value)
        .map_err(js_error)?;
    evaluate(kind, &q, Some(generation as usize))
        .map(|(_, json)| json)
        .map_err(js_error)
}

/// JS binding for [`crate::api::load_calendar`]: the loaded year joins a new calendar
/// generation (earlier answers keep theirs).
#[wasm_bindgen(js_name = "loadCalendar", unchecked_return_type = "CalendarInfo")]
pub fn load_calendar(
    #[wasm_bindgen(unchecked_param_type = "CalendarData")] data: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out((|| {
        let v = to_value(data)?;
        let mut next = with_calendar(|cal| Ok(cal.clone()))?;
        let info = crate::api::load_calendar(&mut next, &v)?;
        CALENDARS.with(|cell| {
            cell.try_borrow_mut().map_err(|_| busy())?.push(next);
            Ok::<(), Error>(())
        })?;
        Ok(info)
    })())
}

/// JS binding for [`crate::registry::load`]: loads a rules pack (`rules/<id>.zwr`) given as a
/// `Uint8Array` or `ArrayBuffer`.
#[wasm_bindgen(js_name = "loadRules", unchecked_return_type = "LoadedRuleset")]
pub fn load_rules(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    let bytes = if let Some(a) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        a.to_vec()
    } else if let Some(b) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(b).to_vec()
    } else {
        return Err(js_error(Error::invalid(
            "pack",
            "规则包文件的字节（Uint8Array 或 ArrayBuffer）",
            "the bytes of a rules pack file (Uint8Array or ArrayBuffer)",
        )));
    };
    out(crate::registry::load(bytes).map(crate::catalog::loaded))
}

/// JS binding for [`crate::catalog::rulesets`].
#[wasm_bindgen(unchecked_return_type = "Rulesets")]
pub fn rulesets() -> std::result::Result<JsValue, JsValue> {
    out(Ok(crate::catalog::rulesets()))
}

/// JS binding for [`crate::api::statutory_holidays`]: the statutory holiday days of a year under
/// the 放假办法 in force (used by `scripts/calendar/draft-notice.mjs`).
#[wasm_bindgen(
    js_name = "statutoryHolidays",
    unchecked_return_type = "StatutoryDay[]"
)]
pub fn statutory_holidays(
    #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(to_value(year).and_then(|y| crate::api::statutory_holidays(&y)))
}
