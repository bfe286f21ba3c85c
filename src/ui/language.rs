//! The language choice: one compact picker in the header of every screen,
//! the current language first, every language by its own name. Switching
//! keeps every answer (only the language signal changes).

use super::text::tt;
use crate::i18n::msg;
use crate::i18n::{Locale, LOCALES};
use leptos::prelude::*;

fn option(l: &'static Locale, selected: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    view! {
        <option value=l.code lang=l.code dir=l.dir.as_str() selected=selected>{l.native}</option>
    }
}

/// An `<option>` per language, by native name in its own script and
/// direction; `is_selected` says which one is chosen.
pub fn locale_options(is_selected: impl Fn(&str) -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    LOCALES.iter().map(|l| option(l, move || is_selected(l.code))).collect_view()
}

#[component]
pub fn LanguagePicker(locale: Signal<&'static Locale>, on_choose: Callback<&'static Locale>) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(l) = crate::i18n::find(&event_target_value(&ev)) {
            on_choose.run(l);
        }
    };
    // The current language first, then the others in the usual order.
    let options = move || {
        let current = locale.get();
        std::iter::once(current)
            .chain(LOCALES.iter().filter(|l| l.code != current.code))
            .map(|l| option(l, move || l.code == current.code))
            .collect_view()
    };
    view! {
        <label class="language">
            <svg class="language-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
                <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
                <path d="M2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20" fill="none" stroke="currentColor" stroke-width="2"/>
            </svg>
            <span class="visually-hidden">{tt(msg::LANGUAGE_LABEL)}</span>
            <select id="language" on:change=on_change prop:value=move || locale.get().code>
                {options}
            </select>
        </label>
    }
}
