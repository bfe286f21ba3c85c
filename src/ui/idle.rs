//! Clears the answers after a time without activity, with a warning a minute
//! before, so a shared phone left alone does not show them to the next person.

use super::listen::{use_event_listener, window_target};
use super::state::use_ui;
use super::text::tt;
use crate::engine::Step;
use crate::i18n::msg;
use leptos::prelude::*;
use std::time::Duration;

/// Minutes without activity before the answers are cleared.
pub const IDLE_MINUTES: f64 = 15.0;
const WARN_BEFORE_MS: f64 = 60_000.0;

#[component]
pub fn IdleGuard() -> impl IntoView {
    let ui = use_ui();
    let last = StoredValue::new(js_sys::Date::now());
    let warning = RwSignal::new(false);
    let touch = move || {
        last.set_value(js_sys::Date::now());
        if warning.get_untracked() {
            warning.set(false);
        }
    };
    // Any sign of a person: typing, tapping, moving the pointer, scrolling,
    // and coming back to the tab (`visibilitychange` reaches the window).
    use_event_listener(window_target(), leptos::ev::keydown, move |_| touch());
    use_event_listener(window_target(), leptos::ev::pointerdown, move |_| touch());
    use_event_listener(window_target(), leptos::ev::pointermove, move |_| touch());
    use_event_listener(window_target(), leptos::ev::input, move |_| touch());
    use_event_listener(window_target(), leptos::ev::scroll, move |_| touch());
    use_event_listener(window_target(), leptos::ev::visibilitychange, move |_| touch());
    let limit = IDLE_MINUTES * 60_000.0;
    let interval = set_interval_with_handle(
        move || {
            let idle = js_sys::Date::now() - last.get_value();
            let has_answers = ui.session().with_untracked(|s| s.step != Step::Start || !s.answers.is_empty());
            if !has_answers {
                return;
            }
            if idle >= limit {
                // Saved answers stay locked on the device; only memory is cleared.
                ui.time_out();
                warning.set(false);
            } else if idle >= limit - WARN_BEFORE_MS {
                warning.set(true);
            }
        },
        Duration::from_secs(5),
    )
    .ok();
    on_cleanup(move || {
        if let Some(i) = interval {
            i.clear();
        }
    });
    view! {
        <Show when=move || warning.get()>
            <div class="idle-warning" role="alertdialog" aria-live="assertive" aria-labelledby="idle-text">
                <p id="idle-text">{tt(msg::TIMEOUT_WARNING)}</p>
                <button type="button" class="primary" on:click=move |_| touch()>{tt(msg::TIMEOUT_STAY)}</button>
            </div>
        </Show>
    }
}
