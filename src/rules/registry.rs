//! The rule packs this module instance has: the embedded ones (native builds) and those loaded
//! at run time with [`load`]. Everything that looks rules up goes through here.

use crate::base::text::Joined;
use crate::error::{Error, ErrorCode, Result};
use crate::rules::generated::{PACK_HASHES, PACK_IDS, RULES_VERSION};
use crate::rules::model::{AmbiguityDef, Pack, Ruleset};
pub use crate::rules::section::Rule;
use std::sync::{OnceLock, RwLock};

/// The loaded packs, `cn-national` first, each with its lookup index; and the rulesets whose
/// pack was loaded as untrusted (see `load_hashed`). Each load publishes a new snapshot (leaked:
/// packs live as long as the module), and readers copy the pointer to the current one out of
/// the lock at once: no lock is held while rules are looked up or a pack decodes, so a call
/// abandoned half-way in the module (JS stack exhaustion skips `Drop`s) cannot leave it held.
#[derive(Clone)]
struct Loaded(Vec<(&'static Pack, &'static Index)>, Vec<&'static str>);

impl Loaded {
    fn get(&self, ruleset: &str) -> Option<&(&'static Pack, &'static Index)> {
        self.0.iter().find(|(p, _)| p.ruleset.id == ruleset)
    }
}

/// The largest pack `loadRules` accepts, 4 MiB (the largest built pack is about 342 KB).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding only
pub const MAX_PACK_BYTES: u32 = 4 << 20;

/// Every loaded rule of one kind, over all packs.
pub fn all<T: Rule>() -> impl Iterator<Item = &'static T> {
    packs().into_iter().flat_map(|p| T::of(p).iter())
}

/// How a query names a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// By rule id.
    Id,
    /// By inventory row (several rules may implement one row).
    Ref,
}

/// One pack's rules by (section, id or inventory row): every query looks a rule up, and scanning a
/// ruleset's hundreds of ids and rows comparing strings cost more than the rest of a summary
/// answer. A small hash table (buckets by key hash; no sorting, no map type, so little code in
/// the wasm module); within a bucket, entries keep data order. Built from the sections' metas, so
/// it covers every kind without knowing any.
struct Index(Vec<Vec<(u64, &'static str, u32)>>);

const BUCKETS: usize = 512;

fn key_hash(section: usize, by: By, key: &str) -> u64 {
    let seed = [section as u8, by as u8];
    crate::rules::pack::checksum(&seed) ^ crate::rules::pack::checksum(key.as_bytes())
}

impl Index {
    /// Every rule of every section of `p`, by its id and by each inventory row it implements.
    fn of(p: &'static Pack) -> Index {
        let mut buckets = vec![Vec::new(); BUCKETS];
        for (section, s) in p.sections.iter().enumerate() {
            for (i, m) in s.metas.iter().enumerate() {
                let at = u32::try_from(i).unwrap_or(u32::MAX);
                let keys =
                    std::iter::once((By::Id, m.id)).chain(m.refs.iter().map(|r| (By::Ref, *r)));
                for (by, key) in keys {
                    let h = key_hash(section, by, key);
                    if let Some(b) = buckets.get_mut(h as usize % BUCKETS) {
                        b.push((h, key, at));
                    }
                }
            }
        }
        Index(buckets)
    }

    /// The entries under `key` in section `section`, in data order (entries were added in data
    /// order).
    fn entries<'a>(
        &'a self,
        section: usize,
        by: By,
        key: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        let h = key_hash(section, by, key);
        let bucket = self
            .0
            .get(h as usize % BUCKETS)
            .map(Vec::as_slice)
            .unwrap_or_default();
        bucket
            .iter()
            .filter(move |e| e.0 == h && e.1 == key)
            .map(|e| e.2 as usize)
    }
}

/// The position of kind `T`'s section in `pack`.
fn section_of<T: Rule>(pack: &Pack) -> Option<usize> {
    pack.sections.iter().position(|s| s.kind == T::KIND)
}

fn slots() -> &'static RwLock<&'static Loaded> {
    static SLOTS: OnceLock<RwLock<&'static Loaded>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        // (The module embeds nothing: it starts with no pack and no code to index embedded ones.)
        #[cfg(feature = "embed")]
        let indexed = embedded().iter().map(|p| (*p, index(p))).collect();
        #[cfg(not(feature = "embed"))]
        let indexed = Vec::new();
        RwLock::new(Box::leak(Box::new(Loaded(indexed, Vec::new()))))
    })
}

/// The lookup index of a pack, kept as long as the pack.
fn index(p: &'static Pack) -> &'static Index {
    Box::leak(Box::new(Index::of(p)))
}

/// The rules of kind `T` in ruleset `ruleset`, in data order, that have id `key` (`By::Id`) or
/// implement inventory row `key` (`By::Ref`).
///
/// # Errors
/// As [`pack`].
pub fn find<T: Rule>(ruleset: &str, by: By, key: &str) -> Result<Vec<&'static T>> {
    let loaded = read();
    let Some((pack, index)) = loaded.get(ruleset) else {
        return Err(unavailable(ruleset));
    };
    let Some(section) = section_of::<T>(pack) else {
        return Ok(Vec::new());
    };
    let rules = T::of(pack);
    Ok(index
        .entries(section, by, key)
        .filter_map(|i| rules.get(i))
        .collect())
}

/// The packs compiled into a native build (feature `embed`), decoded once, on first use, by the
/// decoder the module uses for the pack files, and kept for the life of the program (their
/// strings borrow from the embedded bytes). A built pack always decodes (`tests/packs.rs` checks
/// that every one is here).
#[cfg(feature = "embed")]
pub fn embedded() -> &'static [&'static Pack] {
    static DECODED: OnceLock<Vec<&'static Pack>> = OnceLock::new();
    DECODED.get_or_init(|| {
        crate::rules::generated::PACK_FILES
            .iter()
            .filter_map(|(_, bytes)| {
                crate::rules::pack::decode_pack(bytes, RULES_VERSION)
                    .ok()
                    .map(|p| &*Box::leak(Box::new(p)))
            })
            .collect()
    })
}

/// `zhengwu::packs::EMBEDDED`: the packs compiled into this build, decoded (see `embedded`). A
/// constant that reads like the slice it dereferences to (`EMBEDDED[0]`, `EMBEDDED.len()`,
/// `for pack in EMBEDDED`).
#[cfg(feature = "embed")]
#[derive(Debug, Clone, Copy)]
pub struct Embedded;

#[cfg(feature = "embed")]
impl std::ops::Deref for Embedded {
    type Target = [&'static Pack];
    fn deref(&self) -> &[&'static Pack] {
        embedded()
    }
}

#[cfg(feature = "embed")]
impl IntoIterator for Embedded {
    type Item = &'static &'static Pack;
    type IntoIter = std::slice::Iter<'static, &'static Pack>;
    fn into_iter(self) -> Self::IntoIter {
        embedded().iter()
    }
}

/// The packs compiled into this build (native builds), decoded once, `cn-national` first.
#[cfg(feature = "embed")]
pub const EMBEDDED: Embedded = Embedded;

/// The pack files this build made (native builds): ruleset id and bytes, `cn-national` first:
/// what `examples/packs.rs` writes to `pkg/rules/`.
#[cfg(feature = "embed")]
pub fn files() -> &'static [(&'static str, &'static [u8])] {
    crate::rules::generated::PACK_FILES
}

/// The current snapshot (the lock is held only to copy the pointer out).
fn read() -> &'static Loaded {
    // Nothing panics while holding the lock (and panics abort), so poisoning cannot carry news.
    *slots().read().unwrap_or_else(|e| e.into_inner())
}

/// The loaded packs, `cn-national` first.
pub fn packs() -> Vec<&'static Pack> {
    read().0.iter().map(|(p, _)| *p).collect()
}

/// The loaded pack of ruleset `id`.
///
/// # Errors
/// `RULESET_NOT_LOADED` for a ruleset of this build whose pack was not loaded, `UNKNOWN_RULESET`
/// otherwise.
pub fn pack(id: &str) -> Result<&'static Pack> {
    read()
        .get(id)
        .map(|(p, _)| *p)
        .ok_or_else(|| unavailable(id))
}

/// `RULESET_NOT_LOADED` for a ruleset of this build, `UNKNOWN_RULESET` otherwise.
fn unavailable(id: &str) -> Error {
    if PACK_IDS.contains(&id) {
        return not_loaded(id);
    }
    Error::new(
        ErrorCode::UnknownRuleset,
        Some("ruleset"),
        format!("未知的规则集 `{id}`（可用：{}）", PACK_IDS.joined("、")),
        format!("unknown ruleset `{id}` (known: {})", PACK_IDS.joined(", ")),
    )
}

fn not_loaded(id: &str) -> Error {
    Error::new(
        ErrorCode::RulesetNotLoaded,
        Some("ruleset"),
        format!("规则集 `{id}` 的规则包尚未加载（先用 loadRules 加载 rules/{id}.zwr）"),
        format!(
            "the rules pack of `{id}` is not loaded (load rules/{id}.zwr with loadRules first)"
        ),
    )
}

/// Loads a rules pack file this module was built with (`load_hashed` without the opt-in for
/// packs from elsewhere, and without a hash from the host).
///
/// # Errors
/// As `load_hashed`.
pub fn load(bytes: Vec<u8>) -> Result<&'static Ruleset> {
    // A pack the module was built with always decodes: nothing more to check.
    load_hashed(bytes, false, None, |_| Ok(()))
}

/// Loads a rules pack file, once per ruleset (loading the same ruleset again changes nothing).
/// Returns the ruleset. The whole file, header included, is checked against its SHA-256 before
/// anything in it is read; the header then names the ruleset and what it needs, so a repeated
/// or out-of-order load is declined before any bytes are kept.
///
/// A pack is trusted when its hash is one of [`PACK_HASHES`], those the module was built with. Any
/// other pack (an edited one, or one built elsewhere from other data with this rules version)
/// loads only when `untrusted` is set, and every answer that uses it says so (see
/// `crate::eval::lookup::note_trust`). Its rules are decoded at once by `decode_kinds` (each kind
/// the module has: this layer knows none), so a section that does not decode refuses the pack
/// here rather than leaving its kind empty later. (Only a pack from elsewhere that fails to
/// decode leaves its bytes behind: a built pack always decodes.)
///
/// `content_hash` is the SHA-256 of the pack's content (every byte before its own hash) as
/// the host computed it from these same bytes, natively (WebCrypto, node's crypto): the module
/// compares it with the pack's own hash instead of hashing the pack again. In Chromium, hashing
/// 文山's 421 KB in the module took ~10 ms of a page's start, most of the pack's load. Only the
/// package's own loaders pass a hash (`fetchRules`, `loadNode`): the threat the hash answers is
/// an edited pack file, whose bytes they hash themselves (DESIGN.md, "Who hashes a pack?").
///
/// # Errors
/// `INVALID_RULES_PACK` for bytes that are not a pack of this module's rule data, damaged ones
/// (a hash that is not the pack's among them), and packs from elsewhere without `untrusted`;
/// `RULESET_NOT_LOADED` when the pack needs another pack (`cn-national`) loaded first.
pub fn load_hashed(
    bytes: Vec<u8>,
    untrusted: bool,
    content_hash: Option<&[u8; crate::rules::pack::HASH_LEN]>,
    decode_kinds: impl Fn(&'static Pack) -> Result<()>,
) -> Result<&'static Ruleset> {
    let (header, body) = crate::rules::pack::check(&bytes, RULES_VERSION, content_hash)?;
    let loaded = read();
    if let Some((p, _)) = loaded.get(&header.ruleset) {
        return Ok(&p.ruleset);
    }
    // The module keeps the first 16 bytes of each hash: 128 bits are beyond any forger.
    let built = PACK_HASHES
        .iter()
        .any(|(id, h)| *id == header.ruleset && header.hash.starts_with(h));
    if !built && !untrusted {
        return Err(foreign(&header.ruleset));
    }
    if let Some(missing) = header.needs.iter().find(|n| loaded.get(n).is_none()) {
        return Err(not_loaded(missing));
    }
    // The pack is whole: keep the bytes for the life of the module (strings borrow from them).
    // The hash was checked above, once (it is ~half of a load's time).
    let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let body = leaked.get(body).unwrap_or_default();
    let pack: &'static Pack = Box::leak(Box::new(crate::rules::pack::decode_body(body, &header)?));
    if !built {
        decode_kinds(pack)?;
    }
    Ok(publish(pack, index(pack), built))
}

/// Adds a decoded pack to a new snapshot and swaps it in; the write lock is held only to compare
/// and store the pointer. (Natively another thread may load in between: then it starts again.)
fn publish(pack: &'static Pack, index: &'static Index, built: bool) -> &'static Ruleset {
    loop {
        let current = read();
        if let Some((p, _)) = current.get(pack.ruleset.id) {
            return &p.ruleset;
        }
        let mut next = current.clone();
        if pack.needs.is_empty() {
            next.0.insert(0, (pack, index));
        } else {
            next.0.push((pack, index));
        }
        if !built {
            next.1.push(pack.ruleset.id);
        }
        let next: &'static Loaded = Box::leak(Box::new(next));
        let mut slot = slots().write().unwrap_or_else(|e| e.into_inner());
        if std::ptr::eq(*slot, current) {
            *slot = next;
            return &pack.ruleset;
        }
    }
}

fn foreign(id: &str) -> Error {
    Error::new(
        ErrorCode::InvalidRulesPack,
        Some("pack"),
        [
            "`",
            id,
            "` 非本模块所带规则包（其他来源须传 { untrusted: true }）",
        ]
        .joined(""),
        [
            "`",
            id,
            "` is not a pack of this module (one from elsewhere needs { untrusted: true })",
        ]
        .joined(""),
    )
}

/// Whether ruleset `id` was loaded from a pack the module was not built with.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by the binding only
pub fn untrusted(id: &str) -> bool {
    read().1.contains(&id)
}

/// The loaded rule of kind `T` with this id (any ruleset: the first in load order, as [`all`]
/// lists them). Through each pack's index: a timeline, a conflict or a leave rule's `days_from`
/// looks rules up by id on every answer, and scanning every rule of the kind for each was a
/// tenth of a timeline.
pub fn by_id<T: Rule>(id: &str) -> Option<&'static T> {
    read().0.iter().find_map(|(pack, index)| {
        let section = section_of::<T>(pack)?;
        index
            .entries(section, By::Id, id)
            .next()
            .and_then(|i| T::of(pack).get(i))
    })
}

/// The metadata of the loaded rule with this id, of any kind and ruleset.
#[cfg(feature = "office")]
pub fn find_meta(id: &str) -> Option<&'static crate::rules::model::RuleMeta> {
    read().0.iter().find_map(|(pack, index)| {
        pack.sections.iter().enumerate().find_map(|(n, s)| {
            let i = index.entries(n, By::Id, id).next()?;
            s.metas.get(i)
        })
    })
}

/// Every loaded ambiguity definition.
pub fn ambiguities() -> impl Iterator<Item = &'static AmbiguityDef> {
    read().0.iter().flat_map(|(p, _)| p.ambiguities.iter())
}

/// The version of the rule data and calendar this build carries.
pub fn rules_version() -> &'static str {
    RULES_VERSION
}

/// The title of the document a citation comes from.
pub fn document_title(ruleset: &'static str, cite: &crate::rules::model::Cite) -> &'static str {
    match cite.source {
        Some(s) => s,
        None => pack(ruleset).map(|p| p.ruleset.name.zh).unwrap_or(ruleset),
    }
}
