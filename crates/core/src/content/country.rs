//! The country facts (`content/countries.toml`) and the "thinking it
//! through" topics (`content/consider.toml`), encoded by `build.rs`.

use super::decode;
use crate::document::country::CountryInput;
use crate::engine::consider::Consider;
use crate::engine::country_card::CountryFacts;
use crate::engine::Kind;
use std::sync::OnceLock;

const COUNTRIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries.bin"));
const CONSIDER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/consider.bin"));

/// The country facts, decoded once.
pub fn country_facts() -> &'static CountryFacts {
    static F: OnceLock<CountryFacts> = OnceLock::new();
    F.get_or_init(|| decode(COUNTRIES, "countries"))
}

/// The app's country facts and the questionnaire's country question, for
/// the result document. None when the questionnaire asks no country.
pub fn country_input() -> Option<CountryInput<'static>> {
    let question = super::questionnaire().questions.iter().find(|q| q.kind == Kind::Country)?;
    Some(CountryInput { facts: country_facts(), question: &question.id })
}

pub fn consider() -> &'static Consider {
    static C: OnceLock<Consider> = OnceLock::new();
    C.get_or_init(|| decode(CONSIDER, "consider"))
}
