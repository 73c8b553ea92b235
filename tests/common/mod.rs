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

/// Evaluates `eval` in full and in summary mode (as the JS API answers) and checks that they
/// agree: the same error, or the same keys, with every field the summary carries (all but the
/// ones it marks -0 for later) equal to the full answer's. Returns a description of any
/// disagreement.
pub fn summary_disagreement<T: serde::Serialize>(
    eval: impl Fn() -> zhengwu::Result<T>,
) -> Option<String> {
    let full = eval();
    let summary = zhengwu::explain::summary(|| eval().map(|a| serde_json::to_value(&a).unwrap()));
    match (full, summary) {
        (Err(a), Err(b)) if a.code == b.code && a.field == b.field => None,
        (Ok(full), Ok(serde_json::Value::Object(summary))) => {
            let serde_json::Value::Object(full) = serde_json::to_value(&full).unwrap() else {
                return Some("the full answer is not an object".into());
            };
            let keys = |m: &serde_json::Map<String, serde_json::Value>| {
                m.keys().cloned().collect::<Vec<_>>()
            };
            if keys(&full) != keys(&summary) {
                return Some(format!(
                    "keys differ: {:?} vs {:?}",
                    keys(&full),
                    keys(&summary)
                ));
            }
            summary.iter().find_map(|(k, v)| {
                let marked = v.as_f64().is_some_and(|x| x == 0.0 && x.is_sign_negative());
                (!marked && full.get(k) != Some(v))
                    .then(|| format!("`{k}`: summary {v}, full {:?}", full.get(k)))
            })
        }
        (full, summary) => Some(format!(
            "full {:?} vs summary {:?}",
            full.err().map(|e| e.code),
            summary.err().map(|e| e.code)
        )),
    }
}

/// Evaluates with `eval` after checking that the summary answer the JS API gives agrees with the
/// full one ([`summary_disagreement`]); panics naming `what` on a disagreement or an error.
pub fn checked<T: serde::Serialize>(what: &str, eval: impl Fn() -> zhengwu::Result<T>) -> T {
    let d = summary_disagreement(&eval);
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
        .map(|c| c.article.clone())
        .collect()
}

/// The quotes an answer cites.
pub fn quotes(a: &zhengwu::SanctionAnswer) -> Vec<String> {
    a.explanation
        .citations
        .iter()
        .map(|c| c.quote.clone())
        .collect()
}
