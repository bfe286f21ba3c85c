//! The inputs of a question, by kind: radio buttons, checkboxes, a date
//! field with "how long ago" choices, or a searchable country list.

use super::date_field::DateField;
use super::draft::Draft;
use super::state::use_languages;
use super::text::{bi, t};
use crate::content::questionnaire;
use crate::engine::{Country, Kind, OptionId, Question};
use crate::i18n::ids;
use crate::i18n::msg;
use leptos::prelude::*;

#[component]
pub fn Choices(question: &'static Question, draft: Draft) -> impl IntoView {
    let content = questionnaire();
    let option = move |option_id: OptionId| choice(question, draft, option_id);

    match question.kind {
        // The date and the choices are alternatives: an answer in one clears
        // the other (`Draft::pick`, `Draft::type_date`). `data-alternative`
        // says so on the page, for the pre-rendered question before the app
        // runs (`public/boot.js` clears by the mark, knowing no rule itself).
        Kind::Date => view! {
            <DateField question=question draft=draft/>
            <p class="or">{bi(msg::DATE_OR)}</p>
            <div class="choices" data-alternative>{question.choices(&content.settings).into_iter().map(option).collect_view()}</div>
        }
        .into_any(),
        Kind::Country => view! { <CountryChoices question=question draft=draft/> }.into_any(),
        _ => {
            view! { <div class="choices">{question.choices(&content.settings).into_iter().map(option).collect_view()}</div> }
                .into_any()
        }
    }
}

/// One option as a native radio button or checkbox with its label.
fn choice(question: &'static Question, draft: Draft, option_id: OptionId) -> impl IntoView {
    let multi = question.kind == Kind::Multi;
    let label_id = ids::option(&question.id, &option_id);
    let input_id = format!("{}-{}", question.id, option_id);
    let (shown, toggled) = (option_id.clone(), option_id.clone());
    let on_change = move |ev: leptos::ev::Event| {
        draft.pick(question, &toggled, event_target_checked(&ev));
    };
    view! {
        <div class="choice">
            <input type=if multi { "checkbox" } else { "radio" } id=input_id.clone() name=question.id.to_string()
                value=option_id.to_string() prop:checked=move || draft.selected.with(|selected| selected.contains(&shown)) on:change=on_change/>
            <label for=input_id>{bi(label_id)}</label>
        </div>
    }
}

/// The country's name in a language, from the browser's own data
/// (`Intl.DisplayNames`), so the app ships no table of names per language.
pub(super) fn display_name(lang: &str, code: &str) -> Option<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into()).ok()?.dyn_into().ok()?;
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"type".into(), &"region".into()).ok()?;
    js_sys::Reflect::set(&opts, &"fallback".into(), &"none".into()).ok()?;
    let args = js_sys::Array::of2(&js_sys::Array::of1(&lang.into()), &opts);
    let dn = js_sys::Reflect::construct(&ctor, &args).ok()?;
    let of: js_sys::Function = js_sys::Reflect::get(&dn, &"of".into()).ok()?.dyn_into().ok()?;
    of.call1(&dn, &code.into()).ok()?.as_string()
}

use wasm_bindgen::JsCast;

/// Lower case without accents, so "turkiye" finds "Türkiye". The browser
/// lowers the case: Rust's `to_lowercase` would ship Unicode's case tables
/// in the wasm (~5 KB brotli).
fn fold(s: &str) -> String {
    String::from(js_sys::JsString::from(s).to_lower_case())
        .chars()
        .map(|c| match c {
            'à'..='å' => 'a',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            'ç' => 'c',
            'ş' => 's',
            'ğ' => 'g',
            'ı' => 'i',
            _ => c,
        })
        .collect()
}

#[component]
fn CountryChoices(question: &'static Question, draft: Draft) -> impl IntoView {
    let locale = use_languages().first;
    let content = questionnaire();
    let search = RwSignal::new(String::new());
    let local_name = move |c: &Country| -> Option<String> {
        let code = locale.get().code;
        match code {
            "nl" | "en" => None,
            _ => display_name(code, c.code.as_str()).filter(|n| n != &c.en && n != c.code.as_str()),
        }
    };
    let matches = move |c: &Country| {
        let wanted = fold(search.get().trim());
        wanted.is_empty()
            || [Some(c.native.clone()), Some(c.nl.clone()), Some(c.en.clone()), local_name(c)]
                .into_iter()
                .flatten()
                .any(|n| fold(&n).contains(&wanted))
    };
    let name = question.id.to_string();
    let country = move |c: &'static Country| {
        let input_id = format!("country-{}", c.code);
        let code = c.code.clone();
        let picked = c.code.clone();
        view! {
            <div class="choice" class:hidden=move || !matches(c)>
                <input type="radio" id=input_id.clone() name=name.clone() value=c.code.to_string()
                    prop:checked=move || draft.selected.with(|selected| selected.contains(&code))
                    on:change=move |_| draft.selected.set(vec![picked.clone()])/>
                <label for=input_id>
                    <span class="native" dir="auto">{c.native.clone()}</span>
                    <span class="names">{move || {
                        let l = locale.get().code;
                        let mut names = vec![if l == "en" { c.en.clone() } else { c.nl.clone() }];
                        if let Some(n) = local_name(c) { names.insert(0, n); }
                        if l != "nl" && l != "en" { names.push(c.en.clone()); }
                        names.dedup();
                        names.retain(|n| n != &c.native);
                        names.join(" · ")
                    }}</span>
                </label>
            </div>
        }
    };
    let none_found = move || content.countries.iter().all(|c| !matches(c));
    let extra = question.choices(&content.settings);
    // The list scrolls in a box a few rows high: the first rows come with
    // the question, the rest after its first frame (56 rows at once kept the
    // question from showing for ~50 ms at 4x CPU).
    const FIRST_ROWS: usize = 12;
    let (first_rows, more_rows) = content.countries.split_at(FIRST_ROWS.min(content.countries.len()));
    let complete = super::two_frames::painted();
    view! {
        <div class="country-search">
            <label for="country-search">{bi(msg::COUNTRY_SEARCH)}</label>
            <input type="search" id="country-search" autocomplete="off" aria-controls="country-list"
                prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
        </div>
        <p class="hint" role="status">{move || none_found().then(|| t(msg::COUNTRY_NONE))}</p>
        <div class="choices countries" id="country-list" data-complete=move || complete.get().then_some("")>
            {first_rows.iter().map(country.clone()).collect_view()}
            {move || complete.get().then(|| more_rows.iter().map(country.clone()).collect_view())}
        </div>
        <div class="choices">
            {extra.into_iter().map(|option_id| choice(question, draft, option_id)).collect_view()}
        </div>
    }
}
