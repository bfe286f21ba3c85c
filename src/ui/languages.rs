//! The languages that are not compiled in (on the web every one but Dutch)
//! are fetched after the first screen: all of them, always in the same order,
//! on every visit, so the requests say nothing about what the person chooses.
//! The service worker keeps them, so after the first visit every language
//! works offline and a counsellor's second language is there at once.

use super::fetched::keep;
use super::state::Ui;
use crate::i18n::{Locale, LOCALES};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches every language that is not compiled in. The screen switches to
/// a chosen one when it arrives (`Ui::locale`, derived from what is here).
pub fn load_all(ui: Ui) {
    let Some(window) = web_sys::window() else { return };
    let fetched: Vec<_> = LOCALES.iter().filter(|l| !l.compiled_in()).collect();
    let waiting = std::rc::Rc::new(Cell::new(fetched.len()));
    let all_here = || {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-ready", "");
        }
    };
    if fetched.is_empty() {
        all_here();
    }
    for l in fetched {
        let request = window.fetch_with_str(&format!("locales/{}.ftl", l.code));
        let waiting = waiting.clone();
        leptos::task::spawn_local(async move {
            if let Some(text) = body(request).await {
                // Kept for the page's lifetime, like the compiled-in Dutch.
                let text: &'static str = String::leak(text);
                keep(l, text);
                arrived(ui, l);
            }
            // `<html data-ready>`: the app has loaded everything it ever
            // fetches (tests wait for it before counting requests).
            waiting.set(waiting.get() - 1);
            if waiting.get() == 0 {
                all_here();
            }
        });
    }
}

async fn body(request: js_sys::Promise) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(request).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

fn arrived(ui: Ui, l: &'static Locale) {
    // A translator made while the text was on its way spoke Dutch.
    super::text::forget(l);
    ui.language_arrived();
}
