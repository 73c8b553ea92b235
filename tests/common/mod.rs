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

/// A seed's text as it is, lines kept (for finding its articles).
pub fn seed_raw(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A query from JSON text.
pub fn q(json: &str) -> zhengwu::Query {
    zhengwu::Query::from_value(serde_json::from_str::<zhengwu::Value>(json).unwrap()).unwrap()
}

/// An answer's trace as text, one step per three lines: the rule, then the Chinese, then the
/// English (what the snapshot tests pin).
pub fn trace_text(ex: &zhengwu::explain::Explanation) -> String {
    ex.trace()
        .iter()
        .map(|s| format!("[{}]\n{}\n{}\n", s.rule, s.zh, s.en))
        .collect()
}

/// Evaluates `eval` and checks that the answer as the JS API sends it — its facts at once, then
/// its reasons when first read, both from one evaluation, each written by `zhengwu::to_json` — is
/// the whole answer: the same keys in the same order, every value equal, no key in both parts. Returns a description of any
/// disagreement.
pub fn split_disagreement<T: zhengwu::explain::Explained>(
    eval: impl Fn() -> zhengwu::Result<T>,
) -> Option<String> {
    let mut a = match eval() {
        Ok(a) => a,
        Err(_) => return None,
    };
    fn json<S: serde::Serialize>(a: &S) -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(a).unwrap() {
            serde_json::Value::Object(m) => m,
            other => panic!("not an object: {other}"),
        }
    }
    // What the binding writes (zhengwu::to_json) must read back as what serde_json writes.
    fn ours<S: serde::Serialize>(a: &S) -> Option<String> {
        let text = zhengwu::to_json(a).unwrap();
        let read: serde_json::Value = serde_json::from_str(&text).unwrap();
        (numbers_as_f64(read) != numbers_as_f64(serde_json::to_value(a).unwrap()))
            .then(|| format!("zhengwu::to_json wrote {text}"))
    }
    let whole = json(&a);
    a.explanation_mut().part = zhengwu::explain::Part::Facts;
    if let Some(d) = ours(&a) {
        return Some(d);
    }
    let mut joined = json(&a);
    a.explanation_mut().part = zhengwu::explain::Part::Reasons;
    if let Some(d) = ours(a.explanation_mut()) {
        return Some(d);
    }
    for (k, v) in json(a.explanation_mut()) {
        if joined.insert(k.clone(), v).is_some() {
            return Some(format!("`{k}` is both a fact and a reason"));
        }
    }
    let keys =
        |m: &serde_json::Map<String, serde_json::Value>| m.keys().cloned().collect::<Vec<_>>();
    if keys(&whole) != keys(&joined) {
        return Some(format!(
            "keys differ: {:?} vs {:?}",
            keys(&whole),
            keys(&joined)
        ));
    }
    whole
        .iter()
        .find_map(|(k, v)| (joined.get(k) != Some(v)).then(|| format!("`{k}` differs")))
}

/// Every number as an f64 (`10000` and `10000.0` are the same number to `JSON.parse`).
fn numbers_as_f64(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        J::Number(n) => n.as_f64().map_or(J::Null, |f| serde_json::json!(f)),
        J::Array(a) => J::Array(a.into_iter().map(numbers_as_f64).collect()),
        J::Object(m) => J::Object(m.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect()),
        other => other,
    }
}

/// Evaluates with `eval` after checking that the answer as the JS API sends it, in two parts, is
/// the whole answer ([`split_disagreement`]); panics naming `what` on a disagreement or an error.
pub fn checked<T: zhengwu::explain::Explained>(
    what: &str,
    eval: impl Fn() -> zhengwu::Result<T>,
) -> T {
    let d = split_disagreement(&eval);
    assert!(d.is_none(), "{what}: {d:?}");
    eval().unwrap_or_else(|e| panic!("{what}: {e:?}"))
}

/// (party, responsibility) of every party of a sanction answer, in order.
pub fn parties(a: &zhengwu::SanctionAnswer) -> Vec<(String, String)> {
    a.parties
        .iter()
        .map(|p| (p.party.zh.clone(), p.responsibility.zh.clone()))
        .collect()
}

/// The measures of a sanction answer (the engine gives every party all matching measures; this
/// asserts they are the same for each).
pub fn measures(a: &zhengwu::SanctionAnswer) -> Vec<String> {
    let Some(first) = a.parties.first() else {
        return Vec::new();
    };
    for p in &a.parties {
        assert_eq!(
            p.measures, first.measures,
            "parties with different measures"
        );
    }
    first.measures.iter().map(|m| m.zh.clone()).collect()
}

/// The fields an answer still needs.
pub fn missing(a: &zhengwu::SanctionAnswer) -> Vec<String> {
    a.explanation
        .missing
        .iter()
        .map(|m| m.field.clone())
        .collect()
}

/// The articles an answer cites.
pub fn articles(a: &zhengwu::SanctionAnswer) -> Vec<String> {
    a.explanation
        .citations
        .iter()
        .map(|c| c.article.to_owned())
        .collect()
}

/// The quotes an answer cites.
pub fn quotes(a: &zhengwu::SanctionAnswer) -> Vec<String> {
    a.explanation
        .citations
        .iter()
        .map(|c| c.quote.to_owned())
        .collect()
}
