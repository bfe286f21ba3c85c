//! Country information: the card for a country (built by the engine, laid
//! out here), the "Information about a country" page reachable from the
//! start screen without answering questions, and the card on the result and
//! (when ticked) in the summary. Nothing here loads anything or is stored.

use super::state::use_ui;
use super::text::{bi, bi_with, format_date, translator, tt};
use crate::content::country::country_facts;
use crate::content::questionnaire;
use crate::country_text::{country_name, line_text, provenance_text};
use crate::engine::country_card::{country_card, Protection};
use crate::engine::{assess, Answer, Day, OptionId, QuestionId};
use crate::i18n::{Locale, Translator};
use leptos::prelude::*;

/// A page shown instead of the current step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    CountryInfo,
    Consider,
}

/// Navigation to the country pages, and whether the summary includes the card.
#[derive(Clone, Copy)]
pub struct CountryNav {
    pub page: RwSignal<Option<Page>>,
    pub in_summary: RwSignal<bool>,
}

/// Called once by the app shell. Any change to the session (an answer,
/// "forget everything") closes these pages, so nothing lingers.
pub fn provide_nav() {
    let ui = use_ui();
    let nav = CountryNav { page: RwSignal::new(None), in_summary: RwSignal::new(false) };
    provide_context(nav);
    Effect::new(move |first: Option<()>| {
        ui.session.track();
        // Only a change notifies: a needless set would rebuild the screen
        // and lose what it holds (a draft answer, an error message).
        if first.is_some() && nav.page.get_untracked().is_some() {
            nav.page.set(None);
        }
        if first.is_some() && nav.in_summary.get_untracked() {
            nav.in_summary.set(false);
        }
    });
}

pub fn use_nav() -> CountryNav {
    expect_context::<CountryNav>()
}

/// The page to show instead of the current step, if one is open.
pub fn overlay() -> Option<AnyView> {
    match use_nav().page.get()? {
        Page::CountryInfo => Some(view! { <CountryInfoScreen/> }.into_any()),
        Page::Consider => Some(view! { <super::consider::ConsiderScreen/> }.into_any()),
    }
}

/// The way in from the start screen.
#[component]
pub fn CountryInfoButton() -> impl IntoView {
    let nav = use_nav();
    view! {
        <p class="country-info-entry">
            <button type="button" id="country-info" on:click=move |_| nav.page.set(Some(Page::CountryInfo))>
                {tt("country-info-open")}
            </button>
        </p>
    }
}

/// A date from the content (`YYYY-MM-DD` or `YYYY-MM`) written the reader's way.
fn content_date(locale: &'static Locale, s: &str) -> String {
    if let Some(day) = Day::parse_iso(s) {
        return format_date(locale, day);
    }
    let Some(day) = Day::parse_iso(&format!("{s}-01")) else { return s.to_string() };
    let (y, m, _) = day.ymd();
    let date = js_sys::Date::new_with_year_month_day(y as u32, m as i32 - 1, 1);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"year".into(), &"numeric".into());
    let _ = js_sys::Reflect::set(&opts, &"month".into(), &"long".into());
    date.to_locale_date_string(locale.code, &opts).as_string().unwrap_or_else(|| s.to_string())
}

/// The country's name in the reader's language where the browser knows it.
fn local_country_name(tr: &Translator, code: &OptionId) -> String {
    let q = questionnaire();
    let listed = q.country(code).map(|c| country_name(tr, c)).unwrap_or_else(|| code.to_string());
    match tr.locale.code {
        "nl" | "en" => listed,
        l => super::choices::display_name(l, code.as_str()).unwrap_or(listed),
    }
}

/// The card for a country, laid out: one section per part, each fact with
/// its kind, its text and, folded, where it comes from.
#[component]
pub fn CountryCardView(code: OptionId, protection: Protection, #[prop(default = 2)] level: u8) -> impl IntoView {
    let card = country_card(country_facts(), &code, protection);
    let code2 = code.clone();
    let title =
        bi_with(move |tr| tr.t_args("country-card-title", &[("country", local_country_name(tr, &code2).into())]));
    let title = heading(level, title);
    let sections = card
        .sections
        .into_iter()
        .map(|s| {
            let lines = s
                .lines
                .into_iter()
                .map(|line| {
                    let label =
                        line.kind.map(|k| view! { <p class="fact-kind"><strong>{bi(k.message())}</strong></p> });
                    let l2 = line.clone();
                    let text = bi_with(move |tr| line_text(tr, &l2, &|d| content_date(tr.locale, d)));
                    let source = line.provenance.clone().map(|p| {
                        let l3 = line.clone();
                        view! {
                            <details class="country-source">
                                <summary>{tt("country-card-source")}</summary>
                                <p>{move || {
                                    let tr = translator(use_ui().locale.get());
                                    provenance_text(&tr, &l3, &|d| content_date(tr.locale, d)).unwrap_or_default()
                                }}</p>
                                <p class="source" dir="ltr" lang="en">{p.source}</p>
                            </details>
                        }
                    });
                    let kind = line.kind.map(|k| format!("{k:?}")).unwrap_or_default();
                    view! {
                        <li class="fact" class:unknown=line.unknown data-kind=kind>
                            {label}
                            <p>{text}</p>
                            {source}
                        </li>
                    }
                })
                .collect_view();
            let id = format!("{:?}", s.id).to_lowercase();
            view! {
                <section class="country-section" data-section=id>
                    {heading(level + 1, bi(s.id.message()))}
                    <ul class="facts">{lines}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="card country-card" data-country=code.to_string()>
            {title}
            <p>{bi("country-card-intro")}</p>
            <p class="small">{bi("country-card-checked")}</p>
            {sections}
        </article>
    }
}

/// A heading of the given level (the card sits under an `h1` on its own page
/// and on the result, under an `h2` in the summary).
fn heading(level: u8, content: impl IntoView + 'static) -> AnyView {
    match level {
        2 => view! { <h2>{content}</h2> }.into_any(),
        3 => view! { <h3>{content}</h3> }.into_any(),
        _ => view! { <h4>{content}</h4> }.into_any(),
    }
}

/// "Information about a country": pick a country, read its card. No answers
/// are needed, so the card treats the person as possibly needing protection.
#[component]
fn CountryInfoScreen() -> impl IntoView {
    let ui = use_ui();
    let nav = use_nav();
    let q = questionnaire();
    let chosen = RwSignal::new(None::<OptionId>);
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    // Sorted by the name in the reader's language, rebuilt when it changes.
    let options = move || {
        let tr = translator(ui.locale.get());
        let mut names: Vec<(String, String)> =
            q.countries.iter().map(|c| (local_country_name(&tr, &c.code), c.code.to_string())).collect();
        names.sort();
        names
            .into_iter()
            .map(|(name, code)| {
                let c2 = code.clone();
                view! { <option value=code selected=move || chosen.get().is_some_and(|x| x.as_str() == c2)>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="country-info">
            <h1 tabindex="-1" node_ref=heading>{tt("country-info-open")}</h1>
            <p class="lead">{tt("country-info-intro")}</p>
            <label for="country-pick">{tt("country-info-choose")}</label>
            <select id="country-pick" on:change=move |ev| {
                let v = event_target_value(&ev);
                chosen.set((!v.is_empty()).then(|| OptionId::new(v)));
            }>
                <option value="" selected=move || chosen.get().is_none()>{tt("country-info-pick")}</option>
                {options}
            </select>
            {move || chosen.get().map(|code| view! { <CountryCardView code=code protection=Protection::NotAsked/> })}
            <p class="advice">{tt("start-not-advice")}</p>
            <div class="nav">
                <button type="button" class="back" id="country-info-back" on:click=move |_| nav.page.set(None)>
                    <span class="arrow" aria-hidden="true">"←"</span>{tt("country-info-back")}
                </button>
            </div>
        </section>
    }
}

/// The country the person chose in the questionnaire, if it has a card.
fn chosen_country() -> Option<OptionId> {
    let q = questionnaire();
    use_ui().session.with(|s| match s.answers.get(&QuestionId::from("country")) {
        Some(Answer::One(code)) if q.country(code).is_some() => Some(code.clone()),
        _ => None,
    })
}

/// On the result, after the routes: the card for the chosen country, under
/// the safety rule, and the way to "Thinking it through" when return is
/// being considered.
#[component]
pub fn ResultCountryCard() -> impl IntoView {
    let ui = use_ui();
    let nav = use_nav();
    let q = questionnaire();
    move || {
        let a = ui.session.with(|s| assess(q, s));
        let considered = crate::engine::consider::return_considered(q, &a);
        let card = chosen_country().map(|code| {
            view! {
                <section class="country">
                    <CountryCardView code=code protection=Protection::from_assessment(&a)/>
                    <div class="choice no-print">
                        <input type="checkbox" id="country-in-summary" prop:checked=move || nav.in_summary.get()
                            on:change=move |ev| nav.in_summary.set(event_target_checked(&ev))/>
                        <label for="country-in-summary">{tt("country-summary-include")}</label>
                    </div>
                </section>
            }
        });
        let consider = considered.then(|| {
            view! {
                <p class="consider-entry no-print">
                    <button type="button" id="to-consider" on:click=move |_| nav.page.set(Some(Page::Consider))>
                        {tt("consider-open")}
                    </button>
                </p>
            }
        });
        view! { {card} {consider} }
    }
}

/// In the summary, only when ticked on the result.
#[component]
pub fn SummaryCountryCard() -> impl IntoView {
    let ui = use_ui();
    let nav = use_nav();
    let q = questionnaire();
    move || {
        let code = chosen_country().filter(|_| nav.in_summary.get())?;
        let a = ui.session.with(|s| assess(q, s));
        Some(view! { <CountryCardView code=code protection=Protection::from_assessment(&a) level=3/> })
    }
}
