//! The office kinds in the module for citizens' pages (the cargo feature `office` off): none.
//! Their sections in a pack are kept as bytes and never decoded (`crate::rules::section`).
