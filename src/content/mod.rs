//! The questionnaire content (`content/questionnaire.toml`, turned into JSON
//! by `build.rs`) and the checks that keep it sound.

pub mod check;
pub mod country;

use crate::engine::Questionnaire;
use std::sync::OnceLock;

/// The content compiled into the app.
pub const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.json"));

/// The questionnaire, parsed once. The content tests guarantee it parses.
pub fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| parse(JSON).unwrap_or_else(|e| panic!("content does not load: {e}")))
}

pub fn parse(json: &str) -> Result<Questionnaire, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}
