//! Approval routes: the events its evaluation records, and their text.

use crate::base::text::Joined;
use crate::base::text::definite;
use crate::base::text::{Bilingual, Text};
use crate::explain::describe;
use crate::kinds::approval::data::Action;
use crate::rules::model::{Cond, InputSpec};

/// A step of approval evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum ApprovalEvent {
    /// A condition of the chosen route holds on the facts given.
    ConditionHolds {
        /// The condition.
        cond: Cond,
        /// The rule's inputs (for the label of the fact tested and of its values).
        inputs: &'static [InputSpec],
    },
    /// The route variant that applies.
    RouteChosen {
        /// Its label (e.g. "预算内 5000元-10000元").
        route: Text,
    },
    /// The facts given leave several variants open (the inputs they need are in `missing`).
    RouteUndecided,
    /// The facts given match none of the rule's variants.
    NoRouteMatches,
    /// The facts fall into several overlapping bands; the reading of the overlap applied picked
    /// this one.
    OverlapResolved {
        /// The label of the variant picked.
        route: Text,
    },
    /// A role of the route is away and the rule names who acts instead.
    StoodIn {
        /// The role that is away.
        role: Text,
        /// Who stands in.
        by: Text,
        /// What the absent role does in the route.
        action: Action,
        /// The article that names the stand-in.
        article: &'static str,
    },
    /// The inverse question: the approval rules of a ruleset searched for the matters a role
    /// approves, signs or decides.
    AuthoritySearched {
        /// The ruleset id, as asked.
        ruleset: String,
        /// The role, as asked.
        role: String,
        /// How many matters were found.
        found: usize,
    },
    /// The rule sets no route for the case given (a warning).
    NoRouteForCase,
    /// The facts match several routes and the text says not which prevails: the later is shown
    /// (a warning).
    SeveralCasesMatch {
        /// The routes' labels.
        labels: Vec<Text>,
    },
    /// A role is away and the rule names no stand-in (a warning).
    NoStandIn {
        /// The role.
        role: Text,
    },
    /// No matter of the ruleset is decided by the role asked about (a warning).
    RoleDecidesNothing {
        /// The role as asked.
        role: String,
    },
}

// The conditions' bounds are finite numbers from the rule data (checked by the datagen, `build/`), never NaN,
// so equality is an equivalence.
impl Eq for ApprovalEvent {}

impl ApprovalEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            ApprovalEvent::ConditionHolds { cond, inputs } => {
                let d = describe(cond, inputs);
                Bilingual::new(
                    format!("条件成立：{}", d.zh),
                    format!("condition holds: {}", d.en),
                )
            }
            ApprovalEvent::RouteChosen { route } => Bilingual::new(
                format!("适用情形：{}", route.zh),
                format!("route: {}", route.en),
            ),
            ApprovalEvent::RouteUndecided => Bilingual::new(
                "所给事实尚不足以确定审批路径，见 missing",
                "the facts given do not decide the route yet; see `missing`",
            ),
            ApprovalEvent::NoRouteMatches => Bilingual::new(
                "所给事实不属于本条规定的任何情形",
                "the facts given match none of the cases this rule covers",
            ),
            ApprovalEvent::OverlapResolved { route } => Bilingual::new(
                format!("边界重叠，按所选理解适用：{}", route.zh),
                format!("the bands overlap; by the reading applied: {}", route.en),
            ),
            ApprovalEvent::StoodIn {
                role,
                by,
                action,
                article,
            } => Bilingual::new(
                format!("{}外出，由{}代为{}（{article}）", role.zh, by.zh, action.zh()),
                format!(
                    "{} is away; {} acts instead ({article})",
                    definite(role.en),
                    definite(by.en)
                ),
            ),
            ApprovalEvent::AuthoritySearched {
                ruleset,
                role,
                found,
            } => Bilingual::new(
                format!("在 {ruleset} 的审批规则中查找由“{role}”审批、签发或审定的事项：共 {found} 项"),
                format!("searched the approval rules of {ruleset} for matters the `{role}` approves, signs or decides: {found} found"),
            ),
            ApprovalEvent::NoRouteForCase => Bilingual::new(
                "本条对所给情形没有规定审批路径",
                "this rule sets no route for the case given",
            ),
            ApprovalEvent::SeveralCasesMatch { labels } => {
                let zh: Vec<&str> = labels.iter().map(|l| l.zh).collect();
                let en: Vec<&str> = labels.iter().map(|l| l.en).collect();
                Bilingual::new(
                    format!("所给事实同时符合多种情形（{}），条文未说明如何取舍，按较后列出的情形作答", zh.joined("；")),
                    format!("the facts match several cases ({}); the text does not say which prevails, so the later one is shown", en.joined("; ")),
                )
            }
            ApprovalEvent::NoStandIn { role } => Bilingual::new(
                format!("{}外出，本规则未规定由谁代行", role.zh),
                format!("{} is away and this rule names no stand-in", definite(role.en)),
            ),
            ApprovalEvent::RoleDecidesNothing { role } => Bilingual::new(
                format!("本规则集中没有由“{role}”审批的事项（职务名称须与条文一致）"),
                format!("no matter in this ruleset is decided by `{role}` (use the role as the seed names it)"),
            ),
        }
    }
}

crate::explain::kind_events!(ApprovalEvent);
