//! Message lookup for components. Bundles are parsed once per language and
//! kept per thread (Fluent bundles are not `Send`); the reactive part is the
//! language signal, so text changes when the language does.

use super::state::use_ui;
use crate::i18n::{Locale, Translator};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static CACHE: RefCell<HashMap<&'static str, Rc<Translator>>> = RefCell::new(HashMap::new());
}

/// The translator for a locale, parsed on first use (see `languages` for
/// the languages that are fetched).
pub fn translator(locale: &'static Locale) -> Rc<Translator> {
    CACHE.with(|c| {
        c.borrow_mut()
            .entry(locale.code)
            .or_insert_with(|| Rc::new(Translator::with_text(locale, super::languages::text(locale))))
            .clone()
    })
}

/// Drops a cached translator (its language's text has just arrived).
pub fn forget(locale: &'static Locale) {
    CACHE.with(|c| c.borrow_mut().remove(locale.code));
}

/// The message in the person's language (reactive).
pub fn t(id: &str) -> String {
    translator(use_ui().locale.get()).t(id)
}

/// The message with variables, in the person's language (reactive).
pub fn t_args(id: &str, args: &[(&str, FluentValue)]) -> String {
    translator(use_ui().locale.get()).t_args(id, args)
}

/// The message in a given language (not reactive by itself).
pub fn t_in(locale: &'static Locale, id: &str) -> String {
    translator(locale).t(id)
}

thread_local! {
    static DATES: RefCell<HashMap<(&'static str, i32), String>> = RefCell::new(HashMap::new());
}

/// A date written the way the language writes dates. Kept once written: the
/// browser builds a date formatter per call (milliseconds each on a slow
/// phone), and the result screen shows the same few dates many times.
pub fn format_date(locale: &'static Locale, day: crate::engine::Day) -> String {
    let key = (locale.code, day.0);
    if let Some(s) = DATES.with(|d| d.borrow().get(&key).cloned()) {
        return s;
    }
    let (y, m, d) = day.ymd();
    let date = js_sys::Date::new_with_year_month_day(y as u32, m as i32 - 1, d as i32);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    let s = date.to_locale_date_string(locale.code, &opts).as_string().unwrap_or_else(|| day.iso());
    DATES.with(|d| d.borrow_mut().insert(key, s.clone()));
    s
}

/// Text in the person's language and, in counsellor mode, the counsellor's
/// language beside it, each marked with its own `lang` and `dir`.
pub fn bi_with<F>(f: F) -> impl IntoView
where
    F: Fn(&Translator) -> String + Send + Sync + 'static,
{
    let ui = use_ui();
    move || {
        let first = ui.locale.get();
        let a = f(&translator(first));
        match ui.second.get().filter(|s| s.code != first.code) {
            None => leptos::either::Either::Left(a),
            Some(s) => leptos::either::Either::Right(view! {
                <span class="bi">
                    <span class="bi-a" lang=first.code dir=first.dir.as_str()>{a}</span>
                    <span class="bi-b" lang=s.code dir=s.dir.as_str()>{f(&translator(s))}</span>
                </span>
            }),
        }
    }
}

/// A message in both languages (see [`bi_with`]).
pub fn bi(id: impl Into<String>) -> impl IntoView {
    let id = id.into();
    bi_with(move |tr| tr.t(&id))
}

/// A message as reactive text. One function, so every use shares one
/// instance of the rendering code (a `move || t(…)` closure per use would
/// each compile to its own).
pub fn tt(id: &'static str) -> impl IntoView {
    move || t(id)
}
