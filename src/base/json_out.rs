//! Answers written as JSON text: a small serde `Serializer` for what the answers hold (maps,
//! structs, sequences, strings, integers, finite numbers, options, unit enum variants).
//!
//! Why not `serde_json`: in the module, writing an answer was a third of its cost, most of it
//! escaping strings byte by byte through a generic writer; the texts of the rule data are long
//! Chinese quotes that need no escaping at all. Here a string is scanned once and copied whole
//! when it has nothing to escape, and the output is one `String`. It writes what `serde_json`
//! writes for the same value (a test compares them on every hand-worked case's answer), except
//! that a whole `f64` is written without a fraction (`10000`, not `10000.0`: the same number to
//! `JSON.parse`) and a non-finite one as `null`, as `serde_json` does.

use serde::ser::{self, Serialize};
use std::fmt::{self, Display, Write};

/// Writes `value` as JSON text (`zhengwu::to_json`).
///
/// # Example
/// ```
/// use zhengwu::{Calendar, Query, Value};
/// let cal = Calendar::builtin().unwrap();
/// let s = |x: &str| Value::String(x.into());
/// let q = Query::from_pairs([
///     ("ruleset", s("wenshan-hrss-2019")),
///     ("ref", s("DL-004-056-09")),
///     ("start", s("2026-08-03")),
/// ]);
/// let text = zhengwu::to_json(&zhengwu::deadline(&cal, &q).unwrap()).unwrap();
/// assert!(text.contains(r#""due":"2026-10-08""#));
/// assert!(text.contains(r#""article":"第五十六条(四)5""#));
/// ```
///
/// # Errors
/// Only what a value's own `Serialize` reports (map keys that are not strings, for example).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Writer {
        out: String::with_capacity(512),
    };
    value.serialize(&mut out)?;
    Ok(out.out)
}

/// Why a value could not be written.
#[derive(Debug)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value cannot be written as JSON")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(_: T) -> Self {
        Error
    }
}

struct Writer {
    out: String,
}

// The helpers are kept out of line: inlined into every derived `Serialize` they made the module
// 11 KB larger.
impl Writer {
    #[inline(never)]
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut rest = s;
        // `get`, not `split_at`: a slice that can panic brings the panic message's formatting
        // (Unicode tables) into the module, 15 KB. The escaped bytes are ASCII, so both ends
        // are character boundaries.
        while let Some(i) = first_escape(rest.as_bytes()) {
            let (Some(clean), Some(tail)) = (rest.get(..i), rest.get(i..)) else {
                break;
            };
            self.out.push_str(clean);
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                self.escape(c);
            }
            rest = chars.as_str();
        }
        self.out.push_str(rest);
        self.out.push('"');
    }

    #[inline(never)]
    fn escape(&mut self, c: char) {
        match c {
            '"' => self.out.push_str("\\\""),
            '\\' => self.out.push_str("\\\\"),
            '\n' => self.out.push_str("\\n"),
            '\r' => self.out.push_str("\\r"),
            '\t' => self.out.push_str("\\t"),
            c => {
                let _ = write!(self.out, "\\u{:04x}", u32::from(c));
            }
        }
    }

    #[inline(never)]
    fn signed(&mut self, v: i64) {
        let _ = write!(self.out, "{v}");
    }

    #[inline(never)]
    fn unsigned(&mut self, v: u64) {
        let _ = write!(self.out, "{v}");
    }

    #[inline(never)]
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }
}

/// Where the first byte of `s` that JSON must escape is (`"`, `\\` or a control character).
/// Eight bytes at a time: the rule data's texts are long Chinese quotes with nothing to escape,
/// and a byte-by-byte scan of them was most of the time spent writing an explanation.
#[inline(never)]
fn first_escape(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `v` is zero; whether some byte of `w` is below 0x20.
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    let control = |w: u64| w.wrapping_sub(ONES * 0x20) & !w & HIGHS != 0;
    let mut at = 0;
    while let Some(Ok(chunk)) = s.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(chunk);
        if zero(w ^ (ONES * u64::from(b'"'))) || zero(w ^ (ONES * u64::from(b'\\'))) || control(w) {
            break;
        }
        at += 8;
    }
    let rest = s.get(at..)?;
    rest.iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|i| i + at)
}

/// A map, struct or sequence being written: whether an item was written yet.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    #[inline(never)]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.w.out.push(',');
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.w)
    }

    /// A struct field's name, `&'static str` from the source (an identifier, renamed to camelCase
    /// or by a `serde(rename)` literal): nothing in it needs escaping, so it is written as it is,
    /// without the scan a string value gets (an answer has dozens of fields).
    #[inline(never)]
    fn key(&mut self, key: &'static str) {
        self.comma();
        let out = &mut self.w.out;
        out.push('"');
        out.push_str(key);
        out.push_str("\":");
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }

    fn close(self, end: &str) -> Result<(), Error> {
        self.w.push(end);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.push(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            self.out.push_str("null");
        } else if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            // Exact: a whole number below 2^53 converts to i64 without loss.
            self.signed(v as i64);
        } else {
            // The shortest text that reads back as the same f64 (what serde_json writes).
            self.out.push_str(ryu::Buffer::new().format_finite(v));
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = ser::Serializer::serialize_seq(self, Some(v.len()))?;
        for b in v {
            ser::SerializeSeq::serialize_element(&mut seq, b)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.push("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
        v.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.push("[");
        Ok(Compound {
            w: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.push("{");
        Ok(Compound {
            w: self,
            first: true,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error)
    }
}

/// Sequences, tuples and tuple structs are all written as JSON arrays.
macro_rules! array {
    ($($kind:ident :: $item:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $item<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.item(v)
            }
            fn end(self) -> Result<(), Error> {
                self.close("]")
            }
        }
    )*};
}
array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    /// Every map of an answer has string keys (`SmallMap<String, _>`, the explanation's own
    /// fields); the cases check the text against `serde_json`, which refuses any other key.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(&mut *self.w)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.w.out.push(':');
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close("}")
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn end(self) -> Result<(), Error> {
        self.close("}")
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample<'a> {
        text: &'a str,
        count: u32,
        amount: f64,
        fraction: f64,
        small: f64,
        nothing: Option<u8>,
        list: Vec<i64>,
        nested: (bool, char),
    }

    #[test]
    fn finds_each_escaped_byte_wherever_it_falls_in_the_eight_byte_scan() {
        // Chinese text around each escaped byte, at every offset across two 8-byte words.
        for escaped in ['"', '\\', '\n', '\u{1f}', '\u{0}'] {
            for before in 0..20 {
                let text: String = std::iter::repeat_n('字', before / 3)
                    .chain(std::iter::repeat_n('a', before % 3))
                    .chain([escaped])
                    .chain("书面答复".chars())
                    .collect();
                let want = text.find(escaped);
                assert_eq!(super::first_escape(text.as_bytes()), want, "{text:?}");
                assert_eq!(
                    to_string(&text).unwrap(),
                    serde_json::to_string(&text).unwrap()
                );
            }
        }
        // Bytes 0x20, 0x7f and every byte of a multi-byte character need no escape.
        assert_eq!(
            super::first_escape("  ~\u{7f}é字𝄞 abcdefgh".as_bytes()),
            None
        );
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let s = Sample {
            text: "书面答复\"意见\"\\ 60日\n\t\u{1}",
            count: 7,
            amount: 10000.0,
            fraction: 0.1,
            small: 1e-7,
            nothing: None,
            list: vec![-3, 0, 9],
            nested: (true, 'x'),
        };
        let ours = to_string(&s).unwrap();
        assert_eq!(
            ours,
            r#"{"text":"书面答复\"意见\"\\ 60日\n\t\u0001","count":7,"amount":10000,"fraction":0.1,"small":1e-7,"nothing":null,"list":[-3,0,9],"nested":[true,"x"]}"#
        );
        let theirs = serde_json::to_string(&s).unwrap();
        assert_eq!(ours, theirs.replace("10000.0", "10000"));
        assert_eq!(to_string(&f64::NAN).unwrap(), "null");
    }
}
