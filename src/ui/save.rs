//! Saving by choice: the answers encrypted with a passphrase the person
//! picks, kept on this device or exported to a file; resuming and importing.

use super::state::{today, use_ui, Ui};
use super::text::{t, tt};
use crate::content::questionnaire;
use crate::i18n::{msg, Msg};
use crate::store;
use crate::store::format::{parse_envelope, restore_session, OpenError, Payload, MAX_BYTES, VERSION};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

const MIN_LEN: usize = 8;
/// Neutral file names: a downloads folder others see should not tell what
/// the files are about.
const LOCKED_FILE: &str = "notes.json";
const READABLE_FILE: &str = "notes.html";

/// Saving or exporting: given the passphrase and the answers, the message to show.
type Work = fn(String, Payload) -> std::pin::Pin<Box<dyn std::future::Future<Output = Msg>>>;

fn payload(ui: Ui) -> Payload {
    Payload { v: VERSION, locale: ui.locale().get_untracked().code.to_string(), session: ui.session().get_untracked() }
}

/// Puts opened answers back, repaired against the current content; says so
/// when an answer could not be used (and whether its question is asked
/// again, or it was only left out). Takes
/// `ui` explicitly: it runs after an `await`, outside the component's context.
fn restore(ui: Ui, p: Payload) {
    let mut s = p.session;
    s.today = today();
    let (s, restored) = restore_session(s, questionnaire());
    ui.restore(s, crate::i18n::find(&p.locale), restored.notice());
}

/// Two passphrase fields, checked alike for saving and exporting.
fn check_pair(a: &str, b: &str) -> Result<(), Msg> {
    if a.chars().count() < MIN_LEN {
        Err(msg::SAVE_TOO_SHORT)
    } else if a != b {
        Err(msg::SAVE_MISMATCH)
    } else {
        Ok(())
    }
}

/// Saving on this device and the locked export. `open`: shown unfolded.
#[component]
pub fn SavePanel(#[prop(optional)] open: bool) -> impl IntoView {
    let ui = use_ui();
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Msg>);
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
            if m != msg::SAVE_UNAVAILABLE {
                pass.set(String::new());
                again.set(String::new());
            }
            message.set(Some(m));
            busy.set(false);
        });
    };
    // A save replaces what is kept on this device: when something is, the
    // first tap says so and the button becomes "Replace"; only that one
    // goes on. Nothing about the earlier save (not even its date) is shown:
    // on a shared phone that would tell the next person more.
    let replacing = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store::has_saved()
            && !replacing.get_untracked()
            && !busy.get_untracked()
            && check_pair(&pass.get_untracked(), &again.get_untracked()).is_ok()
        {
            replacing.set(true);
            message.set(Some(msg::SAVE_REPLACE_ASK));
            return;
        }
        replacing.set(false);
        run(|phrase, p| {
            Box::pin(async move {
                if store::save(&phrase, &p).await.is_ok() {
                    msg::SAVE_DONE
                } else {
                    msg::SAVE_UNAVAILABLE
                }
            })
        });
    };
    let export = move |_| {
        run(|phrase, p| {
            Box::pin(async move {
                match store::crypto::seal(&phrase, &p).await {
                    Ok(text) => {
                        download(LOCKED_FILE, &text, "application/json");
                        msg::EXPORT_DONE
                    }
                    Err(_) => msg::SAVE_UNAVAILABLE,
                }
            })
        });
    };

    view! {
        <details class="save" open=open>
            <summary>{tt(msg::SAVE_TITLE)}</summary>
            <form class="save-form" on:submit=save novalidate>
                <p class="small">{tt(msg::SAVE_EXPLAIN)}</p>
                <label for="save-pass">{tt(msg::SAVE_PASSPHRASE)}</label>
                <input type="password" id="save-pass" autocomplete="new-password" minlength="8"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                <label for="save-again">{tt(msg::SAVE_PASSPHRASE_AGAIN)}</label>
                <input type="password" id="save-again" autocomplete="new-password"
                    prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
                <p class="save-message" role="status" aria-live="polite">{move || message.get().map(t)}</p>
                <div class="row">
                    {available.then(|| view! {
                        <button type="submit" id="save-button" disabled=move || busy.get()>
                            {move || if replacing.get() { t(msg::SAVE_REPLACE_BUTTON) } else { t(msg::SAVE_BUTTON) }}
                        </button>
                    })}
                    <button type="button" id="export-button" disabled=move || busy.get() on:click=export>{tt(msg::EXPORT_BUTTON)}</button>
                </div>
                {(!available).then(|| view! { <p class="small">{tt(msg::SAVE_UNAVAILABLE)}</p> })}
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

/// "Save as a file" for the readable summary. Before anything is written it
/// says that anyone who opens the file can read it, and offers the locked
/// export (the save panel) right there instead. `html` makes the file.
#[component]
pub fn ReadableFile(html: impl Fn() -> Option<String> + Copy + Send + Sync + 'static) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <button type="button" class="primary" id="download" aria-expanded=move || asking.get().to_string()
            on:click=move |_| asking.update(|a| *a = !*a)>{tt(msg::SUMMARY_DOWNLOAD)}</button>
        <Show when=move || asking.get()>
            <div class="file-warning" role="region" aria-labelledby="file-warning-text">
                <p id="file-warning-text"><strong>{tt(msg::FILE_READABLE_WARNING)}</strong></p>
                <SavePanel open=true/>
                <button type="button" id="download-readable" on:click=move |_| {
                    if let Some(text) = html() {
                        download(READABLE_FILE, &text, "text/html");
                    }
                    asking.set(false);
                }>{tt(msg::FILE_READABLE_ANYWAY)}</button>
            </div>
        </Show>
    }
}

#[component]
pub fn ResumePanel() -> impl IntoView {
    let ui = use_ui();
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // Saved answers on this device, checked before a passphrase is asked;
    // again after a notice ("Forget everything" may have removed them).
    let saved = move || {
        ui.notice().track();
        store::has_saved().then(store::saved_check)
    };
    let saved_ok = move || saved() == Some(Ok(()));
    let message = RwSignal::new(None::<Msg>);
    let shown = move || message.get().or_else(|| saved().and_then(|r| r.err()).map(OpenError::message));
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
            // Nothing is deleted on any error: not the file, not what is saved.
            match r {
                Ok(p) => restore(ui, p),
                Err(e) => message.set(Some(e.message())),
            }
        });
    };

    // A file is checked before a passphrase is asked: its size before it is
    // read, then whether it is a Wegwijzer file this version can open.
    let read_file = move |file: web_sys::File| {
        file_text.set(None);
        if file.size() > MAX_BYTES {
            message.set(Some(OpenError::NotOurs.message()));
            return;
        }
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            match text.ok_or(OpenError::NotOurs).and_then(|t| parse_envelope(&t).map(|_| t)) {
                Ok(t) => {
                    file_text.set(Some(t));
                    message.set(None);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_file(file);
        }
    };
    // A file chosen before the app ran (public/boot.js): read, and shown in
    // the field, with no second file picker.
    let field = NodeRef::<leptos::html::Input>::new();
    if let Some(files) = super::handoff::take_files() {
        if let Some(file) = files.get(0) {
            read_file(file);
        }
        // Once the field is in the page (before the frame is painted).
        request_animation_frame(move || {
            if let Some(input) = field.get_untracked() {
                input.set_files(Some(&files));
            }
        });
    }

    view! {
        <section class="resume" aria-labelledby="resume-title">
            <h2 id="resume-title">{tt(msg::RESUME_TITLE)}</h2>
            <form on:submit=open novalidate>
                <div class="file-field">
                    <label for="import-file">{tt(msg::IMPORT_BUTTON)}</label>
                    <input type="file" id="import-file" accept=".json,application/json" node_ref=field on:change=on_file/>
                </div>
                <Show when=move || saved_ok() || file_text.get().is_some()>
                    <label for="resume-pass">{tt(msg::SAVE_PASSPHRASE)}</label>
                    <input type="password" id="resume-pass" autocomplete="current-password"
                        prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                    <button type="submit" id="resume-button" disabled=move || busy.get()>
                        {move || if file_text.get().is_some() { t(msg::RESUME_BUTTON) } else { t(msg::START_RESUME) }}
                    </button>
                </Show>
                <p class="resume-message" role="alert">{move || shown().map(t)}</p>
            </form>
        </section>
    }
}
