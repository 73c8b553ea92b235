//! The bottom layer: what every other layer uses and that uses nothing of the crate but errors.

pub mod json_out;
pub mod small_map;
pub mod text;
