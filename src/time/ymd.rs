//! The civil date of the data. Its own file, with no dependencies, because the build script
//! (`build/`) includes it with the rule model to build the packs.

/// A civil date as stored in the data (validated by the build script, `build/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    /// Year. (Narrow fields: the calendar's hundreds of dates are compiled into the module.)
    pub y: u16,
    /// Month 1..=12.
    pub m: u8,
    /// Day 1..=31.
    pub d: u8,
}
