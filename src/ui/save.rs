//! Saving by choice: the answers encrypted with a passphrase the person
//! picks, kept on this device or exported to a file; resuming and importing.

use super::state::{today, use_ui, Ui};
use super::text::{t, tt};
use crate::content::questionnaire;
use crate::saved::{OpenError, Payload, VERSION};
use crate::store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

const MIN_LEN: usize = 8;

/// Saving or exporting: given the passphrase and the answers, the message to show.
type Work = fn(String, Payload) -> std::pin::Pin<Box<dyn std::future::Future<Output = &'static str>>>;

fn payload(ui: Ui) -> Payload {
    Payload { v: VERSION, locale: ui.locale.get_untracked().code.to_string(), session: ui.session.get_untracked() }
}

/// Puts opened answers back, repaired against the current content. Takes
/// `ui` explicitly: it runs after an `await`, outside the component's context.
fn restore(ui: Ui, p: Payload) {
    let mut s = p.session;
    s.today = today();
    s.repair(questionnaire());
    if s.step == crate::engine::Step::Start && !s.answers.is_empty() {
        s.begin(questionnaire());
    }
    if let Some(l) = crate::i18n::find(&p.locale) {
        ui.locale.set(l);
    }
    ui.session.set(s);
}

fn open_error_message(e: OpenError) -> &'static str {
    match e {
        OpenError::Wrong => "resume-wrong",
        OpenError::Corrupt => "resume-corrupt",
        OpenError::Old => "resume-old",
    }
}

/// Two passphrase fields, checked alike for saving and exporting.
fn check_pair(a: &str, b: &str) -> Result<(), &'static str> {
    if a.chars().count() < MIN_LEN {
        Err("save-too-short")
    } else if a != b {
        Err("save-mismatch")
    } else {
        Ok(())
    }
}

#[component]
pub fn SavePanel() -> impl IntoView {
    let ui = use_ui();
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let message = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let available = store::available();

    // Saving and exporting share the checks: one at a time (double clicks),
    // both passphrase fields alike, then the work with the current answers.
    let run = move |work: Work| {
        if busy.get_untracked() {
            return;
        }
        if let Err(m) = check_pair(&pass.get_untracked(), &again.get_untracked()) {
            message.set(Some(m));
            return;
        }
        busy.set(true);
        let fut = work(pass.get_untracked(), payload(ui));
        spawn_local(async move {
            let m = fut.await;
            if m != "save-unavailable" {
                pass.set(String::new());
                again.set(String::new());
            }
            message.set(Some(m));
            busy.set(false);
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        run(|phrase, p| {
            Box::pin(async move {
                if store::save(&phrase, &p).await.is_ok() {
                    "save-done"
                } else {
                    "save-unavailable"
                }
            })
        });
    };
    let export = move |_| {
        run(|phrase, p| {
            Box::pin(async move {
                match store::crypto::seal(&phrase, &p).await {
                    Ok(text) => {
                        download(&format!("wegwijzer-{}.json", today().iso()), &text, "application/json");
                        "export-done"
                    }
                    Err(_) => "save-unavailable",
                }
            })
        });
    };

    view! {
        <details class="save">
            <summary>{tt("save-title")}</summary>
            <form class="save-form" on:submit=save novalidate>
                <p class="small">{tt("save-explain")}</p>
                <label for="save-pass">{tt("save-passphrase")}</label>
                <input type="password" id="save-pass" autocomplete="new-password" minlength="8"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                <label for="save-again">{tt("save-passphrase-again")}</label>
                <input type="password" id="save-again" autocomplete="new-password"
                    prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
                <p class="save-message" role="status" aria-live="polite">{move || message.get().map(t)}</p>
                <div class="row">
                    {available.then(|| view! {
                        <button type="submit" id="save-button" disabled=move || busy.get()>{tt("save-button")}</button>
                    })}
                    <button type="button" id="export-button" disabled=move || busy.get() on:click=export>{tt("export-button")}</button>
                </div>
                {(!available).then(|| view! { <p class="small">{tt("save-unavailable")}</p> })}
            </form>
        </details>
    }
}

/// Offers a file made on the device for download; no server involved.
pub fn download(name: &str, content: &str, mime: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let doc = document();
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        let _ = doc.body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn ResumePanel() -> impl IntoView {
    let ui = use_ui();
    let pass = RwSignal::new(String::new());
    let message = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let has_saved = RwSignal::new(store::has_saved());
    let file_text = RwSignal::new(None::<String>);

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let phrase = pass.get_untracked();
        let from_file = file_text.get_untracked();
        spawn_local(async move {
            let r = match &from_file {
                Some(text) => store::crypto::open(&phrase, text).await,
                None => store::resume(&phrase).await,
            };
            busy.set(false);
            match r {
                Ok(p) => restore(ui, p),
                // An unreadable file changes nothing on the device.
                Err(OpenError::Old) if from_file.is_some() => message.set(Some("resume-old")),
                Err(_) if from_file.is_some() => message.set(Some("import-wrong")),
                Err(e) => {
                    message.set(Some(open_error_message(e)));
                    has_saved.set(store::has_saved());
                }
            }
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            match text {
                Some(t) => {
                    file_text.set(Some(t));
                    message.set(None);
                }
                None => message.set(Some("resume-corrupt")),
            }
        });
    };

    view! {
        <section class="resume" aria-labelledby="resume-title">
            <h2 id="resume-title">{tt("resume-title")}</h2>
            <form on:submit=open novalidate>
                <div class="file-field">
                    <label for="import-file">{tt("import-button")}</label>
                    <input type="file" id="import-file" accept=".json,application/json" on:change=on_file/>
                </div>
                <Show when=move || has_saved.get() || file_text.get().is_some()>
                    <label for="resume-pass">{tt("save-passphrase")}</label>
                    <input type="password" id="resume-pass" autocomplete="current-password"
                        prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                    <button type="submit" id="resume-button" disabled=move || busy.get()>
                        {move || if file_text.get().is_some() { t("resume-button") } else { t("start-resume") }}
                    </button>
                </Show>
                <p class="resume-message" role="alert">{move || message.get().map(t)}</p>
            </form>
        </section>
    }
}
