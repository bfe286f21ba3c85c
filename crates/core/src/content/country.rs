//! The country facts (`content/countries.toml`) and the "thinking it
//! through" topics (`content/consider.toml`), encoded by `build.rs`.

use super::decode;
use crate::engine::consider::Consider;
use crate::engine::country_card::CountryFacts;
use std::sync::OnceLock;

const COUNTRIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries.bin"));
const CONSIDER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/consider.bin"));

/// The country facts, decoded once.
pub fn country_facts() -> &'static CountryFacts {
    static F: OnceLock<CountryFacts> = OnceLock::new();
    F.get_or_init(|| decode(COUNTRIES, "countries"))
}

pub fn consider() -> &'static Consider {
    static C: OnceLock<Consider> = OnceLock::new();
    C.get_or_init(|| decode(CONSIDER, "consider"))
}
