//! From the TOML shapes to the model's types: every check the types cannot make (dates, texts in
//! both languages, conditions on declared inputs, what each kind of deadline needs), the
//! ambiguities attached by inventory row (`ambiguities.rs`), and the references between rules,
//! which are recorded here and checked once every ruleset is read (`refs.rs`).
//!
//! The model's types borrow `&'static` data (the engine's decoder borrows from the pack bytes);
//! a build script runs once, so it simply leaks what it builds.

use crate::ambiguities::Ambiguities;
use crate::kinds::calculator::data::ITEMS;
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

fn strs(v: &[String]) -> &'static [&'static str] {
    sl(v.iter().map(|s| st(s)).collect())
}

pub fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: st(zh),
        en: st(en),
    }
}

fn opt_text(zh: &Option<String>, en: &Option<String>, what: &str) -> R<Option<Text>> {
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

fn opt_ymd(v: &Option<String>) -> R<Option<Ymd>> {
    v.as_deref().map(ymd).transpose()
}

fn days_in_month(y: u16, m: u16) -> u16 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn cite(article: &str, quote: &str, source: Option<&str>) -> R<Cite> {
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
fn part_cite(article: &str, quote: &str, meta: &Meta) -> R<Cite> {
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
    fn at(&self, id: &str) -> String {
        format!("{}: rule {id}", self.file)
    }

    fn meta<K>(&mut self, rule: &Rule<K>, kind: Want) -> R<RuleMeta> {
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

    pub fn deadline(&mut self, rule: &Rule<DeadlineToml>) -> R<DeadlineRule> {
        let meta = self.meta(rule, Want::Deadline)?;
        let d = &rule.body;
        let at = self.at(meta.id);
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

    pub fn approval(&mut self, rule: &Rule<ApprovalToml>) -> R<ApprovalRule> {
        let meta = self.meta(rule, Want::Approval)?;
        let a = &rule.body;
        let at = self.at(meta.id);
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
                    quorum: opt_text(&s.quorum_zh, &s.quorum_en, "a step's quorum")
                        .map_err(fail)?,
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
                let r = self
                    .ambiguities
                    .amb_ref(o)
                    .map_err(|e| fail(format!("overlap: {e}")))?;
                if self.ambiguities.aspect(r.id) != Aspect::Overlap {
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
                a.route.iter().flat_map(|r| &r.step).flat_map(|s| {
                    std::iter::once(&s.role_zh).chain(s.or_roles.iter().map(|o| &o.zh))
                })
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

    pub fn leave(&mut self, rule: &Rule<LeaveToml>) -> R<LeaveRule> {
        let meta = self.meta(rule, Want::Leave)?;
        let l = &rule.body;
        let at = self.at(meta.id);
        let fail = |what: String| format!("{at}: {what}");
        if let Some(from) = &l.days_from {
            if l.base_days != 0 || !l.addition.is_empty() {
                return Err(fail("`days_from` takes the days from another rule; base_days must be 0 and there can be no additions".into()));
            }
            self.refs.refer(&at, "days_from", from, Want::Leave);
        }
        if let Some(approval) = &l.approval {
            self.refs.refer(&at, "approval", approval, Want::Approval);
        }
        let mut additions = Vec::new();
        for a in &l.addition {
            if let Some(per) = &a.per {
                let numeric = l.input.iter().any(|i| {
                    &i.name == per && matches!(i.ty, InputType::Integer | InputType::Number)
                });
                if !numeric {
                    return Err(fail(format!(
                        "addition `{}`: `per` names `{per}`, not a declared integer or number input",
                        a.label_zh
                    )));
                }
            }
            additions.push(LeaveAddition {
                when: conds(&a.when, &l.input).map_err(fail)?,
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
            inputs: inputs(&l.input).map_err(fail)?,
            base_days: l.base_days,
            unit: l.unit,
            additions: sl(additions),
            approval: l.approval.as_deref().map(st),
            days_from: l.days_from.as_deref().map(st),
        })
    }

    pub fn fact(&mut self, rule: &Rule<FactToml>) -> R<FactRule> {
        let meta = self.meta(rule, Want::Fact)?;
        let at = self.at(meta.id);
        let x = &rule.body;
        Ok(FactRule {
            meta,
            statement: text(&x.statement_zh, &x.statement_en),
            values: fact_table(&x.values).map_err(|e| format!("{at}: values: {e}"))?,
        })
    }

    pub fn sanction(&mut self, rule: &Rule<SanctionToml>) -> R<SanctionRule> {
        let meta = self.meta(rule, Want::Sanction)?;
        let x = &rule.body;
        let at = self.at(meta.id);
        let fail = |what: String| format!("{at}: {what}");
        let mut parties = Vec::new();
        for p in &x.party {
            let typed_by_reading = meta
                .ambiguities
                .iter()
                .any(|a| self.ambiguities.aspect(a.id) == Aspect::UntypedParty);
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
                self.refs.refer(&at, "measure law", law, Want::Sanction);
            }
            let reading = match &m.reading {
                Some(r) => {
                    let amb = self
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

    pub fn check(&mut self, rule: &Rule<CheckToml>) -> R<CheckRule> {
        let meta = self.meta(rule, Want::Check)?;
        let x = &rule.body;
        let at = self.at(meta.id);
        let fail = |what: String| format!("{at}: {what}");
        if x.test.is_empty() {
            return Err(fail("a check needs at least one [[check.test]]".into()));
        }
        let mut tests = Vec::new();
        for (i, t) in x.test.iter().enumerate() {
            let fail = |what: &str| fail(format!("test {}: {what}", i + 1));
            tests.push(check_test(t, x.form, x.severity).map_err(|e| fail(&e))?);
        }
        Ok(CheckRule {
            meta,
            form: x.form,
            applies_to: strs(&x.applies_to),
            severity: x.severity,
            message: text(&x.message_zh, &x.message_en),
            tests: sl(tests),
        })
    }

    pub fn procedure(&mut self, p: &ProcedureToml) -> R<Procedure> {
        let at = format!("{}: procedure {}", self.file, p.id);
        let fail = |what: String| format!("{at}: {what}");
        let id = st(&p.id);
        // Procedures share the rules' ids (a timeline is asked for by id).
        self.refs
            .define(id, Want::Procedure, self.ruleset)
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
            self.refs.refer(
                &format!("{at}: step {}", s.id),
                "rule",
                &s.rule,
                Want::Deadline,
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
            ruleset: self.ruleset,
            name: text(&p.name_zh, &p.name_en),
            events: sl(p
                .events
                .iter()
                .map(|e| (st(&e.name), text(&e.zh, &e.en)))
                .collect()),
            steps: sl(steps),
        })
    }
}

impl Lower<'_> {
    /// A calculator: its items in the shape's vocabulary (`ITEMS`), each with the numbers the
    /// engine reads, rows among the rule's, and a linked sanction rule that exists.
    pub fn calculator(&mut self, rule: &Rule<CalculatorToml>) -> R<CalculatorRule> {
        let meta = self.meta(rule, Want::Calculator)?;
        let x = &rule.body;
        let at = self.at(meta.id);
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
                self.refs
                    .refer(&at, "item sanction_rule", s, Want::Sanction);
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
            if *shape == x.shape
                && x.shape == Shape::Attendance
                && !items.iter().any(|i| i.key == *key)
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
}

fn inputs(v: &[InputToml]) -> R<&'static [InputSpec]> {
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

fn conds(v: &[CondToml], inputs: &[InputToml]) -> R<&'static [Cond]> {
    let out: R<Vec<Cond>> = v.iter().map(|c| cond(c, inputs, true)).collect();
    Ok(sl(out?))
}

/// One condition: `one_of`, `none_of` (NOT), `is`, a `min`/`max` band, or `any` (OR of
/// conditions on other inputs, one level deep, with no `fact` of its own).
fn cond(c: &CondToml, inputs: &[InputToml], any_allowed: bool) -> R<Cond> {
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

// ------------------------------------------------------------------------------------------------
// Checks

/// One test of a check rule: what each test needs, and the form it reads, checked.
fn check_test(t: &CheckTestToml, form: Form, severity: Severity) -> R<CheckTest> {
    let form = t.form.unwrap_or(form);
    let reads = match t.test {
        TestKind::NotTogether | TestKind::AtMostPerSection => Some(Form::LeaveRequests),
        TestKind::OnDuty => Some(Form::DutyRoster),
        TestKind::Timing if matches!(form, Form::StudyPlan | Form::LeaderReception) => None,
        TestKind::Quorum | TestKind::VotePass | TestKind::Duration | TestKind::Timing => {
            Some(Form::Meeting)
        }
        TestKind::Count => None,
        TestKind::Ratio => Some(Form::FollowUpReport),
        TestKind::Tenure => Some(Form::PersonnelRecord),
        TestKind::OffHolidays => Some(Form::VehicleUse),
        TestKind::WithinMonths | TestKind::LastsMonths => Some(Form::Placement),
        // Every form that lists dated records.
        TestKind::PerPeriod if form.records().is_some() => None,
        TestKind::PerPeriod => Some(Form::MeetingSchedule),
        TestKind::Confirmed | TestKind::Persons => None,
        TestKind::MustFile => Some(Form::PenaltyCase),
    };
    let people = match form {
        Form::Destruction => Some("supervisors"),
        Form::Inspection => Some("inspectors"),
        Form::Reception => Some("receivers"),
        Form::Purchase => Some("buyers"),
        Form::Liaison => Some("liaisons"),
        _ => None,
    };
    if t.test == TestKind::Persons && (people.is_none() || t.what.as_deref() != people) {
        return Err(format!("persons reads the list of people of a destruction (`what = \"supervisors\"`) inspection (`what = \"inspectors\"`) reception (`what = \"receivers\"`) purchase (`what = \"buyers\"`) or liaison (`what = \"liaisons\"`), not {form:?}"));
    }
    if reads.is_some_and(|f| f != form) {
        return Err(format!(
            "{:?} reads the form {:?}, not {:?}",
            t.test, reads, form
        ));
    }
    let (min, max) = match t.exactly {
        Some(n) if t.min.is_none() && t.max.is_none() => (Some(n), Some(n)),
        Some(_) => return Err("`exactly` with `min` or `max`".into()),
        None => (t.min, t.max),
    };
    let fraction = match &t.fraction {
        None => (0, 0),
        Some(f) => {
            let (a, b) = f.split_once('/').ok_or("fraction: `a/b`")?;
            match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                (Ok(a), Ok(b)) if a > 0 && b > 0 && a <= b => (a, b),
                _ => return Err(format!("fraction `{f}`: `a/b` with 0 < a ≤ b")),
            }
        }
    };
    let denominator = t.denominator.unwrap_or(Denominator::None);
    let weekday = match t.weekday.as_deref() {
        None => None,
        Some(w) => Some(
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .position(|d| *d == w)
                .map(|p| p as u8 + 1)
                .ok_or_else(|| format!("weekday `{w}`: mon … sun"))?,
        ),
    };
    if let Some(s) = &t.starts_at {
        let ok = s.len() == 5
            && s.as_bytes().get(2) == Some(&b':')
            && s.get(0..2)
                .and_then(|h| h.parse::<u8>().ok())
                .is_some_and(|h| h < 24)
            && s.get(3..5)
                .and_then(|m| m.parse::<u8>().ok())
                .is_some_and(|m| m < 60);
        if !ok {
            return Err(format!("starts_at `{s}`: HH:MM"));
        }
    }
    let per = t.per.unwrap_or(Per::None);
    if t.test == TestKind::PerPeriod
        && !t.roles.is_empty()
        && !(t.by_organiser
            && t.roles.len() == 1
            && t.roles.iter().all(|r| {
                matches!(
                    (form, r.as_str()),
                    (Form::StudyPlan, "centralGroup" | "staff")
                        | (Form::FieldWork, "governmentMembers" | "contactLeaders")
                )
            }))
    {
        return Err("per_period `roles`: one roll of the form (study_plan: centralGroup | staff; field_work: governmentMembers | contactLeaders), with by_organiser".into());
    }
    if t.sum_hours && !matches!(form, Form::StudyPlan | Form::FieldWork) {
        return Err("sum_hours sums the hours of study sessions (study_plan) or the days of field work (field_work)".into());
    }
    let need = |ok: bool, what: &str| {
        if ok {
            Ok(())
        } else {
            Err(format!("{:?} needs {what}", t.test))
        }
    };
    match t.test {
        TestKind::NotTogether => need(
            !t.roles.is_empty() || t.pairs,
            "`roles` (with `served`) or `pairs = true`",
        )?,
        TestKind::AtMostPerSection => {
            need(t.leave.is_some() && max.is_some(), "`leave` and `max`")?
        }
        TestKind::OnDuty => need(
            min.is_some() || t.hours > 0 || t.leader,
            "`min`, `hours` or `leader`",
        )?,
        TestKind::Quorum => need(
            fraction.0 > 0 && matches!(denominator, Denominator::Members | Denominator::Due),
            "`fraction` and `denominator` = members | due",
        )?,
        TestKind::VotePass => need(
            fraction.0 > 0 && matches!(denominator, Denominator::Present | Denominator::Voting),
            "`fraction` and `denominator` = present | voting",
        )?,
        TestKind::PerPeriod => need(
            t.what.is_some() && per != Per::None && (min.is_some() || max.is_some()),
            "`what`, `per` and `min` / `max` / `exactly`",
        )?,
        TestKind::Count => need(
            t.what.as_deref().is_some_and(|w| form.counts().contains(&w))
                && (min.is_some() || max.is_some()),
            "`what` = a number of the form (meeting: proposals; meeting_topic, filing: copies; placement: trainees; seal_use: keptCopies; hospital_visit: giftYuan; field_research: months; document: drafterProofreadings, headProofreadings; welfare_request: souvenirs, souvenirYuan, meals) and `min` / `max` / `exactly`",
        )?,
        TestKind::Duration => need(
            matches!(
                t.what.as_deref(),
                Some("speeches" | "presentations" | "lengthMinutes")
            ) && max.is_some(),
            "`what` = speeches | presentations | lengthMinutes and `max` (minutes)",
        )?,
        TestKind::Timing => need(
            (weekday.is_some() || t.starts_at.is_some())
                && (form.records().is_none() || t.what.is_some()),
            "`weekday` or `starts_at` (and, on a list of records, `what`: the kind)",
        )?,
        TestKind::Tenure => need(min.is_some(), "`min` (the years)")?,
        TestKind::OffHolidays => need(!t.roles.is_empty(), "`roles` (the vehicles excepted)")?,
        TestKind::WithinMonths => need(
            matches!((min, max), (Some(a), Some(b)) if 1 <= a && a <= b && b <= 12),
            "`min` and `max`: the first and last month, 1–12",
        )?,
        TestKind::LastsMonths => need(
            matches!((min, max), (Some(a), Some(b)) if a == b && a > 0),
            "`exactly` (the months)",
        )?,
        TestKind::Ratio => need(fraction.0 > 0, "`fraction` (30% is \"30/100\")")?,
        TestKind::Persons => need(
            t.roles.len() == 1 && min.is_some(),
            "one `roles` (the role counted) and `min`",
        )?,
        TestKind::MustFile => need(
            t.min.is_some() && t.max.is_some() && !t.roles.is_empty() && !t.facts.is_empty(),
            "`min` (a unit's fine), `max` (an individual's), `roles` (the listed kinds) and `facts` (filed)",
        )?,
        TestKind::Confirmed => need(
            !t.facts.is_empty()
                && t.facts.iter().all(|f| {
                    f.key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                        && f.key.chars().all(|c| c.is_ascii_alphanumeric())
                }),
            "`facts` with camelCase keys",
        )?,
    }
    Ok(CheckTest {
        test: t.test,
        form,
        severity: t.severity.unwrap_or(severity),
        roles: strs(&t.roles),
        served: strs(&t.served),
        pairs: t.pairs,
        units: strs(&t.units),
        what: t.what.as_deref().map(st),
        leave: t.leave.as_deref().map(st),
        min,
        max,
        fraction,
        inclusive: t.inclusive.unwrap_or(true),
        denominator,
        per,
        by_organiser: t.by_organiser,
        sum_hours: t.sum_hours,
        hours: t.hours,
        leader: t.leader,
        holidays_only: t.holidays_only,
        weekday,
        starts_at: t.starts_at.as_deref().map(st),
        facts: sl(t
            .facts
            .iter()
            .map(|f| Confirm {
                key: st(&f.key),
                label: text(&f.zh, &f.en),
            })
            .collect()),
    })
}
