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

/// Evaluates `eval` and checks that the answer as the JS API sends it — its facts written by
/// `zhengwu::to_json`, then its reasons as a tape (`zhengwu::explain::tape`), both from one
/// evaluation — is the whole answer: the same keys in the same order, every value equal, no key
/// in both parts. Returns a description of any disagreement.
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
    // The reasons as the binding sends them: a tape, read as the snippet reads it. Numbered
    // static texts (sent once, then by number) and texts all sent in full must read the same.
    let mut statics = zhengwu::explain::tape::Statics::default();
    let ex = a.explanation_mut();
    let first = zhengwu::explain::tape::reasons(ex, Some(&mut statics), 0);
    let known = statics.len();
    let again = zhengwu::explain::tape::reasons(ex, Some(&mut statics), known);
    let full = zhengwu::explain::tape::reasons(ex, None, 0);
    let mut cache = Vec::new();
    let reasons = read_tape(&first, &mut cache);
    if cache.len() != known || read_tape(&again, &mut cache) != reasons {
        return Some("a tape read with the numbered texts already known differs".into());
    }
    if read_tape(&full, &mut Vec::new()) != reasons {
        return Some("a tape with every text in full differs".into());
    }
    for (k, v) in reasons.unwrap_or_default() {
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

/// Reads an answer's reasons from their tape (`zhengwu::explain::tape`) as the JS binding's
/// snippet does (`with_reasons`), into the JSON the whole answer writes; `cache` holds the
/// numbered texts read so far. `None` when the tape does not read to its end.
pub fn read_tape(
    tape: &zhengwu::explain::tape::Tape,
    cache: &mut Vec<String>,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    use serde_json::{json, Value as J};
    struct Reader<'a> {
        ops: std::slice::Iter<'a, u32>,
        text: Vec<u16>,
        at: usize,
        cache: &'a mut Vec<String>,
    }
    impl Reader<'_> {
        fn op(&mut self) -> Option<u32> {
            self.ops.next().copied()
        }
        /// A text sent in full: up to the next NUL, or as long as its entry says; then its NUL.
        fn full(&mut self, x: u32) -> Option<String> {
            let len = match x >> 1 {
                0 => self.text.get(self.at..)?.iter().position(|&u| u == 0)?,
                n => n as usize - 1,
            };
            let s = String::from_utf16(self.text.get(self.at..self.at + len)?).ok()?;
            (self.text.get(self.at + len) == Some(&0)).then_some(())?;
            self.at += len + 1;
            Some(s)
        }
        fn text(&mut self) -> Option<J> {
            let x = self.op()?;
            if x & 1 == 0 {
                return self
                    .cache
                    .get((x >> 1) as usize)
                    .map(|s| J::String(s.clone()));
            }
            self.full(x).map(J::String)
        }
        fn flag(&mut self) -> Option<bool> {
            Some(self.op()? == 1)
        }
        fn list(&mut self, item: fn(&mut Self) -> Option<J>) -> Option<J> {
            let n = self.op()?;
            (0..n)
                .map(|_| item(self))
                .collect::<Option<Vec<_>>>()
                .map(J::Array)
        }
        fn bilingual(&mut self) -> Option<J> {
            Some(json!({ "zh": self.text()?, "en": self.text()? }))
        }
        fn citation(&mut self) -> Option<J> {
            Some(
                json!({ "ruleset": self.text()?, "document": self.text()?, "article": self.text()?,
                "quote": self.text()?, "rule": self.text()? }),
            )
        }
        fn step(&mut self) -> Option<J> {
            Some(json!({ "rule": self.text()?, "zh": self.text()?, "en": self.text()? }))
        }
        fn reading(&mut self) -> Option<J> {
            Some(json!({ "key": self.text()?, "zh": self.text()?, "en": self.text()? }))
        }
        fn ambiguity(&mut self) -> Option<J> {
            let (id, question) = (self.text()?, self.bilingual()?);
            let (readings, applied) = (self.list(Self::reading)?, self.text()?);
            let option = match self.flag()? {
                true => json!(format!("readings.{}", id.as_str()?)),
                false => J::Null,
            };
            let effect = if self.flag()? {
                self.bilingual()?
            } else {
                J::Null
            };
            Some(
                json!({ "id": id, "question": question, "readings": readings, "applied": applied,
                "option": option, "effect": effect }),
            )
        }
        fn conflict(&mut self) -> Option<J> {
            let (rule, summary, citation) = (self.text()?, self.bilingual()?, self.citation()?);
            let in_force = self.text()?;
            let due = if self.flag()? { self.text()? } else { J::Null };
            let mut c = json!({ "rule": rule, "summary": summary, "citation": citation,
                "inForce": in_force, "due": due });
            if self.flag()? {
                c["days"] = json!(self.op()?);
            }
            Some(c)
        }
    }
    let mut r = Reader {
        ops: tape.ops.iter(),
        text: tape.text.encode_utf16().collect(),
        at: 0,
        cache,
    };
    let (first, missing) = (r.op()? as usize, r.op()?);
    if missing > 0 && r.cache.len() != first {
        return None;
    }
    for _ in 0..missing {
        let x = r.op()?;
        let s = r.full(x)?;
        r.cache.push(s);
    }
    let mut out = serde_json::Map::new();
    out.insert("citations".into(), r.list(Reader::citation)?);
    out.insert("trace".into(), r.list(Reader::step)?);
    out.insert("ambiguities".into(), r.list(Reader::ambiguity)?);
    out.insert("conflicts".into(), r.list(Reader::conflict)?);
    out.insert("warnings".into(), r.list(Reader::bilingual)?);
    (r.ops.next().is_none() && r.at == r.text.len()).then_some(out)
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
