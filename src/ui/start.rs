//! The start screen: languages first, what the tool is, the privacy promise,
//! "information, not legal advice", and Start.

use super::state::use_ui;
use super::text::{t, t_in};
use crate::i18n::{find, LOCALES};
use leptos::prelude::*;

#[component]
pub fn StartScreen() -> impl IntoView {
    let ui = use_ui();
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let unreviewed = move || {
        let l = ui.locale.get();
        (!l.reviewed).then(|| {
            let nl = find("nl").expect("Dutch exists");
            view! {
                <p class="unreviewed">
                    {t("start-unreviewed")}
                    {(l.code != "nl").then(|| view! { <span lang="nl" dir="ltr">" "{t_in(nl, "start-unreviewed")}</span> })}
                </p>
            }
        })
    };
    view! {
        <section class="start">
            <nav class="language-list" aria-label=move || t("language-label")>
                <ul>
                    {LOCALES.iter().map(|l| view! {
                        <li>
                            <button type="button" lang=l.code dir=l.dir.as_str()
                                aria-pressed=move || (ui.locale.get().code == l.code).to_string()
                                on:click=move |_| ui.locale.set(l)>{l.native}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </nav>
            {unreviewed}
            <h1 tabindex="-1" node_ref=heading>{move || t("start-title")}</h1>
            <p class="lead">{move || t("start-intro")}</p>
            <div class="promise">
                <h2>{move || t("start-privacy-title")}</h2>
                <ul>
                    <li>{move || t("start-privacy-1")}</li>
                    <li>{move || t("start-privacy-2")}</li>
                    <li>{move || t("start-privacy-3")}</li>
                </ul>
                <p class="small">{move || t("start-limits")}</p>
            </div>
            <p class="advice">{move || t("start-not-advice")}</p>
            <p class="small">{move || t("start-time")}</p>
            <button type="button" class="primary" id="start" on:click=move |_| ui.begin()>
                {move || t("start-begin")}
            </button>
        </section>
    }
}
