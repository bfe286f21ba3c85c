//! The app's reactive state. The engine's `Session` is the model. The shell
//! hands each screen the signals it needs as properties; only the languages
//! (read by every text) and `Ui` (for the save and idle panels) are shared
//! through context.

use crate::content::questionnaire;
use crate::engine::{Day, Session};
use crate::i18n::Locale;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ui {
    pub session: RwSignal<Session>,
    /// The person's language.
    pub locale: RwSignal<&'static Locale>,
    /// Counsellor mode: the counsellor's language, shown beside the person's.
    /// (A language added to the summary only is the summary's own.)
    pub second: RwSignal<Option<&'static Locale>>,
    /// A message id shown once at the top (e.g. "everything was erased").
    pub notice: RwSignal<Option<&'static str>>,
    /// A neutral tab title and icon, for a phone others may look at.
    pub neutral: RwSignal<bool>,
    /// The summary is shown instead of the result.
    pub summary: RwSignal<bool>,
}

impl Ui {
    pub fn new(locale: &'static Locale) -> Ui {
        Ui {
            session: RwSignal::new(Session::new(today())),
            locale: RwSignal::new(locale),
            second: RwSignal::new(None),
            notice: RwSignal::new(None),
            neutral: RwSignal::new(false),
            summary: RwSignal::new(false),
        }
    }

    /// Wipes the answers in memory and returns to the start screen.
    pub fn reset(&self) {
        self.summary.set(false);
        self.session.set(Session::new(today()));
    }

    pub fn begin(&self) {
        self.notice.set(None);
        self.session.update(|session| session.begin(questionnaire()));
    }

    pub fn back(&self) {
        self.summary.set(false);
        self.session.update(|session| session.back(questionnaire()));
    }
}

pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// The languages every text is shown in: the person's, and in counsellor
/// mode the counsellor's beside it.
#[derive(Clone, Copy)]
pub struct Languages {
    pub first: RwSignal<&'static Locale>,
    pub second: RwSignal<Option<&'static Locale>>,
}

impl Ui {
    pub fn languages(&self) -> Languages {
        Languages { first: self.locale, second: self.second }
    }
}

pub fn use_languages() -> Languages {
    expect_context::<Languages>()
}

/// Today in the browser's time zone.
pub fn today() -> Day {
    let d = js_sys::Date::new_0();
    Day::from_ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or(Day(0))
}

/// The language from the browser's preferences, or Dutch (also while the
/// preferred language's text is still on its way).
pub fn initial_locale() -> &'static Locale {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    super::fetched::initial(crate::i18n::negotiate(langs.iter().map(|s| s.as_str())))
}
