//! Rule data: the model types, their encoding, the rules-pack format, the packs the build made and
//! the registry of loaded packs. No evaluation here.

pub mod codec;
pub mod generated;
pub mod model;
pub mod pack;
pub mod registry;
pub mod section;
