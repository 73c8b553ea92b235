// The datagen's reader of procedures: the `[[procedure]]` tables of `data/rules/<ruleset>/*.toml`
// (`Toml`), checked (steps, the events they start from, complete or depend on, and their deadline
// rules, checked once every ruleset is read) and lowered into the timeline's data shape
// (`data.rs`) by `lower`. Compiled by the build script only (`build/main.rs`). Errors name the
// file and the procedure.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`), the TOML shapes every rule shares (`build/schema.rs`),
// `Want` (`build/refs.rs`) and serde's `Deserialize`.

/// A procedure in the data.
pub type Toml = ProcedureToml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventToml {
    pub name: String,
    pub zh: String,
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcStepToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub rule: String,
    pub from: String,
    pub only_if: Option<String>,
    pub extended_by: Option<String>,
    /// The procedure event that this step's completion is (serving the notice of acceptance is
    /// the `accepted` event).
    pub completes: Option<String>,
    /// An office-internal step a citizen view may leave out.
    #[serde(default)]
    pub internal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureToml {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub events: Vec<EventToml>,
    pub step: Vec<ProcStepToml>,
}

pub fn lower(l: &mut Lower, p: &Toml) -> R<Procedure> {
    let at = format!("{}: procedure {}", l.file, p.id);
    let fail = |what: String| format!("{at}: {what}");
    let id = st(&p.id);
    // Procedures share the rules' ids (a timeline is asked for by id).
    l.refs
        .define(id, Want::Procedure, l.ruleset)
        .map_err(fail)?;
    let event = |name: &str| p.events.iter().any(|e| e.name == name);
    let mut steps: Vec<ProcStep> = Vec::new();
    for s in &p.step {
        let fail = |what: String| format!("{at}: step {}: {what}", s.id);
        if steps.iter().any(|x| x.id == s.id) {
            return Err(fail("a second step with this id".into()));
        }
        if !event(&s.from) && !p.step.iter().any(|x| x.id == s.from) {
            return Err(fail(format!("starts from unknown event `{}`", s.from)));
        }
        // `extended_by` names an event of its own (the extension was granted); `only_if` may
        // name any event: declared, a step's completion or an extension.
        let any_event = |name: &str| {
            event(name)
                || p.step
                    .iter()
                    .any(|x| x.id == name || x.extended_by.as_deref() == Some(name))
        };
        if let Some(name) = s.only_if.as_deref().filter(|n| !any_event(n)) {
            return Err(fail(format!("only_if names unknown event `{name}`")));
        }
        if let Some(name) = s.completes.as_deref().filter(|n| !event(n)) {
            return Err(fail(format!("completes unknown event `{name}`")));
        }
        l.refs.refer(
            &format!("{at}: step {}", s.id),
            "rule",
            &s.rule,
            Want::kind::<DeadlineRule>(),
        );
        steps.push(ProcStep {
            id: st(&s.id),
            name: text(&s.name_zh, &s.name_en),
            rule: st(&s.rule),
            from: st(&s.from),
            only_if: s.only_if.as_deref().map(st),
            extended_by: s.extended_by.as_deref().map(st),
            completes: s.completes.as_deref().map(st),
            internal: s.internal,
        });
    }
    Ok(Procedure {
        id,
        ruleset: l.ruleset,
        name: text(&p.name_zh, &p.name_en),
        events: sl(p
            .events
            .iter()
            .map(|e| (st(&e.name), text(&e.zh, &e.en)))
            .collect()),
        steps: sl(steps),
    })
}
