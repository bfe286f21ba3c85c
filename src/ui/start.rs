//! The start screen: languages first, what the tool is, the privacy promise,
//! "information, not legal advice", and Start.

use super::language::locale_options;
use super::save::ResumePanel;
use super::state::use_ui;
use super::text::{t, t_in, tt};
use crate::i18n::{find, LOCALES};
use leptos::prelude::*;

#[component]
pub fn StartScreen() -> impl IntoView {
    let ui = use_ui();
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
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
            <h1 tabindex="-1" node_ref=heading>{tt("start-title")}</h1>
            <p class="lead">{tt("start-intro")}</p>
            <div class="promise">
                <h2>{tt("start-privacy-title")}</h2>
                <ul>
                    <li>{tt("start-privacy-1")}</li>
                    <li>{tt("start-privacy-2")}</li>
                    <li>{tt("start-privacy-3")}</li>
                </ul>
                <p class="small">{tt("start-limits")}</p>
                <p class="small" id="start-remains">{tt("start-remains")}</p>
                <div class="choice neutral">
                    <input type="checkbox" id="neutral-title" prop:checked=move || ui.neutral.get()
                        on:change=move |ev| ui.neutral.set(event_target_checked(&ev))/>
                    <label for="neutral-title">{tt("neutral-title")}</label>
                </div>
            </div>
            <fieldset class="mode">
                <legend><h2>{tt("start-mode-title")}</h2></legend>
                <div class="choices">
                    <div class="choice">
                        <input type="radio" id="mode-self" name="mode" value="self"
                            prop:checked=move || ui.second.get().is_none()
                            on:change=move |_| ui.second.set(None)/>
                        <label for="mode-self">{tt("start-mode-self")}</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="mode-counsellor" name="mode" value="counsellor"
                            prop:checked=move || ui.second.get().is_some()
                            on:change=move |_| ui.second.set(find("nl"))/>
                        <label for="mode-counsellor">{tt("start-mode-counsellor")}</label>
                    </div>
                </div>
                <Show when=move || ui.second.get().is_some()>
                    <label class="second-language" for="counsellor-lang">{tt("start-counsellor-lang")}</label>
                    <select id="counsellor-lang" on:change=move |ev| ui.second.set(find(&event_target_value(&ev)))>
                        {locale_options(move |code| ui.second.get().is_some_and(|s| s.code == code))}
                    </select>
                </Show>
            </fieldset>
            <p class="advice">{tt("start-not-advice")}</p>
            <p class="small">{tt("start-time")}</p>
            <button type="button" class="primary" id="start" on:click=move |_| ui.begin()>
                {tt("start-begin")}
            </button>
            <super::country::CountryInfoButton/>
            <ResumePanel/>
        </section>
    }
}
