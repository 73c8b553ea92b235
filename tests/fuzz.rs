//! A deterministic fuzzer over every entry point: arbitrary JSON-like queries, built from a seeded
//! PRNG out of real field names, ids, dates, junk and extreme numbers. Any panic fails the test.
//!
//! Evaluation functions are also checked to answer the same in summary mode (as the JS API does)
//! as in full; the JSON reader the binding layer uses and `loadRules` get their own targets.
//!
//! The test command runs a bounded number of executions (`ZHENGWU_FUZZ_ITERS`, default 3,000 per
//! entry point). A million executions in all:
//! `ZHENGWU_FUZZ_ITERS=90000 cargo test --release --test fuzz -- --nocapture`.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use zhengwu::Calendar;
use zhengwu::SmallMap;
use zhengwu::{Query, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const KEYS: &[&str] = &[
    "ruleset",
    "rule",
    "ref",
    "start",
    "asOf",
    "lang",
    "provisional",
    "readings",
    "extended",
    "done",
    "pauses",
    "setDue",
    "procedure",
    "events",
    "amount",
    "budgeted",
    "rank",
    "days",
    "position",
    "severity",
    "absent",
    "babies",
    "difficultBirth",
    "role",
    "unit",
    "convention",
    "year",
    "title",
    "published",
    "holidays",
    "from",
    "to",
    "received",
    "accepted",
    "B04",
    "B33",
];
const RULESETS: &[&str] = &[
    "wenshan-hrss-2019",
    "guangxi-fault-2007",
    "liangshan-office-2003",
    "panzhihua-dongqu-2012",
    "muli-county-2017",
    "zaduo-office-2017",
    "cn-national",
    "x",
];
const STRINGS: &[&str] = &[
    "",
    "2026-10-01",
    "2026-02-29",
    "2024-02-29",
    "2027-03-01",
    "1900-01-01",
    "2200-12-31",
    "2026-10-01T23:30",
    "2026-10-01T24:00",
    "DL-004-056-09",
    "DL-000-040-01",
    "AR-000L-CW3.1-02",
    "wenshan.petition",
    "guangxi.fault",
    "wenshan.petition.reply",
    "liangshan.expense",
    "guangxi.fault.review-chain",
    "wenshan.leave.maternity",
    "staff",
    "reviewer",
    "serious",
    "区长",
    "办公室主任",
    "working_day",
    "hour",
    "month",
    "start_day_counted",
    "higher",
    "lower",
    "from-due",
    "en",
    "zh",
    "\u{0}",
    "９９９９-01-01",
    "2026-1-1",
    "𝕏",
    "-1",
];

fn value(r: &mut Rng, depth: u32) -> Value {
    match r.below(if depth > 2 { 5 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(r.below(2) == 1),
        2 => Value::Number(
            [
                0.0,
                -1.0,
                1.5,
                1e308,
                -1e308,
                f64::NAN,
                f64::INFINITY,
                9e15,
                5000.0,
                10000.0,
                2027.0,
                3.0,
            ][r.below(12)],
        ),
        3 | 4 => Value::String(r.pick(STRINGS).to_owned()),
        5 => Value::Array((0..r.below(4)).map(|_| value(r, depth + 1)).collect()),
        _ => object(r, depth + 1),
    }
}

fn object(r: &mut Rng, depth: u32) -> Value {
    let mut o = SmallMap::new();
    for _ in 0..r.below(8) {
        o.insert(r.pick(KEYS).to_owned(), value(r, depth + 1));
    }
    Value::Object(o)
}

/// A query that is often nearly valid: a real ruleset and selector plus random extras.
fn query(r: &mut Rng) -> Value {
    let Value::Object(mut o) = object(r, 1) else {
        unreachable!()
    };
    if r.below(4) != 0 {
        o.insert("ruleset".into(), Value::String(r.pick(RULESETS).into()));
    }
    if r.below(3) == 0 {
        o.insert("start".into(), Value::String(r.pick(STRINGS).into()));
    }
    Value::Object(o)
}

fn iterations() -> usize {
    std::env::var("ZHENGWU_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000)
}

fn fuzz(name: &str, seed: u64, mut call: impl FnMut(&mut Rng)) {
    let mut r = Rng(seed);
    let n = iterations();
    for i in 0..n {
        let state = r.0;
        if catch_unwind(AssertUnwindSafe(|| call(&mut r))).is_err() {
            panic!("{name}: panic at iteration {i} (rng state {state:#x})");
        }
    }
    println!("{name}: {n} executions, no panic");
}

#[test]
fn evaluation_functions_never_panic() {
    let cal = Calendar::builtin().unwrap();
    let q = |v: Value| Query::from_value(v);
    // An answer whose two parts (as the JS API sends them) are not the whole panics, which the
    // fuzzer reports.
    let agree = |d: Option<String>| {
        assert!(
            d.is_none(),
            "facts and reasons are not the whole answer: {d:?}"
        )
    };
    fuzz("deadline", 1, |r| {
        let v = query(r);
        agree(common::split_disagreement(|| {
            q(v.clone()).and_then(|q| zhengwu::deadline(&cal, &q))
        }));
    });
    fuzz("timeline", 2, |r| {
        let mut v = query(r);
        if let Value::Object(o) = &mut v {
            o.insert(
                "procedure".into(),
                Value::String(
                    r.pick(&["wenshan.petition", "guangxi.fault", "dongqu.emergency", "x"])
                        .into(),
                ),
            );
        }
        agree(common::split_disagreement(|| {
            q(v.clone()).and_then(|q| zhengwu::timeline(&cal, &q))
        }));
        let _ = q(v).and_then(|q| zhengwu::timeline_ics(&cal, &q));
    });
    fuzz("approvalRoute", 3, |r| {
        let v = query(r);
        agree(common::split_disagreement(|| {
            q(v.clone()).and_then(|q| zhengwu::approval_route(&q))
        }));
    });
    fuzz("approvalAuthority", 4, |r| {
        let _ = q(query(r)).and_then(|q| zhengwu::approval_authority(&q));
    });
    fuzz("leaveEntitlement", 5, |r| {
        let v = query(r);
        agree(common::split_disagreement(|| {
            q(v.clone()).and_then(|q| zhengwu::leave_entitlement(&Calendar::builtin().unwrap(), &q))
        }));
    });
    fuzz("sanction", 6, |r| {
        let v = query(r);
        agree(common::split_disagreement(|| {
            q(v.clone()).and_then(|q| zhengwu::sanction(&q))
        }));
    });
    let _ = zhengwu::catalog();
}

#[test]
fn calendar_functions_never_panic() {
    let cal = Calendar::builtin().unwrap();
    fuzz("calendar primitives", 7, |r| {
        let (a, b, c) = (value(r, 0), value(r, 0), value(r, 1));
        let _ = zhengwu::is_working_day(&cal, &a, &c);
        let _ = zhengwu::day_kind(&cal, &a, &c);
        let _ = zhengwu::add_working_days(&cal, &a, &b, &c);
        let _ = zhengwu::working_days_between(&cal, &a, &b, &c);
        let _ = zhengwu::add_period(&cal, &object(r, 0));
    });
    fuzz("loadCalendar", 8, |r| {
        let mut fresh = cal.clone();
        let _ = zhengwu::load_calendar(&mut fresh, &object(r, 0));
    });
}

#[test]
fn query_json_reader_never_panics() {
    // Text the binding layer could receive: real queries (serialised), cut and spliced, and
    // strings over a JSON-ish alphabet.
    const ALPHABET: &[&str] = &[
        "{", "}", "[", "]", "\"", ":", ",", "0", "1", "-", ".", "e", "E", "+", "true", "false",
        "null", "\\", "\\u", "d83d", "de00", "00", " ", "\n", "政", "\u{0}NaN", "1e999",
    ];
    fuzz("query JSON", 9, |r| {
        let text = if r.below(2) == 0 {
            let json = serde_json::to_string(&to_json(&query(r))).unwrap_or_default();
            let cut = r.below(json.len() + 1);
            let mut t: String = json.chars().take(cut).collect();
            t.push_str(r.pick(ALPHABET));
            t.extend(json.chars().skip(cut));
            t
        } else {
            (0..r.below(40)).map(|_| r.pick(ALPHABET)).collect()
        };
        if let Ok(v) = zhengwu::parse_json(&text) {
            let _ = Query::from_value(v);
        }
    });
}

#[test]
fn loading_damaged_rules_packs_never_panics() {
    let packs: Vec<Vec<u8>> = zhengwu::packs::EMBEDDED
        .iter()
        .map(|p| zhengwu::packs::encode_pack(p, zhengwu::packs::RULES_VERSION))
        .collect();
    fuzz("loadRules", 10, |r| {
        // Mostly the small cn-national pack, sometimes any other.
        let which = if r.below(4) == 0 {
            r.below(packs.len())
        } else {
            0
        };
        let mut bytes = packs[which].clone();
        for _ in 0..1 + r.below(4) {
            let at = r.below(bytes.len());
            match r.below(3) {
                0 => bytes[at] = r.next() as u8,
                1 => bytes.truncate(at),
                _ => bytes.insert(at, r.next() as u8),
            }
            if bytes.is_empty() {
                break;
            }
        }
        // The header check catches most damage; also decode the body as if the checksum had
        // passed. Decoded data borrows from leaked bytes, so only every 8th damaged copy of the
        // smallest pack (cn-national, first) is decoded: a million executions stay within ~400 MB.
        let small = bytes.len() <= packs[0].len() + 4;
        let _ = zhengwu::packs::load(bytes.clone());
        if small && r.below(8) == 0 {
            let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            let _ = zhengwu::packs::decode_pack(leaked, zhengwu::packs::RULES_VERSION);
        }
    });
}

fn to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Number(n) => {
            serde_json::Number::from_f64(*n).map_or(serde_json::Value::Null, Into::into)
        }
        Value::String(s) => s.clone().into(),
        Value::Array(a) => a.iter().map(to_json).collect(),
        Value::Object(o) => o.iter().map(|(k, v)| (k.clone(), to_json(v))).collect(),
    }
}
