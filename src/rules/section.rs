//! A pack's rules of one kind, kept without knowing the kind (issue 14): the rules layer reads
//! every rule's [`RuleMeta`] (id, inventory rows, citations: what lookups and indexes need) and
//! keeps the rest of each rule as bytes, which the kind's own type decodes the first time it is
//! asked for ([`Section::rules`]). So a kind's data shape lives with the kind, above this layer,
//! and a module without a kind (the citizens' module has no form checks or calculators) never
//! decodes its rules. The build script includes this file (`build/`) to write the sections.

use crate::rules::codec::{put_blob, DResult, Decode, Encode, Reader};
use crate::rules::model::RuleMeta;
use std::any::Any;
use std::sync::OnceLock;

/// A kind of rule as the rules layer knows it: its section's name in a pack, its name in
/// messages, its meta, and the encoding of the rest of a rule.
pub trait Rule: Sized + Send + Sync + 'static {
    /// The section's name in a pack, and the kind's name in the catalog (`deadline`, …).
    const KIND: &'static str;
    /// Its name in Chinese and English messages ("no 期限 rule …").
    const NAME: (&'static str, &'static str);
    /// What every rule carries.
    fn meta(&self) -> &RuleMeta;
    /// Appends the rule's fields after its meta.
    fn encode_body(&self, w: &mut Vec<u8>);
    /// Reads the rule's fields after its meta.
    ///
    /// # Errors
    /// The reason, when the bytes are not a rule of this kind.
    fn decode_body(meta: RuleMeta, r: &mut Reader) -> DResult<Self>;

    /// The rules of this kind in a pack, in data order (none where the pack has no such
    /// section, or where it did not decode; a pack loaded at run time had every section of a
    /// kind this module has decoded before it was kept, see [`Section::rules`]).
    #[inline(never)] // (once per kind in the module, not at every use)
    fn of(pack: &'static crate::rules::model::Pack) -> &'static [Self] {
        pack.section(Self::KIND)
            .and_then(|s| s.rules::<Self>().ok())
            .unwrap_or_default()
    }
}

/// Items of a section that are not rules and carry no meta (a timeline's procedures): decoded
/// whole, the first time they are asked for.
pub trait Part: Decode + Send + Sync + 'static {
    /// The section's name in a pack.
    const KIND: &'static str;

    /// The items of this kind in a pack, in data order (as [`Rule::of`]).
    #[inline(never)]
    fn of(pack: &'static crate::rules::model::Pack) -> &'static [Self] {
        pack.section(Self::KIND)
            .and_then(|s| s.parts::<Self>().ok())
            .unwrap_or_default()
    }
}

/// A kind's [`Rule`]: its section's name, its name in messages, and the encoding of its fields
/// after `meta` (in the listed order; the section reads `meta` first and hands it over).
macro_rules! codec_rule {
    ($($t:ident => $kind:literal, $zh:literal, $en:literal { $($f:ident),* $(,)? })*) => {$(
        impl $crate::rules::section::Rule for $t {
            const KIND: &'static str = $kind;
            const NAME: (&'static str, &'static str) = ($zh, $en);
            fn meta(&self) -> &$crate::rules::model::RuleMeta {
                &self.meta
            }
            fn encode_body(&self, w: &mut Vec<u8>) {
                $($crate::rules::codec::Encode::encode(&self.$f, w);)*
            }
            // Out of line: inlined into each other the decoders of the nested rule types cost
            // several times their size in the wasm.
            #[inline(never)]
            fn decode_body(
                meta: $crate::rules::model::RuleMeta,
                r: &mut $crate::rules::codec::Reader,
            ) -> $crate::rules::codec::DResult<Self> {
                Ok($t { meta, $($f: $crate::rules::codec::Decode::decode(r)?),* })
            }
        }
    )*};
}
pub(crate) use codec_rule;

/// One kind's rules in a pack: every rule's meta, decoded with the pack, and the rest of the
/// rules as bytes, decoded on first use by the kind's type.
pub struct Section {
    /// The kind's name (`Rule::KIND`).
    pub kind: &'static str,
    /// Each rule's meta, in data order.
    pub metas: &'static [RuleMeta],
    /// The rules' fields after their metas, one after another.
    body: &'static [u8],
    /// The rules, once a kind's type has decoded them.
    decoded: OnceLock<Decoded>,
}

impl Section {
    /// The section of `rules`, encoded (the build script writes packs of these).
    pub fn of_rules<T: Rule>(rules: &[T]) -> Section {
        let mut body = Vec::new();
        for rule in rules {
            rule.encode_body(&mut body);
        }
        let metas: Vec<RuleMeta> = rules.iter().map(|r| *r.meta()).collect();
        Section {
            kind: T::KIND,
            metas: metas.leak(),
            body: body.leak(),
            decoded: OnceLock::new(),
        }
    }

    /// The section of `items`, which are not rules (no metas; the build script writes these).
    pub fn of_parts<T: Part + Encode>(items: &'static [T]) -> Section {
        let mut body = Vec::new();
        items.encode(&mut body);
        Section {
            kind: T::KIND,
            metas: &[],
            body: body.leak(),
            decoded: OnceLock::new(),
        }
    }

    /// The section's items as `T`, decoded the first time (as [`Section::rules`]).
    ///
    /// # Errors
    /// The reason, when the bytes are not items of `T`.
    pub fn parts<T: Part>(&'static self) -> DResult<&'static [T]> {
        self.decoded_as(decode_parts::<T>)
    }

    /// The section's rules as kind `T`, decoded the first time (once per section for the life of
    /// the module).
    ///
    /// # Errors
    /// The reason, when the bytes are not rules of kind `T` (never for a pack this module was
    /// built with).
    pub fn rules<T: Rule>(&'static self) -> DResult<&'static [T]> {
        self.decoded_as(decode_rules::<T>)
    }

    /// The section's items as `T`, decoded by `decode` (which makes `T`s) the first time.
    fn decoded_as<T: 'static>(&'static self, decode: DecodeSection) -> DResult<&'static [T]> {
        let any = self.decoded_with(decode)?;
        any.downcast_ref::<&'static [T]>()
            .copied()
            .ok_or("section kind")
    }

    /// The decoded rules, decoding them with `decode` the first time. (Not generic: one copy of
    /// the once-only machinery in the module, not one per kind.)
    #[inline(never)]
    fn decoded_with(&'static self, decode: DecodeSection) -> Decoded {
        *self.decoded.get_or_init(|| decode(self.metas, self.body))
    }
}

/// A section's rules, decoded by their kind's type, behind `Any` (the rules layer knows no kind).
type Decoded = DResult<&'static (dyn Any + Send + Sync)>;

/// Decodes a section's rules (or parts) from its metas and its bytes.
type DecodeSection = fn(&'static [RuleMeta], &'static [u8]) -> Decoded;

/// Every item of a section of parts.
fn decode_parts<T: Part>(metas: &'static [RuleMeta], body: &'static [u8]) -> Decoded {
    let mut r = Reader::new(body);
    let items: &'static [T] = Decode::decode(&mut r)?;
    if !metas.is_empty() || !r.rest().is_empty() {
        return Err("trailing bytes");
    }
    Ok(Box::leak(Box::new(items)))
}

/// Every rule of a section as kind `T`, each from its meta and its fields.
fn decode_rules<T: Rule>(metas: &'static [RuleMeta], body: &'static [u8]) -> Decoded {
    let mut r = Reader::new(body);
    let mut rules = Vec::with_capacity(metas.len());
    for meta in metas {
        rules.push(T::decode_body(*meta, &mut r)?);
    }
    if !r.rest().is_empty() {
        return Err("trailing bytes");
    }
    let rules: &'static [T] = rules.leak();
    Ok(Box::leak(Box::new(rules)))
}

impl Encode for Section {
    fn encode(&self, w: &mut Vec<u8>) {
        self.kind.encode(w);
        self.metas.encode(w);
        put_blob(w, self.body);
    }
}

impl Decode for Section {
    fn decode(r: &mut Reader) -> DResult<Self> {
        Ok(Section {
            kind: Decode::decode(r)?,
            metas: Decode::decode(r)?,
            body: r.blob()?,
            decoded: OnceLock::new(),
        })
    }
}

impl PartialEq for Section {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && self.metas == other.metas && self.body == other.body
    }
}

impl std::fmt::Debug for Section {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Section")
            .field("kind", &self.kind)
            .field("rules", &self.metas.len())
            .field("bytes", &self.body.len())
            .finish()
    }
}
