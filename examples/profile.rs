//! Runs `deadline` in a loop, in full and in summary mode, printing the time per call; for
//! profilers too (`valgrind --tool=callgrind target/release/examples/profile summary`).
//! Run: `cargo run --release --example profile [full|summary]`.

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
    let modes: Vec<String> = match std::env::args().nth(1) {
        Some(m) => vec![m],
        None => vec!["full".into(), "summary".into()],
    };
    for mode in modes {
        // As the JS API answers: evaluated and serialised.
        let run = || {
            zhengwu::deadline(&cal, &q).map(|a| serde_json::to_string(&a).map_or(0, |j| j.len()))
        };
        let t0 = std::time::Instant::now();
        let n = 20_000;
        let mut chars = 0;
        for _ in 0..n {
            chars += if mode == "summary" {
                zhengwu::explain::summary(run)?
            } else {
                run()?
            };
        }
        let per = t0.elapsed().as_nanos() / n;
        println!("{mode}: {per} ns per deadline ({chars})");
    }
    Ok(())
}
