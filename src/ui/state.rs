//! The app's reactive state. The engine's `Session` is the model of the
//! questionnaire; the shell's screen is derived from it (`screen.rs`). The
//! shell hands each screen the signals and actions it needs as properties;
//! only the languages (read by every text) and `Ui` (for the panels and
//! pages) are shared through context.

use super::fetched::{dutch, ready};
use super::screen::{Page, Screen};
use crate::content::questionnaire;
use crate::engine::{Answer, AnswerError, Day, QuestionId, Session};
use crate::i18n::msg;
use crate::i18n::{Locale, Msg};
use leptos::prelude::*;

/// The app's state. Every field is private: it is read through signals and
/// changed only through the named actions below, so a component that only
/// shows something cannot change anything. What the shell shows (`screen`)
/// is derived from the session and the page opened over it.
#[derive(Clone, Copy)]
pub struct Ui {
    session: RwSignal<Session>,
    page: RwSignal<Option<Page>>,
    /// The summary includes the country card (ticked on the summary).
    country_in_summary: RwSignal<bool>,
    screen: Memo<Screen>,
    /// The person's language as chosen (or preferred by the browser); it
    /// is shown once its text is here (`locale`).
    chosen: RwSignal<&'static Locale>,
    /// How many fetched languages have arrived (see `languages`).
    arrived: RwSignal<usize>,
    /// The language the screen is in.
    locale: Memo<&'static Locale>,
    /// Counsellor mode: the counsellor's language, shown beside the person's.
    /// (A language added to the summary only is the summary's own.)
    second: RwSignal<Option<&'static Locale>>,
    /// The counsellor's language and whether its text is here, so its text
    /// is drawn again when it arrives.
    second_here: Memo<Option<(&'static str, bool)>>,
    /// A message id shown once at the top (e.g. "everything was erased").
    notice: RwSignal<Option<Msg>>,
    /// A neutral tab title and icon, for a phone others may look at.
    neutral: RwSignal<bool>,
}

impl Ui {
    pub fn new(locale: &'static Locale) -> Ui {
        let session = RwSignal::new(Session::new(today()));
        let page = RwSignal::new(None);
        let chosen = RwSignal::new(locale);
        let arrived = RwSignal::new(0);
        let second = RwSignal::new(None::<&'static Locale>);
        Ui {
            session,
            page,
            country_in_summary: RwSignal::new(false),
            screen: Memo::new(move |_| session.with(|s| Screen::of(&s.step, page.get()))),
            chosen,
            arrived,
            // Until the chosen language's text is here, the screen stays in
            // the language it was in (Dutch, compiled in, at first).
            locale: Memo::new_with_compare(
                move |shown: Option<&&'static Locale>| {
                    arrived.track();
                    let wanted = chosen.get();
                    if ready(wanted) {
                        wanted
                    } else {
                        shown.copied().unwrap_or_else(dutch)
                    }
                },
                |a, b| a.map(|l| l.code) != b.map(|l| l.code),
            ),
            second,
            second_here: Memo::new(move |_| {
                arrived.track();
                second.get().map(|l| (l.code, ready(l)))
            }),
            notice: RwSignal::new(None),
            neutral: RwSignal::new(false),
        }
    }

    /// The language the screen is in.
    pub fn locale(&self) -> Signal<&'static Locale> {
        self.locale.into()
    }

    /// The language the picker shows: the screen's, shown again after every
    /// choice, so a language still on its way does not look chosen yet.
    pub fn picked(&self) -> Signal<&'static Locale> {
        let (chosen, locale) = (self.chosen, self.locale);
        Signal::derive(move || {
            chosen.track();
            locale.get()
        })
    }

    /// Counsellor mode's second language.
    pub fn second(&self) -> Signal<Option<&'static Locale>> {
        let (second, here) = (self.second, self.second_here);
        Signal::derive(move || {
            here.track();
            second.get_untracked()
        })
    }

    pub fn notice(&self) -> ReadSignal<Option<Msg>> {
        self.notice.read_only()
    }

    pub fn neutral(&self) -> ReadSignal<bool> {
        self.neutral.read_only()
    }

    pub fn choose_language(&self, l: &'static Locale) {
        self.chosen.set(l);
    }

    /// Counsellor mode on (with the counsellor's language) or off.
    pub fn choose_second(&self, l: Option<&'static Locale>) {
        self.second.set(l);
    }

    pub fn show_neutral(&self, yes: bool) {
        self.neutral.set(yes);
    }

    /// A fetched language's text has arrived (`languages`).
    pub fn language_arrived(&self) {
        self.arrived.update(|n| *n += 1);
    }

    /// The answers cleared after a time without activity.
    pub fn time_out(&self) {
        self.reset();
        self.notice.set(Some(msg::TIMEOUT_DONE));
    }

    /// Erases the answers in memory and everything the app stored, the
    /// offline copy included; says so once all of it is gone.
    pub fn forget(&self) {
        self.reset();
        let notice = self.notice;
        leptos::task::spawn_local(async move {
            crate::store::forget_everything().await;
            notice.set(Some(msg::FORGOTTEN));
        });
    }

    /// The answers so far and the questionnaire's step.
    pub fn session(&self) -> ReadSignal<Session> {
        self.session.read_only()
    }

    /// What `<main>` shows. Only a change of kind of screen notifies.
    pub fn screen(&self) -> Memo<Screen> {
        self.screen
    }

    pub fn country_in_summary(&self) -> ReadSignal<bool> {
        self.country_in_summary.read_only()
    }

    pub fn include_country(&self, yes: bool) {
        self.country_in_summary.set(yes);
    }

    /// Opens a page over the current step.
    pub fn open(&self, page: Page) {
        self.page.set(Some(page));
    }

    /// Closes the opened page: back to the step under it.
    pub fn close(&self) {
        // Only a change notifies: a needless set would rebuild the screen's
        // parts and lose what they hold (a draft answer, an error message).
        if self.page.get_untracked().is_some() {
            self.page.set(None);
        }
    }

    /// Wipes the answers in memory and returns to the start screen.
    pub fn reset(&self) {
        self.change(|session| *session = Session::new(today()));
    }

    pub fn begin(&self) {
        self.notice.set(None);
        self.change(|session| session.begin(questionnaire()));
    }

    pub fn back(&self) {
        self.change(|session| session.back(questionnaire()));
    }

    /// Answers the current question (`NotCurrent` when it is no longer current).
    pub fn answer(&self, id: &QuestionId, answer: Answer) -> Result<(), AnswerError> {
        self.change(|session| session.answer(questionnaire(), id, answer)).unwrap_or(Err(AnswerError::NotCurrent))
    }

    /// Puts opened answers back, in the language they were saved in, with
    /// what the repair has to say.
    pub fn restore(&self, session: Session, locale: Option<&'static Locale>, notice: Option<Msg>) {
        if let Some(l) = locale {
            self.chosen.set(l);
        }
        self.change(|s| *s = session);
        self.notice.set(notice);
    }

    /// Every change to the answers closes an opened page and takes the
    /// country card out of the summary, so nothing of before lingers.
    fn change<R>(&self, f: impl FnOnce(&mut Session) -> R) -> Option<R> {
        self.close();
        if self.country_in_summary.get_untracked() {
            self.country_in_summary.set(false);
        }
        self.session.try_update(f)
    }
}

pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// The languages every text is shown in: the person's, and in counsellor
/// mode the counsellor's beside it.
#[derive(Clone, Copy)]
pub struct Languages {
    pub first: Signal<&'static Locale>,
    pub second: Signal<Option<&'static Locale>>,
}

impl Ui {
    pub fn languages(&self) -> Languages {
        Languages { first: self.locale(), second: self.second() }
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

/// The language from the browser's preferences, or Dutch (shown while the
/// preferred language's text is still on its way).
pub fn initial_locale() -> &'static Locale {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    crate::i18n::negotiate(langs.iter().map(|s| s.as_str()))
}
