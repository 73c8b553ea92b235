use crate::rules::codec::{DResult, Decode, Encode, Reader};
use crate::rules::model::{RuleMeta, Text};
use crate::rules::section::codec_rule;

/// A fact: what the clause says, and its values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactRule {
    /// What every rule carries (citations, refs, dates, ambiguities, conflicts, note).
    pub meta: RuleMeta,
    /// The clause restated plainly.
    pub statement: Text,
    /// Its numbers, times and lists by name (camelCase), in key order.
    pub values: &'static [(&'static str, StatedValue)],
}

/// A value of a fact: as TOML writes it, without dates as a type (they are `YYYY-MM-DD` text).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StatedValue {
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Integer(i32),
    /// A number with a fraction.
    Number(f64),
    /// Text, times (`08:30`), dates (`2012-05-31`) and names.
    Text(&'static str),
    /// A list.
    List(&'static [StatedValue]),
    /// Named values.
    Table(&'static [(&'static str, StatedValue)]),
}

codec_rule! {
    FactRule => "fact", "事实", "fact" { statement, values }
}

/// How deep lists and tables may nest in a pack: a damaged or forged pack cannot make the
/// decoder recurse without bound.
const MAX_DEPTH: u8 = 4;

impl Encode for StatedValue {
    fn encode(&self, w: &mut Vec<u8>) {
        match *self {
            StatedValue::Bool(b) => {
                w.push(0);
                b.encode(w);
            }
            StatedValue::Integer(n) => {
                w.push(1);
                n.encode(w);
            }
            StatedValue::Number(x) => {
                w.push(2);
                x.encode(w);
            }
            StatedValue::Text(t) => {
                w.push(3);
                t.encode(w);
            }
            StatedValue::List(items) => {
                w.push(4);
                items.encode(w);
            }
            StatedValue::Table(entries) => {
                w.push(5);
                entries.encode(w);
            }
        }
    }
}

impl Decode for StatedValue {
    #[inline(never)]
    fn decode(r: &mut Reader) -> DResult<Self> {
        decode_value(r, 0)
    }
}

fn decode_value(r: &mut Reader, depth: u8) -> DResult<StatedValue> {
    let tag = r.byte()?;
    if tag >= 4 && depth >= MAX_DEPTH {
        return Err("StatedValue nested too deep");
    }
    Ok(match tag {
        0 => StatedValue::Bool(Decode::decode(r)?),
        1 => StatedValue::Integer(Decode::decode(r)?),
        2 => StatedValue::Number(Decode::decode(r)?),
        3 => StatedValue::Text(Decode::decode(r)?),
        4 => {
            let n = r.length()?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(decode_value(r, depth + 1)?);
            }
            StatedValue::List(items.leak())
        }
        5 => {
            let n = r.length()?;
            let mut entries = Vec::with_capacity(n);
            for _ in 0..n {
                let key: &'static str = Decode::decode(r)?;
                entries.push((key, decode_value(r, depth + 1)?));
            }
            StatedValue::Table(entries.leak())
        }
        _ => return Err("StatedValue"),
    })
}
