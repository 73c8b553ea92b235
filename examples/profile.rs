//! Runs the evaluation functions in a loop, for profilers (`valgrind --tool=callgrind`).
//! Run: `cargo run --release --example profile`.

use zhengwu::calendar::Calendar;
use zhengwu::value::{Query, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cal = Calendar::builtin()?;
    let s = |x: &str| Value::String(x.into());
    let q = Query::from_pairs([
        ("ruleset", s("wenshan-hrss-2019")),
        ("ref", s("DL-004-056-09")),
        ("start", s("2026-08-03")),
        ("asOf", s("2026-09-01")),
    ]);
    let mut n = 0;
    for _ in 0..2000 {
        n += zhengwu::deadline::deadline(&cal, &q)?
            .explanation
            .trace
            .len();
    }
    println!("{n} trace steps");
    Ok(())
}
