//! The one error type of the crate.
//!
//! Only invalid input is an error: an unknown ruleset or rule, a malformed date, a value of the
//! wrong type, a missing required input, a date the calendar does not cover. Domain outcomes
//! ("overdue", "no route for this amount", "not entitled") are values in the answer.
//!
//! Every error carries a stable machine code (see [`ErrorCode::as_str`]), the input field it
//! concerns (when there is one) and a message in Chinese and in English, so that a portal can show
//! it next to the field in either language.

use serde::Serialize;
use std::fmt;

/// The stable error codes. Their string forms (`UNKNOWN_RULESET`, …) are part of the JS API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// The `ruleset` id is not one of the rulesets this build has (`crate::rules::generated::PACK_IDS`).
    UnknownRuleset,
    /// The `rule`, `ref`, `procedure` or role does not exist in the ruleset (or has another kind).
    UnknownRule,
    /// A date or date-time string is not a real civil date in the documented format.
    InvalidDate,
    /// A value has the wrong type, is out of range, or is not one of the allowed values.
    InvalidInput,
    /// A required input is absent.
    MissingInput,
    /// A date lies outside the years the working-day calendar covers (and `provisional` is off).
    OutOfCalendarRange,
    /// Data given to `loadCalendar` does not satisfy the calendar schema.
    InvalidCalendar,
    /// The ruleset exists but its rules pack has not been loaded (`loadRules`), or a pack needs
    /// another pack loaded first.
    RulesetNotLoaded,
    /// Bytes given to `loadRules` are not a rules pack of this module's rule data.
    InvalidRulesPack,
    /// An argument is larger than the documented limits (see `crate::input::json`).
    InputTooLarge,
}

impl ErrorCode {
    /// The code as the JS API exposes it, e.g. `"INVALID_DATE"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UnknownRuleset => "UNKNOWN_RULESET",
            ErrorCode::UnknownRule => "UNKNOWN_RULE",
            ErrorCode::InvalidDate => "INVALID_DATE",
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::MissingInput => "MISSING_INPUT",
            ErrorCode::OutOfCalendarRange => "OUT_OF_CALENDAR_RANGE",
            ErrorCode::InvalidCalendar => "INVALID_CALENDAR",
            ErrorCode::RulesetNotLoaded => "RULESET_NOT_LOADED",
            ErrorCode::InvalidRulesPack => "INVALID_RULES_PACK",
            ErrorCode::InputTooLarge => "INPUT_TOO_LARGE",
        }
    }
}

/// An invalid-input error with its code, field and bilingual message (see [`ErrorDetail`], whose
/// fields it gives access to).
///
/// The detail is boxed so that `Result<T>` stays small: every `?` in the engine moves a pointer
/// rather than the whole error, which keeps both the code and the wasm module smaller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorDetail>);

/// What an [`Error`] says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDetail {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// The input field the error concerns (dotted path, e.g. `events.accepted`), if any.
    pub field: Option<String>,
    /// Message in Chinese.
    pub message: String,
    /// Message in English.
    pub message_en: String,
}

impl Error {
    /// Builds an error from its parts.
    pub fn new(
        code: ErrorCode,
        field: Option<&str>,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        Error(Box::new(ErrorDetail {
            code,
            field: field.map(str::to_owned),
            message: zh.into(),
            message_en: en.into(),
        }))
    }

    /// The same error under another code.
    pub fn with_code(mut self, code: ErrorCode) -> Self {
        self.0.code = code;
        self
    }

    /// `MISSING_INPUT` for `field`.
    pub fn missing(field: &str) -> Self {
        Error::new(
            ErrorCode::MissingInput,
            Some(field),
            format!("缺少必填项 `{field}`"),
            format!("missing required input `{field}`"),
        )
    }

    /// `INVALID_INPUT` for `field`, with what was expected.
    pub fn invalid(field: &str, expected_zh: &str, expected_en: &str) -> Self {
        Error::new(
            ErrorCode::InvalidInput,
            Some(field),
            format!("`{field}` 的值无效：应为{expected_zh}"),
            format!("invalid value for `{field}`: expected {expected_en}"),
        )
    }

    /// `UNKNOWN_RULE` for `field` naming `what`.
    pub fn unknown_rule(field: &str, what: &str) -> Self {
        Error::new(
            ErrorCode::UnknownRule,
            Some(field),
            format!("未找到规则 `{what}`"),
            format!("unknown rule `{what}`"),
        )
    }

    /// The same error with its field placed under `prefix` (e.g. `events` + `accepted`).
    pub fn in_field(mut self, prefix: &str) -> Self {
        self.field = Some(match self.field.take() {
            Some(f) => format!("{prefix}.{f}"),
            None => prefix.to_owned(),
        });
        self
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorDetail;
    fn deref(&self) -> &ErrorDetail {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorDetail {
        &mut self.0
    }
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message_en)
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
