//! From the TOML shapes to the model's types: every check the types cannot make (dates, texts in
//! both languages, conditions on declared inputs, what each kind of deadline needs), the
//! ambiguities attached by inventory row (`ambiguities.rs`), and the references between rules,
//! which are recorded here and checked once every ruleset is read (`refs.rs`).
//!
//! The model's types borrow `&'static` data (the engine's decoder borrows from the pack bytes);
//! a build script runs once, so it simply leaks what it builds.

use crate::ambiguities::Ambiguities;
use crate::refs::{Refs, Want};
use crate::rules::model::*;
use crate::schema::*;

pub type R<T> = Result<T, String>;

/// Leaks a string: the model borrows `&'static str`.
pub fn st(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// Leaks a vector: the model borrows `&'static [T]`.
pub fn sl<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

pub fn strs(v: &[String]) -> &'static [&'static str] {
    sl(v.iter().map(|s| st(s)).collect())
}

pub fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: st(zh),
        en: st(en),
    }
}

pub fn opt_text(zh: &Option<String>, en: &Option<String>, what: &str) -> R<Option<Text>> {
    match (zh, en) {
        (Some(zh), Some(en)) => Ok(Some(text(zh, en))),
        (None, None) => Ok(None),
        _ => Err(format!("{what} needs both _zh and _en")),
    }
}

/// A `YYYY-MM-DD` date of the data.
pub fn ymd(v: &str) -> R<Ymd> {
    let b = v.as_bytes();
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let num = |r: std::ops::Range<usize>| v.get(r).and_then(|x| x.parse::<u16>().ok());
    match (ok, num(0..4), num(5..7), num(8..10)) {
        (true, Some(y), Some(m), Some(d))
            if (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d) =>
        {
            Ok(Ymd {
                y,
                m: m as u8,
                d: d as u8,
            })
        }
        _ => Err(format!("`{v}` is not a valid YYYY-MM-DD date")),
    }
}

pub fn opt_ymd(v: &Option<String>) -> R<Option<Ymd>> {
    v.as_deref().map(ymd).transpose()
}

pub fn days_in_month(y: u16, m: u16) -> u16 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

pub fn cite(article: &str, quote: &str, source: Option<&str>) -> R<Cite> {
    if quote.trim().is_empty() || article.trim().is_empty() {
        return Err("a citation needs an article and a quote".into());
    }
    Ok(Cite {
        article: st(article),
        quote: st(quote),
        source: source.map(st),
    })
}

/// The citation of a part of a rule (a route, an addition, a measure…): it quotes the rule's own
/// document, so where the rule names that document (national law), the part names it too.
pub fn part_cite(article: &str, quote: &str, meta: &Meta) -> R<Cite> {
    cite(
        article,
        quote,
        meta.cite.first().and_then(|c| c.source.as_deref()),
    )
}

pub fn ruleset(r: &RulesetToml) -> R<Ruleset> {
    Ok(Ruleset {
        id: st(&r.id),
        name: text(&r.name_zh, &r.name_en),
        issuer: text(&r.issuer_zh, &r.issuer_en),
        level: st(&r.level),
        source: text(&r.source_zh, &r.source_en),
        seed_file: st(&r
            .seed_file
            .clone()
            .unwrap_or_else(|| format!("{}.txt", r.id))),
        adopted: opt_ymd(&r.adopted)?,
        published: opt_ymd(&r.published)?,
        in_force: opt_ymd(&r.in_force)?,
        dates_note: text(&r.dates_note_zh, &r.dates_note_en),
    })
}

// ------------------------------------------------------------------------------------------------
// Rules

/// Lowers the rules of one ruleset, file by file.
pub struct Lower<'a> {
    pub ambiguities: &'a Ambiguities,
    pub refs: &'a mut Refs,
    pub ruleset: &'static str,
    /// `data/rules/<ruleset>/<file>.toml`, as errors name it.
    pub file: String,
}

impl Lower<'_> {
    /// Where an error is: the file and the rule.
    pub fn at(&self, id: &str) -> String {
        format!("{}: rule {id}", self.file)
    }

    pub fn meta<K>(&mut self, rule: &Rule<K>, kind: Want) -> R<RuleMeta> {
        let m = &rule.meta;
        let at = self.at(&m.id);
        let fail = |what: String| format!("{at}: {what}");
        if let Some(key) = rule.unknown.keys().next() {
            return Err(fail(format!("unknown field `{key}`")));
        }
        let id = st(&m.id);
        self.refs.define(id, kind, self.ruleset).map_err(fail)?;
        if m.cite.is_empty() {
            return Err(fail("no citation".into()));
        }
        if m.refs.is_empty() && self.ruleset != "cn-national" {
            return Err(fail("no inventory refs".into()));
        }
        let cites: R<Vec<Cite>> = m
            .cite
            .iter()
            .map(|c| cite(&c.article, &c.quote, c.source.as_deref()))
            .collect();
        let mut ambiguities = Vec::new();
        for (amb, rows) in &self.ambiguities.attached {
            if !m.ambiguities.iter().any(|a| a.id == amb.id)
                && m.refs.iter().any(|r| rows.contains(r))
            {
                ambiguities.push(*amb);
            }
        }
        for a in &m.ambiguities {
            ambiguities.push(self.ambiguities.amb_ref(a).map_err(fail)?);
        }
        // The engine acts on the one ambiguity of a rule that decides an aspect.
        for (i, a) in ambiguities.iter().enumerate() {
            let aspect = self.ambiguities.aspect(a.id);
            if let Some(b) = ambiguities[..i]
                .iter()
                .find(|b| aspect != Aspect::None && self.ambiguities.aspect(b.id) == aspect)
            {
                return Err(fail(format!(
                    "ambiguities {} and {} both decide {aspect:?}",
                    b.id, a.id
                )));
            }
        }
        for c in &m.conflicts {
            if c.rule == m.id {
                return Err(fail("a conflict with itself".into()));
            }
            self.refs.refer(&at, "conflict", &c.rule, Want::Any);
        }
        Ok(RuleMeta {
            id,
            ruleset: self.ruleset,
            refs: strs(&m.refs),
            name: text(&m.name_zh, &m.name_en),
            cites: sl(cites.map_err(fail)?),
            in_force: ymd(&m.in_force).map_err(|e| fail(format!("in_force: {e}")))?,
            until: opt_ymd(&m.until).map_err(|e| fail(format!("until: {e}")))?,
            ambiguities: sl(ambiguities),
            conflicts: sl(m
                .conflicts
                .iter()
                .map(|c| ConflictRef {
                    rule: st(&c.rule),
                    summary: text(&c.zh, &c.en),
                    minimum: c.minimum,
                })
                .collect()),
            note: opt_text(&m.note_zh, &m.note_en, "the note").map_err(fail)?,
        })
    }
}

pub fn inputs(v: &[InputToml]) -> R<&'static [InputSpec]> {
    let mut out = Vec::new();
    for i in v {
        if matches!(i.ty, InputType::Enum | InputType::Enums) && i.values.is_empty() {
            return Err(format!("enum input `{}` lists no values", i.name));
        }
        if out.iter().any(|x: &InputSpec| x.name == i.name) {
            return Err(format!("input `{}` declared twice", i.name));
        }
        out.push(InputSpec {
            name: st(&i.name),
            ty: i.ty,
            label: text(&i.label_zh, &i.label_en),
            required: i.required,
            values: sl(i
                .values
                .iter()
                .map(|e| EnumValue {
                    value: st(&e.value),
                    label: text(&e.zh, &e.en),
                })
                .collect()),
            min: i.min,
            max: i.max,
        });
    }
    Ok(sl(out))
}

pub fn conds(v: &[CondToml], inputs: &[InputToml]) -> R<&'static [Cond]> {
    let out: R<Vec<Cond>> = v.iter().map(|c| cond(c, inputs, true)).collect();
    Ok(sl(out?))
}

/// One condition: `one_of`, `none_of` (NOT), `is`, a `min`/`max` band, or `any` (OR of
/// conditions on other inputs, one level deep, with no `fact` of its own).
pub fn cond(c: &CondToml, inputs: &[InputToml], any_allowed: bool) -> R<Cond> {
    if let Some(group) = &c.any {
        if !any_allowed
            || !c.fact.is_empty()
            || c.one_of.is_some()
            || c.none_of.is_some()
            || c.is.is_some()
        {
            return Err("`any` stands alone, one level deep, with no `fact`".into());
        }
        if group.len() < 2 {
            return Err("`any` needs two conditions or more".into());
        }
        let inner: R<Vec<Cond>> = group.iter().map(|g| cond(g, inputs, false)).collect();
        return Ok(Cond {
            fact: "",
            test: Test::Any(sl(inner?)),
        });
    }
    let Some(input) = inputs.iter().find(|i| i.name == c.fact) else {
        return Err(format!("condition on undeclared input `{}`", c.fact));
    };
    let known = |values: &Vec<String>| -> R<&'static [&'static str]> {
        match values
            .iter()
            .find(|v| !input.values.iter().any(|e| &&e.value == v))
        {
            Some(v) => Err(format!("`{v}` is not a value of input `{}`", c.fact)),
            None => Ok(strs(values)),
        }
    };
    let band = c.min.is_some() || c.max.is_some();
    let test = match (&c.one_of, &c.none_of, c.is, band) {
        (Some(values), None, None, false) => Test::OneOf(known(values)?),
        (None, Some(values), None, false) => Test::NoneOf(known(values)?),
        (None, None, Some(b), false) => Test::Is(b),
        (None, None, None, true) => Test::Band {
            min: c.min,
            min_inclusive: c.min_inclusive,
            max: c.max,
            max_inclusive: c.max_inclusive,
        },
        _ => {
            return Err(format!(
                "condition on `{}` needs exactly one of one_of / none_of / is / min-max",
                c.fact
            ))
        }
    };
    Ok(Cond {
        fact: st(&c.fact),
        test,
    })
}
