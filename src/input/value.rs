//! Query values as they arrive from JavaScript (or JSON), before validation.
//!
//! Queries are deserialised into this small dynamic [`Value`] rather than straight into typed
//! structs, so that every problem can be reported with the exact field it concerns and a message
//! in both languages — serde's own errors name neither reliably. The accessors on [`Query`] turn
//! values into typed inputs or into [`Error`]s with stable codes.

use crate::base::small_map::SmallMap;
use crate::error::{Error, ErrorCode, Result};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON-like value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number (JS numbers are doubles).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(SmallMap<String, Value>),
}

impl Value {
    /// A short name of the value's type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON-like value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        Deserialize::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut object = SmallMap::new();
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// A query object: named inputs, validated on access.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    fields: SmallMap<String, Value>,
}

/// The largest magnitude accepted for numeric inputs (amounts in yuan, counts of days): larger
/// numbers are rejected rather than silently losing precision.
pub const MAX_NUMBER: f64 = 9_007_199_254_740_991.0; // 2^53 - 1

impl Query {
    /// Wraps a value that must be an object (the whole query).
    pub fn from_value(value: Value) -> Result<Query> {
        match value {
            Value::Object(fields) => Ok(Query { fields }),
            other => Err(Error::new(
                ErrorCode::InvalidInput,
                None,
                format!("查询参数应为对象，收到的是 {}", other.type_name()),
                format!("the query must be an object, got {}", other.type_name()),
            )),
        }
    }

    /// Builds a query from `(name, value)` pairs (handy in Rust code and tests).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, Value)>) -> Query {
        Query {
            fields: pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }

    /// The raw value of `name`, treating `null` as absent.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self.fields.get(name) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// All field names present (non-null).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(|(_, v)| **v != Value::Null)
            .map(|(k, _)| k.as_str())
    }

    /// An optional string input.
    pub fn opt_str(&self, name: &str) -> Result<Option<&str>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(Error::invalid(name, "字符串", "a string")),
        }
    }

    /// A required string input.
    pub fn req_str(&self, name: &str) -> Result<&str> {
        self.opt_str(name)?.ok_or_else(|| Error::missing(name))
    }

    /// An optional boolean input.
    pub fn opt_bool(&self, name: &str) -> Result<Option<bool>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(Error::invalid(name, "true 或 false", "true or false")),
        }
    }

    /// An optional finite number within ±`MAX_NUMBER`.
    pub fn opt_number(&self, name: &str) -> Result<Option<f64>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(n)) if n.is_finite() && n.abs() <= MAX_NUMBER => Ok(Some(*n)),
            Some(_) => Err(Error::invalid(name, "有限数值", "a finite number")),
        }
    }

    /// An optional whole number in `min..=max`.
    pub fn opt_integer(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>> {
        let Some(n) = self.opt_number(name)? else {
            return Ok(None);
        };
        if n.fract() != 0.0 || n < min as f64 || n > max as f64 {
            return Err(Error::invalid(
                name,
                &format!("{min} 至 {max} 之间的整数"),
                &format!("a whole number from {min} to {max}"),
            ));
        }
        Ok(Some(n as i64))
    }

    /// An optional object input.
    pub fn opt_object(&self, name: &str) -> Result<Option<&SmallMap<String, Value>>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Object(o)) => Ok(Some(o)),
            Some(_) => Err(Error::invalid(name, "对象", "an object")),
        }
    }

    /// An optional array input.
    pub fn opt_array(&self, name: &str) -> Result<Option<&[Value]>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Array(a)) => Ok(Some(a.as_slice())),
            Some(_) => Err(Error::invalid(name, "数组", "an array")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_must_be_finite_and_in_range() {
        let q = Query::from_pairs([
            ("a", Value::Number(f64::INFINITY)),
            ("b", Value::Number(1e300)),
        ]);
        assert_eq!(q.opt_number("a").unwrap_err().code, ErrorCode::InvalidInput);
        assert_eq!(q.opt_number("b").unwrap_err().code, ErrorCode::InvalidInput);
    }

    #[test]
    fn integers_reject_fractions_and_out_of_range() {
        let q = Query::from_pairs([("n", Value::Number(1.5)), ("m", Value::Number(-3.0))]);
        assert!(q.opt_integer("n", 0, 10).is_err());
        assert!(q.opt_integer("m", 0, 10).is_err());
        assert_eq!(q.opt_integer("absent", 0, 10).unwrap(), None);
    }

    #[test]
    fn null_counts_as_absent() {
        let q = Query::from_pairs([("x", Value::Null)]);
        assert_eq!(q.req_str("x").unwrap_err().code, ErrorCode::MissingInput);
    }
}
