// The datagen's reader of sanction rules: the `[[sanction]]` tables of
// `data/rules/<ruleset>/*.toml` (`Toml`, beside the fields every rule has), checked and lowered
// into the kind's data shape (`data.rs`) by `lower`. Compiled by the build script only:
// `build/main.rs` includes it for every kind of `src/kinds/list.rs`, with the datagen's shared
// helpers (`build/lower.rs`, `build/schema.rs`). Errors name the file and the rule.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`: `Lower`, `R`, `text`, `part_cite`, `inputs`, `conds`, …),
// the TOML shapes every rule shares (`build/schema.rs`: `Rule`, `InputToml`, `CondToml`, …), `Want`
// (`build/refs.rs`) and serde's `Deserialize`.

/// A rule's own fields in the data.
pub type Toml = SanctionToml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub party_zh: String,
    pub party_en: String,
    pub responsibility_zh: String,
    pub responsibility_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    #[serde(default)]
    pub untyped: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureToml {
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub measures: Vec<TextToml>,
    pub mode_zh: String,
    pub mode_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
    #[serde(default)]
    pub exempts: bool,
    /// Applies only under this reading: `{ id = "B11", default = "<key>" }`.
    pub reading: Option<AmbRefToml>,
    pub law: Option<String>,
}

#[derive(Deserialize)]
pub struct SanctionToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    #[serde(default)]
    pub party: Vec<PartyToml>,
    #[serde(default)]
    pub measure: Vec<MeasureToml>,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<SanctionRule> {
    let meta = l.meta(rule, Want::kind::<SanctionRule>())?;
    let x = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    let mut parties = Vec::new();
    for p in &x.party {
        let typed_by_reading = meta
            .ambiguities
            .iter()
            .any(|a| l.ambiguities.aspect(a.id) == Aspect::UntypedParty);
        if p.untyped && !typed_by_reading {
            return Err(fail(format!(
                "party `{}` is untyped but the rule has no ambiguity whose readings type it (B24: effect untyped_*)",
                p.party_zh
            )));
        }
        parties.push(PartyRule {
            when: conds(&p.when, &x.input).map_err(fail)?,
            party: text(&p.party_zh, &p.party_en),
            responsibility: text(&p.responsibility_zh, &p.responsibility_en),
            cite: part_cite(&p.article, &p.quote, &rule.meta).map_err(fail)?,
            refs: strs(&p.refs),
            untyped: p.untyped,
        });
    }
    let mut measures = Vec::new();
    for m in &x.measure {
        if let Some(law) = &m.law {
            l.refs
                .refer(&at, "measure law", law, Want::kind::<SanctionRule>());
        }
        let reading = match &m.reading {
            Some(r) => {
                let amb = l
                    .ambiguities
                    .amb_ref(r)
                    .map_err(|e| fail(format!("measure reading: {e}")))?;
                if !meta.ambiguities.iter().any(|a| a.id == amb.id) {
                    return Err(fail(format!(
                        "a measure applies under a reading of {}, which the rule does not list in its ambiguities",
                        amb.id
                    )));
                }
                Some(amb)
            }
            None => None,
        };
        measures.push(MeasureRule {
            when: conds(&m.when, &x.input).map_err(fail)?,
            measures: sl(m.measures.iter().map(|t| text(&t.zh, &t.en)).collect()),
            mode: text(&m.mode_zh, &m.mode_en),
            cite: part_cite(&m.article, &m.quote, &rule.meta).map_err(fail)?,
            refs: strs(&m.refs),
            exempts: m.exempts,
            reading,
            law: m.law.as_deref().map(st),
        });
    }
    Ok(SanctionRule {
        meta,
        inputs: inputs(&x.input).map_err(fail)?,
        parties: sl(parties),
        measures: sl(measures),
    })
}
