//! Hand-worked cases from `tests/cases/<ruleset>/<kind>.toml` (the schema is described in
//! `tests/cases/README.md`), each with the expected answer worked out from the seed text and the
//! calendar (the `why` field or the comment above says how). `tests/js/cases.test.mjs` runs the
//! same files against `pkg/` with the same expectation semantics: an answer is turned into JSON
//! (the shape the JS API returns) and each expectation key reads one thing of it.

mod common;

use serde_json::{json, Value as Json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use zhengwu::Calendar;
use zhengwu::{Query, Value};

/// The expectation vocabulary, shared with `tests/js/cases.test.mjs`: the kinds of case (each the
/// stem of its file name) with the keys of each, the keys every kind understands, and the keys
/// whose answer is a list (`<key>_include`, `_exclude`, `_only`). `tests/cases/vocabulary.toml`.
struct Vocabulary {
    kinds: Vec<(String, Vec<String>)>,
    common: Vec<String>,
    lists: Vec<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/vocabulary.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        let strings = |v: &toml::Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_owned())
                .collect()
        };
        Vocabulary {
            kinds: table["kinds"]
                .as_table()
                .unwrap()
                .iter()
                .map(|(kind, keys)| (kind.clone(), strings(keys)))
                .collect(),
            common: strings(&table["common"]),
            lists: strings(&table["lists"]),
        }
    })
}

/// The kinds of case, in the vocabulary's order.
fn kinds() -> impl Iterator<Item = &'static str> {
    vocabulary().kinds.iter().map(|(kind, _)| kind.as_str())
}

/// Is `key` an expectation a `kind` case may have?
fn known_key(kind: &str, key: &str) -> bool {
    let v = vocabulary();
    let own = v
        .kinds
        .iter()
        .find(|(k, _)| k == kind)
        .map(|(_, keys)| keys);
    let base = |k: &str| {
        v.common.iter().any(|c| c == k) || own.is_some_and(|keys| keys.iter().any(|c| c == k))
    };
    base(key)
        || ["_include", "_exclude", "_only"].iter().any(|suffix| {
            key.strip_suffix(suffix)
                .is_some_and(|b| v.lists.iter().any(|l| l == b) && base(b))
        })
}

/// Keys of a case that are not query inputs.
const NOT_QUERY: [&str; 3] = ["name", "why", "expect"];

pub struct Case {
    pub file: String,
    pub kind: String,
    pub ruleset: String,
    pub name: String,
    pub table: toml::Table,
}

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Every case of every file, in file order. Panics on a file or folder that breaks the layout.
fn all_cases() -> Vec<Case> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let ruleset = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let rel = format!("{ruleset}/{}", f.file_name().unwrap().to_string_lossy());
            let kind = f.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                f.extension().is_some_and(|x| x == "toml") && kinds().any(|k| k == kind),
                "{rel}: a case file is named <kind>.toml, kind one of {:?}",
                kinds().collect::<Vec<_>>()
            );
            let text = std::fs::read_to_string(&f).unwrap();
            let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert!(
                table.keys().all(|k| k == "case"),
                "{rel}: only [[case]] at the top level"
            );
            let items = table.get("case").and_then(|v| v.as_array()).unwrap();
            for item in items {
                let t = item.as_table().unwrap().clone();
                let name = t
                    .get("name")
                    .and_then(|v| v.as_str())
                    .unwrap_or_else(|| panic!("{rel}: a case without a name"))
                    .to_owned();
                out.push(Case {
                    file: rel.clone(),
                    kind: kind.clone(),
                    ruleset: ruleset.clone(),
                    name,
                    table: t,
                });
            }
        }
    }
    out
}

fn to_value(t: &toml::Value) -> Value {
    match t {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::Number(*i as f64),
        toml::Value::Float(f) => Value::Number(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(a) => Value::Array(a.iter().map(to_value).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), to_value(v))).collect())
        }
        toml::Value::Datetime(d) => Value::String(d.to_string()),
    }
}

fn to_json(t: &toml::Value) -> Json {
    match t {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => json!(*i),
        toml::Value::Float(f) => json!(*f),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Array(a) => Json::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
        toml::Value::Datetime(d) => Json::String(d.to_string()),
    }
}

fn query(c: &Case) -> Query {
    query_of(&c.table)
}

fn query_of(table: &toml::Table) -> Query {
    let fields = table
        .iter()
        .filter(|(k, _)| !NOT_QUERY.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), to_value(v)))
        .collect();
    Query::from_value(Value::Object(fields)).unwrap()
}

/// Does `got` match `want`? `"*"` matches anything; arrays match item by item, a last `"..."`
/// letting any further items follow; a string starting or ending with `...` lets anything come
/// before or after; numbers compare as numbers; `false` also matches null (an absent part of the
/// answer).
fn matches(want: &Json, got: &Json) -> bool {
    match (want, got) {
        (Json::String(s), _) if s == "*" => true,
        (Json::String(w), Json::String(g))
            if w.len() > 3 && (w.starts_with("...") || w.ends_with("...")) =>
        {
            let (open_start, open_end) = (w.starts_with("..."), w.ends_with("..."));
            let core = &w[if open_start { 3 } else { 0 }..w.len() - if open_end { 3 } else { 0 }];
            match (open_start, open_end) {
                (true, true) => g.contains(core),
                (true, false) => g.ends_with(core),
                _ => g.starts_with(core),
            }
        }
        (Json::Bool(false), Json::Null) => true,
        (Json::Array(w), Json::Array(g)) => {
            if w.last().is_some_and(|x| x == "...") {
                let w = &w[..w.len() - 1];
                g.len() >= w.len() && w.iter().zip(g).all(|(a, b)| matches(a, b))
            } else {
                w.len() == g.len() && w.iter().zip(g).all(|(a, b)| matches(a, b))
            }
        }
        (Json::Number(a), Json::Number(b)) => a.as_f64() == b.as_f64(),
        (w, g) => w == g,
    }
}

/// A late arrival or early departure as `"<date>/<session>"`.
fn mark(m: &Json) -> Json {
    json!(format!(
        "{}/{}",
        m["date"].as_str().unwrap_or(""),
        m["session"].as_str().unwrap_or("")
    ))
}

fn zh(v: &Json) -> Json {
    v.get("zh").cloned().unwrap_or(Json::Null)
}

fn list(a: &Json, key: &str, f: impl Fn(&Json) -> Json) -> Json {
    Json::Array(
        a.get(key)
            .and_then(|v| v.as_array())
            .map(|x| x.iter().map(f).collect())
            .unwrap_or_default(),
    )
}

fn route(steps: &Json) -> Json {
    Json::Array(
        steps
            .as_array()
            .map(|x| {
                x.iter()
                    .map(|s| {
                        Json::String(format!(
                            "{}.{}/{}",
                            s["order"],
                            s["role"].as_str().unwrap_or("?"),
                            s["action"].as_str().unwrap_or("?")
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    )
}

/// What the answer `a` (as JSON) says for the expectation `key` of a `kind` case: the one place
/// (with `observe` in tests/js/cases.test.mjs) that gives each key its meaning.
fn observe(kind: &str, key: &str, a: &Json) -> Json {
    let first = |list: &str, field: &str| a[list].get(0).map_or(Json::Null, |x| x[field].clone());
    match (kind, key) {
        (_, "rule") => a["rule"].clone(),
        (_, "missing") => list(a, "missing", |m| m["field"].clone()),
        (_, "citations") => list(a, "citations", |c| c["article"].clone()),
        (_, "foreign_citations") => Json::Array(
            a["citations"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c["ruleset"] != a["ruleset"])
                .map(|c| c["article"].clone())
                .collect(),
        ),
        (_, "quotes") => list(a, "citations", |c| c["quote"].clone()),
        (_, "text") => a["text"].clone(),
        (_, "warnings") => list(a, "warnings", zh),
        (_, "conflicts") => json!(a["conflicts"].as_array().map_or(0, |c| c.len()) as f64),
        (_, "conflict_rules") => list(a, "conflicts", |c| c["rule"].clone()),
        (_, "conflict_due") => first("conflicts", "due"),
        (_, "conflict_days") => first("conflicts", "days"),
        (_, "conflict_in_force") => first("conflicts", "inForce"),
        ("deadline", "status") => a["status"]["state"].clone(),
        ("timeline", "conflict_dues") => list(a, "conflicts", |c| c["due"].clone()),
        ("approval", "steps") => route(&a["steps"]),
        ("approval", "roles") => list(a, "steps", |s| s["role"].clone()),
        ("leave", "parts") => list(a, "parts", |p| {
            json!([p["label"]["zh"], p["days"], p["applied"]])
        }),
        ("leave", "obsolete") => Json::Array(
            a["parts"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| !p["obsolete"].is_null())
                .map(|p| p["label"]["zh"].clone())
                .collect(),
        ),
        ("leave", "steps") => route(&a["approval"]["steps"]),
        ("leave", "approval") => Json::Bool(!a["approval"].is_null()),
        ("leave", "dates") => match &a["dates"] {
            Json::Null => Json::Null,
            d => json!([d["first"], d["last"], d["back"]]),
        },
        ("sanction", "parties") => list(a, "parties", |p| {
            json!([p["party"]["zh"], p["responsibility"]["zh"]])
        }),
        ("sanction", "measures") => a["parties"]
            .get(0)
            .map_or(json!([]), |p| list(p, "measures", zh)),
        ("sanction", "mode") => a["parties"]
            .get(0)
            .map_or(Json::Null, |p| p["mode"]["zh"].clone()),
        ("sanction", "modes") => list(a, "modes", zh),
        ("sanction", "all_measures") => list(a, "measures", zh),
        ("check", "violations") => list(a, "violations", |v| {
            json!([v["rule"], v["test"], v["severity"]])
        }),
        ("check", "people") => first("violations", "people"),
        ("check", "dates") => first("violations", "dates"),
        ("check", "items") => first("violations", "items"),
        ("check", "fact") => a["violations"]
            .get(0)
            .map_or(Json::Null, |v| zh(&v["fact"])),
        ("check", "fields") => list(a, "violations", |v| v["field"].clone()),
        ("check", "statuses") => list(a, "rules", |r| json!([r["rule"], r["status"]])),
        ("calculator", "lates") => list(a, "lates", mark),
        ("calculator", "early_departures") => list(a, "earlyDepartures", mark),
        ("calculator", "longest_run") => a["absenteeismLongestRun"].clone(),
        ("calculator", "leave") => list(a, "leave", |l| json!([l["kind"], l["days"]])),
        ("calculator", "consequences") => list(a, "consequences", |c| zh(&c["measure"])),
        ("calculator", "lines") => list(a, "lines", |l| json!([l["label"]["zh"], l["value"]])),
        ("score", "share") => a["shareOfAnnualAssessment"].clone(),
        ("score", "lines") => list(a, "lines", |l| json!([l["label"]["zh"], l["value"]])),
        ("amount", "lines") => list(a, "lines", |l| json!([l["label"]["zh"], l["value"]])),
        // Any other key of the vocabulary reads the answer's field of that name (`extended_due`:
        // `extendedDue`), a text in Chinese: a new kind's plain fields need no line here.
        _ => field(a, key),
    }
}

/// The answer's field named `key` in camelCase; a text (`{ zh, en }`) as its Chinese.
fn field(a: &Json, key: &str) -> Json {
    let mut name = String::new();
    let mut upper = false;
    for ch in key.chars() {
        match ch {
            '_' => upper = true,
            c if upper => {
                name.extend(c.to_uppercase());
                upper = false;
            }
            c => name.push(c),
        }
    }
    let v = &a[name.as_str()];
    if v.get("zh").is_some() {
        return zh(v);
    }
    v.clone()
}

/// The differences between the answer `a` and the case's expectations (empty if none).
fn check(c: &Case, expect: &toml::Table, a: &Json, ics: Option<&str>) -> Vec<String> {
    let mut diffs = Vec::new();
    let mut differ = |key: &str, want: &dyn std::fmt::Display, got: &dyn std::fmt::Display| {
        diffs.push(format!("`{key}`: expected {want}, got {got}"));
    };
    for (key, want) in expect {
        let want = to_json(want);
        match key.as_str() {
            "error" | "error_field" => {}
            "applied" | "options" => {
                let field = if key == "applied" {
                    "applied"
                } else {
                    "option"
                };
                for (id, w) in want.as_object().unwrap() {
                    let got = a["ambiguities"]
                        .as_array()
                        .and_then(|x| x.iter().find(|x| x["id"] == *id))
                        .map_or(Json::Null, |x| x[field].clone());
                    if !matches(w, &got) {
                        differ(&format!("{key}.{id}"), w, &got);
                    }
                }
            }
            "traced" => {
                for (rule, needle) in want.as_object().unwrap() {
                    let found = a["trace"].as_array().is_some_and(|t| {
                        t.iter().any(|s| {
                            (rule == "*" || s["rule"] == *rule)
                                && s["zh"]
                                    .as_str()
                                    .is_some_and(|z| z.contains(needle.as_str().unwrap()))
                        })
                    });
                    if !found {
                        differ(&format!("traced.{rule}"), needle, &"no such trace step");
                    }
                }
            }
            "own_citations" => {
                let own = a["citations"].as_array().unwrap().iter().all(|x| {
                    x["ruleset"].as_str() == Some(c.ruleset.as_str()) && x["rule"] == a["rule"]
                });
                if Json::Bool(own) != want {
                    differ(key, &want, &own);
                }
            }
            "governing" => {
                let g = &a["governing"];
                match want.as_object() {
                    None => {
                        if !matches(&want, g) {
                            differ(key, &want, g);
                        }
                    }
                    Some(w) => {
                        for (k, v) in w {
                            let got = match k.as_str() {
                                "days" | "rule" => g[k].clone(),
                                "article" | "ruleset" => g["citation"][k].clone(),
                                "why_include" => g["why"]["zh"].clone(),
                                "why_en_include" => g["why"]["en"].clone(),
                                _ => panic!("no meaning for governing.{k}"),
                            };
                            let ok = if k.ends_with("_include") {
                                v.as_array().unwrap().iter().all(|n| {
                                    got.as_str()
                                        .is_some_and(|s| s.contains(n.as_str().unwrap()))
                                })
                            } else {
                                matches(v, &got)
                            };
                            if !ok {
                                differ(&format!("governing.{k}"), v, &got);
                            }
                        }
                    }
                }
            }
            "steps" if c.kind == "timeline" => {
                for (id, w) in want.as_object().unwrap() {
                    let step = a["steps"]
                        .as_array()
                        .and_then(|s| s.iter().find(|s| s["id"] == *id));
                    let Some(step) = step else {
                        differ(&format!("steps.{id}"), w, &"no such step");
                        continue;
                    };
                    for (k, v) in w.as_object().unwrap() {
                        let field = match k.as_str() {
                            "due" => "due",
                            "extended_due" => "extendedDue",
                            "status" => "status",
                            "days_left" => "daysLeft",
                            "days_over" => "daysOver",
                            _ => panic!("no meaning for steps.{id}.{k}"),
                        };
                        if !matches(v, &step[field]) {
                            differ(&format!("steps.{id}.{k}"), v, &step[field]);
                        }
                    }
                }
            }
            "absent_steps" => {
                for id in want.as_array().unwrap() {
                    if a["steps"]
                        .as_array()
                        .is_some_and(|s| s.iter().any(|s| s["id"] == *id))
                    {
                        differ(key, id, &"that step present");
                    }
                }
            }
            "ics_include" => {
                let ics = ics.unwrap_or("");
                for w in want.as_array().unwrap() {
                    if !ics.contains(w.as_str().unwrap()) {
                        differ(key, w, &format!("{ics:?}"));
                    }
                }
            }
            k if k.ends_with("_only") => {
                let got = observe(&c.kind, &k[..k.len() - "_only".len()], a);
                let allowed = want.as_array().unwrap();
                for g in got.as_array().unwrap() {
                    if !allowed.iter().any(|w| matches(w, g)) {
                        differ(k, &want, &got);
                        break;
                    }
                }
            }
            k if k.ends_with("_include") || k.ends_with("_exclude") => {
                let base = &k[..k.len() - "_include".len()];
                let got = observe(&c.kind, base, a);
                let has = |w: &Json| match &got {
                    Json::String(s) => s.contains(w.as_str().unwrap_or("\u{0}")),
                    Json::Array(items) => items.iter().any(|g| matches(w, g)),
                    _ => false,
                };
                let include = k.ends_with("_include");
                for w in want.as_array().unwrap() {
                    if has(w) != include {
                        differ(k, w, &got);
                    }
                }
            }
            k => {
                let got = observe(&c.kind, k, a);
                if !matches(&want, &got) {
                    differ(k, &want, &got);
                }
            }
        }
    }
    diffs
}

/// Checks one case; `Err` describes what differs.
fn run(cal: &Calendar, c: &Case) -> Result<(), String> {
    let expect = match c.table.get("expect") {
        Some(toml::Value::Table(t)) => t.clone(),
        Some(_) => return Err("`expect` is not a table".into()),
        None => return Err("the case has no [case.expect]".into()),
    };
    let unknown: Vec<&String> = expect.keys().filter(|k| !known_key(&c.kind, k)).collect();
    if !unknown.is_empty() {
        return Err(format!(
            "unknown expectation keys {unknown:?} for a {} case",
            c.kind
        ));
    }
    let q = query(c);
    let answer = answer(cal, &c.kind, &q, true)?;
    if let Some(d) = facts_only_disagreement(cal, c, &answer) {
        return Err(format!("with `reasons: false` the facts differ: {d}"));
    }
    let want_error = expect.get("error").map(to_json);
    let a = match (answer, want_error) {
        (Err(e), Some(code)) => {
            let mut diffs = Vec::new();
            if !matches(&code, &json!(e.code.as_str())) {
                diffs.push(format!(
                    "`error`: expected {code}, got {:?}",
                    e.code.as_str()
                ));
            }
            if let Some(f) = expect.get("error_field").map(to_json) {
                let got = e.field.clone().map_or(Json::Null, Json::String);
                if !matches(&f, &got) {
                    diffs.push(format!("`error_field`: expected {f}, got {got}"));
                }
            }
            return if diffs.is_empty() {
                Ok(())
            } else {
                Err(diffs.join("; "))
            };
        }
        (Err(e), None) => return Err(format!("error {}: {e}", e.code.as_str())),
        (Ok(_), Some(code)) => return Err(format!("expected error {code}, got an answer")),
        (Ok(a), None) => a,
    };
    let ics = if expect.contains_key("ics_include") {
        let ics = zhengwu::timeline_ics(cal, &q).map_err(|e| format!("ics: {e}"))?;
        if !(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n")) {
            return Err(format!("not a calendar file: {ics:?}"));
        }
        Some(ics)
    } else {
        None
    };
    let mut diffs = check(c, &expect, &a, ics.as_deref());
    if a["citations"].as_array().is_none_or(|x| x.is_empty()) {
        diffs.push("answer without citation".into());
    }
    if c.kind == "deadline" && a["trace"].as_array().is_none_or(|x| x.is_empty()) {
        diffs.push("answer without trace".into());
    }
    if c.kind == "sanction" {
        let menus: Vec<&Json> = a["parties"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| &p["measures"])
            .collect();
        if menus.windows(2).any(|w| w[0] != w[1]) {
            diffs.push("parties with different measures".into());
        }
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n    "))
    }
}

/// The answer to a case's query as the JS API gives it: a timeline's, or a rule's through the list
/// of kinds (as `answer(kind, query)` in JS), so a new kind's cases run with no line here. With
/// `split`, the answer must also be its facts and its reasons joined.
fn answer(
    cal: &Calendar,
    case_kind: &str,
    q: &Query,
    split: bool,
) -> Result<zhengwu::Result<Json>, String> {
    fn eval<T: zhengwu::explain::Explained>(
        f: impl Fn() -> zhengwu::Result<T>,
        split: bool,
    ) -> Result<zhengwu::Result<Json>, String> {
        if let Some(d) = split.then(|| common::split_disagreement(&f)).flatten() {
            return Err(format!(
                "its facts and reasons are not the whole answer: {d}"
            ));
        }
        Ok(f().map(|a| serde_json::to_value(&a).unwrap()))
    }
    struct Answer<'a> {
        cal: &'a Calendar,
        q: &'a Query,
        kind: &'a str,
        split: bool,
        answer: Option<Result<zhengwu::Result<Json>, String>>,
    }
    impl zhengwu::KindVisitor for Answer<'_> {
        fn visit<K: zhengwu::Capability>(&mut self) {
            if K::CATALOG_KIND == self.kind {
                self.answer = Some(eval(|| K::answer(self.cal, self.q), self.split));
            }
        }
    }
    if case_kind == "timeline" {
        return eval(|| zhengwu::timeline(cal, q), split);
    }
    let mut visit = Answer {
        cal,
        q,
        kind: catalog_kind(case_kind),
        split,
        answer: None,
    };
    zhengwu::each_kind(&mut visit);
    visit
        .answer
        .unwrap_or_else(|| Err(format!("unknown kind {case_kind}")))
}

/// The kind of rule a case file's kind is (the calculator's shapes have files of their own).
fn catalog_kind(case_kind: &str) -> &str {
    match case_kind {
        "score" | "amount" => "calculator",
        k => k,
    }
}

/// The answer with `reasons: false` against the whole answer, both without their reasons (a held
/// answer's too, as a leave's approval): the same facts, or the same error.
fn facts_only_disagreement(
    cal: &Calendar,
    c: &Case,
    whole: &zhengwu::Result<Json>,
) -> Option<String> {
    let mut table = c.table.clone();
    table.insert("reasons".into(), toml::Value::Boolean(false));
    let q = query_of(&table);
    let facts = match answer(cal, &c.kind, &q, false) {
        Ok(facts) => facts,
        Err(e) => return Some(e),
    };
    match (whole, facts) {
        (Ok(a), Ok(b)) if without_reasons(a) == without_reasons(&b) => None,
        (Err(a), Err(b)) if a.code == b.code && a.field == b.field => None,
        (a, b) => Some(format!("{a:?}\n    against {b:?}")),
    }
}

/// `a` without the reasons of any answer in it.
fn without_reasons(a: &Json) -> Json {
    const REASONS: [&str; 5] = ["citations", "trace", "ambiguities", "conflicts", "warnings"];
    match a {
        Json::Object(m) => Json::Object(
            m.iter()
                .filter(|(k, _)| !REASONS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_reasons(v)))
                .collect(),
        ),
        Json::Array(items) => Json::Array(items.iter().map(without_reasons).collect()),
        v => v.clone(),
    }
}

#[test]
fn every_case_holds() {
    let cal = Calendar::builtin().unwrap();
    let all = all_cases();
    let mut failures = Vec::new();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut names = BTreeSet::new();
    for c in &all {
        *per_kind.entry(c.kind.as_str()).or_default() += 1;
        if !names.insert((c.file.as_str(), c.name.as_str())) {
            failures.push(format!("{}: {}: two cases with this name", c.file, c.name));
        }
        if c.table.get("ruleset").and_then(|v| v.as_str()) != Some(c.ruleset.as_str()) {
            failures.push(format!(
                "{}: {}: the case's ruleset is not its folder's",
                c.file, c.name
            ));
            continue;
        }
        if let Err(d) = run(&cal, c) {
            failures.push(format!("{}: {}:\n    {d}", c.file, c.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    for kind in kinds() {
        assert!(per_kind.get(kind).is_some_and(|n| *n > 0), "no {kind} case");
    }
}

/// The expectation machinery itself: a wrong expectation of each sort fails, an unknown key fails.
#[test]
fn a_wrong_or_unknown_expectation_fails() {
    let cal = Calendar::builtin().unwrap();
    let case = |kind: &str, text: &str| {
        let t: toml::Table = toml::from_str(text).unwrap();
        Case {
            file: "inline".into(),
            kind: kind.into(),
            ruleset: t["ruleset"].as_str().unwrap().into(),
            name: "inline".into(),
            table: t,
        }
    };
    let base = r#"ruleset = "guangxi-fault-2007"
rule = "guangxi.sanction.measures"
responsibility = "direct"
severity = "minor"
aggravating = "none"
countInYear = 1
mitigating = "none"
[expect]
"#;
    let good = r#"parties = [["负有直接责任的人员", "直接责任"]]
measures = ["训诫", "*"]
citations = ["第三十条第一款", "..."]"#;
    assert_eq!(
        run(&cal, &case("sanction", &format!("{base}{good}"))),
        Ok(())
    );
    for bad in [
        r#"measures = ["训诫"]"#,
        r#"measures = ["训诫", "责令书面检查", "..."] 
mode = "视情形选用""#,
        r#"citations_include = ["第三十一条(一)"]"#,
        r#"mesures = ["训诫", "责令书面检查"]"#,
        r#"due = "2026-01-01""#,
        r#"error = "invalid_input""#,
        r#"applied = { B22 = "all" }"#,
    ] {
        assert!(
            run(&cal, &case("sanction", &format!("{base}{bad}"))).is_err(),
            "{bad} passed"
        );
    }
}

/// The rule a case exercises: its `rule` input, else its expected `rule`, else the rule of its
/// kind that its `ref` names in its ruleset.
fn case_rule(c: &Case, cat: &zhengwu::Catalog) -> Option<String> {
    let s = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    if let Some(r) = s(&c.table, "rule") {
        return Some(r);
    }
    if let Some(r) = c
        .table
        .get("expect")
        .and_then(|e| e.as_table())
        .and_then(|e| s(e, "rule"))
    {
        return Some(r);
    }
    let r = s(&c.table, "ref")?;
    cat.rulesets
        .iter()
        .find(|rs| rs.id == c.ruleset)?
        .rules
        .iter()
        .find(|x| x.kind == c.kind && x.refs.contains(&r))
        .map(|x| x.id.clone())
}

/// Rules no case exercises yet, to be worked out by hand (this list only shrinks; a rule that
/// gains a case must leave it, and the test says so).
const NO_CASE_YET: &[&str] = &[];

#[test]
fn every_rule_has_a_case() {
    let cat = zhengwu::catalog();
    let mut tested = BTreeSet::new();
    for c in all_cases() {
        if let Some(r) = case_rule(&c, &cat) {
            tested.insert(r);
        }
    }
    let mut all = BTreeSet::new();
    let mut untested = Vec::new();
    for rs in &cat.rulesets {
        for r in &rs.rules {
            all.insert(r.id.clone());
            if !tested.contains(&r.id) && !NO_CASE_YET.contains(&r.id.as_str()) {
                untested.push(format!("{} ({} of {})", r.id, r.kind, rs.id));
            }
        }
    }
    assert_eq!(all.len(), 565, "the catalog's rules");
    let stale: Vec<&&str> = NO_CASE_YET
        .iter()
        .filter(|r| tested.contains(**r) || !all.contains(**r))
        .collect();
    assert!(
        stale.is_empty(),
        "NO_CASE_YET names rules that have a case or do not exist: {stale:?}"
    );
    assert!(
        untested.is_empty(),
        "{} rules without a case:\n{}",
        untested.len(),
        untested.join("\n")
    );
}
