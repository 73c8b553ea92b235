// The datagen's reader of deadline rules: the `[[deadline]]` tables of
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
pub type Toml = DeadlineToml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtensionToml {
    pub amount: u32,
    pub unit: Unit,
    pub approver_zh: String,
    pub approver_en: String,
    pub refs: Vec<String>,
    pub article: String,
    pub quote: String,
}

#[derive(Deserialize)]
pub struct DeadlineToml {
    pub trigger_zh: String,
    pub trigger_en: String,
    pub duty_zh: String,
    pub duty_en: String,
    pub kind: DeadlineKind,
    #[serde(default)]
    pub amount: u32,
    pub unit: Option<Unit>,
    pub counting: Option<Counting>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub year_offset: Option<i32>,
    /// `week:5`, `month:0`, `quarter:20`, `half_year`, `year:12:0`.
    pub every: Option<String>,
    pub extension: Option<ExtensionToml>,
    pub on_expiry_zh: Option<String>,
    pub on_expiry_en: Option<String>,
    #[serde(default)]
    pub soft: bool,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<DeadlineRule> {
    let meta = l.meta(rule, Want::kind::<DeadlineRule>())?;
    let d = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    match d.kind {
        DeadlineKind::After | DeadlineKind::Before if d.amount == 0 || d.unit.is_none() => {
            return Err(fail(format!(
                "kind `{:?}` needs amount > 0 and a unit",
                d.kind
            )))
        }
        DeadlineKind::FixedDate if d.month.is_none() => {
            return Err(fail(
                "fixed_date needs month (and day, 0 = month end)".into(),
            ))
        }
        DeadlineKind::Recurring if d.every.is_none() => {
            return Err(fail("recurring needs `every`".into()))
        }
        _ => {}
    }
    let extension = match &d.extension {
        Some(e) => Some(Extension {
            amount: e.amount,
            unit: e.unit,
            approver: text(&e.approver_zh, &e.approver_en),
            refs: strs(&e.refs),
            cite: part_cite(&e.article, &e.quote, &rule.meta).map_err(fail)?,
        }),
        None => None,
    };
    let every = match &d.every {
        Some(e) => Some(every(e).map_err(fail)?),
        None => None,
    };
    Ok(DeadlineRule {
        meta,
        trigger: text(&d.trigger_zh, &d.trigger_en),
        kind: d.kind,
        amount: d.amount,
        unit: d.unit.unwrap_or(Unit::Day),
        counting: d.counting.unwrap_or(Counting::Civil),
        month: d.month.unwrap_or(0),
        day: d.day.unwrap_or(0),
        year_offset: d.year_offset.unwrap_or(0),
        every,
        extension,
        on_expiry: opt_text(&d.on_expiry_zh, &d.on_expiry_en, "on_expiry").map_err(fail)?,
        soft: d.soft,
        duty: text(&d.duty_zh, &d.duty_en),
    })
}

/// `week:5`, `month:0`, `quarter:20`, `half_year`, `year:12:0`.
fn every(e: &str) -> R<Every> {
    let parts: Vec<&str> = e.split(':').collect();
    let bad = || format!("bad `every` `{e}`");
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<u32>().ok())
            .ok_or_else(bad)
    };
    Ok(match parts.first().copied() {
        Some("week") => Every::Week(n(1)?),
        Some("month") => Every::Month(n(1)?),
        Some("quarter") => Every::Quarter(n(1)?),
        Some("half_year") => Every::HalfYear,
        Some("year") => Every::Year(n(1)?, n(2)?),
        _ => return Err(bad()),
    })
}
