//! Rule data: the model types, their encoding, the rules-pack format, the packs the build made and
//! the registry of loaded packs. No evaluation here.

#[cfg(feature = "office")]
pub mod calculator;
#[cfg(feature = "office")]
pub mod check;
pub mod codec;
pub mod fact;
pub mod generated;
pub mod model;
// The office rules (checks, calculators): read with the feature `office`, skipped without it.
#[cfg_attr(not(feature = "office"), path = "office_skip.rs")]
pub mod office;
pub mod pack;
pub mod registry;
pub mod section;
