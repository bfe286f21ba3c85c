//! A thin layer over `fluent-bundle`: the locales, their bundles, lookups,
//! and the mapping from content ids to message ids.

pub mod bundle;
pub mod ids;
pub mod locales;

pub use bundle::Translator;
/// Fluent's argument value, for callers that fill in variables.
pub use fluent_bundle::FluentValue;
pub use locales::{find, negotiate, Dir, Locale, Review, LOCALES};
