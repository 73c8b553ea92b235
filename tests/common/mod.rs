//! Helpers shared by the integration tests (each test crate uses some of them).
#![allow(dead_code)]

/// A quote or seed text with whitespace removed and full-width , ; : ( ) " made half-width: the
/// seeds mix both widths, and quotes are checked verbatim modulo these.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '，' => ',',
            '；' => ';',
            '：' => ':',
            '（' => '(',
            '）' => ')',
            '“' | '”' | '＂' => '"',
            other => other,
        })
        .collect()
}

/// The normalised text of a seed file under `seeds/`.
pub fn seed(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(file);
    normalize(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// A query from JSON text.
pub fn q(json: &str) -> zhengwu::value::Query {
    zhengwu::value::Query::from_value(serde_json::from_str::<zhengwu::value::Value>(json).unwrap())
        .unwrap()
}
