//! Navigation to the pages shown instead of the current step (country
//! information, "thinking it through"), and whether the summary includes
//! the country card. Its own file so the screens that open these pages and
//! the pages themselves do not import each other.

use super::state::use_ui;
use leptos::prelude::*;

/// A page shown instead of the current step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    CountryInfo,
    Consider,
}

/// Navigation to the country pages, and whether the summary includes the card.
#[derive(Clone, Copy)]
pub struct CountryNav {
    pub page: RwSignal<Option<Page>>,
    pub in_summary: RwSignal<bool>,
}

/// Called once by the app shell. Any change to the session (an answer,
/// "forget everything") closes these pages, so nothing lingers.
pub fn provide_nav() {
    let ui = use_ui();
    let nav = CountryNav { page: RwSignal::new(None), in_summary: RwSignal::new(false) };
    provide_context(nav);
    Effect::new(move |first: Option<()>| {
        ui.session.track();
        // Only a change notifies: a needless set would rebuild the screen
        // and lose what it holds (a draft answer, an error message).
        if first.is_some() && nav.page.get_untracked().is_some() {
            nav.page.set(None);
        }
        if first.is_some() && nav.in_summary.get_untracked() {
            nav.in_summary.set(false);
        }
    });
}

pub fn use_nav() -> CountryNav {
    expect_context::<CountryNav>()
}
