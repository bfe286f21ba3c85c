//! Country information on screen: the "Information about a country" page
//! reachable from the start screen without answering questions, and, on the
//! result, the tick that adds the card to the summary and the way to
//! "Thinking it through". The card itself is a block of the result document
//! (`document::country`), laid out there for every output. Nothing here
//! loads anything or is stored.

use super::screen::Page;
use super::state::{today, use_languages, use_ui};
use super::text::{format_date, translator, tt};
use crate::content::country::country_facts;
use crate::content::questionnaire;
use crate::country_text::country_name;
use crate::document::country::country_input;
use crate::document::{self, country};
use crate::engine::country_card::Protection;
use crate::engine::{assess, Answer, OptionId};
use crate::i18n::msg;
use crate::i18n::Translator;
use leptos::prelude::*;

/// The way in from the start screen.
#[component]
pub fn CountryInfoButton() -> impl IntoView {
    let ui = use_ui();
    view! {
        <p class="country-info-entry">
            <button type="button" id="country-info" on:click=move |_| ui.open(Page::CountryInfo)>
                {tt(msg::COUNTRY_INFO_OPEN)}
            </button>
        </p>
    }
}

/// The country's name in the reader's language where the browser knows it.
fn local_country_name(messages: &Translator, code: &OptionId) -> String {
    let listed = questionnaire().country(code).map(|c| country_name(messages, c)).unwrap_or_else(|| code.to_string());
    match messages.locale.code {
        "nl" | "en" => listed,
        l => super::choices::display_name(l, code.as_str()).unwrap_or(listed),
    }
}

/// "Information about a country": pick a country, read its card. No answers
/// are needed, so the card treats the person as possibly needing protection.
#[component]
pub fn CountryInfoScreen() -> impl IntoView {
    let ui = use_ui();
    let languages = use_languages();
    let chosen = RwSignal::new(None::<OptionId>);
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    // Sorted by the name in the reader's language, rebuilt when it changes.
    let options = move || {
        let messages = translator(languages.first.get());
        let mut names: Vec<(String, String)> = questionnaire()
            .countries
            .iter()
            .map(|c| (local_country_name(&messages, &c.code), c.code.to_string()))
            .collect();
        crate::engine::short_sort::sort_by(&mut names, Ord::cmp);
        names
            .into_iter()
            .map(|(name, code)| {
                let selected_code = code.clone();
                view! { <option value=code selected=move || chosen.get().is_some_and(|x| x.as_str() == selected_code)>{name}</option> }
            })
            .collect_view()
    };
    let card = move || {
        let code = chosen.get()?;
        let first = translator(languages.first.get());
        let second = languages.second.get().filter(|s| s.code != first.locale.code).map(translator);
        let langs = document::Languages { first: &first, second: second.as_deref() };
        let block =
            country::block(questionnaire(), country_facts(), &code, Protection::NotAsked, today(), langs, format_date);
        Some(document::html::country_page(&block, langs))
    };
    view! {
        <section class="country-info">
            <h1 tabindex="-1" node_ref=heading>{tt(msg::COUNTRY_INFO_OPEN)}</h1>
            <p class="lead">{tt(msg::COUNTRY_INFO_INTRO)}</p>
            <label for="country-pick">{tt(msg::COUNTRY_INFO_CHOOSE)}</label>
            <select id="country-pick" on:change=move |ev| {
                let v = event_target_value(&ev);
                chosen.set((!v.is_empty()).then(|| OptionId::new(v)));
            }>
                <option value="" selected=move || chosen.get().is_none()>{tt(msg::COUNTRY_INFO_PICK)}</option>
                {options}
            </select>
            <div inner_html=move || card().unwrap_or_default()></div>
            <p class="advice">{tt(msg::START_NOT_ADVICE)}</p>
            <div class="nav">
                <button type="button" class="back" id="country-info-back" on:click=move |_| ui.close()>
                    <span class="arrow" aria-hidden="true">"←"</span>{tt(msg::COUNTRY_INFO_BACK)}
                </button>
            </div>
        </section>
    }
}

/// On the result, below the country card (a block of the document):
/// "Thinking it through" when return is being considered.
#[component]
pub fn ResultCountryExtras() -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    move || {
        let considered = ui.session().with(|s| crate::engine::consider::return_considered(q, &assess(q, s)));
        considered.then(|| {
            view! {
                <p class="consider-entry no-print">
                    <button type="button" id="to-consider" on:click=move |_| ui.open(Page::Consider)>
                        {tt(msg::CONSIDER_OPEN)}
                    </button>
                </p>
            }
        })
    }
}

/// In the summary's controls: add the country card, when a country was chosen.
#[component]
pub fn SummaryCountryTick() -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    move || {
        let question = country_input().map(|c| c.question);
        let chosen = ui.session().with(|s| matches!(question.and_then(|id| s.answers.get(id)), Some(Answer::One(code)) if q.country(code).is_some()));
        chosen.then(|| {
            view! {
                <div class="choice">
                    <input type="checkbox" id="country-in-summary" prop:checked=move || ui.country_in_summary().get()
                        on:change=move |ev| ui.include_country(event_target_checked(&ev))/>
                    <label for="country-in-summary">{tt(msg::COUNTRY_SUMMARY_INCLUDE)}</label>
                </div>
            }
        })
    }
}
