//! The office part of a pack in the module for citizens' pages (the cargo feature `office` off):
//! the blob `src/rules/office.rs` writes (form checks and calculators), skipped unread. Its bytes
//! are kept, so a pack re-encodes to the same bytes.

use crate::rules::codec::{put_blob, DResult, Decode, Encode, Reader};

/// A pack's office rules, not read by this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Office {
    blob: &'static [u8],
}

impl Encode for Office {
    fn encode(&self, w: &mut Vec<u8>) {
        put_blob(w, self.blob);
    }
}

impl Decode for Office {
    fn decode(r: &mut Reader) -> DResult<Self> {
        Ok(Office { blob: r.blob()? })
    }
}
