// The datagen's reader of facts: the `[[fact]]` tables of `data/rules/<ruleset>/*.toml` (`Toml`,
// beside the fields every rule has), checked and lowered into the kind's data shape (`data.rs`) by
// `lower`. Compiled by the build script only: `build/main.rs` includes it for every kind of
// `src/kinds/list.rs`, with the datagen's shared helpers (`build/lower.rs`, `build/schema.rs`).
// Errors name the file and the rule.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`: `Lower`, `R`, `text`, `part_cite`, `inputs`, `conds`, …),
// the TOML shapes every rule shares (`build/schema.rs`: `Rule`, `InputToml`, `CondToml`, …), `Want`
// (`build/refs.rs`) and serde's `Deserialize`.

/// A rule's own fields in the data.
pub type Toml = FactToml;

/// `[[fact]]`: a clause restated, with its values (any TOML table; keys in snake_case).
#[derive(Deserialize)]
pub struct FactToml {
    pub statement_zh: String,
    pub statement_en: String,
    #[serde(default)]
    pub values: toml::Table,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<FactRule> {
    let meta = l.meta(rule, Want::kind::<FactRule>())?;
    let at = l.at(meta.id);
    let x = &rule.body;
    Ok(FactRule {
        meta,
        statement: text(&x.statement_zh, &x.statement_en),
        values: fact_table(&x.values).map_err(|e| format!("{at}: values: {e}"))?,
    })
}

/// A fact's values: TOML's own types, keys in camelCase as the JS API writes them.
fn fact_table(table: &toml::Table) -> R<&'static [(&'static str, StatedValue)]> {
    let entries: R<Vec<_>> = table
        .iter()
        .map(|(k, v)| {
            Ok((
                st(&camel_case(k)),
                fact_value(v).map_err(|e| format!("{k}: {e}"))?,
            ))
        })
        .collect();
    Ok(sl(entries?))
}

fn fact_value(v: &toml::Value) -> R<StatedValue> {
    Ok(match v {
        toml::Value::Boolean(b) => StatedValue::Bool(*b),
        toml::Value::Integer(n) => {
            StatedValue::Integer(i32::try_from(*n).map_err(|_| format!("{n} is too large"))?)
        }
        toml::Value::Float(x) => StatedValue::Number(*x),
        toml::Value::String(t) => StatedValue::Text(st(t)),
        toml::Value::Array(items) => {
            let items: R<Vec<_>> = items.iter().map(fact_value).collect();
            StatedValue::List(sl(items?))
        }
        toml::Value::Table(t) => StatedValue::Table(fact_table(t)?),
        toml::Value::Datetime(d) => return Err(format!("{d}: write dates as text")),
    })
}

fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for ch in key.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}
