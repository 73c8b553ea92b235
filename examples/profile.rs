//! Runs `deadline` in a loop, serialising the whole answer or only its facts (as the JS API sends
//! it), printing the time per call; for profilers too
//! (`valgrind --tool=callgrind target/release/examples/profile facts`).
//! Run: `cargo run --release --example profile [whole|facts]`.

use zhengwu::explain::Part;
use zhengwu::Calendar;
use zhengwu::{Query, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cal = Calendar::builtin()?;
    let s = |x: &str| Value::String(x.into());
    let q = Query::from_pairs([
        ("ruleset", s("wenshan-hrss-2019")),
        ("ref", s("DL-004-056-09")),
        ("start", s("2026-08-03")),
        ("asOf", s("2026-09-01")),
    ]);
    let parts: Vec<String> = match std::env::args().nth(1) {
        Some(m) => vec![m],
        None => vec!["whole".into(), "facts".into()],
    };
    for part in parts {
        let which = if part == "facts" {
            Part::Facts
        } else {
            Part::Whole
        };
        let t0 = std::time::Instant::now();
        let n = 20_000;
        let mut chars = 0;
        for _ in 0..n {
            let mut a = zhengwu::deadline(&cal, &q)?;
            a.explanation.part = which;
            chars += serde_json::to_string(&a)?.len();
        }
        let per = t0.elapsed().as_nanos() / n;
        println!("{part}: {per} ns per deadline ({chars})");
    }
    Ok(())
}
