//! "Read aloud" with the browser's own speech synthesis, only with a voice
//! that runs on the device (see `crate::speech`). Without such a voice for
//! the language, the control says so and reads nothing.

use super::listen::{use_event_listener, Listener};
use super::state::use_languages;
use super::text::tt;
use crate::i18n::msg;
use crate::speech::{pick_voice, VoiceInfo};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn voices() -> Vec<SpeechSynthesisVoice> {
    synth()
        .map(|s| s.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).collect())
        .unwrap_or_default()
}

fn info(v: &SpeechSynthesisVoice) -> VoiceInfo {
    VoiceInfo { name: v.name(), lang: v.lang(), local: v.local_service(), default: v.default() }
}

/// The local voice for a language, if the device has one.
fn voice_for(code: &str) -> Option<SpeechSynthesisVoice> {
    let all = voices();
    let infos: Vec<VoiceInfo> = all.iter().map(info).collect();
    pick_voice(&infos, code).map(|i| all[i].clone())
}

fn voiceschanged() -> leptos::ev::Custom {
    leptos::ev::Custom::new("voiceschanged")
}

fn end_event() -> leptos::ev::Custom {
    leptos::ev::Custom::new("end")
}

/// A button that reads `text()` in the person's language.
#[component]
pub fn ReadAloud(text: Callback<(), String>) -> impl IntoView {
    let locale = use_languages().first;
    let speaking = RwSignal::new(false);
    // Voices arrive asynchronously; re-check when the browser says they changed.
    let voices_changed = RwSignal::new(0u32);
    if let Some(s) = synth() {
        use_event_listener(s, voiceschanged(), move |_| voices_changed.update(|n| *n += 1));
    }
    // The end of the utterance being read; replacing it removes the last one.
    let end = StoredValue::new(None::<Listener>);
    let has_voice = move || {
        voices_changed.track();
        voice_for(locale.get().code).is_some()
    };
    let stop = move || {
        if let Some(s) = synth() {
            s.cancel();
        }
        speaking.set(false);
    };
    on_cleanup(stop);
    let speak = move |_| {
        if speaking.get_untracked() {
            stop();
            return;
        }
        let code = locale.get_untracked().code;
        let (Some(s), Some(voice)) = (synth(), voice_for(code)) else { return };
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(&text.run(())) else { return };
        u.set_voice(Some(&voice));
        u.set_lang(&voice.lang());
        end.set_value(Some(Listener::new(u.clone().into(), end_event(), move |_| speaking.set(false))));
        s.cancel();
        s.speak(&u);
        speaking.set(true);
    };
    view! {
        <div class="read-aloud">
            <Show when=has_voice fallback=|| view! { <p class="small no-voice">{tt(msg::READ_NO_VOICE)}</p> }>
                <button type="button" class="read" aria-pressed=move || speaking.get().to_string() on:click=speak>
                    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" fill="currentColor"/></svg>
                    {move || if speaking.get() { super::text::t(msg::READ_STOP) } else { super::text::t(msg::READ_ALOUD) }}
                </button>
            </Show>
        </div>
    }
}
