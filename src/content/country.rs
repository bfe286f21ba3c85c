//! The country facts (`content/countries.toml`) and the "thinking it
//! through" topics (`content/consider.toml`), turned into JSON by `build.rs`.

use crate::engine::consider::Consider;
use crate::engine::country_card::CountryFacts;
use std::sync::OnceLock;

pub const COUNTRIES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.json"));
pub const CONSIDER_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/consider.json"));

/// The country facts, parsed once. The tests guarantee they parse.
pub fn country_facts() -> &'static CountryFacts {
    static F: OnceLock<CountryFacts> = OnceLock::new();
    F.get_or_init(|| {
        serde_json::from_str(COUNTRIES_JSON).unwrap_or_else(|e| panic!("countries.toml does not load: {e}"))
    })
}

pub fn consider() -> &'static Consider {
    static C: OnceLock<Consider> = OnceLock::new();
    C.get_or_init(|| serde_json::from_str(CONSIDER_JSON).unwrap_or_else(|e| panic!("consider.toml does not load: {e}")))
}
