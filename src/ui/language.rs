//! The language picker: native names, on every screen. Switching keeps every
//! answer (only the locale signal changes).

use super::state::use_ui;
use super::text::tt;
use crate::i18n::LOCALES;
use leptos::prelude::*;

/// An `<option>` per language, by native name in its own script and
/// direction; `is_selected` says which one is chosen.
pub fn locale_options(is_selected: impl Fn(&str) -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    LOCALES
        .iter()
        .map(|l| {
            view! {
                <option value=l.code lang=l.code dir=l.dir.as_str() selected=move || is_selected(l.code)>
                    {l.native}
                </option>
            }
        })
        .collect_view()
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let ui = use_ui();
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(l) = crate::i18n::find(&code) {
            ui.locale.set(l);
        }
    };
    view! {
        <label class="language">
            <svg class="language-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
                <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
                <path d="M2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20" fill="none" stroke="currentColor" stroke-width="2"/>
            </svg>
            <span class="visually-hidden">{tt("language-label")}</span>
            <select id="language" on:change=on_change prop:value=move || ui.locale.get().code>
                {locale_options(move |code| ui.locale.get().code == code)}
            </select>
        </label>
    }
}
