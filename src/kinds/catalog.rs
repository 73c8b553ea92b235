//! The catalog: rulesets, rules, their citations, inventory refs and inputs.

use crate::eval::kind::{Capability, KindVisitor};
use crate::explain::Bilingual;
use crate::kinds::each_kind;
use crate::rules::generated::PACK_IDS;
use crate::rules::model::RuleMeta;
use serde::Serialize;

/// The crate version.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding only
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

pub use crate::rules::registry::{document_title, rules_version};

pub use crate::eval::kind::{InputInfo, ValueInfo};

/// A citation in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CiteInfo {
    /// Document title.
    pub document: String,
    /// Article.
    pub article: String,
    /// Verbatim quote.
    pub quote: String,
}

/// A rule in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// `deadline`, `approval`, `leave`, `sanction`, `check`.
    pub kind: &'static str,
    /// Name.
    pub name: Bilingual,
    /// Inventory ids it implements.
    pub refs: Vec<String>,
    /// Citations.
    pub citations: Vec<CiteInfo>,
    /// In force from.
    pub in_force: String,
    /// In force until, if it lapsed.
    pub until: Option<String>,
    /// The inputs it needs.
    pub inputs: Vec<InputInfo>,
    /// For deadlines: amount, unit, counting; for calculators: the shape (`attendance`, `score`,
    /// `amount`).
    pub period: Option<String>,
    /// For checks: the form the rule is about (`leave_requests`, `meeting` …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
    /// Ambiguity ids it depends on.
    pub ambiguities: Vec<String>,
    /// Ids of provisions that disagree with it.
    pub conflicts: Vec<String>,
    /// Notes on the rule.
    pub note: Option<Bilingual>,
}

/// A procedure in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcedureInfo {
    /// Procedure id.
    pub id: String,
    /// Name.
    pub name: Bilingual,
    /// Events a user can record.
    pub events: Vec<ValueInfo>,
    /// Step ids (each also an event recording the step's completion).
    pub steps: Vec<ValueInfo>,
}

/// A ruleset in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    /// Ruleset id.
    pub id: String,
    /// Name.
    pub name: Bilingual,
    /// Issuer.
    pub issuer: Bilingual,
    /// Level.
    pub level: String,
    /// Source document.
    pub source: Bilingual,
    /// Seed file name.
    pub seed_file: String,
    /// Adopted.
    pub adopted: Option<String>,
    /// Published.
    pub published: Option<String>,
    /// In force.
    pub in_force: Option<String>,
    /// How reliable the dates are.
    pub dates_note: Bilingual,
    /// Rules.
    pub rules: Vec<RuleInfo>,
    /// Procedures (timelines).
    pub procedures: Vec<ProcedureInfo>,
}

/// The whole catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// Crate and data version.
    pub rules_version: String,
    /// The rulesets this module has rules packs for (`rules/<id>.zwr`), loaded or not.
    pub available: Vec<String>,
    /// The loaded rulesets.
    pub rulesets: Vec<RulesetInfo>,
}

fn rule_info(
    kind: &'static str,
    meta: &RuleMeta,
    inputs: Vec<InputInfo>,
    period: Option<String>,
) -> RuleInfo {
    RuleInfo {
        id: meta.id.to_owned(),
        kind,
        name: (&meta.name).into(),
        refs: meta.refs.iter().map(|s| (*s).to_owned()).collect(),
        citations: meta
            .cites
            .iter()
            .map(|c| CiteInfo {
                document: document_title(meta.ruleset, c).to_owned(),
                article: c.article.to_owned(),
                quote: c.quote.to_owned(),
            })
            .collect(),
        in_force: meta.in_force.iso(),
        until: meta.until.map(|u| u.iso()),
        inputs,
        period,
        form: None,
        ambiguities: meta.ambiguities.iter().map(|a| a.id.to_owned()).collect(),
        conflicts: meta.conflicts.iter().map(|c| c.rule.to_owned()).collect(),
        note: meta.note.as_ref().map(Into::into),
    }
}

/// What `loadRules` answers: the ruleset now loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoadedRuleset {
    /// Ruleset id.
    pub ruleset: String,
    /// Its name.
    pub name: Bilingual,
    /// Crate and data version (the pack's and the module's, which must agree).
    pub rules_version: String,
}

/// The rulesets this module has packs for, and those loaded: what `catalog()` says about them,
/// without the rules (cheap, for deciding which packs to fetch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rulesets {
    /// The rulesets this module has packs for (`rules/<id>.zwr`), loaded or not.
    pub available: Vec<String>,
    /// The loaded rulesets, `cn-national` first.
    pub loaded: Vec<LoadedRuleset>,
}

fn available() -> Vec<String> {
    PACK_IDS.iter().map(|id| (*id).to_owned()).collect()
}

/// The available and the loaded rulesets.
pub fn rulesets() -> Rulesets {
    Rulesets {
        available: available(),
        loaded: crate::rules::registry::packs()
            .into_iter()
            .map(|p| loaded(&p.ruleset))
            .collect(),
    }
}

/// The answer to a successful `loadRules`.
pub fn loaded(r: &crate::rules::model::Ruleset) -> LoadedRuleset {
    LoadedRuleset {
        ruleset: r.id.to_owned(),
        name: (&r.name).into(),
        rules_version: rules_version().to_owned(),
    }
}

/// The catalog entries of a pack's rules, kind by kind (of one kind only, if `only`).
struct RulesOf {
    pack: &'static crate::rules::model::Pack,
    only: Option<&'static str>,
    rules: Vec<RuleInfo>,
}

impl KindVisitor for RulesOf {
    fn visit<K: Capability>(&mut self) {
        if self.only.is_some_and(|k| k != K::CATALOG_KIND) {
            return;
        }
        for rule in K::of(self.pack) {
            let mut info = rule_info(K::CATALOG_KIND, rule.meta(), rule.inputs(), rule.period());
            info.form = rule.form();
            self.rules.push(info);
        }
    }
}

/// Builds the catalog.
///
/// # Example
/// ```
/// let cat = zhengwu::catalog();
/// let wenshan = cat.rulesets.iter().find(|r| r.id == "wenshan-hrss-2019").unwrap();
/// let maternity = wenshan.rules.iter().find(|r| r.id == "wenshan.leave.maternity").unwrap();
/// assert!(maternity.inputs.iter().any(|i| i.name == "babies"));
/// ```
pub fn catalog() -> Catalog {
    Catalog {
        rules_version: rules_version().to_owned(),
        available: available(),
        rulesets: crate::rules::registry::packs()
            .into_iter()
            .map(ruleset_info)
            .collect(),
    }
}

/// What `catalog({ kind })` may ask for: a kind of rule (in [`crate::kinds::each_kind`]'s
/// order), or the procedures (`timeline`).
fn catalog_kinds() -> Vec<&'static str> {
    let mut names = crate::kinds::kind_names();
    names.push("timeline");
    names
}

/// Part of the catalog, as `catalog({ ruleset, kind })` asks for it: only the loaded ruleset
/// `ruleset`, and only the entries of `kind` (its rules, or for `timeline` its procedures). An
/// element builds only what it shows: the catalog of every loaded rule is ~20 times larger than a
/// procedure's.
///
/// # Errors
/// `UNKNOWN_RULESET` or `RULESET_NOT_LOADED` naming `ruleset`; `INVALID_INPUT` naming `kind` for
/// a kind other than those of rules (`deadline`, `approval`, `leave`, `sanction`, `fact`) and
/// `timeline`.
///
/// # Example
/// ```
/// let cat = zhengwu::catalog_of(Some("wenshan-hrss-2019"), Some("timeline")).unwrap();
/// assert_eq!(cat.rulesets.len(), 1);
/// assert!(cat.rulesets[0].rules.is_empty() && !cat.rulesets[0].procedures.is_empty());
/// let err = zhengwu::catalog_of(Some("nowhere"), None).unwrap_err();
/// assert_eq!((err.code.as_str(), err.field.as_deref()), ("UNKNOWN_RULESET", Some("ruleset")));
/// ```
pub fn catalog_of(ruleset: Option<&str>, kind: Option<&str>) -> crate::error::Result<Catalog> {
    let only = match kind {
        None => None,
        Some(k) => {
            let kinds = catalog_kinds();
            let found = kinds.iter().find(|c| **c == k).copied();
            Some(found.ok_or_else(|| crate::kinds::not_a_kind(&kinds))?)
        }
    };
    let packs = match ruleset {
        Some(id) => vec![crate::rules::registry::pack(id)?],
        None => crate::rules::registry::packs(),
    };
    Ok(Catalog {
        rules_version: rules_version().to_owned(),
        available: available(),
        rulesets: packs.into_iter().map(|p| ruleset_part(p, only)).collect(),
    })
}

/// One ruleset's part of the catalog.
pub fn ruleset_info(pack: &'static crate::rules::model::Pack) -> RulesetInfo {
    ruleset_part(pack, None)
}

/// One ruleset's part of the catalog: every entry, or those of kind `only` (a rule kind, or
/// `timeline` for the procedures alone).
fn ruleset_part(
    pack: &'static crate::rules::model::Pack,
    only: Option<&'static str>,
) -> RulesetInfo {
    let rs = &pack.ruleset;
    let mut rules = RulesOf {
        pack,
        only,
        rules: Vec::new(),
    };
    each_kind(&mut rules);
    let rules = rules.rules;
    let procedures =
        <crate::kinds::timeline::data::Procedure as crate::rules::section::Part>::of(pack)
            .iter()
            .filter(|_| only.is_none_or(|k| k == "timeline"))
            .map(|p| ProcedureInfo {
                id: p.id.to_owned(),
                name: (&p.name).into(),
                events: p
                    .events
                    .iter()
                    .map(|(n, t)| ValueInfo {
                        value: (*n).to_owned(),
                        zh: t.zh.to_owned(),
                        en: t.en.to_owned(),
                    })
                    .collect(),
                steps: p
                    .steps
                    .iter()
                    .map(|s| ValueInfo {
                        value: s.id.to_owned(),
                        zh: s.name.zh.to_owned(),
                        en: s.name.en.to_owned(),
                    })
                    .collect(),
            })
            .collect();
    RulesetInfo {
        id: rs.id.to_owned(),
        name: (&rs.name).into(),
        issuer: (&rs.issuer).into(),
        level: rs.level.to_owned(),
        source: (&rs.source).into(),
        seed_file: rs.seed_file.to_owned(),
        adopted: rs.adopted.map(|d| d.iso()),
        published: rs.published.map(|d| d.iso()),
        in_force: rs.in_force.map(|d| d.iso()),
        dates_note: (&rs.dates_note).into(),
        rules,
        procedures,
    }
}
