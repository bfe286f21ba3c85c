//! Message lookup for components. Bundles are parsed once per language and
//! kept per thread (Fluent bundles are not `Send`); the reactive part is the
//! language signal, so text changes when the language does.

use super::state::{use_languages, Languages};
use crate::i18n::FluentValue;
use crate::i18n::{Dir, Locale, MessageKey, Msg, Translator};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The message with variables in a given language (not reactive by itself).
pub fn t_in_args(locale: &'static Locale, id: impl MessageKey, args: &[(&str, FluentValue)]) -> String {
    in_direction(locale, translator(locale).t_args(&id as &dyn MessageKey, args))
}

thread_local! {
    static CACHE: RefCell<HashMap<&'static str, Rc<Translator>>> = RefCell::new(HashMap::new());
}

/// The translator for a locale, parsed on first use (see `languages` for
/// the languages that are fetched).
pub fn translator(locale: &'static Locale) -> Rc<Translator> {
    CACHE.with(|c| {
        c.borrow_mut()
            .entry(locale.code)
            .or_insert_with(|| Rc::new(Translator::with_text(locale, super::fetched::text(locale))))
            .clone()
    })
}

/// Drops a cached translator (its language's text has just arrived).
pub fn forget(locale: &'static Locale) {
    CACHE.with(|c| c.borrow_mut().remove(locale.code));
}

/// Latin names inside right-to-left text, isolated (see `crate::bidi`).
fn in_direction(locale: &Locale, text: String) -> String {
    match locale.dir {
        Dir::Rtl => crate::bidi::isolate_latin(&text),
        Dir::Ltr => text,
    }
}

/// The message in the person's language (reactive).
pub fn t(id: impl MessageKey) -> String {
    t_one(&id)
}

/// One copy of the code for every kind of id.
fn t_one(id: &dyn MessageKey) -> String {
    let locale = use_languages().first.get();
    in_direction(locale, translator(locale).t(id))
}

/// The message with variables, in the person's language (reactive).
pub fn t_args(id: impl MessageKey, args: &[(&str, FluentValue)]) -> String {
    let locale = use_languages().first.get();
    in_direction(locale, translator(locale).t_args(&id as &dyn MessageKey, args))
}

/// The message in a given language (not reactive by itself).
pub fn t_in(locale: &'static Locale, id: impl MessageKey) -> String {
    in_direction(locale, translator(locale).t(&id as &dyn MessageKey))
}

thread_local! {
    static DATES: RefCell<HashMap<(&'static str, i32), String>> = RefCell::new(HashMap::new());
}

/// Whether the browser has calendar data for a language.
fn browser_knows(code: &str) -> bool {
    let supported =
        js_sys::Intl::DateTimeFormat::supported_locales_of(&js_sys::Array::of1(&code.into()), &js_sys::Object::new());
    supported.length() > 0
}

/// A date written the way the language writes dates: the browser's own
/// format where it has data for the language (in the Gregorian calendar of
/// the letters people receive), otherwise month names from the locale file.
/// The browser's dates are kept once written: it builds a formatter per call
/// (milliseconds each on a slow phone), and a result shows the same few dates
/// many times.
pub fn format_date(messages: &Translator, day: crate::engine::Day) -> String {
    let code = messages.locale.code;
    // Only the browser's dates are kept, so a kept one needs no second check.
    let key = (code, day.0);
    if let Some(s) = DATES.with(|d| d.borrow().get(&key).cloned()) {
        return s;
    }
    // The locale's own words where the browser has no data for the
    // language, or where the language also writes the date in numbers
    // (which the browser's format would leave out).
    let own = crate::document::dates::long(messages, day);
    if !browser_knows(code) || own.contains(&crate::document::dates::numeric(day)) {
        return own;
    }
    let (y, m, d) = day.ymd();
    let date = js_sys::Date::new_with_year_month_day(y as u32, m as i32 - 1, d as i32);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&opts, &"calendar".into(), &"gregory".into());
    let s = date.to_locale_date_string(code, &opts).as_string().unwrap_or(own);
    DATES.with(|d| d.borrow_mut().insert(key, s.clone()));
    s
}

/// Text in the person's language and, in counsellor mode, the counsellor's
/// language beside it, each marked with its own `lang` and `dir`.
pub fn bi_with<F>(text_in: F) -> impl IntoView
where
    F: Fn(&Translator) -> String + Send + Sync + 'static,
{
    let Languages { first, second } = use_languages();
    move || {
        let first = first.get();
        let first_text = in_direction(first, text_in(&translator(first)));
        match second.get().filter(|second| second.code != first.code) {
            None => leptos::either::Either::Left(first_text),
            Some(second) => leptos::either::Either::Right(view! {
                <span class="bi">
                    <span class="bi-a" lang=first.code dir=first.dir.as_str()>{first_text}</span>
                    <span class="bi-b" lang=second.code dir=second.dir.as_str()>{in_direction(second, text_in(&translator(second)))}</span>
                </span>
            }),
        }
    }
}

/// A message in both languages (see [`bi_with`]).
pub fn bi(id: impl MessageKey + Send + Sync + 'static) -> impl IntoView {
    bi_one(Box::new(id))
}

/// One copy of the code for every kind of id.
fn bi_one(id: Box<dyn MessageKey + Send + Sync>) -> impl IntoView {
    bi_with(move |messages| messages.t(&*id))
}

/// A message as reactive text. One function, so every use shares one
/// instance of the rendering code (a `move || t(…)` closure per use would
/// each compile to its own).
pub fn tt(id: Msg) -> impl IntoView {
    move || t(id)
}

/// Which blocks show the counsellor's language on a phone (see
/// [`SecondToggle`]). In memory only: never stored.
#[derive(Clone, Copy)]
pub struct SecondShown(RwSignal<Vec<&'static str>>);

pub fn provide_second_shown() {
    provide_context(SecondShown(RwSignal::new(Vec::new())));
}

/// Whether a kind of block shows the counsellor's language on a phone; for
/// the block's `data-second` attribute.
pub fn second_shown(key: &'static str) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let shown = expect_context::<SecondShown>().0;
    move || shown.with(|s| s.contains(&key)).then_some("")
}

/// Counsellor mode on a phone: two people look at one small screen, so each
/// block shows the person's language, and the counsellor's is one tap away
/// on this button (its own name, in its own script). The choice holds for
/// that kind of block (every question, the next steps, …) until the page is
/// closed. On a wide screen both languages stand side by side and the button
/// is not shown (style.css).
#[component]
pub fn SecondToggle(key: &'static str) -> impl IntoView {
    let Languages { first, second } = use_languages();
    let shown = expect_context::<SecondShown>().0;
    let on = move || shown.with(|s| s.contains(&key));
    let toggle = move |_| {
        shown.update(|s| match s.iter().position(|k| *k == key) {
            Some(i) => {
                s.remove(i);
            }
            None => s.push(key),
        })
    };
    move || {
        second.get().filter(|s| s.code != first.get().code).map(|l| {
            view! {
                <button type="button" class="second-toggle" lang=l.code dir=l.dir.as_str()
                    aria-pressed=move || on().to_string() on:click=toggle>{l.native}</button>
            }
        })
    }
}
