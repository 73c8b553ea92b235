//! An answer's reasons as a tape: numbers and one text, from which the JS binding builds the
//! reasons' objects without JSON text (issue 13; DESIGN.md, "How do an answer's reasons reach
//! JS?"). The snippet's builder (`with_reasons` in `src/binding/snippet.js`) reads it in the
//! order it is written here; a native reader in the tests rebuilds the same JSON the answer's
//! serialization writes.
//!
//! Layout (every entry one `u32`):
//! - the static texts JS is still missing: their first number, how many, then each one as a text
//!   sent in full (below);
//! - citations, trace, ambiguities, conflicts, warnings: each a count, then its items' fields in
//!   the order of their JSON.
//!
//! A text is one entry: a static text (the rule data's own, or the module's) as its number times
//! two, which JS decodes once and keeps; any other text as 1, its characters next in the tape's
//! text up to a NUL (JS finds it with `indexOf`: counting a text's length as JS counts it, in
//! UTF-16 units, took a twelfth of a deadline's time in the module). The rare text that holds a
//! NUL itself is written as its length in UTF-16 units plus one, times two, plus one, and is
//! followed by a NUL all the same. Flags and counts are plain numbers.

use super::{Ambiguity, Citation, Conflict, Explanation, Step};
use crate::base::text::Bilingual;

/// The reasons written out: `ops` as the layout above, `text` every text they carry in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tape {
    /// Counts, flags and texts' numbers or lengths.
    pub ops: Vec<u32>,
    /// The texts not sent by number, one after another.
    pub text: String,
}

/// The static texts given a number, in the order they were first written. A text lives as long
/// as the module (the rule data of a loaded pack is never freed), so its address names it: two
/// different texts never share one. (A sorted list, not a hash map: the module is 2 KB smaller.)
#[derive(Debug, Default)]
pub struct Statics {
    /// (address, length, number), sorted.
    ids: Vec<(usize, usize, u32)>,
    texts: Vec<&'static str>,
}

impl Statics {
    /// The text's number, giving it the next one the first time.
    fn id(&mut self, text: &'static str) -> u32 {
        let key = (text.as_ptr() as usize, text.len());
        match self
            .ids
            .binary_search_by_key(&key, |&(at, len, _)| (at, len))
        {
            Ok(i) => self.ids.get(i).map_or(0, |&(_, _, id)| id),
            Err(i) => {
                let id = count(self.texts.len());
                self.ids.insert(i, (key.0, key.1, id));
                self.texts.push(text);
                id
            }
        }
    }

    /// How many texts have a number.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether no text has a number yet.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// Writes the reasons of `ex`. `statics` numbers the static texts (`None` sends every text in
/// full); `known` is how many of them the reader holds already, so the tape starts with the rest.
pub fn reasons(ex: &Explanation, statics: Option<&mut Statics>, known: usize) -> Tape {
    // The header for a reader that lacks no text; `finish` rewrites it otherwise.
    let mut ops = Vec::with_capacity(64);
    ops.extend([count(known), 0]);
    let mut w = Writer {
        ops,
        text: String::with_capacity(1024),
        statics,
    };
    w.list(&ex.citations, Writer::citation);
    w.list(&ex.steps, Writer::step);
    w.list(&ex.ambiguities, Writer::ambiguity);
    w.list(&ex.conflicts, Writer::conflict);
    w.list(&ex.warnings(), Writer::bilingual);
    w.finish(known)
}

struct Writer<'a> {
    ops: Vec<u32>,
    text: String,
    statics: Option<&'a mut Statics>,
}

impl Writer<'_> {
    /// A text sent in full.
    fn text(&mut self, s: &str) {
        self.ops.push(text_entry(s));
        self.text.push_str(s);
        self.text.push('\0');
    }

    /// A text of the rule data or the module: by number.
    fn fixed(&mut self, s: &'static str) {
        match self.statics.as_deref_mut() {
            Some(statics) => {
                let id = statics.id(s);
                self.ops.push(id << 1);
            }
            None => self.text(s),
        }
    }

    fn number(&mut self, n: usize) {
        self.ops.push(count(n));
    }

    fn flag(&mut self, b: bool) {
        self.ops.push(u32::from(b));
    }

    fn list<T>(&mut self, items: &[T], item: fn(&mut Self, &T)) {
        self.number(items.len());
        for i in items {
            item(self, i);
        }
    }

    fn citation(&mut self, c: &Citation) {
        self.fixed(c.ruleset);
        self.fixed(c.document);
        self.fixed(c.article);
        self.fixed(c.quote);
        self.fixed(c.rule);
    }

    fn step(&mut self, s: &Step) {
        let step = s.render();
        self.fixed(step.rule);
        self.text(&step.zh);
        self.text(&step.en);
    }

    fn ambiguity(&mut self, a: &Ambiguity) {
        self.fixed(a.def.id);
        self.fixed(a.def.question.zh);
        self.fixed(a.def.question.en);
        self.number(a.def.readings.len());
        for r in a.def.readings {
            self.fixed(r.key);
            self.fixed(r.text.zh);
            self.fixed(r.text.en);
        }
        self.fixed(a.applied);
        self.flag(a.switchable);
        self.flag(a.effect.is_some());
        if let Some(effect) = &a.effect {
            self.bilingual(effect);
        }
    }

    fn conflict(&mut self, c: &Conflict) {
        self.text(&c.rule);
        self.bilingual(&c.summary);
        self.citation(&c.citation);
        self.text(&c.in_force);
        self.flag(c.due.is_some());
        if let Some(due) = &c.due {
            self.text(due);
        }
        self.flag(c.days.is_some());
        if let Some(days) = c.days {
            self.ops.push(days);
        }
    }

    fn bilingual(&mut self, b: &Bilingual) {
        self.text(&b.zh);
        self.text(&b.en);
    }

    /// The tape: first the static texts numbered from `known` on (the reader's missing ones),
    /// then what was written (after the header written first).
    fn finish(self, known: usize) -> Tape {
        let missing = match &self.statics {
            Some(statics) => statics.texts.get(known..).unwrap_or_default(),
            None => &[],
        };
        if missing.is_empty() {
            return Tape {
                ops: self.ops,
                text: self.text,
            };
        }
        let mut ops = Vec::with_capacity(self.ops.len() + missing.len());
        let mut text = String::with_capacity(self.text.len() + 256);
        ops.extend([count(known), count(missing.len())]);
        for s in missing {
            ops.push(text_entry(s));
            text.push_str(s);
            text.push('\0');
        }
        ops.extend(self.ops.get(2..).unwrap_or_default());
        text.push_str(&self.text);
        Tape { ops, text }
    }
}

/// A count as the tape's number (every count here is far below `u32::MAX`).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The entry of a text sent in full: 1, or for a text that holds a NUL its length as JS counts
/// it, plus one, times two, plus one.
fn text_entry(s: &str) -> u32 {
    if s.as_bytes().contains(&0) {
        count(utf16_len(s) + 1) << 1 | 1
    } else {
        1
    }
}

/// The length of `s` in UTF-16 units, as JS counts a string: one per character, two for one
/// outside the Basic Multilingual Plane (four UTF-8 bytes).
fn utf16_len(s: &str) -> usize {
    let continuation = s.bytes().filter(|&b| b & 0xC0 == 0x80).count();
    let four_byte = s.bytes().filter(|&b| b >= 0xF0).count();
    s.len() - continuation + four_byte
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_lengths_are_as_js_counts_them() {
        assert_eq!(utf16_len(""), 0);
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("第五十六条"), 5);
        assert_eq!(utf16_len("é"), 1);
        assert_eq!(utf16_len("𠀀a"), 3);
    }

    #[test]
    fn a_text_holding_a_nul_carries_its_length() {
        assert_eq!(text_entry("第五十六条"), 1);
        // "a\0第" is 3 UTF-16 units: (3 + 1) × 2 + 1.
        assert_eq!(text_entry("a\0第"), 9);
    }

    #[test]
    fn a_static_text_is_numbered_once_and_sent_until_the_reader_has_it() {
        let mut statics = Statics::default();
        let mut ex = Explanation::new();
        ex.steps.push(Step {
            rule: "r",
            event: crate::explain::Event::Lookup(crate::explain::LookupEvent::RuleApplied {
                name: crate::base::text::Text {
                    zh: "名",
                    en: "name",
                },
            }),
        });
        let first = reasons(&ex, Some(&mut statics), 0);
        assert_eq!(statics.len(), 1);
        // known 0, one missing text ("r", sent in full), no citation, one step: "r" by number 0.
        assert_eq!(first.ops.get(..6), Some(&[0, 1, 1, 0, 1, 0][..]));
        assert!(first.text.starts_with("r\0"));
        let again = reasons(&ex, Some(&mut statics), 1);
        assert_eq!(again.ops.get(..5), Some(&[1, 0, 0, 1, 0][..]));
        assert!(!again.text.starts_with("r\0"));
        // A reader that lost its texts is sent them again.
        let lost = reasons(&ex, Some(&mut statics), 0);
        assert_eq!(lost.ops.get(..3), Some(&[0, 1, 1][..]));
    }
}
