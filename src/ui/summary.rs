//! A summary the person can keep: the result document with everything open,
//! the date, and (only if ticked) the answers; in one language or two.
//! Print uses print CSS; "save as a file" writes the same document as an
//! HTML file on the device (`document::html::file`).

use super::language::locale_options;
use super::result::result_document;
use super::save::ReadableFile;
use super::state::Languages;
use super::text::{bi, second_shown, tt, SecondToggle};
use crate::document::{html, Options};
use crate::engine::Session;
use crate::i18n::Locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SummaryScreen(session: RwSignal<Session>, languages: Languages, on_back: Callback<()>) -> impl IntoView {
    let with_answers = RwSignal::new(false);
    let nav = super::nav::use_nav();
    // The summary's own second language: adding one here changes only the
    // summary, never the mode (counsellor mode keeps its language).
    let extra = RwSignal::new(None::<&'static Locale>);
    let second = move || extra.get().or(languages.second.get());
    let doc = Memo::new(move |_| {
        let options = Options { counsellor: false, answers: with_answers.get(), country: nav.in_summary.get() };
        session.with(|session| result_document(session, languages.first.get(), second(), options))
    });
    // Focus the heading once the summary is in the page.
    Effect::new(move |_| {
        if let Some(h) = document().query_selector("#summary h1").ok().flatten() {
            let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    // The file is this same document; it is said first to be readable by anyone.
    let file_html = move || Some(html::file(&doc.get_untracked()));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let shown = second_shown("summary");
    let on_second = move |ev: leptos::ev::Event| extra.set(crate::i18n::find(&event_target_value(&ev)));

    view! {
        <div class="summary-controls no-print">
            <div class="choice">
                <input type="checkbox" id="with-answers" prop:checked=move || with_answers.get()
                    on:change=move |ev| with_answers.set(event_target_checked(&ev))/>
                <label for="with-answers">{tt("summary-include-answers")}</label>
            </div>
            <super::country::SummaryCountryTick/>
            <label class="second-language">
                <span>"+ "{tt("language-label")}</span>
                <select id="summary-second" on:change=on_second>
                    <option value="" selected=move || second().is_none()>"—"</option>
                    {locale_options(move |code| second().is_some_and(|language| language.code == code))}
                </select>
            </label>
        </div>
        // A language added to the summary alone is always shown; the
        // counsellor's is one tap away on a phone, as on every screen.
        <div data-second=move || (languages.second.get().is_none() || shown().is_some()).then_some("")>
            <SecondToggle key="summary"/>
            <article id="summary" class="summary" inner_html=move || html::summary(&doc.get())></article>
        </div>
        <div class="nav no-print">
            <button type="button" class="back" on:click=move |_| on_back.run(())>
                <span class="arrow" aria-hidden="true">"←"</span>{bi("summary-back")}
            </button>
            <button type="button" id="print" on:click=print>{bi("summary-print")}</button>
            <ReadableFile html=file_html/>
        </div>
    }
}
