//! Compiles the reviewable rule data under `data/` into Rust `static` tables.
//!
//! Why a build script: the rules stay in TOML files a reviewer can read side by side with the
//! seed documents, while the wasm module carries no parser and builds no tables at start-up. The
//! script validates what the type system cannot (ISO dates, known units, unique ids) and fails the
//! build with the file and rule id when something is wrong. See `data/README.md` for the schema.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

type R<T> = Result<T, String>;

// ------------------------------------------------------------------------------------------------
// TOML shapes

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesetToml {
    id: String,
    name_zh: String,
    name_en: String,
    issuer_zh: String,
    issuer_en: String,
    level: String,
    source_zh: String,
    source_en: String,
    seed_file: String,
    adopted: Option<String>,
    published: Option<String>,
    in_force: Option<String>,
    dates_note_zh: String,
    dates_note_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbiguitiesFile {
    ambiguity: Vec<AmbiguityToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbiguityToml {
    id: String,
    question_zh: String,
    question_en: String,
    reading: Vec<ReadingToml>,
    /// Inventory rows whose rules depend on this ambiguity (attached to them automatically).
    #[serde(default)]
    rows: Vec<String>,
    /// The reading those rules apply, when attached through `rows`.
    default: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingToml {
    key: String,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CiteToml {
    article: String,
    quote: String,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbRefToml {
    id: String,
    default: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConflictToml {
    rule: String,
    zh: String,
    en: String,
    #[serde(default)]
    minimum: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextToml {
    zh: String,
    en: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    deadline: Vec<DeadlineToml>,
    #[serde(default)]
    approval: Vec<ApprovalToml>,
    #[serde(default)]
    leave: Vec<LeaveToml>,
    #[serde(default)]
    sanction: Vec<SanctionToml>,
    #[serde(default)]
    procedure: Vec<ProcedureToml>,
}

/// Fields every rule has (flattened into each kind).
#[derive(Deserialize)]
struct MetaToml {
    id: String,
    refs: Vec<String>,
    name_zh: String,
    name_en: String,
    cite: Vec<CiteToml>,
    in_force: String,
    until: Option<String>,
    #[serde(default)]
    ambiguities: Vec<AmbRefToml>,
    #[serde(default)]
    conflicts: Vec<ConflictToml>,
    note_zh: Option<String>,
    note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtensionToml {
    amount: u32,
    unit: String,
    approver_zh: String,
    approver_en: String,
    refs: Vec<String>,
    article: String,
    quote: String,
}

#[derive(Deserialize)]
struct DeadlineToml {
    #[serde(flatten)]
    meta: MetaToml,
    trigger_zh: String,
    trigger_en: String,
    duty_zh: String,
    duty_en: String,
    kind: String,
    #[serde(default)]
    amount: u32,
    unit: Option<String>,
    counting: Option<String>,
    month: Option<u32>,
    day: Option<u32>,
    year_offset: Option<i32>,
    every: Option<String>,
    extension: Option<ExtensionToml>,
    on_expiry_zh: Option<String>,
    on_expiry_en: Option<String>,
    #[serde(default)]
    soft: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnumValueToml {
    value: String,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputToml {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    label_zh: String,
    label_en: String,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    values: Vec<EnumValueToml>,
    min: Option<f64>,
    max: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CondToml {
    #[serde(default)]
    fact: String,
    one_of: Option<Vec<String>>,
    none_of: Option<Vec<String>>,
    any: Option<Vec<CondToml>>,
    is: Option<bool>,
    min: Option<f64>,
    #[serde(default = "yes")]
    min_inclusive: bool,
    max: Option<f64>,
    #[serde(default = "yes")]
    max_inclusive: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepToml {
    role_zh: String,
    role_en: String,
    action: String,
    #[serde(default)]
    parallel: bool,
    #[serde(default, rename = "or")]
    or_roles: Vec<TextToml>,
    quorum_zh: Option<String>,
    quorum_en: Option<String>,
    note_zh: Option<String>,
    note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteToml {
    refs: Vec<String>,
    label_zh: String,
    label_en: String,
    article: String,
    quote: String,
    #[serde(default)]
    when: Vec<CondToml>,
    step: Vec<StepToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubstitutionToml {
    role: String,
    /// Other roles that must be away too for the stand-in to act ("秘书长和办公室主任外出").
    #[serde(default)]
    with_absent: Vec<String>,
    by_zh: String,
    by_en: String,
    article: String,
    quote: String,
    refs: Vec<String>,
}

#[derive(Deserialize)]
struct ApprovalToml {
    #[serde(flatten)]
    meta: MetaToml,
    #[serde(default)]
    input: Vec<InputToml>,
    route: Vec<RouteToml>,
    overlap: Option<AmbRefToml>,
    #[serde(default)]
    substitution: Vec<SubstitutionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdditionToml {
    #[serde(default)]
    when: Vec<CondToml>,
    days: u32,
    per: Option<String>,
    label_zh: String,
    label_en: String,
    article: String,
    quote: String,
    refs: Vec<String>,
    obsolete_zh: Option<String>,
    obsolete_en: Option<String>,
}

#[derive(Deserialize)]
struct LeaveToml {
    #[serde(flatten)]
    meta: MetaToml,
    #[serde(default)]
    input: Vec<InputToml>,
    base_days: u32,
    unit: String,
    #[serde(default)]
    addition: Vec<AdditionToml>,
    approval: Option<String>,
    days_from: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyToml {
    #[serde(default)]
    when: Vec<CondToml>,
    party_zh: String,
    party_en: String,
    responsibility_zh: String,
    responsibility_en: String,
    article: String,
    quote: String,
    refs: Vec<String>,
    #[serde(default)]
    untyped: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureToml {
    #[serde(default)]
    when: Vec<CondToml>,
    measures: Vec<TextToml>,
    mode_zh: String,
    mode_en: String,
    article: String,
    quote: String,
    refs: Vec<String>,
    #[serde(default)]
    exempts: bool,
    /// Applies only under this reading: `{ id = "B11", default = "<key>" }`.
    reading: Option<AmbRefToml>,
    law: Option<String>,
}

#[derive(Deserialize)]
struct SanctionToml {
    #[serde(flatten)]
    meta: MetaToml,
    #[serde(default)]
    input: Vec<InputToml>,
    #[serde(default)]
    party: Vec<PartyToml>,
    #[serde(default)]
    measure: Vec<MeasureToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventToml {
    name: String,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcStepToml {
    id: String,
    name_zh: String,
    name_en: String,
    rule: String,
    from: String,
    only_if: Option<String>,
    extended_by: Option<String>,
    /// The procedure event that this step's completion is (e.g. serving the notice of
    /// acceptance is the `accepted` event): a later step from that event can then be given
    /// its latest due date before the event is known.
    completes: Option<String>,
    /// An office-internal step a citizen view may leave out.
    #[serde(default)]
    internal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcedureToml {
    id: String,
    name_zh: String,
    name_en: String,
    events: Vec<EventToml>,
    step: Vec<ProcStepToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    schema: u32,
    first: String,
    last: String,
    notice: Vec<NoticeToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeToml {
    year: i32,
    title: String,
    number: Option<String>,
    published: Option<String>,
    url: Option<String>,
    note: Option<String>,
    holiday: Vec<HolidayToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayToml {
    name_zh: String,
    name_en: String,
    rest: Vec<String>,
    statutory: Vec<String>,
    work: Vec<String>,
}

// ------------------------------------------------------------------------------------------------
// Emitting Rust literals

fn s(v: &str) -> String {
    format!("{v:?}")
}

fn opt_s(v: &Option<String>) -> String {
    match v {
        Some(v) => format!("Some({v:?})"),
        None => "None".into(),
    }
}

fn text(zh: &str, en: &str) -> String {
    format!("Text {{ zh: {}, en: {} }}", s(zh), s(en))
}

fn opt_text(zh: &Option<String>, en: &Option<String>, ctx: &str) -> R<String> {
    match (zh, en) {
        (Some(zh), Some(en)) => Ok(format!("Some({})", text(zh, en))),
        (None, None) => Ok("None".into()),
        _ => Err(format!("{ctx}: a text needs both _zh and _en")),
    }
}

fn strs(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|x| s(x)).collect();
    format!("&[{}]", items.join(", "))
}

fn f64_lit(v: f64) -> String {
    format!("{v:?}_f64")
}

fn opt_f64(v: Option<f64>) -> String {
    v.map(|v| format!("Some({})", f64_lit(v)))
        .unwrap_or_else(|| "None".into())
}

fn ymd(v: &str, ctx: &str) -> R<String> {
    let b = v.as_bytes();
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let num = |r: std::ops::Range<usize>| v.get(r).and_then(|x| x.parse::<u32>().ok());
    match (ok, num(0..4), num(5..7), num(8..10)) {
        (true, Some(y), Some(m), Some(d))
            if (1..=12).contains(&m) && (1..=days_in_month(y as i32, m)).contains(&d) =>
        {
            Ok(format!("Ymd {{ y: {y}, m: {m}, d: {d} }}"))
        }
        _ => Err(format!("{ctx}: `{v}` is not a valid YYYY-MM-DD date")),
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn opt_ymd(v: &Option<String>, ctx: &str) -> R<String> {
    match v {
        Some(v) => Ok(format!("Some({})", ymd(v, ctx)?)),
        None => Ok("None".into()),
    }
}

fn cite(c: &CiteToml, ctx: &str) -> R<String> {
    if c.quote.trim().is_empty() || c.article.trim().is_empty() {
        return Err(format!("{ctx}: citation needs an article and a quote"));
    }
    Ok(format!(
        "Cite {{ article: {}, quote: {}, source: {} }}",
        s(&c.article),
        s(&c.quote),
        opt_s(&c.source)
    ))
}

/// The citation of a part of a rule (a route, an addition, a measure…): it quotes the rule's
/// own document, so where the rule names that document (national law), the part names it too.
fn cite_parts(article: &str, quote: &str, rule_cites: &[CiteToml], ctx: &str) -> R<String> {
    cite(
        &CiteToml {
            article: article.into(),
            quote: quote.into(),
            source: rule_cites.first().and_then(|c| c.source.clone()),
        },
        ctx,
    )
}

fn unit(u: &str, ctx: &str) -> R<&'static str> {
    Ok(match u {
        "day" => "Unit::Day",
        "working_day" => "Unit::WorkingDay",
        "week" => "Unit::Week",
        "month" => "Unit::Month",
        "year" => "Unit::Year",
        "hour" => "Unit::Hour",
        "minute" => "Unit::Minute",
        other => return Err(format!("{ctx}: unknown unit `{other}`")),
    })
}

struct Gen {
    out: String,
    /// (ambiguity id, default reading, rows) for ambiguities attached by inventory row.
    attached: Vec<(String, String, Vec<String>)>,
    conflict_targets: Vec<(String, String)>,
    ids: BTreeSet<String>,
    ambiguity_ids: BTreeSet<String>,
}

impl Gen {
    fn meta(&mut self, m: &MetaToml, ruleset: &str, ctx: &str) -> R<String> {
        if !self.ids.insert(m.id.clone()) {
            return Err(format!("{ctx}: duplicate rule id `{}`", m.id));
        }
        if m.cite.is_empty() {
            return Err(format!("{ctx}: rule `{}` has no citation", m.id));
        }
        if m.refs.is_empty() && ruleset != "cn-national" {
            return Err(format!("{ctx}: rule `{}` has no inventory refs", m.id));
        }
        let cites: R<Vec<String>> = m.cite.iter().map(|c| cite(c, ctx)).collect();
        let mut ambs = Vec::new();
        for (id, default, rows) in &self.attached {
            if !m.ambiguities.iter().any(|a| &a.id == id) && m.refs.iter().any(|r| rows.contains(r))
            {
                ambs.push(format!(
                    "AmbRef {{ id: {}, default: {} }}",
                    s(id),
                    s(default)
                ));
            }
        }
        for a in &m.ambiguities {
            if !self.ambiguity_ids.contains(&a.id) {
                return Err(format!(
                    "{ctx}: rule `{}` names unknown ambiguity `{}`",
                    m.id, a.id
                ));
            }
            ambs.push(format!(
                "AmbRef {{ id: {}, default: {} }}",
                s(&a.id),
                s(&a.default)
            ));
        }
        for c in &m.conflicts {
            self.conflict_targets
                .push((format!("{ctx}: rule `{}`", m.id), c.rule.clone()));
        }
        let conflicts: Vec<String> = m
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "ConflictRef {{ rule: {}, summary: {}, minimum: {} }}",
                    s(&c.rule),
                    text(&c.zh, &c.en),
                    c.minimum
                )
            })
            .collect();
        Ok(format!(
            "RuleMeta {{ id: {}, ruleset: {}, refs: {}, name: {}, cites: &[{}], in_force: {}, until: {}, ambiguities: &[{}], conflicts: &[{}], note: {} }}",
            s(&m.id),
            s(ruleset),
            strs(&m.refs),
            text(&m.name_zh, &m.name_en),
            cites?.join(", "),
            ymd(&m.in_force, ctx)?,
            opt_ymd(&m.until, ctx)?,
            ambs.join(", "),
            conflicts.join(", "),
            opt_text(&m.note_zh, &m.note_en, ctx)?
        ))
    }
}

fn inputs(v: &[InputToml], ctx: &str) -> R<String> {
    let mut out = Vec::new();
    for i in v {
        let ty = match i.ty.as_str() {
            "date" => "Date",
            "datetime" => "Moment",
            "money" => "Money",
            "integer" => "Integer",
            "number" => "Number",
            "boolean" => "Boolean",
            "enum" => "Enum",
            "roles" => "Roles",
            "enums" => "Enums",
            other => {
                return Err(format!(
                    "{ctx}: input `{}` has unknown type `{other}`",
                    i.name
                ))
            }
        };
        if (ty == "Enum" || ty == "Enums") && i.values.is_empty() {
            return Err(format!("{ctx}: enum input `{}` lists no values", i.name));
        }
        let values: Vec<String> = i
            .values
            .iter()
            .map(|e| {
                format!(
                    "EnumValue {{ value: {}, label: {} }}",
                    s(&e.value),
                    text(&e.zh, &e.en)
                )
            })
            .collect();
        out.push(format!(
            "InputSpec {{ name: {}, ty: InputType::{ty}, label: {}, required: {}, values: &[{}], min: {}, max: {} }}",
            s(&i.name),
            text(&i.label_zh, &i.label_en),
            i.required,
            values.join(", "),
            opt_f64(i.min),
            opt_f64(i.max)
        ));
    }
    Ok(format!("&[{}]", out.join(", ")))
}

fn conds(v: &[CondToml], inputs: &[InputToml], ctx: &str) -> R<String> {
    let mut out = Vec::new();
    for c in v {
        out.push(cond(c, inputs, ctx, true)?);
    }
    Ok(format!("&[{}]", out.join(", ")))
}

/// One condition: `one_of`, `none_of` (NOT), `is`, a `min`/`max` band, or `any` (OR of
/// conditions on other inputs, one level deep, with no `fact` of its own).
fn cond(c: &CondToml, inputs: &[InputToml], ctx: &str, any_allowed: bool) -> R<String> {
    if let Some(group) = &c.any {
        if !any_allowed
            || !c.fact.is_empty()
            || c.one_of.is_some()
            || c.none_of.is_some()
            || c.is.is_some()
        {
            return Err(format!(
                "{ctx}: `any` stands alone, one level deep, with no `fact`"
            ));
        }
        if group.len() < 2 {
            return Err(format!("{ctx}: `any` needs two conditions or more"));
        }
        let mut out = Vec::new();
        for g in group {
            out.push(cond(g, inputs, ctx, false)?);
        }
        return Ok(format!(
            "Cond {{ fact: \"\", test: Test::Any(&[{}]) }}",
            out.join(", ")
        ));
    }
    let Some(input) = inputs.iter().find(|i| i.name == c.fact) else {
        return Err(format!("{ctx}: condition on undeclared input `{}`", c.fact));
    };
    let known = |values: &Vec<String>| -> R<()> {
        match values
            .iter()
            .find(|v| !input.values.iter().any(|e| &&e.value == v))
        {
            Some(v) => Err(format!("{ctx}: `{v}` is not a value of input `{}`", c.fact)),
            None => Ok(()),
        }
    };
    let band = c.min.is_some() || c.max.is_some();
    let test = match (&c.one_of, &c.none_of, c.is, band) {
        (Some(values), None, None, false) => {
            known(values)?;
            format!("Test::OneOf({})", strs(values))
        }
        (None, Some(values), None, false) => {
            known(values)?;
            format!("Test::NoneOf({})", strs(values))
        }
        (None, None, Some(b), false) => format!("Test::Is({b})"),
        (None, None, None, true) => format!(
            "Test::Band {{ min: {}, min_inclusive: {}, max: {}, max_inclusive: {} }}",
            opt_f64(c.min),
            c.min_inclusive,
            opt_f64(c.max),
            c.max_inclusive
        ),
        _ => {
            return Err(format!(
                "{ctx}: condition on `{}` needs exactly one of one_of / none_of / is / min-max",
                c.fact
            ))
        }
    };
    Ok(format!("Cond {{ fact: {}, test: {test} }}", s(&c.fact)))
}

fn action(a: &str, ctx: &str) -> R<&'static str> {
    Ok(match a {
        "draft" => "Action::Draft",
        "review" => "Action::Review",
        "countersign" => "Action::Countersign",
        "approve" => "Action::Approve",
        "sign" => "Action::Sign",
        "decide" => "Action::Decide",
        "record" => "Action::Record",
        "notify" => "Action::Notify",
        "report" => "Action::Report",
        "handle" => "Action::Handle",
        other => return Err(format!("{ctx}: unknown action `{other}`")),
    })
}

fn every(e: &str, ctx: &str) -> R<String> {
    let parts: Vec<&str> = e.split(':').collect();
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<u32>().ok())
            .ok_or(format!("{ctx}: bad `every` `{e}`"))
    };
    Ok(match parts.first().copied() {
        Some("week") => format!("Every::Week({})", n(1)?),
        Some("month") => format!("Every::Month({})", n(1)?),
        Some("quarter") => format!("Every::Quarter({})", n(1)?),
        Some("half_year") => "Every::HalfYear".into(),
        Some("year") => format!("Every::Year({}, {})", n(1)?, n(2)?),
        _ => return Err(format!("{ctx}: bad `every` `{e}`")),
    })
}

impl Gen {
    fn deadline(&mut self, d: &DeadlineToml, ruleset: &str, ctx: &str) -> R<String> {
        let ctx = &format!("{ctx} [{}]", d.meta.id);
        let meta = self.meta(&d.meta, ruleset, ctx)?;
        let kind = match d.kind.as_str() {
            "after" => "After",
            "before" => "Before",
            "same_day" => "SameDay",
            "immediately" => "Immediately",
            "fixed_date" => "FixedDate",
            "recurring" => "Recurring",
            "set_by_input" => "SetByInput",
            other => return Err(format!("{ctx}: unknown kind `{other}`")),
        };
        if matches!(kind, "After" | "Before") && (d.amount == 0 || d.unit.is_none()) {
            return Err(format!(
                "{ctx}: kind `{}` needs amount > 0 and a unit",
                d.kind
            ));
        }
        if kind == "FixedDate" && d.month.is_none() {
            return Err(format!(
                "{ctx}: fixed_date needs month (and day, 0 = month end)"
            ));
        }
        if kind == "Recurring" && d.every.is_none() {
            return Err(format!("{ctx}: recurring needs `every`"));
        }
        let counting = match d.counting.as_deref().unwrap_or("civil") {
            "civil" => "Counting::Civil",
            "start_day_counted" => "Counting::StartDayCounted",
            "no_roll" => "Counting::NoRoll",
            "litigation" => "Counting::Litigation",
            "month_end" => "Counting::MonthEnd",
            other => return Err(format!("{ctx}: unknown counting `{other}`")),
        };
        let extension = match &d.extension {
            Some(e) => format!(
                "Some(Extension {{ amount: {}, unit: {}, approver: {}, refs: {}, cite: {} }})",
                e.amount,
                unit(&e.unit, ctx)?,
                text(&e.approver_zh, &e.approver_en),
                strs(&e.refs),
                cite_parts(&e.article, &e.quote, &d.meta.cite, ctx)?
            ),
            None => "None".into(),
        };
        let every = match &d.every {
            Some(e) => format!("Some({})", every(e, ctx)?),
            None => "None".into(),
        };
        Ok(format!(
            "DeadlineRule {{ meta: {meta}, trigger: {}, kind: DeadlineKind::{kind}, amount: {}, unit: {}, counting: {counting}, month: {}, day: {}, year_offset: {}, every: {every}, extension: {extension}, on_expiry: {}, soft: {}, duty: {} }}",
            text(&d.trigger_zh, &d.trigger_en),
            d.amount,
            unit(d.unit.as_deref().unwrap_or("day"), ctx)?,
            d.month.unwrap_or(0),
            d.day.unwrap_or(0),
            d.year_offset.unwrap_or(0),
            opt_text(&d.on_expiry_zh, &d.on_expiry_en, ctx)?,
            d.soft,
            text(&d.duty_zh, &d.duty_en),
        ))
    }

    fn approval(&mut self, a: &ApprovalToml, ruleset: &str, ctx: &str) -> R<String> {
        let ctx = &format!("{ctx} [{}]", a.meta.id);
        let meta = self.meta(&a.meta, ruleset, ctx)?;
        let mut routes = Vec::new();
        for r in &a.route {
            let mut steps = Vec::new();
            for st in &r.step {
                let ors: Vec<String> = st.or_roles.iter().map(|t| text(&t.zh, &t.en)).collect();
                steps.push(format!(
                    "Step {{ role: {}, action: {}, parallel: {}, or_roles: &[{}], quorum: {}, note: {} }}",
                    text(&st.role_zh, &st.role_en),
                    action(&st.action, ctx)?,
                    st.parallel,
                    ors.join(", "),
                    opt_text(&st.quorum_zh, &st.quorum_en, ctx)?,
                    opt_text(&st.note_zh, &st.note_en, ctx)?
                ));
            }
            if steps.is_empty() {
                return Err(format!("{ctx}: a route has no steps"));
            }
            routes.push(format!(
                "Route {{ refs: {}, when: {}, cite: {}, label: {}, steps: &[{}] }}",
                strs(&r.refs),
                conds(&r.when, &a.input, ctx)?,
                cite_parts(&r.article, &r.quote, &a.meta.cite, ctx)?,
                text(&r.label_zh, &r.label_en),
                steps.join(", ")
            ));
        }
        let overlap = match &a.overlap {
            Some(o) => format!(
                "Some(AmbRef {{ id: {}, default: {} }})",
                s(&o.id),
                s(&o.default)
            ),
            None => "None".into(),
        };
        let mut subs = Vec::new();
        for sub in &a.substitution {
            subs.push(format!(
                "Substitution {{ role: {}, with_absent: {}, by: {}, cite: {}, refs: {} }}",
                s(&sub.role),
                strs(&sub.with_absent),
                text(&sub.by_zh, &sub.by_en),
                cite_parts(&sub.article, &sub.quote, &a.meta.cite, ctx)?,
                strs(&sub.refs)
            ));
        }
        Ok(format!(
            "ApprovalRule {{ meta: {meta}, inputs: {}, routes: &[{}], overlap: {overlap}, substitutions: &[{}] }}",
            inputs(&a.input, ctx)?,
            routes.join(", "),
            subs.join(", ")
        ))
    }

    fn leave(&mut self, l: &LeaveToml, ruleset: &str, ctx: &str) -> R<String> {
        let ctx = &format!("{ctx} [{}]", l.meta.id);
        let meta = self.meta(&l.meta, ruleset, ctx)?;
        if let Some(from) = &l.days_from {
            if l.base_days != 0 || !l.addition.is_empty() {
                return Err(format!("{ctx}: `days_from` takes the days from another rule; base_days must be 0 and there can be no additions"));
            }
            self.conflict_targets
                .push((format!("{ctx}: days_from"), from.clone()));
        }
        let mut adds = Vec::new();
        for a in &l.addition {
            adds.push(format!(
                "LeaveAddition {{ when: {}, days: {}, per: {}, label: {}, cite: {}, refs: {}, obsolete: {} }}",
                conds(&a.when, &l.input, ctx)?,
                a.days,
                opt_s(&a.per),
                text(&a.label_zh, &a.label_en),
                cite_parts(&a.article, &a.quote, &l.meta.cite, ctx)?,
                strs(&a.refs),
                opt_text(&a.obsolete_zh, &a.obsolete_en, ctx)?
            ));
        }
        Ok(format!(
            "LeaveRule {{ meta: {meta}, inputs: {}, base_days: {}, unit: {}, additions: &[{}], approval: {}, days_from: {} }}",
            inputs(&l.input, ctx)?,
            l.base_days,
            unit(&l.unit, ctx)?,
            adds.join(", "),
            opt_s(&l.approval),
            opt_s(&l.days_from)
        ))
    }

    fn sanction(&mut self, x: &SanctionToml, ruleset: &str, ctx: &str) -> R<String> {
        let ctx = &format!("{ctx} [{}]", x.meta.id);
        let meta = self.meta(&x.meta, ruleset, ctx)?;
        let mut parties = Vec::new();
        for p in &x.party {
            parties.push(format!(
                "PartyRule {{ when: {}, party: {}, responsibility: {}, cite: {}, refs: {}, untyped: {} }}",
                conds(&p.when, &x.input, ctx)?,
                text(&p.party_zh, &p.party_en),
                text(&p.responsibility_zh, &p.responsibility_en),
                cite_parts(&p.article, &p.quote, &x.meta.cite, ctx)?,
                strs(&p.refs),
                p.untyped
            ));
            if p.untyped && !x.meta.ambiguities.iter().any(|a| a.id == "B24") {
                return Err(format!(
                    "{ctx}: party `{}` is untyped but the rule does not attach B24",
                    p.party_zh
                ));
            }
        }
        let mut measures = Vec::new();
        for m in &x.measure {
            let ms: Vec<String> = m.measures.iter().map(|t| text(&t.zh, &t.en)).collect();
            if let Some(law) = &m.law {
                self.conflict_targets
                    .push((format!("{ctx}: measure `law`"), law.clone()));
            }
            let reading = match &m.reading {
                Some(r) if self.ambiguity_ids.contains(&r.id) => format!(
                    "Some(AmbRef {{ id: {}, default: {} }})",
                    s(&r.id),
                    s(&r.default)
                ),
                Some(r) => {
                    return Err(format!("{ctx}: measure names unknown ambiguity `{}`", r.id))
                }
                None => "None".into(),
            };
            measures.push(format!(
                "MeasureRule {{ when: {}, measures: &[{}], mode: {}, cite: {}, refs: {}, exempts: {}, reading: {reading}, law: {} }}",
                conds(&m.when, &x.input, ctx)?,
                ms.join(", "),
                text(&m.mode_zh, &m.mode_en),
                cite_parts(&m.article, &m.quote, &x.meta.cite, ctx)?,
                strs(&m.refs),
                m.exempts,
                opt_s(&m.law)
            ));
        }
        Ok(format!(
            "SanctionRule {{ meta: {meta}, inputs: {}, parties: &[{}], measures: &[{}] }}",
            inputs(&x.input, ctx)?,
            parties.join(", "),
            measures.join(", ")
        ))
    }
}

fn procedure(p: &ProcedureToml, ruleset: &str) -> String {
    let events: Vec<String> = p
        .events
        .iter()
        .map(|e| format!("({}, {})", s(&e.name), text(&e.zh, &e.en)))
        .collect();
    let steps: Vec<String> = p
        .step
        .iter()
        .map(|st| {
            format!(
                "ProcStep {{ id: {}, name: {}, rule: {}, from: {}, only_if: {}, extended_by: {}, completes: {}, internal: {} }}",
                s(&st.id),
                text(&st.name_zh, &st.name_en),
                s(&st.rule),
                s(&st.from),
                opt_s(&st.only_if),
                opt_s(&st.extended_by),
                opt_s(&st.completes),
                st.internal
            )
        })
        .collect();
    format!(
        "Procedure {{ id: {}, ruleset: {}, name: {}, events: &[{}], steps: &[{}] }}",
        s(&p.id),
        s(ruleset),
        text(&p.name_zh, &p.name_en),
        events.join(", "),
        steps.join(", ")
    )
}

/// The calendar's tables; `notes`: with each notice's note (how it was read, one-off changes).
fn calendar(c: &CalendarFile, notes: bool) -> R<String> {
    if c.schema != 1 {
        return Err("data/calendar/cn.toml: schema must be 1".into());
    }
    let mut notices = Vec::new();
    for n in &c.notice {
        let ctx = format!("data/calendar/cn.toml [{} {}]", n.year, n.title);
        let mut holidays = Vec::new();
        for h in &n.holiday {
            if h.rest.len() != 2 {
                return Err(format!("{ctx}: `rest` must be [first, last]"));
            }
            let dates = |v: &[String]| -> R<String> {
                let v: R<Vec<String>> = v.iter().map(|d| ymd(d, &ctx)).collect();
                Ok(format!("&[{}]", v?.join(", ")))
            };
            holidays.push(format!(
                "NoticeHoliday {{ name: {}, rest: ({}, {}), statutory: {}, work: {} }}",
                text(&h.name_zh, &h.name_en),
                ymd(&h.rest[0], &ctx)?,
                ymd(&h.rest[1], &ctx)?,
                dates(&h.statutory)?,
                dates(&h.work)?
            ));
        }
        notices.push(format!(
            "Notice {{ year: {}, title: {}, number: {}, published: {}, url: {}, note: {}, holidays: &[{}] }}",
            n.year,
            s(&n.title),
            opt_s(&n.number),
            opt_ymd(&n.published, &ctx)?,
            opt_s(&n.url),
            if notes { opt_s(&n.note) } else { "None".to_owned() },
            holidays.join(", ")
        ));
    }
    Ok(format!(
        "/// First day the built-in calendar covers.\npub static CALENDAR_FIRST: Ymd = {};\n/// Last day the built-in calendar covers.\npub static CALENDAR_LAST: Ymd = {};\n/// The State Council holiday notices, in order of publication.\npub static NOTICES: &[Notice] = &[\n{}\n];\n",
        ymd(&c.first, "calendar first")?,
        ymd(&c.last, "calendar last")?,
        notices.join(",\n")
    ))
}

const META_KEYS: &[&str] = &[
    "id",
    "refs",
    "name_zh",
    "name_en",
    "cite",
    "in_force",
    "until",
    "ambiguities",
    "conflicts",
    "note_zh",
    "note_en",
];

/// The rule kinds flatten the common fields, which serde cannot combine with
/// `deny_unknown_fields`; check their keys here so a misspelt field fails the build.
fn check_keys(path: &Path) -> R<()> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let kinds: [(&str, &[&str]); 4] = [
        (
            "deadline",
            &[
                "trigger_zh",
                "trigger_en",
                "duty_zh",
                "duty_en",
                "kind",
                "amount",
                "unit",
                "counting",
                "month",
                "day",
                "year_offset",
                "every",
                "extension",
                "on_expiry_zh",
                "on_expiry_en",
                "soft",
            ],
        ),
        ("approval", &["input", "route", "overlap", "substitution"]),
        (
            "leave",
            &[
                "input",
                "base_days",
                "unit",
                "addition",
                "approval",
                "days_from",
            ],
        ),
        ("sanction", &["input", "party", "measure"]),
    ];
    for (kind, extra) in kinds {
        let Some(toml::Value::Array(items)) = table.get(kind) else {
            continue;
        };
        for item in items {
            let Some(t) = item.as_table() else { continue };
            for key in t.keys() {
                if !META_KEYS.contains(&key.as_str()) && !extra.contains(&key.as_str()) {
                    let id = t.get("id").and_then(|v| v.as_str()).unwrap_or("?");
                    return Err(format!(
                        "{}: [{id}] unknown field `{key}` in [[{kind}]]",
                        path.display()
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The rulesets: every `data/rules/<id>/ruleset.toml`, its `id` the folder's name, in id order
/// with `cn-national` first (the others cite it). A new ruleset is a folder and its seed text.
fn discover(data: &Path) -> R<Vec<(RulesetToml, PathBuf)>> {
    let mut folders = vec![data.join("rules")];
    // The tests build an example ruleset in from a folder of their own (tests/fixtures/rules).
    println!("cargo:rerun-if-env-changed=ZHENGWU_EXTRA_RULES");
    if let Ok(extra) = std::env::var("ZHENGWU_EXTRA_RULES") {
        let extra = data.parent().unwrap_or(data).join(extra);
        println!("cargo:rerun-if-changed={}", extra.display());
        folders.push(extra);
    }
    let mut found = Vec::new();
    for dir in folders {
        let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.filter_map(|e| e.ok()) {
            let folder = entry.path();
            if !folder.is_dir() {
                continue;
            }
            let file = folder.join("ruleset.toml");
            if !file.exists() {
                return Err(format!(
                    "{}: a ruleset folder needs its ruleset.toml",
                    folder.display()
                ));
            }
            let r: RulesetToml = read(&file)?;
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if r.id != name {
                return Err(format!(
                    "{}: id `{}` is not the folder's name `{name}`",
                    file.display(),
                    r.id
                ));
            }
            found.push((r, folder));
        }
    }
    found.sort_by(|(a, _), (b, _)| {
        (a.id != "cn-national", &a.id).cmp(&(b.id != "cn-national", &b.id))
    });
    Ok(found)
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> R<T> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run() -> R<()> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let data = root.join("data");
    println!("cargo:rerun-if-changed={}", data.display());

    let rulesets = discover(&data)?;
    let ambiguities: AmbiguitiesFile = read(&data.join("ambiguities.toml"))?;
    let cal: CalendarFile = read(&data.join("calendar/cn.toml"))?;

    let mut g = Gen {
        out: String::new(),
        attached: Vec::new(),
        conflict_targets: Vec::new(),
        ids: BTreeSet::new(),
        ambiguity_ids: BTreeSet::new(),
    };
    g.out
        .push_str("// @generated by build.rs from data/ — do not edit.\n\n");

    // Rulesets.
    let mut rs: Vec<(String, String)> = Vec::new();
    // A build may carry a subset of the rulesets: ZHENGWU_RULESETS, comma-separated ids (every
    // ruleset found when unset); `cn-national` is always included, as the others cite it.
    println!("cargo:rerun-if-env-changed=ZHENGWU_RULESETS");
    let subset = std::env::var("ZHENGWU_RULESETS").ok();
    let included = |id: &str| {
        id == "cn-national"
            || subset
                .as_deref()
                .is_none_or(|list| list.split(',').any(|x| x.trim() == id))
    };
    if let Some(list) = &subset {
        for id in list.split(',').map(str::trim).filter(|x| !x.is_empty()) {
            if !rulesets.iter().any(|(r, _)| r.id == id) {
                return Err(format!(
                    "ZHENGWU_RULESETS: no ruleset `{id}` under data/rules/"
                ));
            }
        }
    }
    for (r, _) in rulesets.iter().filter(|(r, _)| included(&r.id)) {
        let ctx = format!("data/rules/{}/ruleset.toml", r.id);
        rs.push((r.id.clone(), format!(
            "Ruleset {{ id: {}, name: {}, issuer: {}, level: {}, source: {}, seed_file: {}, adopted: {}, published: {}, in_force: {}, dates_note: {} }}",
            s(&r.id), text(&r.name_zh, &r.name_en), text(&r.issuer_zh, &r.issuer_en), s(&r.level),
            text(&r.source_zh, &r.source_en), s(&r.seed_file), opt_ymd(&r.adopted, &ctx)?,
            opt_ymd(&r.published, &ctx)?, opt_ymd(&r.in_force, &ctx)?, text(&r.dates_note_zh, &r.dates_note_en)
        )));
    }

    // Ambiguities.
    let mut ams = Vec::new();
    for a in &ambiguities.ambiguity {
        if !g.ambiguity_ids.insert(a.id.clone()) {
            return Err(format!("data/ambiguities.toml: duplicate id {}", a.id));
        }
        match (&a.default, a.rows.is_empty()) {
            (Some(d), false) if a.reading.iter().any(|r| &r.key == d) => {
                g.attached.push((a.id.clone(), d.clone(), a.rows.clone()))
            }
            (None, true) => {}
            _ => {
                return Err(format!(
                "data/ambiguities.toml [{}]: `rows` needs a `default` that is one of its readings",
                a.id
            ))
            }
        }
        let readings: Vec<String> = a
            .reading
            .iter()
            .map(|r| {
                format!(
                    "ReadingDef {{ key: {}, text: {} }}",
                    s(&r.key),
                    text(&r.zh, &r.en)
                )
            })
            .collect();
        ams.push(format!(
            "AmbiguityDef {{ id: {}, question: {}, readings: &[{}] }}",
            s(&a.id),
            text(&a.question_zh, &a.question_en),
            readings.join(", ")
        ));
    }

    // Rules, per ruleset directory: one pack per ruleset (see src/rules/pack.rs).
    let mut packs = Vec::new();
    for ((r, dir), ruleset_lit) in rulesets.iter().filter(|(r, _)| included(&r.id)).zip(&rs) {
        let (mut deadlines, mut approvals, mut leaves, mut sanctions, mut procedures) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let Ok(entries) = fs::read_dir(dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .filter(|p| p.file_name().is_none_or(|n| n != "ruleset.toml"))
            .collect();
        files.sort();
        for f in files {
            check_keys(&f)?;
            let file: RulesFile = read(&f)?;
            let ctx = f.strip_prefix(&root).unwrap_or(&f).display().to_string();
            for d in &file.deadline {
                deadlines.push(g.deadline(d, &r.id, &ctx)?);
            }
            for a in &file.approval {
                approvals.push(g.approval(a, &r.id, &ctx)?);
            }
            for l in &file.leave {
                leaves.push(g.leave(l, &r.id, &ctx)?);
            }
            for x in &file.sanction {
                sanctions.push(g.sanction(x, &r.id, &ctx)?);
            }
            for p in &file.procedure {
                if !g.ids.insert(p.id.clone()) {
                    return Err(format!("{ctx}: duplicate id `{}`", p.id));
                }
                for st in &p.step {
                    let known_event = p.events.iter().any(|e| e.name == st.from)
                        || p.step.iter().any(|x| x.id == st.from);
                    if !known_event {
                        return Err(format!(
                            "{ctx}: procedure `{}` step `{}` starts from unknown event `{}`",
                            p.id, st.id, st.from
                        ));
                    }
                    if let Some(c) = &st.completes {
                        if !p.events.iter().any(|e| &e.name == c) {
                            return Err(format!(
                                "{ctx}: procedure `{}` step `{}` completes unknown event `{c}`",
                                p.id, st.id
                            ));
                        }
                    }
                    g.conflict_targets.push((
                        format!("{ctx}: procedure `{}` step `{}`", p.id, st.id),
                        st.rule.clone(),
                    ));
                }
                procedures.push(procedure(p, &r.id));
            }
        }
        let national = r.id == "cn-national";
        let name = format!("PACK_{}", r.id.to_uppercase().replace('-', "_"));
        let _ = writeln!(
            g.out,
            "/// The rules of `{}`.\n#[cfg(feature = \"embed\")]\npub static {name}: Pack = Pack {{\nruleset: {},\nneeds: &[{}],\nambiguities: &[\n{}\n],\ndeadlines: &[\n{}\n],\napprovals: &[\n{}\n],\nleave: &[\n{}\n],\nsanctions: &[\n{}\n],\nprocedures: &[\n{}\n],\n}};\n",
            r.id,
            ruleset_lit.1,
            if national { String::new() } else { s("cn-national") },
            if national { ams.join(",\n") } else { String::new() },
            deadlines.join(",\n"),
            approvals.join(",\n"),
            leaves.join(",\n"),
            sanctions.join(",\n"),
            procedures.join(",\n")
        );
        packs.push((r.id.clone(), name));
    }
    packs.sort_by_key(|(id, _)| id != "cn-national");
    let _ = writeln!(
        g.out,
        "/// The rulesets this build knows (the ids of its packs), `cn-national` first.\npub static PACK_IDS: &[&str] = &[{}];\n/// The packs compiled into this build.\n#[cfg(feature = \"embed\")]\npub static EMBEDDED: &[&Pack] = &[{}];\n",
        packs.iter().map(|(id, _)| s(id)).collect::<Vec<_>>().join(", "),
        packs.iter().map(|(_, n)| format!("&{n}")).collect::<Vec<_>>().join(", ")
    );
    // A fingerprint of the data, for rulesVersion: the same for the native build and the
    // browser module, which leaves the notices' notes out (about 2 KB gzipped; they stay in
    // cn.toml, and calendarInfo() gives `note: null` there).
    let full_calendar = calendar(&cal, true)?;
    let hash = fnv1a(format!("{}{full_calendar}", g.out).as_bytes());
    // The calendar tables go to their own file, included by the time layer (src/time/generated.rs).
    let calendar_out = if wasm_target() {
        calendar(&cal, false)?
    } else {
        full_calendar
    };
    let _ = writeln!(
        g.out,
        "/// FNV-1a hash of the generated tables.\npub static DATA_HASH: &str = \"{hash:016x}\";\n/// Crate version and data hash.\npub static RULES_VERSION: &str = \"{}+data.{hash:016x}\";",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );

    // After the data hash: which packs the module trusts does not change the rule data.
    let version = format!(
        "{}+data.{hash:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );
    g.out.push_str(&pack_hashes(&version)?);

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    fs::write(out_dir.join("calendar.rs"), calendar_out).map_err(|e| e.to_string())?;
    fs::write(out_dir.join("generated.rs"), g.out).map_err(|e| e.to_string())
}

/// `PACK_HASHES`: the SHA-256 (its first 16 bytes) of each rules pack the wasm module is built
/// with, read from the
/// file `ZHENGWU_PACK_HASHES` names (written by `examples/packs.rs`: a `version <rules version>`
/// line, then `<ruleset> <64 hex digits>` lines). Empty when unset: native builds embed their
/// rules, and a module built without the list trusts no pack file.
fn pack_hashes(version: &str) -> Result<String, String> {
    let mut rows = Vec::new();
    // Only the module reads it: native builds are not rebuilt when it changes.
    let wasm = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    if wasm {
        println!("cargo:rerun-if-env-changed=ZHENGWU_PACK_HASHES");
    }
    if let Some(path) = std::env::var("ZHENGWU_PACK_HASHES").ok().filter(|_| wasm) {
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let mut lines = text.lines();
        if lines.next() != Some(&format!("version {version}")) {
            return Err(format!(
                "{path}: the packs were built from other rule data than {version}"
            ));
        }
        for line in lines {
            let (id, hex) = line.split_once(' ').ok_or(format!("{path}: `{line}`"))?;
            let bytes = (0..16)
                .map(|i| hex.get(2 * i..2 * i + 2).map(|b| format!("0x{b}")))
                .collect::<Option<Vec<_>>>()
                .filter(|_| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                .ok_or(format!("{path}: `{line}`"))?;
            rows.push(format!("({id:?}, [{}])", bytes.join(", ")));
        }
    }
    Ok(format!(
        "/// The first 16 bytes of the SHA-256 of each rules pack this module was built with (see src/rules/pack.rs).\npub static PACK_HASHES: &[(&str, [u8; 16])] = &[{}];\n",
        rows.join(", ")
    ))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error in rule data: {e}");
        std::process::exit(1);
    }
}

/// Whether this build is for the browser module (wasm32).
fn wasm_target() -> bool {
    std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32")
}
