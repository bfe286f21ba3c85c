//! The questionnaire content (`content/questionnaire.toml`, read, checked and
//! encoded by `build.rs`) and the checks that keep it sound.

pub use crate::engine::check;
pub mod country;

use crate::engine::model::Source;
use crate::engine::{Day, Questionnaire};
use serde::de::DeserializeOwned;
use std::sync::OnceLock;

/// The content compiled into the app, in postcard's binary form.
const QUESTIONNAIRE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/questionnaire.bin"));

/// The questionnaire, decoded once. `build.rs` wrote it from the same types.
pub fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| decode(QUESTIONNAIRE, "questionnaire"))
}

/// The re-check period, defined once in the engine (which uses it to ask the
/// person to confirm an old fact); the review tool lists the facts past it.
pub use crate::engine::model::RECHECK_AFTER_DAYS;

/// Every fact, tag and referral of the questionnaire with its source, as
/// (kind, id, source), in content order.
pub fn sources(q: &Questionnaire) -> Vec<(&'static str, String, Source<'_>)> {
    let facts = q.facts.iter().map(|f| ("fact", f.id.to_string(), f.source()));
    let tags = q.tags.iter().map(|t| ("tag", t.id.clone(), t.source()));
    let referrals = q.referrals.iter().map(|r| ("referral", r.id.to_string(), r.source()));
    facts.chain(tags).chain(referrals).collect()
}

/// Up to which date the information was checked: the newest `checked` of
/// the questionnaire's facts, tags and referrals. The start screen and the
/// summary say it, so that an old offline copy shows its age.
pub fn checked_until(q: &Questionnaire) -> Option<Day> {
    sources(q).iter().filter_map(|(_, _, s)| Day::parse_iso(s.checked)).max()
}

/// The entries whose `checked` date is more than [`RECHECK_AFTER_DAYS`]
/// before `today`, oldest first.
pub fn due_for_check(q: &Questionnaire, today: Day) -> Vec<(&'static str, String, Source<'_>)> {
    let mut due: Vec<_> =
        sources(q).into_iter().filter(|(_, _, s)| crate::engine::model::due(s.checked, today)).collect();
    due.sort_by_key(|(_, _, s)| s.checked.to_string());
    due
}

/// Decodes content that `build.rs` encoded; it cannot fail unless the types
/// changed without a rebuild of the build script's output.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], name: &str) -> T {
    // Postcard's reason is for native runs (tests, tools); in the wasm its
    // texts would only add weight.
    postcard::from_bytes(bytes).unwrap_or_else(|e| {
        let reason = if cfg!(target_arch = "wasm32") { String::new() } else { e.to_string() };
        panic!("content/{name}.toml does not load: {reason}")
    })
}

#[cfg(test)]
mod tests {
    use super::country::{consider, country_facts};
    use super::*;
    use serde::Serialize;

    /// What the app decodes is what the file says: the file read the way
    /// `build.rs` reads it, and the decoded content, compared as JSON
    /// (conditions as their text, so a lost `not` or bracket would show).
    fn same_as_file<T: DeserializeOwned + Serialize>(decoded: &T, name: &str) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/");
        let text = std::fs::read_to_string(format!("{path}{name}.toml")).unwrap();
        let from_file: T = toml::from_str(&text).unwrap();
        // The sign-offs come from content/reviews/, not from the file.
        let json = |v: &T| {
            let mut v = serde_json::to_value(v).unwrap();
            v.as_object_mut().map(|o| (o.remove("signed_off_facts"), o.remove("signed_off")));
            v
        };
        assert!(json(decoded) == json(&from_file), "content/{name}.toml decodes differently from how it reads");
    }

    #[test]
    fn the_decoded_content_is_the_content_as_written() {
        same_as_file(questionnaire(), "questionnaire");
        same_as_file(country_facts(), "countries");
        same_as_file(consider(), "consider");
    }
}
