// The datagen's reader of approval rules: the `[[approval]]` tables of
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
pub type Toml = ApprovalToml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepToml {
    pub role_zh: String,
    pub role_en: String,
    pub action: Action,
    #[serde(default)]
    pub parallel: bool,
    #[serde(default, rename = "or")]
    pub or_roles: Vec<TextToml>,
    pub quorum_zh: Option<String>,
    pub quorum_en: Option<String>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteToml {
    pub refs: Vec<String>,
    pub label_zh: String,
    pub label_en: String,
    pub article: String,
    pub quote: String,
    #[serde(default)]
    pub when: Vec<CondToml>,
    pub step: Vec<StepToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubstitutionToml {
    pub role: String,
    /// Other roles that must be away too for the stand-in to act ("秘书长和办公室主任外出").
    #[serde(default)]
    pub with_absent: Vec<String>,
    pub by_zh: String,
    pub by_en: String,
    pub article: String,
    pub quote: String,
    pub refs: Vec<String>,
}

#[derive(Deserialize)]
pub struct ApprovalToml {
    #[serde(default)]
    pub input: Vec<InputToml>,
    pub route: Vec<RouteToml>,
    pub overlap: Option<AmbRefToml>,
    #[serde(default)]
    pub substitution: Vec<SubstitutionToml>,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<ApprovalRule> {
    let meta = l.meta(rule, Want::kind::<ApprovalRule>())?;
    let a = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    let mut routes = Vec::new();
    for r in &a.route {
        if r.step.is_empty() {
            return Err(fail(format!("route `{}` has no steps", r.label_zh)));
        }
        let mut steps = Vec::new();
        for s in &r.step {
            steps.push(Step {
                role: text(&s.role_zh, &s.role_en),
                action: s.action,
                parallel: s.parallel,
                or_roles: sl(s.or_roles.iter().map(|t| text(&t.zh, &t.en)).collect()),
                quorum: opt_text(&s.quorum_zh, &s.quorum_en, "a step's quorum").map_err(fail)?,
                note: opt_text(&s.note_zh, &s.note_en, "a step's note").map_err(fail)?,
            });
        }
        routes.push(Route {
            refs: strs(&r.refs),
            when: conds(&r.when, &a.input).map_err(fail)?,
            cite: part_cite(&r.article, &r.quote, &rule.meta).map_err(fail)?,
            label: text(&r.label_zh, &r.label_en),
            steps: sl(steps),
        });
    }
    let overlap = match &a.overlap {
        Some(o) => {
            let r = l
                .ambiguities
                .amb_ref(o)
                .map_err(|e| fail(format!("overlap: {e}")))?;
            if l.ambiguities.aspect(r.id) != Aspect::Overlap {
                return Err(fail(format!(
                    "overlap: the readings of {} do not say which band applies (effect higher_band / lower_band)",
                    r.id
                )));
            }
            Some(r)
        }
        None => None,
    };
    let mut substitutions = Vec::new();
    for s in &a.substitution {
        let roles = || {
            a.route
                .iter()
                .flat_map(|r| &r.step)
                .flat_map(|s| std::iter::once(&s.role_zh).chain(s.or_roles.iter().map(|o| &o.zh)))
        };
        // (`with_absent` may name roles outside the routes: 秘书长和办公室主任外出.)
        if !roles().any(|r| r == &s.role) {
            return Err(fail(format!(
                "substitution: `{}` is not a role of any route's steps",
                s.role
            )));
        }
        substitutions.push(Substitution {
            role: st(&s.role),
            with_absent: strs(&s.with_absent),
            by: text(&s.by_zh, &s.by_en),
            cite: part_cite(&s.article, &s.quote, &rule.meta).map_err(fail)?,
            refs: strs(&s.refs),
        });
    }
    Ok(ApprovalRule {
        meta,
        inputs: inputs(&a.input).map_err(fail)?,
        routes: sl(routes),
        overlap,
        substitutions: sl(substitutions),
    })
}
