//! Everything Wegwijzer knows without a browser. The layers, lowest first;
//! a module uses only the ones above it in this list:
//!
//! 1. [`engine`]: the pure engine (its own crate), content model and checks;
//! 2. [`content`]: the content compiled in, decoded once; [`review`]: the
//!    review records, their hashes and figures;
//! 3. [`i18n`] and [`bidi`]: locales, Fluent bundles, direction marks;
//! 4. [`words`], [`country_text`], [`answers_json`]: answers, reasons and
//!    country cards in words; answers as JSON;
//! 5. [`document`]: the result as one document and its layouts.
//!
//! This crate has no web dependency: the compiler keeps it pure.

pub use wegwijzer_engine as engine;

pub mod answers_json;
pub mod bidi;
pub mod content;
pub mod country_text;
pub mod document;
pub mod i18n;
pub use wegwijzer_review as review;
pub mod words;
