//! The packs the build script (`build/`) made from `data/`: their ids, hashes and (native builds)
//! bytes, and the rules version. No rule is written here as Rust: native builds decode the
//! embedded packs with the module's decoder (`crate::rules::registry`).
#![allow(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/packs.rs"));
