//! Focus management shared by the screens.

use leptos::prelude::*;

/// Moves focus to the screen's heading once it is in the page, so a screen
/// reader announces the new screen and keyboard users start from its top.
pub fn focus_when_mounted(heading: NodeRef<leptos::html::H1>) {
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
}
