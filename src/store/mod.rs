//! Saved answers: the versioned format (plain Rust, tested natively) and,
//! in the browser, the only code that touches storage.

pub mod format;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub use browser::*;
