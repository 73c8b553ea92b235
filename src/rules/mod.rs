//! Rule data: the model types, the generated tables, the rules-pack format and the registry of
//! loaded packs. No evaluation here.

pub mod generated;
pub mod model;
pub mod pack;
pub mod registry;
