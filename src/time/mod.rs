//! Time: civil dates, the working-day calendar (notices, the 放假办法, lunar festivals) and the
//! projection of years no notice covers. Knows nothing of rules or explanations.

pub mod calendar;
pub mod civil;
pub mod date;
pub mod days;
pub mod generated;
pub mod holiday_law;
pub mod lunar;
pub mod notice;
pub mod projection;
pub mod ymd;
