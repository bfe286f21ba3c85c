//! A summary the person can keep: the essentials of the result document
//! first (`document::summary`: next steps, dates, the danger line, each route
//! in a line or two, contacts written out), then an appendix of the parts
//! ticked on purpose (the full cards with sources, the country card, the
//! answers); in one language or two. Print uses print CSS, with the page
//! number and the date made on every page; "save as a file" writes the same
//! document as an HTML file on the device (`document::summary::file`).

use super::language::locale_options;
use super::result::result_document;
use super::save::ReadableFile;
use super::state::Languages;
use super::text::{bi, second_shown, translator, tt, SecondToggle};
use crate::content::questionnaire;
use crate::document::country::country_input;
use crate::document::summary::{self, Appendix, Essentials};
use crate::document::{Options, ResultDocument};
use crate::engine::{assess, Session};
use crate::i18n::msg;
use crate::i18n::Locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SummaryScreen(session: ReadSignal<Session>, languages: Languages, on_back: Callback<()>) -> impl IntoView {
    let with_answers = RwSignal::new(false);
    let in_summary = super::state::use_ui().country_in_summary();
    // The summary's own second language: adding one here changes only the
    // summary, never the mode (counsellor mode keeps its language).
    let extra = RwSignal::new(None::<&'static Locale>);
    let second = move || extra.get().or(languages.second.get());
    let with_cards = RwSignal::new(false);
    let doc = Memo::new(move |_| {
        let answers = with_answers.get();
        let options = Options { counsellor: false, answers, country: in_summary.get().then(country_input).flatten() };
        session.with(|session| essentials(session, languages.first.get(), second(), options, answers))
    });
    let appendix = move || Appendix { cards: with_cards.get() };
    // The date made, for the foot of every printed page (a CSS property:
    // the page's margins are drawn by the browser, not the page).
    Effect::new(move |_| {
        let made = doc.with(|(doc, _)| summary::made_css(doc));
        if let Some(root) = document().document_element() {
            let _ = root.unchecked_into::<web_sys::HtmlElement>().style().set_property("--made", &made);
        }
    });
    on_cleanup(|| {
        if let Some(root) = document().document_element() {
            let _ = root.unchecked_into::<web_sys::HtmlElement>().style().remove_property("--made");
        }
    });
    // Focus the heading once the summary is in the page.
    Effect::new(move |_| {
        if let Some(h) = document().query_selector("#summary h1").ok().flatten() {
            let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    // The file is this same document; it is said first to be readable by anyone.
    let file_html = move || doc.with_untracked(|(doc, e)| Some(summary::file(doc, e, appendix())));
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
                <label for="with-answers">{tt(msg::SUMMARY_INCLUDE_ANSWERS)}</label>
            </div>
            <div class="choice">
                <input type="checkbox" id="with-cards" prop:checked=move || with_cards.get()
                    on:change=move |ev| with_cards.set(event_target_checked(&ev))/>
                <label for="with-cards">{tt(msg::SUMMARY_INCLUDE_CARDS)}</label>
            </div>
            <super::country::SummaryCountryTick/>
            <label class="second-language">
                <span>"+ "{tt(msg::LANGUAGE_LABEL)}</span>
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
        <article id="summary" class="summary" inner_html=move || doc.with(|(doc, e)| summary::html(doc, e, appendix()))></article>
        </div>
        <div class="nav no-print">
            <button type="button" class="back" on:click=move |_| on_back.run(())>
                <span class="arrow" aria-hidden="true">"←"</span>{bi(msg::SUMMARY_BACK)}
            </button>
            <button type="button" id="print" on:click=print>{bi(msg::SUMMARY_PRINT)}</button>
            <ReadableFile html=file_html/>
        </div>
    }
}

/// The result document and its essentials, for the summary. `sensitive`:
/// answers to sensitive questions may appear beside the routes (the person
/// ticked their answers).
fn essentials(
    session: &Session,
    first: &'static Locale,
    second: Option<&'static Locale>,
    options: Options,
    sensitive: bool,
) -> (ResultDocument, Essentials) {
    let doc = result_document(session, first, second, options);
    let content = questionnaire();
    let first_tr = translator(first);
    let second_tr = second.filter(|second| second.code != first.code).map(translator);
    let langs = crate::document::Languages { first: &first_tr, second: second_tr.as_deref() };
    let essentials = summary::essentials(content, &assess(content, session), langs, &doc, sensitive);
    (doc, essentials)
}
