//! Input: JS-like values, the small JSON reader for queries and the keys each entry point reads.

pub mod json;
pub mod keys;
pub mod value;
