//! The questionnaire content (`content/questionnaire.toml`, read, checked and
//! encoded by `build.rs`) and the checks that keep it sound.

pub mod check;
pub mod country;

use crate::engine::Questionnaire;
use serde::de::DeserializeOwned;
use std::sync::OnceLock;

/// The content compiled into the app, in postcard's binary form.
const QUESTIONNAIRE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/questionnaire.bin"));

/// The questionnaire, decoded once. `build.rs` wrote it from the same types.
pub fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| decode(QUESTIONNAIRE, "questionnaire"))
}

/// Decodes content that `build.rs` encoded; it cannot fail unless the types
/// changed without a rebuild of the build script's output.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], name: &str) -> T {
    postcard::from_bytes(bytes).unwrap_or_else(|e| panic!("content/{name}.toml does not load: {e}"))
}
