//! The JS binding layer: the only file that names wasm-bindgen or js-sys.
//!
//! Each export converts its arguments to [`Value`]s, calls one core function, and converts the
//! answer back (maps as plain objects). Errors become a thrown JS `Error` whose `message` is the
//! Chinese message and which carries `code`, `field` and `messageEn`. The working-day calendar is
//! built once per module instance and extended by `loadCalendar`.

use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::value::{Query, Value};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    /// `{ provisional?: boolean }`, typed in TypeScript as `CalendarOptions`.
    #[wasm_bindgen(typescript_type = "CalendarOptions")]
    pub type CalendarOptions;
}

thread_local! {
    static CALENDAR: RefCell<Option<Calendar>> = const { RefCell::new(None) };
}

fn with_calendar<T>(f: impl FnOnce(&mut Calendar) -> Result<T>) -> Result<T> {
    CALENDAR.with(|cell| {
        let mut slot = cell.try_borrow_mut().map_err(|_| {
            Error::new(
                ErrorCode::InvalidInput,
                None,
                "日历正被使用",
                "the calendar is busy",
            )
        })?;
        if slot.is_none() {
            *slot = Some(Calendar::builtin()?);
        }
        match slot.as_mut() {
            Some(cal) => f(cal),
            None => Err(Error::new(
                ErrorCode::InvalidCalendar,
                None,
                "日历不可用",
                "calendar unavailable",
            )),
        }
    })
}

#[wasm_bindgen(inline_js = r#"
// JSON text of a query, in one call across the boundary. Values JSON cannot hold are marked
// (see src/json.rs) so that they are reported, not dropped; a cyclic object gives undefined.
function mark(key, x) {
  switch (typeof x) {
    case 'number': return Number.isFinite(x) ? x : '\u0000' + x;
    case 'function': case 'symbol': case 'bigint': return '\u0000unsupported';
    default: return x;
  }
}
export function query_json(v) {
  try { return JSON.stringify(v, mark); } catch { return undefined; }
}"#)]
extern "C" {
    fn query_json(v: &JsValue) -> Option<String>;
}

fn to_value(v: JsValue) -> Result<Value> {
    if v.is_undefined() || v.is_null() {
        return Ok(Value::Null);
    }
    // Fast paths for the primitive arguments of the calendar functions.
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
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
    let v = r.map_err(js_error)?;
    let fail = || {
        js_error(Error::new(
            ErrorCode::InvalidInput,
            None,
            "结果无法转换",
            "the answer could not be converted",
        ))
    };
    let text = serde_json::to_string(&v).map_err(|_| fail())?;
    js_sys::JSON::parse(&text).map_err(|_| fail())
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

/// JS binding for [`crate::deadline::deadline`].
#[wasm_bindgen(unchecked_return_type = "DeadlineAnswer")]
pub fn deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| with_calendar(|cal| crate::deadline::deadline(cal, &q))))
}

/// JS binding for [`crate::timeline::timeline`].
#[wasm_bindgen(unchecked_return_type = "TimelineAnswer")]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "TimelineQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| with_calendar(|cal| crate::timeline::timeline(cal, &q))))
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

/// JS binding for [`crate::approval::approval_route`].
#[wasm_bindgen(js_name = "approvalRoute", unchecked_return_type = "ApprovalAnswer")]
pub fn approval_route(
    #[wasm_bindgen(unchecked_param_type = "ApprovalQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| crate::approval::approval_route(&q)))
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

/// JS binding for [`crate::leave::leave_entitlement`].
#[wasm_bindgen(js_name = "leaveEntitlement", unchecked_return_type = "LeaveAnswer")]
pub fn leave_entitlement(
    #[wasm_bindgen(unchecked_param_type = "LeaveQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| crate::leave::leave_entitlement(&q)))
}

/// JS binding for [`crate::sanction::sanction`].
#[wasm_bindgen(unchecked_return_type = "SanctionAnswer")]
pub fn sanction(
    #[wasm_bindgen(unchecked_param_type = "SanctionQuery")] q: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out(query(q).and_then(|q| crate::sanction::sanction(&q)))
}

/// JS binding for [`crate::api::is_working_day`].
#[wasm_bindgen(js_name = "isWorkingDay")]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<bool, JsValue> {
    with_calendar(|cal| crate::api::is_working_day(cal, &to_value(date)?, &opts(options)?))
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
#[wasm_bindgen(js_name = "addWorkingDays")]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "CivilDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    options: Option<CalendarOptions>,
) -> std::result::Result<String, JsValue> {
    with_calendar(|cal| {
        crate::api::add_working_days(cal, &to_value(date)?, &to_value(n)?, &opts(options)?)
    })
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
        crate::api::working_days_between(cal, &to_value(from)?, &to_value(to)?, &opts(options)?)
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

/// JS binding for [`crate::api::load_calendar`].
#[wasm_bindgen(js_name = "loadCalendar", unchecked_return_type = "CalendarInfo")]
pub fn load_calendar(
    #[wasm_bindgen(unchecked_param_type = "CalendarData")] data: JsValue,
) -> std::result::Result<JsValue, JsValue> {
    out((|| {
        let v = to_value(data)?;
        with_calendar(|cal| crate::api::load_calendar(cal, &v))
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
