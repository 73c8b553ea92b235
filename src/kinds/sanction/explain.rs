//! Sanctions: the events its evaluation records, and their text.

use crate::base::text::Joined;
use crate::base::text::definite;
use crate::base::text::{Bilingual, Text};

/// A step of sanction evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SanctionEvent {
    /// The measures a measure rule allows on the facts given (a menu), and how they combine.
    MeasuresAllowed {
        /// The article.
        article: &'static str,
        /// The measures, in the seed's terms.
        measures: &'static [Text],
        /// How they combine (e.g. 可以单处或并处).
        mode: Text,
    },
    /// The (national) rule the seed defers to ("按…规定") calls for a measure on the same facts.
    LawApplied {
        /// The national rule's name.
        law: Text,
        /// The provision that decided.
        article: &'static str,
        /// What it provides.
        mode: Text,
    },
    /// A party would bear a responsibility, but an exemption applies: no measure is taken.
    PartyExempted {
        /// The party as the seed names it.
        party: Text,
        /// The responsibility it would bear.
        responsibility: Text,
        /// The article that allocates that responsibility.
        article: &'static str,
        /// The article of the exemption.
        exemption_article: &'static str,
        /// The exemption's words (不承担责任).
        exemption: Text,
    },
    /// A party bears a responsibility.
    PartyBears {
        /// The party as the seed names it.
        party: Text,
        /// The responsibility.
        responsibility: Text,
        /// The article that allocates it.
        article: &'static str,
    },
    /// B22 read as `all`: the measures listed apply together, not as a menu.
    AllTogether,
    /// B24 read as a type: a party the seed names without one is given it.
    Typed {
        /// The party.
        party: Bilingual,
        /// The responsibility as the seed names it.
        responsibility: Bilingual,
        /// The type the reading gives.
        typed: Text,
    },
    /// The facts given match none of the cases the rule covers (a warning).
    NoCaseMatches,
    /// The national rule applied carries a note (e.g. a text not yet checked against the
    /// official one), repeated as a warning.
    LawNote {
        /// The national rule's name.
        law: Text,
        /// Its note.
        note: Text,
    },
}

/// The zh and en names of `measures`, joined as each language lists them.
fn list(measures: &[Text]) -> (String, String) {
    let zh: Vec<&str> = measures.iter().map(|t| t.zh).collect();
    let en: Vec<&str> = measures.iter().map(|t| t.en).collect();
    (zh.joined("、"), en.joined(", "))
}

impl SanctionEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            SanctionEvent::MeasuresAllowed {
                article,
                measures,
                mode,
            } => {
                let (zh, en) = list(measures);
                Bilingual::new(
                    format!("可采取的措施（{article}）：{zh}；{}", mode.zh),
                    format!("measures allowed ({article}): {en}; {}", mode.en),
                )
            }
            SanctionEvent::LawApplied { law, article, mode } => Bilingual::new(
                format!("依 {}（{article}）：{}", law.zh, mode.zh),
                format!("under {} ({article}): {}", law.en, mode.en),
            ),
            SanctionEvent::PartyExempted {
                party,
                responsibility,
                article,
                exemption_article: art,
                exemption,
            } => Bilingual::new(
                format!(
                    "{}原应承担{}（{article}），但属{art}情形：{}，不采取任何追究措施",
                    party.zh, responsibility.zh, exemption.zh
                ),
                format!(
                    "{} would bear {} ({article}), but {art} applies: {}, and no measure is taken",
                    definite(party.en),
                    responsibility.en,
                    exemption.en
                ),
            ),
            SanctionEvent::PartyBears {
                party,
                responsibility,
                article,
            } => Bilingual::new(
                format!("{}承担{}（{article}）", party.zh, responsibility.zh),
                format!(
                    "{} bears {} ({article})",
                    definite(party.en),
                    responsibility.en
                ),
            ),
            SanctionEvent::AllTogether => Bilingual::new(
                "所列措施须同时适用（按疑点 B22 的“同时适用”理解）",
                "all the measures listed apply together (ambiguity B22 read as \"all\")",
            ),
            SanctionEvent::Typed {
                ref party,
                ref responsibility,
                typed,
            } => {
                let label = self.typed_label();
                Bilingual::new(
                    format!(
                        "{}：条文只写“{}”，未规定种类；按疑点 B24 的读法作为{}：{}",
                        party.zh, responsibility.zh, typed.zh, label.zh
                    ),
                    format!(
                        "{}: the text says only \"{}\", with no type; ambiguity B24 read as {}: {}",
                        party.en, responsibility.en, typed.en, label.en
                    ),
                )
            }
            SanctionEvent::NoCaseMatches => Bilingual::new(
                "所给事实不属于本条规定的追究情形",
                "the facts given match none of the cases this rule covers",
            ),
            SanctionEvent::LawNote { law, note } => Bilingual::new(
                format!("{}：{}", law.zh, note.zh),
                format!("{}: {}", law.en, note.en),
            ),
        }
    }
}

/// Leadership responsibility (领导责任), a type B24 can give.
pub const LEADERSHIP: Text = Text {
    zh: "领导责任",
    en: "leadership responsibility",
};

/// Direct responsibility (直接责任), a type B24 can give.
pub const DIRECT: Text = Text {
    zh: "直接责任",
    en: "direct responsibility",
};

impl SanctionEvent {
    /// For [`SanctionEvent::Typed`]: the seed's words with the type given ("行政过错责任（领导责任）");
    /// empty for the other events.
    pub fn typed_label(&self) -> Bilingual {
        match self {
            SanctionEvent::Typed {
                responsibility,
                typed,
                ..
            } => Bilingual::new(
                format!("{}（{}）", responsibility.zh, typed.zh),
                format!("{} ({})", responsibility.en, typed.en),
            ),
            _ => Bilingual::default(),
        }
    }
}

crate::explain::kind_events!(SanctionEvent);
