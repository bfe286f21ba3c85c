//! The Fluent text of each language: compiled in (Dutch on the web), or
//! fetched by `languages` after the first screen. The lowest piece of the
//! interface's language handling: the state, the translators and the
//! loader read it; it reads none of them.

use crate::i18n::{find, Locale};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static FETCHED: RefCell<HashMap<&'static str, &'static [&'static str]>> = RefCell::new(HashMap::new());
}

/// Dutch, the language compiled into the web build.
pub fn dutch() -> &'static Locale {
    find("nl").expect("Dutch exists")
}

/// The locale's Fluent text: compiled in, or fetched; empty while on its way.
pub fn text(locale: &'static Locale) -> &'static [&'static str] {
    if locale.compiled_in() {
        return locale.ftl;
    }
    FETCHED.with(|f| f.borrow().get(locale.code).copied().unwrap_or(&[]))
}

/// Whether the locale's text is here.
pub fn ready(locale: &'static Locale) -> bool {
    !text(locale).is_empty()
}

/// Keeps a language's text once it has arrived.
pub fn keep(locale: &'static Locale, text: &'static str) {
    FETCHED.with(|f| f.borrow_mut().insert(locale.code, &*Vec::leak(vec![text])));
}
