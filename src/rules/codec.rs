//! The rules-pack encoding: how each rule type is written and read, field by field, and the
//! SHA-256 that ends every pack. Shared by the crate (the decoder, `crate::rules::pack`) and by
//! the build script (`build/`, which includes this file with `#[path]` and encodes the packs), so
//! a pack is written and read by one definition of each type's fields. It depends on the model
//! types alone.

use crate::rules::model::*;

/// The first bytes of every pack.
pub const MAGIC: &[u8; 4] = b"ZWRP";
/// The pack format; a module rejects other formats (1: an FNV-1a checksum of the body only; 2: no
/// typed effects of readings; 3: no facts; 4: checks and calculators as two plain slices, not one
/// length-prefixed office blob; 5 and 6: each kind's rules in a field of their own, not sections
/// named by kind, `crate::rules::section`; 7: procedures in a field of their own).
pub const FORMAT: u8 = 8;
/// Bytes of the SHA-256 that ends every pack.
pub const HASH_LEN: usize = 32;

/// Writes a value into a pack body.
pub trait Encode {
    /// Appends the encoding of `self` to `w`.
    fn encode(&self, w: &mut Vec<u8>);
}

/// Why a pack body did not decode. Decoding reports a bare reason (not an `Error`): every
/// field's `?` then moves a pointer rather than a whole error, which keeps the decoder a fraction
/// of its size in the wasm module. `pack::decode_pack` turns the reason into an `INVALID_RULES_PACK`.
pub type DResult<T> = std::result::Result<T, &'static str>;

/// Reads a value from a pack body.
pub trait Decode: Sized {
    /// Reads the next value.
    ///
    /// # Errors
    /// The reason, when the bytes end early or are not what the format says.
    fn decode(r: &mut Reader) -> DResult<Self>;
}

/// A cursor over a pack's bytes, which live as long as the module.
pub struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'static [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    fn take(&mut self, n: usize) -> DResult<&'static [u8]> {
        let end = self.at.checked_add(n).ok_or("length")?;
        let out = self.bytes.get(self.at..end).ok_or("truncated")?;
        self.at = end;
        Ok(out)
    }

    /// The next byte.
    pub fn byte(&mut self) -> DResult<u8> {
        Ok(self.take(1)?.first().copied().unwrap_or(0))
    }

    fn varint(&mut self) -> DResult<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("varint")
    }

    /// A length that cannot exceed the bytes left (every element takes at least one byte).
    pub fn length(&mut self) -> DResult<usize> {
        let n = usize::try_from(self.varint()?).map_err(|_| "length")?;
        if n > self.bytes.len().saturating_sub(self.at) {
            return Err("length");
        }
        Ok(n)
    }

    /// A length-prefixed blob (`put_blob`): its bytes, read past.
    pub fn blob(&mut self) -> DResult<&'static [u8]> {
        let n = self.length()?;
        self.take(n)
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'static [u8] {
        self.bytes.get(self.at..).unwrap_or(&[])
    }
}

fn put_varint(w: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        w.push((v as u8) | 0x80);
        v >>= 7;
    }
    w.push(v as u8);
}

/// Writes `bytes` as a blob: its length (varint), then the bytes (read back with `Reader::blob`).
pub fn put_blob(w: &mut Vec<u8>, bytes: &[u8]) {
    put_varint(w, bytes.len() as u64);
    w.extend_from_slice(bytes);
}

impl Encode for u32 {
    fn encode(&self, w: &mut Vec<u8>) {
        put_varint(w, u64::from(*self));
    }
}
impl Decode for u32 {
    fn decode(r: &mut Reader) -> DResult<Self> {
        u32::try_from(r.varint()?).map_err(|_| "u32")
    }
}

/// Narrow integers travel as `u32` varints.
macro_rules! codec_narrow {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, w: &mut Vec<u8>) {
                put_varint(w, u64::from(*self));
            }
        }
        impl Decode for $t {
            fn decode(r: &mut Reader) -> DResult<Self> {
                <$t>::try_from(r.varint()?).map_err(|_| stringify!($t))
            }
        }
    )*};
}
codec_narrow!(u8, u16);

impl Encode for i32 {
    fn encode(&self, w: &mut Vec<u8>) {
        // Zigzag: small negative numbers stay small.
        put_varint(w, u64::from(((*self << 1) ^ (*self >> 31)) as u32));
    }
}
impl Decode for i32 {
    fn decode(r: &mut Reader) -> DResult<Self> {
        let z = u32::decode(r)?;
        Ok(((z >> 1) as i32) ^ -((z & 1) as i32))
    }
}

impl Encode for bool {
    fn encode(&self, w: &mut Vec<u8>) {
        w.push(u8::from(*self));
    }
}
impl Decode for bool {
    fn decode(r: &mut Reader) -> DResult<Self> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err("bool"),
        }
    }
}

impl Encode for f64 {
    fn encode(&self, w: &mut Vec<u8>) {
        w.extend_from_slice(&self.to_le_bytes());
    }
}
impl Decode for f64 {
    fn decode(r: &mut Reader) -> DResult<Self> {
        let b: [u8; 8] = r.take(8)?.try_into().map_err(|_| "f64")?;
        Ok(f64::from_le_bytes(b))
    }
}

impl Encode for &'static str {
    fn encode(&self, w: &mut Vec<u8>) {
        put_varint(w, self.len() as u64);
        w.extend_from_slice(self.as_bytes());
    }
}
impl Decode for &'static str {
    fn decode(r: &mut Reader) -> DResult<Self> {
        let n = r.length()?;
        // Validated even in a pack the module was built with: a decoder that read a field out of
        // place would then give an error, never an invalid `&str` (no `unsafe` in the core).
        std::str::from_utf8(r.take(n)?).map_err(|_| "UTF-8")
    }
}

impl<T: Encode> Encode for Option<T> {
    fn encode(&self, w: &mut Vec<u8>) {
        match self {
            None => w.push(0),
            Some(v) => {
                w.push(1);
                v.encode(w);
            }
        }
    }
}
impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> DResult<Self> {
        match r.byte()? {
            0 => Ok(None),
            1 => Ok(Some(T::decode(r)?)),
            _ => Err("option"),
        }
    }
}

impl<T: Encode> Encode for &'static [T] {
    fn encode(&self, w: &mut Vec<u8>) {
        put_varint(w, self.len() as u64);
        for v in self.iter() {
            v.encode(w);
        }
    }
}
impl<T: Decode + 'static> Decode for &'static [T] {
    fn decode(r: &mut Reader) -> DResult<Self> {
        let n = r.length()?;
        // (An empty vector allocates nothing, and leaks as an empty slice.)
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::decode(r)?);
        }
        // Rule data lives as long as the module: a ruleset is loaded once. (The vector is
        // exactly `n` long, so nothing is shrunk: `leak` keeps the module smaller.)
        Ok(v.leak())
    }
}

impl<A: Encode, B: Encode> Encode for (A, B) {
    fn encode(&self, w: &mut Vec<u8>) {
        self.0.encode(w);
        self.1.encode(w);
    }
}
impl<A: Decode, B: Decode> Decode for (A, B) {
    fn decode(r: &mut Reader) -> DResult<Self> {
        Ok((A::decode(r)?, B::decode(r)?))
    }
}

/// Encoding and decoding of a struct, field by field in the listed order.
macro_rules! codec_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Encode for $t {
            fn encode(&self, w: &mut Vec<u8>) {
                $(self.$f.encode(w);)*
            }
        }
        impl Decode for $t {
            // Out of line: inlined into each other the decoders of the nested rule types cost
            // several times their size in the wasm.
            #[inline(never)]
            fn decode(r: &mut Reader) -> DResult<Self> {
                Ok($t { $($f: Decode::decode(r)?),* })
            }
        }
    )*};
}
// Each kind encodes its parts with this macro in its folder (`src/kinds/<kind>/data.rs`; unused
// in a module built without the feature `office`).
#[allow(unused_imports)]
pub(crate) use codec_struct;

/// Encoding and decoding of an enum without fields, as its position in the list.
macro_rules! codec_enum {
    ($($t:ident { $($v:ident),* $(,)? })*) => {$(
        impl Encode for $t {
            fn encode(&self, w: &mut Vec<u8>) {
                let all = [$($t::$v),*];
                w.push(all.iter().position(|x| x == self).unwrap_or(0) as u8);
            }
        }
        impl Decode for $t {
            fn decode(r: &mut Reader) -> DResult<Self> {
                // A constant table, read, not an array built on the stack at every call.
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(usize::from(r.byte()?)).copied().ok_or(stringify!($t))
            }
        }
    )*};
}
// (Unused in a build without the feature `office`: no module of its own enumerates then.)
#[allow(unused_imports)]
pub(crate) use codec_enum;

codec_struct! {
    Ymd { y, m, d }
    Text { zh, en }
    Cite { article, quote, source }
    Ruleset { id, name, issuer, level, source, seed_file, adopted, published, in_force, dates_note }
    AmbRef { id, default, aspect }
    ReadingDef { key, text, effect }
    AmbiguityDef { id, question, readings }
    ConflictRef { rule, summary, minimum }
    RuleMeta { id, ruleset, refs, name, cites, in_force, until, ambiguities, conflicts, note }
    EnumValue { value, label }
    InputSpec { name, ty, label, required, values, min, max }
    Cond { fact, test }
    Pack { ruleset, needs, ambiguities, sections }
}

codec_enum! {
    Aspect {
        None, FixedDate, BeforeEvent, StartDay, DayUnit, MeasureMode, UntypedParty, ExtensionBase,
        HourCounting, NoDay, Overlap, LateSessions, SpotCheck, AbsencePoints, LateDoubleCount,
        LeaveScoring, ComplaintCount, RefundChoice, BonusCombination, MonthlyMinimum, BirthScope
    }
    InputType { Date, Moment, Money, Integer, Number, Boolean, Enum, Roles, Enums }
    Unit { Day, WorkingDay, Week, Month, Year, Hour, Minute }
    Counting { Civil, StartDayCounted, NoRoll, Litigation, MonthEnd }
    Effect {
        None, FixedDateInclusive, FixedDateExclusive, FixedDateInclusiveRoll, LatestBeforeEvent,
        WindowBeforeEvent, StartDayCounted, StartDayNotCounted, CalendarDays, WorkingDays,
        MeasuresMenu, MeasuresAll, UntypedAsWritten, UntypedLeadership, UntypedDirect,
        ExtendFromNominalEnd, ExtendFromDue, ClockTime, OfficeHours, PeriodEnd, HigherBand,
        LowerBand, BothSessions, DayEndsOnly, SpotHalfDay, SpotFullDay, PointsWithAbsenteeism,
        PointsWithoutAbsenteeism, LatesCountedTwice, LatesCountedOnce, LeaveScored, LeaveNotScored,
        ComplaintOnce, ComplaintTwice, RefundLarger, RefundSmaller, BonusesBoth, BonusesLarger, MonthShortFails, MonthShortReported,
        AnyBirth, NamedBirthOnly
    }
}

impl Encode for Test {
    fn encode(&self, w: &mut Vec<u8>) {
        match *self {
            Test::OneOf(v) => {
                w.push(0);
                v.encode(w);
            }
            Test::Is(b) => {
                w.push(1);
                b.encode(w);
            }
            Test::Band {
                min,
                min_inclusive,
                max,
                max_inclusive,
            } => {
                w.push(2);
                (min, min_inclusive).encode(w);
                (max, max_inclusive).encode(w);
            }
            Test::NoneOf(v) => {
                w.push(3);
                v.encode(w);
            }
            Test::Any(conds) => {
                w.push(4);
                conds.encode(w);
            }
        }
    }
}
impl Decode for Test {
    fn decode(r: &mut Reader) -> DResult<Self> {
        decode_test(r, true)
    }
}

/// A test, `Any` only where `any_allowed`: the conditions inside an `Any` are read with it off, so
/// a forged pack cannot nest them to exhaust the stack.
fn decode_test(r: &mut Reader, any_allowed: bool) -> DResult<Test> {
    Ok(match r.byte()? {
        0 => Test::OneOf(Decode::decode(r)?),
        1 => Test::Is(Decode::decode(r)?),
        2 => {
            let (min, min_inclusive) = Decode::decode(r)?;
            let (max, max_inclusive) = Decode::decode(r)?;
            Test::Band {
                min,
                min_inclusive,
                max,
                max_inclusive,
            }
        }
        3 => Test::NoneOf(Decode::decode(r)?),
        4 if any_allowed => {
            let n = r.length()?;
            let mut conds = Vec::with_capacity(n);
            for _ in 0..n {
                let fact = Decode::decode(r)?;
                conds.push(Cond {
                    fact,
                    test: decode_test(r, false)?,
                });
            }
            Test::Any(conds.leak())
        }
        _ => return Err("Test"),
    })
}

/// FNV-1a (64 bits): a cheap hash for lookup tables, not a check of packs.
pub fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SHA-256 (FIPS 180-4) of `bytes`: the content hash that ends every pack. Written out here
/// (about 1 KB of wasm) rather than taken from a crate: a pack is hashed once when loaded.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09_e667,
        0xbb67_ae85,
        0x3c6e_f372,
        0xa54f_f53a,
        0x510e_527f,
        0x9b05_688c,
        0x1f83_d9ab,
        0x5be0_cd19,
    ];
    // The whole blocks straight from the message; then its tail, a 1 bit, zeros and its length in
    // bits, which fill one or two more blocks.
    let mut blocks = bytes.chunks_exact(64);
    for block in &mut blocks {
        if let Ok(block) = block.try_into() {
            compress(&mut h, block);
        }
    }
    let tail = blocks.remainder();
    let mut last = [0u8; 128];
    let used = if tail.len() + 9 <= 64 { 64 } else { 128 };
    for (slot, b) in last.iter_mut().zip(tail.iter().chain(&[0x80])) {
        *slot = *b;
    }
    let bits = (bytes.len() as u64).wrapping_mul(8).to_be_bytes();
    for (slot, b) in last.iter_mut().skip(used - 8).zip(bits) {
        *slot = b;
    }
    for block in last.chunks_exact(64).take(used / 64) {
        if let Ok(block) = block.try_into() {
            compress(&mut h, block);
        }
    }
    let mut out = [0u8; 32];
    for (o, b) in out.iter_mut().zip(h.iter().flat_map(|w| w.to_be_bytes())) {
        *o = b;
    }
    out
}

const K: [u32; 64] = [
    0x428a_2f98,
    0x7137_4491,
    0xb5c0_fbcf,
    0xe9b5_dba5,
    0x3956_c25b,
    0x59f1_11f1,
    0x923f_82a4,
    0xab1c_5ed5,
    0xd807_aa98,
    0x1283_5b01,
    0x2431_85be,
    0x550c_7dc3,
    0x72be_5d74,
    0x80de_b1fe,
    0x9bdc_06a7,
    0xc19b_f174,
    0xe49b_69c1,
    0xefbe_4786,
    0x0fc1_9dc6,
    0x240c_a1cc,
    0x2de9_2c6f,
    0x4a74_84aa,
    0x5cb0_a9dc,
    0x76f9_88da,
    0x983e_5152,
    0xa831_c66d,
    0xb003_27c8,
    0xbf59_7fc7,
    0xc6e0_0bf3,
    0xd5a7_9147,
    0x06ca_6351,
    0x1429_2967,
    0x27b7_0a85,
    0x2e1b_2138,
    0x4d2c_6dfc,
    0x5338_0d13,
    0x650a_7354,
    0x766a_0abb,
    0x81c2_c92e,
    0x9272_2c85,
    0xa2bf_e8a1,
    0xa81a_664b,
    0xc24b_8b70,
    0xc76c_51a3,
    0xd192_e819,
    0xd699_0624,
    0xf40e_3585,
    0x106a_a070,
    0x19a4_c116,
    0x1e37_6c08,
    0x2748_774c,
    0x34b0_bcb5,
    0x391c_0cb3,
    0x4ed8_aa4a,
    0x5b9c_ca4f,
    0x682e_6ff3,
    0x748f_82ee,
    0x78a5_636f,
    0x84c8_7814,
    0x8cc7_0208,
    0x90be_fffa,
    0xa450_6ceb,
    0xbef9_a3f7,
    0xc671_78f2,
];

// Every index below is a constant range within the 64-word schedule or the 64-byte block, so
// none can panic; written with indices (not `get`) because this loop is most of `loadRules`'s
// time in the module.
#[allow(clippy::indexing_slicing)]
fn compress(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
    }
    for i in 16..64 {
        let (w15, w2) = (w[i - 15], w[i - 2]);
        let s0 = w15.rotate_right(7) ^ w15.rotate_right(18) ^ (w15 >> 3);
        let s1 = w2.rotate_right(17) ^ w2.rotate_right(19) ^ (w2 >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for i in 0..64 {
        let t1 = hh
            .wrapping_add(e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25))
            .wrapping_add((e & f) ^ (!e & g))
            .wrapping_add(K[i])
            .wrapping_add(w[i]);
        let t2 = (a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22))
            .wrapping_add((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// The pack file for `pack`, stamped with `rules_version` and ended by its SHA-256.
pub fn encode_pack(pack: &Pack, rules_version: &'static str) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    // One length byte: a rules version is `x.y.z+data.<16 hex digits>`.
    out.push(rules_version.len().min(255) as u8);
    out.extend_from_slice(rules_version.as_bytes());
    // What the loader checks before it keeps the bytes: which ruleset, and what it needs first.
    out.push(pack.ruleset.id.len().min(255) as u8);
    out.extend_from_slice(pack.ruleset.id.as_bytes());
    out.push(pack.needs.len().min(255) as u8);
    for n in pack.needs {
        out.push(n.len().min(255) as u8);
        out.extend_from_slice(n.as_bytes());
    }
    pack.encode(&mut out);
    let hash = sha256(&out);
    out.extend_from_slice(&hash);
    out
}

#[cfg(test)]
mod tests {
    use super::{sha256, Decode, Encode, Reader};
    use crate::rules::model::{Cond, Test};

    static ANY: Test = Test::Any(&[
        Cond {
            fact: "vote",
            test: Test::NoneOf(&["agreed"]),
        },
        Cond {
            fact: "absent",
            test: Test::Is(true),
        },
    ]);

    #[test]
    fn none_of_and_any_round_trip() {
        let mut w = Vec::new();
        ANY.encode(&mut w);
        let bytes: &'static [u8] = Box::leak(w.into_boxed_slice());
        assert_eq!(Test::decode(&mut Reader::new(bytes)), Ok(ANY));
    }

    #[test]
    fn strings_are_validated_as_utf8() {
        // Length 2, then a lone continuation byte and an ASCII one: not UTF-8.
        let bytes: &'static [u8] = &[2, 0x80, b'a'];
        assert_eq!(<&str>::decode(&mut Reader::new(bytes)), Err("UTF-8"));
        let ok: &'static [u8] = &[3, 0xe6, 0x96, 0x87];
        assert_eq!(<&str>::decode(&mut Reader::new(ok)), Ok("文"));
    }

    #[test]
    fn an_any_inside_an_any_is_refused_not_recursed() {
        // tag 4 (any), one condition: fact "" (length 0), then tag 4 again.
        let bytes: &'static [u8] = &[4, 1, 0, 4, 1, 0, 4, 1, 0, 4];
        assert!(Test::decode(&mut Reader::new(bytes)).is_err());
    }

    fn hex(h: [u8; 32]) -> String {
        h.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The FIPS 180-4 examples, and lengths either side of the padding boundary.
    #[test]
    fn sha256_matches_the_standard() {
        // Lengths either side of the padding boundary (reference: Python's hashlib).
        for (n, want) in [
            (
                55,
                "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            ),
            (
                56,
                "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            ),
            (
                64,
                "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            ),
        ] {
            assert_eq!(hex(sha256(&vec![b'a'; n])), want, "{n}");
        }
        assert_eq!(
            hex(sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(sha256(
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            )),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            hex(sha256(&[b'a'; 1000])),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        );
    }
}
