// The datagen's reader of leave rules: the `[[leave]]` tables of `data/rules/<ruleset>/*.toml`
// (`Toml`, beside the fields every rule has), checked and lowered into the kind's data shape
// (`data.rs`) by `lower`. Compiled by the build script only: `build/main.rs` includes it for every
// kind of `src/kinds/list.rs`, with the datagen's shared helpers (`build/lower.rs`,
// `build/schema.rs`). Errors name the file and the rule.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`: `Lower`, `R`, `text`, `part_cite`, `inputs`, `conds`, …),
// the TOML shapes every rule shares (`build/schema.rs`: `Rule`, `InputToml`, `CondToml`, …), `Want`
// (`build/refs.rs`) and serde's `Deserialize`.

/// A rule's own fields in the data.
pub type Toml = LeaveToml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdditionToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub days: u32,
    pub per: Option<String>,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    pub obsolete_zh: Option<String>,
    pub obsolete_en: Option<String>,
}

#[derive(Deserialize)]
pub struct LeaveToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub base_days: u32,
    pub unit: Unit,
    #[serde(default)]
    pub addition: Vec<AdditionToml>,
    pub approval: Option<String>,
    pub days_from: Option<String>,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<LeaveRule> {
    let meta = l.meta(rule, Want::kind::<LeaveRule>())?;
    let x = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    if let Some(from) = &x.days_from {
        if x.base_days != 0 || !x.addition.is_empty() {
            return Err(fail("`days_from` takes the days from another rule; base_days must be 0 and there can be no additions".into()));
        }
        l.refs
            .refer(&at, "days_from", from, Want::kind::<LeaveRule>());
    }
    if let Some(approval) = &x.approval {
        l.refs
            .refer(&at, "approval", approval, Want::kind::<ApprovalRule>());
    }
    let mut additions = Vec::new();
    for a in &x.addition {
        if let Some(per) = &a.per {
            let numeric = x
                .input
                .iter()
                .any(|i| &i.name == per && matches!(i.ty, InputType::Integer | InputType::Number));
            if !numeric {
                return Err(fail(format!(
                    "addition `{}`: `per` names `{per}`, not a declared integer or number input",
                    a.label_zh
                )));
            }
        }
        additions.push(LeaveAddition {
            when: conds(&a.when, &x.input).map_err(fail)?,
            days: a.days,
            per: a.per.as_deref().map(st),
            label: text(&a.label_zh, &a.label_en),
            cite: part_cite(&a.article, &a.quote, &rule.meta).map_err(fail)?,
            refs: strs(&a.refs),
            obsolete: opt_text(&a.obsolete_zh, &a.obsolete_en, "obsolete").map_err(fail)?,
        });
    }
    Ok(LeaveRule {
        meta,
        inputs: inputs(&x.input).map_err(fail)?,
        base_days: x.base_days,
        unit: x.unit,
        additions: sl(additions),
        approval: x.approval.as_deref().map(st),
        days_from: x.days_from.as_deref().map(st),
    })
}
