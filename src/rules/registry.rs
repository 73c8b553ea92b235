//! The rule packs this module instance has: the embedded ones (native builds) and those loaded
//! at run time with [`load`]. Everything that looks rules up goes through here.

use crate::error::{Error, ErrorCode, Result};
use crate::rules::generated::{PACK_HASHES, PACK_IDS, RULES_VERSION};
#[cfg(feature = "office")]
use crate::rules::model::CalculatorRule;
#[cfg(feature = "office")]
use crate::rules::model::CheckRule;
use crate::rules::model::{AmbiguityDef, ApprovalRule, DeadlineRule, LeaveRule, Pack};
use crate::rules::model::{FactRule, Ruleset, SanctionRule};
use std::sync::{OnceLock, RwLock};

/// The loaded packs, `cn-national` first, each with its lookup index; and the rulesets whose
/// pack was loaded as untrusted (see `load_from`). Each load publishes a new snapshot (leaked:
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

/// The kinds of rule a pack holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Deadline rules.
    Deadline,
    /// Approval rules.
    Approval,
    /// Leave rules.
    Leave,
    /// Sanction rules.
    Sanction,
    /// Facts.
    Fact,
    /// Check rules.
    #[cfg(feature = "office")]
    Check,
    /// Calculator rules.
    #[cfg(feature = "office")]
    Calculator,
}

/// A kind of rule: where a pack keeps it, and what it is called in messages.
pub trait Rule: Sized + 'static {
    /// The kind.
    const KIND: Kind;
    /// Its name in Chinese and English messages ("no 期限 rule …").
    const NAME: (&'static str, &'static str);
    /// The rules of this kind in a pack.
    fn of(pack: &'static Pack) -> &'static [Self];
    /// What every rule carries.
    fn meta(&self) -> &crate::rules::model::RuleMeta;
}

/// The one list of kinds in this layer: each kind's type, where a pack keeps its rules and its
/// name; the index of every pack covers each (`Index::of`). What the engine does with a kind is
/// its `Capability` (`eval/kind.rs`). A line's attributes (`#[cfg(feature = "office")]`) apply
/// to everything it makes.
macro_rules! rule_kind {
    ($($(#[$m:meta])* $t:ty => $kind:ident, $($field:ident).+, $zh:literal, $en:literal;)*) => {
        $($(#[$m])* impl Rule for $t {
            const KIND: Kind = Kind::$kind;
            const NAME: (&'static str, &'static str) = ($zh, $en);
            fn of(pack: &'static Pack) -> &'static [Self] {
                pack.$($field).+
            }
            fn meta(&self) -> &crate::rules::model::RuleMeta {
                &self.meta
            }
        })*

        /// Indexes the rules of every kind in a pack.
        fn index_every_kind(buckets: &mut [Vec<(u64, &'static str, u32)>], p: &'static Pack) {
            $($(#[$m])* Index::add::<$t>(buckets, p);)*
        }

        /// The metadata of the loaded rule with this id, of any kind and ruleset.
        pub fn find_meta(id: &str) -> Option<&'static crate::rules::model::RuleMeta> {
            let found = None;
            $($(#[$m])* let found = found.or_else(|| by_id::<$t>(id).map(|r| &r.meta));)*
            found
        }
    };
}

rule_kind! {
    DeadlineRule => Deadline, deadlines, "期限", "deadline";
    ApprovalRule => Approval, approvals, "审批", "approval";
    LeaveRule => Leave, leave, "假期", "leave";
    SanctionRule => Sanction, sanctions, "责任追究", "sanction";
    FactRule => Fact, facts, "事实", "fact";
    #[cfg(feature = "office")]
    CheckRule => Check, office.checks, "表单检查", "check";
    #[cfg(feature = "office")]
    CalculatorRule => Calculator, office.calculators, "计算", "calculator";
}

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

/// One pack's rules by (kind, id or inventory row): every query looks a rule up, and scanning a
/// ruleset's hundreds of ids and rows comparing strings cost more than the rest of a summary
/// answer. A small hash table (buckets by key hash; no sorting, no map type, so little code in
/// the wasm module); within a bucket, entries keep data order.
struct Index(Vec<Vec<(u64, &'static str, u32)>>);

const BUCKETS: usize = 512;

fn key_hash(kind: Kind, by: By, key: &str) -> u64 {
    let seed = [kind as u8, by as u8];
    crate::rules::pack::checksum(&seed) ^ crate::rules::pack::checksum(key.as_bytes())
}

impl Index {
    fn of(p: &'static Pack) -> Index {
        let mut buckets = vec![Vec::new(); BUCKETS];
        index_every_kind(&mut buckets, p);
        Index(buckets)
    }

    /// Adds every rule of kind `T` by its id and by each inventory row it implements.
    fn add<T: Rule>(buckets: &mut [Vec<(u64, &'static str, u32)>], p: &'static Pack) {
        for (i, rule) in T::of(p).iter().enumerate() {
            let at = u32::try_from(i).unwrap_or(u32::MAX);
            let m = rule.meta();
            let keys = std::iter::once((By::Id, m.id)).chain(m.refs.iter().map(|r| (By::Ref, *r)));
            for (by, key) in keys {
                let h = key_hash(T::KIND, by, key);
                if let Some(b) = buckets.get_mut(h as usize % BUCKETS) {
                    b.push((h, key, at));
                }
            }
        }
    }

    /// The entries under `key`, in data order (entries were added in data order).
    fn entries<'a>(&'a self, kind: Kind, by: By, key: &'a str) -> impl Iterator<Item = usize> + 'a {
        let h = key_hash(kind, by, key);
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
    let rules = T::of(pack);
    Ok(index
        .entries(T::KIND, by, key)
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
        format!("未知的规则集 `{id}`（可用：{}）", PACK_IDS.join("、")),
        format!("unknown ruleset `{id}` (known: {})", PACK_IDS.join(", ")),
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

/// Loads a rules pack file this module was built with: `load_from` without the opt-in.
///
/// # Errors
/// As `load_from`.
pub fn load(bytes: Vec<u8>) -> Result<&'static Ruleset> {
    load_from(bytes, false)
}

/// Loads a rules pack file, once per ruleset (loading the same ruleset again changes nothing).
/// Returns the ruleset. The whole file, header included, is checked against its SHA-256 before
/// anything in it is read; the header then names the ruleset and what it needs, so a repeated
/// or out-of-order load is declined before any bytes are kept.
///
/// A pack is trusted when its hash is one of [`PACK_HASHES`], those the module was built with. Any
/// other pack (an edited one, or one built elsewhere from other data with this rules version)
/// loads only when `untrusted` is set, and every answer that uses it says so (see
/// `crate::eval::lookup::note_trust`). (Only a pack from elsewhere whose body still fails to decode leaves its
/// bytes behind: a built pack always decodes.)
///
/// # Errors
/// `INVALID_RULES_PACK` for bytes that are not a pack of this module's rule data, damaged ones,
/// and packs from elsewhere without `untrusted`; `RULESET_NOT_LOADED` when the pack needs
/// another pack (`cn-national`) loaded first.
pub fn load_from(bytes: Vec<u8>, untrusted: bool) -> Result<&'static Ruleset> {
    load_hashed(bytes, untrusted, None)
}

/// [`load_from`], given the SHA-256 of the pack's content (every byte before its own hash) as
/// the host computed it from these same bytes, natively (WebCrypto, node's crypto): the module
/// compares it with the pack's own hash instead of hashing the pack again. In Chromium, hashing
/// 文山's 421 KB in the module took ~10 ms of a page's start, most of the pack's load. Only the
/// package's own loaders pass a hash (`fetchRules`, `loadNode`): the threat the hash answers is
/// an edited pack file, whose bytes they hash themselves (DESIGN.md, "Who hashes a pack?").
///
/// # Errors
/// As [`load_from`]; a hash that is not the pack's is `INVALID_RULES_PACK`, as a damaged pack.
pub fn load_hashed(
    bytes: Vec<u8>,
    untrusted: bool,
    content_hash: Option<&[u8; crate::rules::pack::HASH_LEN]>,
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
        .concat(),
        [
            "`",
            id,
            "` is not a pack of this module (one from elsewhere needs { untrusted: true })",
        ]
        .concat(),
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
        index
            .entries(T::KIND, By::Id, id)
            .next()
            .and_then(|i| T::of(pack).get(i))
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
