//! A small JSON reader for queries coming from JavaScript.
//!
//! The binding layer hands objects over as `JSON.stringify` text (one call across the boundary
//! instead of one per property), with values JSON cannot hold marked by a replacer: non-finite
//! numbers as the string `"\u{0}NaN"` / `"\u{0}Infinity"` / `"\u{0}-Infinity"`, and functions,
//! symbols and bigints as `"\u{0}unsupported"`, so that they are reported as invalid rather than
//! silently dropped. Numbers are read exactly when they have at most 15 significant digits and a
//! decimal exponent within ±22 (every realistic input); beyond that they may be one unit in the
//! last place off. Keeping this reader small keeps serde's deserializer and Rust's float parser
//! out of the wasm module.

use crate::base::small_map::SmallMap;
use crate::error::{Error, ErrorCode, Result};
use crate::input::value::Value;

/// Nesting deeper than this is rejected (no query needs more than four levels).
const MAX_DEPTH: usize = 32;

/// The longest argument accepted, in UTF-16 code units of its JSON text (the binding layer
/// checks this before copying the text into the module, so a rejected argument costs no memory).
pub const MAX_TEXT: usize = 100_000;
/// The longest string accepted anywhere in an argument, in UTF-16 code units (the binding
/// layer replaces a longer one by [`LONG_MARK`] before it is copied in).
pub const MAX_STRING: usize = 1_000;
/// The most items accepted in one array.
pub const MAX_ITEMS: usize = 1_000;
/// What the binding layer puts in place of a string longer than `MAX_STRING`.
pub const LONG_MARK: &str = "\u{0}long";

/// The parser's reason for an argument over the limits above.
const TOO_LARGE: &str = "too large";

/// `INPUT_TOO_LARGE` for an argument (or the field `field`) over the documented limits: the
/// query limits above, [`crate::rules::registry::MAX_PACK_BYTES`] for a rules pack.
#[cold]
pub fn too_large(field: Option<&str>) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        field,
        "参数过大（限额见 README）",
        "the argument is too large (limits: see the README)",
    )
}

/// Whether `s` is longer than `max` UTF-16 code units (as JS counts). UTF-8 never takes fewer
/// bytes than UTF-16 code units, so a short text needs no count.
fn longer(s: &str, max: usize) -> bool {
    s.len() > max && s.encode_utf16().count() > max
}

fn unreadable(what: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        None,
        format!("参数无法读取（应为 JSON 兼容的值）：{what}"),
        format!("the argument could not be read (expected a JSON-compatible value): {what}"),
    )
}

/// Parses JSON text (as produced by the binding layer's `JSON.stringify`) into a [`Value`].
///
/// # Errors
/// `INVALID_INPUT` for text that is not JSON, nests too deeply, or has bytes after the value;
/// `INPUT_TOO_LARGE` past `MAX_TEXT`, `MAX_STRING` or `MAX_ITEMS`.
pub fn parse(text: &str) -> Result<Value> {
    if longer(text, MAX_TEXT) {
        return Err(too_large(None));
    }
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        at: 0,
    };
    let v = p.value(0).map_err(|why| match why {
        TOO_LARGE => too_large(None),
        _ => unreadable(why),
    })?;
    p.skip_ws();
    if p.at != p.s.len() {
        return Err(unreadable("trailing characters"));
    }
    Ok(v)
}

/// Why the text did not parse (a bare reason keeps each `?` cheap; [`parse`] makes the error).
type PResult<T> = std::result::Result<T, &'static str>;

struct Parser<'a> {
    /// The text, for slicing a string's runs out of it without checking their UTF-8 again (a run
    /// ends before an ASCII quote or backslash, so it is whole characters).
    text: &'a str,
    s: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> PResult<()> {
        if self.s.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err("unexpected character")
        }
    }

    fn value(&mut self, depth: usize) -> PResult<Value> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.skip_ws();
        match self.peek() {
            Some(b'n') => self.eat("null").map(|_| Value::Null),
            Some(b't') => self.eat("true").map(|_| Value::Bool(true)),
            Some(b'f') => self.eat("false").map(|_| Value::Bool(false)),
            Some(b'"') => {
                let s = self.string()?;
                if s == LONG_MARK || longer(&s, MAX_STRING) {
                    return Err(TOO_LARGE);
                }
                Ok(marked(s))
            }
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err("unexpected character"),
        }
    }

    fn array(&mut self, depth: usize) -> PResult<Value> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            if items.len() == MAX_ITEMS {
                return Err(TOO_LARGE);
            }
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err("expected , or ]"),
            }
        }
    }

    fn object(&mut self, depth: usize) -> PResult<Value> {
        self.at += 1;
        let mut fields = SmallMap::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err("expected a key");
            }
            let key = self.string()?;
            self.skip_ws();
            self.eat(":")?;
            let v = self.value(depth + 1)?;
            fields.insert(key, v);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err("expected , or }"),
            }
        }
    }

    fn hex4(&mut self) -> PResult<u32> {
        let digits = self
            .s
            .get(self.at..self.at + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or("bad \\u escape")?;
        self.at += 4;
        Ok(digits)
    }

    /// Where the run of plain characters from `self.at` ends: at the next quote or backslash.
    fn run_end(&self) -> usize {
        let rest = self.s.get(self.at..).unwrap_or_default();
        self.at
            + rest
                .iter()
                .position(|b| matches!(b, b'"' | b'\\'))
                .unwrap_or(rest.len())
    }

    /// The run of plain characters from `self.at`, stepped over.
    fn run(&mut self) -> PResult<&'a str> {
        let end = self.run_end();
        let run = self.text.get(self.at..end).ok_or("bad UTF-8")?;
        self.at = end;
        Ok(run)
    }

    fn string(&mut self) -> PResult<String> {
        self.at += 1;
        let first = self.run()?;
        // Most strings have no escape: one copy, of their exact length.
        if self.peek() == Some(b'"') {
            self.at += 1;
            return Ok(first.to_owned());
        }
        let mut out = String::from(first);
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.peek().ok_or("unterminated string")?;
                    self.at += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.escaped_char()?),
                        _ => return Err("bad escape"),
                    }
                }
                _ => return Err("unterminated string"),
            }
            out.push_str(self.run()?);
        }
    }

    /// The character of a `\uXXXX` escape (a surrogate pair takes two); a lone surrogate, which
    /// JS strings may hold, becomes U+FFFD.
    fn escaped_char(&mut self) -> PResult<char> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.s.get(self.at..self.at + 2) == Some(b"\\u") {
            let save = self.at;
            self.at += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            self.at = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn digits(&mut self) -> (u64, usize, usize) {
        // (value of the first 19 digits, digits taken into it, digits beyond)
        let (mut v, mut taken, mut extra) = (0u64, 0usize, 0usize);
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if taken < 19 {
                v = v * 10 + u64::from(d - b'0');
                taken += 1;
            } else {
                extra += 1;
            }
            self.at += 1;
        }
        (v, taken, extra)
    }

    fn number(&mut self) -> PResult<Value> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let (int, int_digits, int_extra) = self.digits();
        if int_digits == 0 {
            return Err("bad number");
        }
        let (mut mantissa, mut exp10) = (int, int_extra as i64);
        if self.peek() == Some(b'.') {
            self.at += 1;
            let start = self.at;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    exp10 -= 1;
                }
                self.at += 1;
            }
            if self.at == start {
                return Err("bad number");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let (e, taken, _) = self.digits();
            if taken == 0 {
                return Err("bad number");
            }
            exp10 += sign * i64::try_from(e.min(100_000)).unwrap_or(100_000);
        }
        let magnitude = scale(mantissa as f64, exp10);
        Ok(Value::Number(if negative { -magnitude } else { magnitude }))
    }
}

/// `m × 10^e`: one correctly rounded operation when `m` and `10^|e|` are exact (|e| ≤ 22).
fn scale(m: f64, e: i64) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if m == 0.0 {
        return 0.0;
    }
    let mut v = m;
    let mut e = e.clamp(-400, 400);
    while e > 22 {
        v *= 1e22;
        e -= 22;
    }
    while e < -22 {
        v /= 1e22;
        e += 22;
    }
    let p = EXACT.get(e.unsigned_abs() as usize).copied().unwrap_or(1.0);
    if e >= 0 {
        v * p
    } else {
        v / p
    }
}

/// Strings the binding layer uses to mark values JSON cannot carry.
fn marked(s: String) -> Value {
    match s.strip_prefix('\u{0}') {
        Some("NaN") => Value::Number(f64::NAN),
        Some("Infinity") => Value::Number(f64::INFINITY),
        Some("-Infinity") => Value::Number(f64::NEG_INFINITY),
        _ => Value::String(s),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::input::value::Value;

    fn num(s: &str) -> f64 {
        match parse(s).unwrap() {
            Value::Number(n) => n,
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn numbers_match_rusts_parser() {
        for s in [
            "0",
            "-0",
            "1",
            "5000",
            "-3.5",
            "0.1",
            "0.30000000000000004",
            "1e3",
            "2.5E-3",
            "9007199254740991",
            "123456.789",
            "1e22",
            "1e-7",
            "12.50",
        ] {
            assert_eq!(num(s), s.parse::<f64>().unwrap(), "{s}");
        }
        assert!(num("1e999").is_infinite());
    }

    #[test]
    fn structures_strings_and_marks() {
        let v = parse(
            r#" {"a": [1, true, null, "x\"\u00e9\ud83d\ude00\n"], "b": {}, "c": "\u0000NaN"} "#,
        )
        .unwrap();
        let Value::Object(o) = v else { panic!() };
        assert_eq!(
            o.get("a").unwrap().clone(),
            Value::Array(vec![
                Value::Number(1.0),
                Value::Bool(true),
                Value::Null,
                Value::String("x\"é😀\n".into())
            ])
        );
        assert!(matches!(o.get("c").unwrap(), Value::Number(n) if n.is_nan()));
        assert_eq!(
            parse(r#""\u0000unsupported""#).unwrap(),
            Value::String("\u{0}unsupported".into())
        );
        assert_eq!(
            parse(r#""\ud800""#).unwrap(),
            Value::String("\u{FFFD}".into())
        );
    }

    #[test]
    fn malformed_text_is_an_error_not_a_panic() {
        for s in [
            "",
            "{",
            "[1,",
            "{\"a\"}",
            "{\"a\":1,}",
            "tru",
            "-",
            "1.",
            "1e",
            "\"\\u12\"",
            "\"abc",
            "[1] x",
            "{1:2}",
            "\"\\q\"",
        ] {
            assert!(parse(s).is_err(), "{s}");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err());
    }
}
