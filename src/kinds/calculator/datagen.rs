// The datagen's reader of calculators: the `[[calculator]]` tables of
// `data/rules/<ruleset>/*.toml` (`Toml`, beside the fields every rule has), checked and lowered
// into the kind's data shape (`data.rs`) by `lower`. Compiled by the build script only:
// `build/main.rs` includes it for every kind of `src/kinds/list.rs`, with the datagen's shared
// helpers (`build/lower.rs`, `build/schema.rs`). Errors name the file and the rule.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`: `Lower`, `R`, `text`, `part_cite`, `inputs`, `conds`, …),
// the TOML shapes every rule shares (`build/schema.rs`: `Rule`, `InputToml`, `CondToml`, …), `Want`
// (`build/refs.rs`) and serde's `Deserialize`.

use std::collections::BTreeMap;

/// A rule's own fields in the data.
pub type Toml = CalculatorToml;

/// `[[calculator]]`: attendance, scores, amounts (src/kinds/calculator/).
#[derive(Deserialize)]
pub struct CalculatorToml {
    pub shape: crate::rules::model::Shape,
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub item: Vec<CalcItemToml>,
}

/// `[[calculator.item]]`: one point, threshold or measure, with its clause and the text's numbers.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalcItemToml {
    pub key: String,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    /// Further clauses: `[{ article, quote }]`.
    #[serde(default)]
    pub more: Vec<CiteToml>,
    #[serde(default)]
    pub refs: Vec<String>,
    /// The text's numbers, by name: `{ late_after_minutes = 15 }`.
    #[serde(default)]
    pub numbers: BTreeMap<String, f64>,
    /// The rule that already encodes the consequence.
    pub sanction_rule: Option<String>,
}

/// A calculator: its items in the shape's vocabulary (`ITEMS`), each with the numbers the
/// engine reads, rows among the rule's, and a linked sanction rule that exists.
pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<CalculatorRule> {
    let meta = l.meta(rule, Want::kind::<CalculatorRule>())?;
    let x = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    let mut items = Vec::new();
    for i in &x.item {
        let Some((_, _, needs)) = ITEMS
            .iter()
            .find(|(shape, key, _)| *shape == x.shape && *key == i.key)
        else {
            return Err(fail(format!(
                "item `{}` is not one a {:?} calculator knows",
                i.key, x.shape
            )));
        };
        if items.iter().any(|o: &CalcItem| o.key == i.key) {
            return Err(fail(format!("item `{}` twice", i.key)));
        }
        for n in *needs {
            if !i.numbers.contains_key(*n) {
                return Err(fail(format!("item `{}` needs the number `{n}`", i.key)));
            }
        }
        if let Some(n) = i.numbers.keys().find(|n| !needs.contains(&n.as_str())) {
            return Err(fail(format!("item `{}`: unknown number `{n}`", i.key)));
        }
        if let Some(r) = i.refs.iter().find(|r| !rule.meta.refs.contains(r)) {
            return Err(fail(format!(
                "item `{}`: row {r} is not in the rule's refs",
                i.key
            )));
        }
        if let Some(s) = &i.sanction_rule {
            l.refs
                .refer(&at, "item sanction_rule", s, Want::kind::<SanctionRule>());
        }
        let more: R<Vec<Cite>> = i
            .more
            .iter()
            .map(|c| part_cite(&c.article, &c.quote, &rule.meta))
            .collect();
        items.push(CalcItem {
            key: st(&i.key),
            label: text(&i.label_zh, &i.label_en),
            cite: part_cite(&i.article, &i.quote, &rule.meta).map_err(fail)?,
            more: sl(more.map_err(fail)?),
            refs: strs(&i.refs),
            numbers: sl(i.numbers.iter().map(|(k, v)| (st(k), *v)).collect()),
            sanction_rule: i.sanction_rule.as_deref().map(st),
        });
    }
    // An attendance calculator needs every item its engine reads; a score uses those it has.
    for (shape, key, _) in ITEMS {
        if *shape == x.shape && x.shape == Shape::Attendance && !items.iter().any(|i| i.key == *key)
        {
            return Err(fail(format!(
                "a {shape:?} calculator needs the item `{key}`"
            )));
        }
    }
    Ok(CalculatorRule {
        meta,
        shape: x.shape,
        inputs: inputs(&x.input).map_err(fail)?,
        items: sl(items),
    })
}
