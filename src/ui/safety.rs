//! "Forget everything" and the quick exit, on every screen.

use super::listen::{use_event_listener, window_target};
use super::state::use_ui;
use super::text::tt;
use crate::i18n::msg;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

#[component]
pub fn ForgetButton() -> impl IntoView {
    let ui = use_ui();
    // Open at once when tapped before the app ran (public/boot.js).
    let asking = RwSignal::new(super::handoff::take_forget());
    view! {
        <div class="forget">
            <button type="button" class="link-button" aria-expanded=move || asking.get().to_string()
                on:click=move |_| asking.update(|a| *a = !*a)>
                {tt(msg::FORGET)}
            </button>
            <Show when=move || asking.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="forget-q">
                    <p id="forget-q">{tt(msg::FORGET_CONFIRM)}</p>
                    <button type="button" class="danger" on:click=move |_| {
                        ui.forget();
                        asking.set(false);
                    }>{tt(msg::FORGET_YES)}</button>
                    <button type="button" on:click=move |_| asking.set(false)>{tt(msg::FORGET_NO)}</button>
                </div>
            </Show>
        </div>
    }
}

/// Where the quick exit goes. The button carries it (`data-exit`), so that
/// the page before the app (public/boot.js) goes to the same place.
pub const EXIT_PAGE: &str = "exit.html";

/// Leaves for a neutral page with `location.replace`, so Back does not return
/// to the answers; Escape pressed three times within two seconds does the same.
/// The callers wipe the answers in memory first. Answers the person chose to
/// save stay locked with their passphrase: leaving in a hurry should not
/// destroy them ("Forget everything" does).
pub fn quick_exit() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(EXIT_PAGE);
    }
}

#[component]
pub fn QuickExit() -> impl IntoView {
    let ui = use_ui();
    let presses: Rc<RefCell<Vec<f64>>> = Rc::new(RefCell::new(Vec::new()));
    use_event_listener(window_target(), leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        let mut p = presses.borrow_mut();
        p.retain(|t| now - t < 2000.0);
        p.push(now);
        if p.len() >= 3 {
            ui.reset();
            quick_exit();
        }
    });
    view! {
        <button type="button" class="exit" data-exit=EXIT_PAGE on:click=move |_| { ui.reset(); quick_exit(); }
            aria-describedby="exit-hint">
            {tt(msg::QUICK_EXIT)}
        </button>
        <span id="exit-hint" class="exit-hint">{tt(msg::QUICK_EXIT_HINT)}</span>
    }
}
