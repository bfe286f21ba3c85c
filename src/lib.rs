//! Wegwijzer: a confidential self-assessment after a rejected asylum
//! application, running entirely in the browser.
//!
//! Everything that needs no browser lives in `wegwijzer-core` (crates/core)
//! and `wegwijzer-engine` (crates/engine); this crate adds what a browser
//! needs: `store` (the saved format, natively tested, and storage) and `ui`
//! (Leptos), which exist only in the WebAssembly build, and `speech`.

pub use wegwijzer_core::{answers_json, bidi, content, country_text, document, engine, i18n, review, words};

pub mod speech;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
