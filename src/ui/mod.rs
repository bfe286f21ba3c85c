//! Leptos components: thin views over the engine's state. No rule logic here.

mod app;
mod choices;
mod consider;
mod country;
mod date_field;
mod draft;
mod fetched;
mod focus;
mod handoff;
mod idle;
mod language;
mod languages;
mod listen;
mod question;
mod read_aloud;
mod result;
pub mod safety;
mod save;
mod screen;
mod start;
pub mod state;
mod summary;
pub mod text;
mod two_frames;

pub use app::App;
