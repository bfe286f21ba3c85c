//! The start screen: what the tool is, where the answers stay, and Start, all
//! in the first screen of a phone; then the details of the privacy promise,
//! "information, not legal advice", and resuming saved answers. The language
//! is chosen in the header, as on every screen.

use super::language::locale_options;
use super::save::ResumePanel;
use super::text::{bi_with, format_date, t_args, t_in_args, tt};
use crate::i18n::msg;
use crate::i18n::{find, FluentValue, Locale, Review};
use leptos::prelude::*;

/// "Information checked up to …": the newest `checked` date in the content,
/// so that an old offline copy shows its age.
fn checked_until(messages: &crate::i18n::Translator) -> String {
    crate::content::checked_until(crate::content::questionnaire())
        .map(|day| messages.t_args(msg::INFO_CHECKED_UNTIL, &[("date", format_date(messages, day).into())]))
        .unwrap_or_default()
}

/// The neutral tab title. The checkbox carries it (`data-neutral-title`), so
/// that the page before the app (public/boot.js) uses the same one.
pub const NEUTRAL_TITLE: &str = "Notes";

#[component]
pub fn StartScreen(
    locale: Signal<&'static Locale>,
    /// Counsellor mode: the counsellor's language.
    second: Signal<Option<&'static Locale>>,
    neutral: ReadSignal<bool>,
    on_second: Callback<Option<&'static Locale>>,
    on_neutral: Callback<bool>,
    on_begin: Callback<()>,
) -> impl IntoView {
    let offline = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        if offline_copy_ready().await {
            // The screen may have gone meanwhile.
            let _ = offline.try_set(true);
        }
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    // The review state from the records (content/reviews/), in the language
    // and in Dutch: checked, partly checked (with the share), or not checked.
    let unreviewed = move || {
        let current = locale.get();
        let (class, id, percent) = match current.review() {
            Review::Checked => ("reviewed", msg::START_REVIEWED, 100),
            Review::Partly(p) => ("unreviewed", msg::START_PARTLY_REVIEWED, p),
            Review::NotChecked => ("unreviewed", msg::START_UNREVIEWED, 0),
        };
        let dutch = find("nl").expect("Dutch exists");
        let args = move || [("percent", FluentValue::from(percent))];
        view! {
            <p class=class>
                {move || t_args(id, &args())}
                {(current.code != "nl").then(|| view! { <span lang="nl" dir="ltr">" "{t_in_args(dutch, id, &args())}</span> })}
            </p>
        }
    };
    view! {
        <section class="start">
            <h1 tabindex="-1" node_ref=heading>{tt(msg::START_TITLE)}</h1>
            <p class="lead">{tt(msg::START_INTRO)}</p>
            <div class="choice mode">
                <input type="checkbox" id="mode-counsellor" prop:checked=move || second.get().is_some()
                    on:change=move |ev| on_second.run(if event_target_checked(&ev) { find("nl") } else { None })/>
                <label for="mode-counsellor">{tt(msg::START_MODE_COUNSELLOR)}</label>
            </div>
            <Show when=move || second.get().is_some()>
                <label class="second-language" for="counsellor-lang">{tt(msg::START_COUNSELLOR_LANG)}</label>
                <select id="counsellor-lang" on:change=move |ev| on_second.run(find(&event_target_value(&ev)))>
                    {locale_options(move |code| second.get().is_some_and(|language| language.code == code))}
                </select>
            </Show>
            <button type="button" class="primary" id="start" on:click=move |_| on_begin.run(())>
                {tt(msg::START_BEGIN)}
            </button>
            <p class="small">{tt(msg::START_TIME)}</p>
            {unreviewed}
            <p class="advice">{tt(msg::START_NOT_ADVICE)}</p>
            <p class="small" id="checked-until">{bi_with(checked_until)}</p>
            <div class="promise">
                <h2>{tt(msg::START_PRIVACY_TITLE)}</h2>
                <ul>
                    <li>{tt(msg::START_PRIVACY_1)}</li>
                    <li>{tt(msg::START_PRIVACY_2)}</li>
                    <li>{tt(msg::START_PRIVACY_3)}</li>
                </ul>
                <p class="small">{tt(msg::START_LIMITS)}</p>
                <p class="small" id="start-remains">{tt(msg::START_REMAINS)}</p>
                // Quiet, once the offline copy is whole: before that, going
                // offline would show the browser's own "no internet" page.
                // Its place is kept from the start, so nothing moves when it
                // shows (the pre-rendered screen has it too, still hidden).
                <p class="small offline-ready" id="offline-ready" role="status" class:ready=move || offline.get()>
                    {tt(msg::START_OFFLINE_READY)}
                </p>
                <div class="choice neutral">
                    <input type="checkbox" id="neutral-title" data-neutral-title=NEUTRAL_TITLE prop:checked=move || neutral.get()
                        on:change=move |ev| on_neutral.run(event_target_checked(&ev))/>
                    <label for="neutral-title">{tt(msg::NEUTRAL_TITLE)}</label>
                </div>
            </div>
            <super::country::CountryInfoButton/>
            <ResumePanel/>
        </section>
    }
}

/// Whether this device holds the whole offline copy: the service worker is
/// active (it becomes so only after every listed file is cached) and its
/// cache is there ("Forget everything" deletes it). Asks nothing of the
/// network, so every visitor's requests stay the same.
async fn offline_copy_ready() -> bool {
    use js_sys::{Array, Function, Promise, Reflect};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else { return false };
    let Ok(ready) = window.navigator().service_worker().ready() else { return false };
    if JsFuture::from(ready).await.is_err() {
        return false;
    }
    let keys = (|| {
        let caches = Reflect::get(&window, &"caches".into()).ok()?;
        let keys: Function = Reflect::get(&caches, &"keys".into()).ok()?.dyn_into().ok()?;
        keys.call0(&caches).ok()?.dyn_into::<Promise>().ok()
    })();
    let Some(keys) = keys else { return false };
    JsFuture::from(keys).await.ok().and_then(|k| k.dyn_into::<Array>().ok()).is_some_and(|k| k.length() > 0)
}
