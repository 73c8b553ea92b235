//! Rule packs: one ruleset's rule data as bytes, loaded at run time.
//!
//! The wasm module carries the engine and the working-day calendar only; each ruleset's rules
//! (and `cn-national`'s, with the ambiguity definitions) travel as a separate pack file that a
//! portal fetches for the rulesets it needs and hands to `loadRules`. Native builds (tests, the
//! `rlib`) embed the same pack files (cargo feature `embed`, on by default) and decode them here
//! too, once, on first use. The build script writes them (`build/`), with the encoder of
//! [`crate::rules::codec`], which this decoder shares.
//!
//! A pack is `ZWRP`, a format byte, the rules version it was built with, the ruleset's id and
//! the ids it needs loaded first (so the loader can decline before keeping anything), the body
//! (the [`Pack`] written field by field: lengths and integers as LEB128 varints, strings as
//! UTF-8), and last the SHA-256 of everything before it. The hash covers the header too, so no
//! damaged byte is read as a ruleset id; and a module built with the packs knows their hashes
//! ([`crate::rules::registry`]), so an edited pack is told apart from the one the module was built with
//! even when its hash was recomputed. Decoding never trusts a length it has not checked against
//! the bytes left, and strings borrow from the pack's bytes, which are kept for the life of the
//! module.

use crate::error::{Error, ErrorCode, Result};
use crate::rules::codec::{Decode, Reader};
use crate::rules::model::*;

pub use crate::rules::codec::{checksum, encode_pack, sha256, FORMAT, HASH_LEN, MAGIC};

/// `INVALID_RULES_PACK`, saying what was wrong.
#[cold]
#[inline(never)]
pub fn bad(what: &str) -> Error {
    Error::new(
        ErrorCode::InvalidRulesPack,
        Some("pack"),
        format!("规则包已损坏或格式不符：{what}"),
        format!("the rules pack is damaged or of another format: {what}"),
    )
}

/// What a pack file's header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The SHA-256 of the file before it (checked against the content).
    pub hash: [u8; HASH_LEN],
    /// The ruleset the pack holds.
    pub ruleset: String,
    /// The rulesets that must be loaded first.
    pub needs: Vec<String>,
}

/// Checks a pack file: magic, format, the rules version it was built for, and its content hash
/// (over the header and the body); and reads which ruleset it holds and what it needs loaded
/// first.
///
/// # Errors
/// `INVALID_RULES_PACK` when the file is not a pack, was built for other rule data than
/// `rules_version`, or is damaged.
pub fn check_header(bytes: &[u8], rules_version: &str) -> Result<Header> {
    split(bytes, rules_version, None).map(|(header, _)| header)
}

/// [`check_header`], with where the body lies in `bytes` (for [`decode_body`]: the hash of a
/// pack, ~half the time of loading one, is computed once). `content_hash`, when given, is the
/// SHA-256 of the bytes before the pack's own hash as the host computed it (natively: see
/// `crate::rules::registry::load_hashed`); it is compared with the pack's hash in place of
/// computing one here.
///
/// # Errors
/// As [`check_header`].
pub fn check(
    bytes: &[u8],
    rules_version: &str,
    content_hash: Option<&[u8; HASH_LEN]>,
) -> Result<(Header, std::ops::Range<usize>)> {
    let (header, body) = split(bytes, rules_version, content_hash)?;
    let end = bytes.len() - HASH_LEN;
    Ok((header, end - body.len()..end))
}

/// A length-prefixed (one byte) UTF-8 string at the start of `bytes`, and the rest.
fn short_str(bytes: &[u8]) -> Result<(&str, &[u8])> {
    let (&len, rest) = bytes.split_first().ok_or_else(|| bad("truncated"))?;
    let len = usize::from(len);
    let text = rest
        .get(..len)
        .and_then(|t| std::str::from_utf8(t).ok())
        .ok_or_else(|| bad("header"))?;
    Ok((text, rest.get(len..).unwrap_or_default()))
}

/// The header and the body of a pack whose content hash is right (`content_hash`: as [`check`]).
fn split<'a>(
    bytes: &'a [u8],
    rules_version: &str,
    content_hash: Option<&[u8; HASH_LEN]>,
) -> Result<(Header, &'a [u8])> {
    let bad_magic = || bad("not a zhengwu rules pack (ZWRP)");
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(bad_magic)?;
    let Some((&format, rest)) = rest.split_first() else {
        return Err(bad("truncated"));
    };
    if format != FORMAT {
        return Err(bad("pack format"));
    }
    let (built_for, _) = short_str(rest)?;
    if built_for != rules_version {
        return Err(Error::new(
            ErrorCode::InvalidRulesPack,
            Some("pack"),
            format!("规则包版本 {built_for} 与本模块的规则版本 {rules_version} 不一致"),
            format!("the pack was built for rules {built_for}, this module has {rules_version}"),
        ));
    }
    // Nothing after the version is read before the hash has vouched for it.
    let content = bytes
        .len()
        .checked_sub(HASH_LEN)
        .ok_or_else(|| bad("truncated"))?;
    let (content, hash) = bytes.split_at(content);
    let hash: [u8; HASH_LEN] = hash.try_into().map_err(|_| bad("truncated"))?;
    let matches = match content_hash {
        Some(given) => *given == hash,
        None => sha256(content) == hash,
    };
    if !matches {
        return Err(bad("content hash"));
    }
    let rest = content.get(6 + built_for.len()..).unwrap_or_default();
    let (ruleset, mut rest) = short_str(rest)?;
    let (&count, after) = rest.split_first().ok_or_else(|| bad("truncated"))?;
    rest = after;
    let mut needs = Vec::new();
    for _ in 0..count {
        let (need, after) = short_str(rest)?;
        needs.push(need.to_owned());
        rest = after;
    }
    let header = Header {
        hash,
        ruleset: ruleset.to_owned(),
        needs,
    };
    Ok((header, rest))
}

/// Reads a pack file whose header passed [`check_header`]. `bytes` must outlive the module (the
/// caller leaks them once the header is good).
///
/// # Errors
/// `INVALID_RULES_PACK` when the body does not decode or has bytes after its end.
pub fn decode_pack(bytes: &'static [u8], rules_version: &str) -> Result<Pack> {
    let (header, body) = split(bytes, rules_version, None)?;
    decode_body(body, &header)
}

/// Reads the body of a pack whose header [`check`] passed (`body`: the bytes at the range it
/// gave, which must outlive the module).
///
/// # Errors
/// As [`decode_pack`].
pub fn decode_body(body: &'static [u8], header: &Header) -> Result<Pack> {
    let mut r = Reader::new(body);
    let pack = Pack::decode(&mut r).map_err(bad)?;
    if !r.rest().is_empty() {
        return Err(bad("trailing bytes"));
    }
    if pack.ruleset.id != header.ruleset || pack.needs != header.needs.as_slice() {
        return Err(bad("header and body disagree"));
    }
    Ok(pack)
}

#[cfg(all(test, feature = "embed"))]
mod tests {
    use super::*;

    /// A hash the host computed is compared with the pack's own in place of hashing: the pack's
    /// content hash passes, any other is the damaged-pack error.
    #[test]
    fn a_given_content_hash_must_be_the_packs() {
        use crate::rules::generated::{PACK_FILES, RULES_VERSION as version};
        let (_, bytes) = PACK_FILES
            .iter()
            .find(|(id, _)| *id == "zaduo-office-2017")
            .unwrap();
        let content = bytes.get(..bytes.len() - HASH_LEN).unwrap();
        let good = sha256(content);
        let (header, _) = check(bytes, version, Some(&good)).unwrap();
        assert_eq!(header.ruleset, "zaduo-office-2017");
        let mut other = good;
        other[31] ^= 1;
        let e = check(bytes, version, Some(&other)).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidRulesPack);
        assert!(e.message_en.contains("content hash"), "{}", e.message_en);
    }
}
