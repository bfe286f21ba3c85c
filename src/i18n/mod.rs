//! A thin layer over `fluent-bundle`: the locales, their bundles, lookups,
//! and the mapping from content ids to message ids.

pub mod bundle;
pub mod ids;
pub mod locales;

pub use bundle::Translator;
pub use locales::{find, negotiate, Dir, Locale, LOCALES};
