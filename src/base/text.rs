//! Texts in Chinese and English: static ones from the data ([`Text`]) and built ones
//! ([`Bilingual`]).

use serde::Serialize;

/// A static text in Chinese and English (written out as `{ zh, en }`, like [`Bilingual`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

/// A text in Chinese and English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// Builds a bilingual text.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }
}

impl From<&Text> for Bilingual {
    fn from(t: &Text) -> Self {
        Bilingual::new(t.zh, t.en)
    }
}

/// An English label with "the" before it, unless the data's label already has it ("the
/// enforcement officer"): "the {label} bears …" must not read "the the …".
pub fn definite(label: &str) -> String {
    if label.starts_with("the ") || label.starts_with("The ") {
        label.to_owned()
    } else {
        format!("the {label}")
    }
}

/// Texts joined with a separator: `[S]::join` and `concat` for the module's strings, as one small
/// loop (std's are two 1 KB functions per element type in the wasm, sized ahead with unchecked
/// copies).
pub trait Joined {
    /// The parts with `sep` between each two.
    fn joined(&self, sep: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, sep: &str) -> String {
        let mut out = String::new();
        for (i, part) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(part.as_ref());
        }
        out
    }
}
