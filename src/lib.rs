//! Wegwijzer: a confidential self-assessment after a rejected asylum
//! application, running entirely in the browser.
//!
//! `engine`, `content`, `i18n`, `document`, `plain` and `report` are plain
//! Rust and tested natively; `store` and `ui` exist only in the WebAssembly
//! build.

pub mod bidi;
pub mod content;
pub mod country_text;
pub mod document;
pub mod engine;
pub mod i18n;
pub mod plain;
pub mod report;
pub mod saved;
pub mod speech;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
