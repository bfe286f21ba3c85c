//! Leptos components: thin views over the engine's state. No rule logic here.

mod app;
mod choices;
mod language;
mod question;
mod result;
mod safety;
mod start;
pub mod state;
pub mod text;

pub use app::App;
