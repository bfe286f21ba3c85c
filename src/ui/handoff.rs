//! The hand-over from the pre-rendered page. Before the app runs,
//! `public/boot.js` keeps what the person has done there as one state
//! object, `window.wegwijzerEarly` (a language, the counsellor mode, the
//! neutral title, Start, the first question's choice or date, Next, a file
//! to resume, "Forget everything", focus and scroll). The app reads it once
//! as it starts and applies it through its own rules and the engine, so a
//! double tap, a date and a choice mean here what they mean in the app:
//! `boot.js` keeps no copy of those rules.

use super::draft::Draft;
use super::state::Ui;
use crate::content::questionnaire;
use crate::engine::{AnswerError, OptionId, QuestionId, Step};
use crate::i18n::find;
use js_sys::Reflect;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The first question as it was left on the early page, for its screen.
pub struct EarlyDraft {
    pub draft: Draft,
    /// Next was tapped and the engine refused the answer: shown at once.
    pub error: Option<AnswerError>,
    question: QuestionId,
}

thread_local! {
    static DRAFT: RefCell<Option<EarlyDraft>> = const { RefCell::new(None) };
    static FORGET: RefCell<bool> = const { RefCell::new(false) };
    static FILES: RefCell<Option<web_sys::FileList>> = const { RefCell::new(None) };
}

/// What `boot.js` noted, read and removed from `window` (once).
struct Early(JsValue);

impl Early {
    fn take() -> Option<Early> {
        let window = web_sys::window()?;
        let key = JsValue::from_str("wegwijzerEarly");
        let state = Reflect::get(&window, &key).ok().filter(|v| v.is_object())?;
        let _ = Reflect::delete_property(&window, &key);
        Some(Early(state))
    }
    fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }
    fn text(&self, key: &str) -> Option<String> {
        self.get(key).as_string().filter(|s| !s.is_empty())
    }
    fn yes(&self, key: &str) -> bool {
        self.get(key).as_bool() == Some(true)
    }
}

/// Applies what was done before the app ran, before the app draws its first
/// screen. Called once, by the shell.
pub fn apply(ui: Ui) {
    let Some(early) = Early::take() else { return };
    if let Some(l) = early.text("language").as_deref().and_then(find) {
        ui.choose_language(l);
    }
    if early.yes("counsellor") {
        ui.choose_second(find("nl"));
    }
    if early.yes("neutral") {
        ui.show_neutral(true);
    }
    FORGET.set(early.yes("forget"));
    let next = early.yes("next");
    if early.text("screen").is_some_and(|s| s == "question") {
        ui.begin();
        first_question(ui, &early, next);
    } else {
        // For the start screen's resume panel (not one drawn later).
        FILES.set(early.get("files").dyn_into::<web_sys::FileList>().ok().filter(|f| f.length() > 0));
    }
    // On the screen they were looking at, the person stays where they were:
    // not on the heading the app focuses as it mounts, not scrolled to it.
    if !next && early.get("screen") == early.get("shown") {
        let focus = early.text("focus");
        let scroll = early.get("scroll");
        let at = |i| Reflect::get_u32(&scroll, i).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        let (x, y) = (at(0), at(1));
        // After the app's own focus (its effects), before the frame is painted.
        request_animation_frame(move || {
            let Some(window) = web_sys::window() else { return };
            let element = focus.and_then(|f| document().query_selector(&f).ok().flatten());
            if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
            window.scroll_to_with_x_and_y(x, y);
        });
    }
}

/// The choice or date given on the first question, through the same draft
/// the question screen uses; after Next, given to the engine as the answer.
fn first_question(ui: Ui, early: &Early, next: bool) {
    let Step::Question(id) = ui.session().with_untracked(|s| s.step.clone()) else { return };
    let Some(question) = questionnaire().question(&id) else { return };
    let draft = Draft::from_answer(None);
    if let Some(choice) = early.text("choice") {
        draft.pick(question, &OptionId::from(choice.as_str()), true);
    }
    if let Some(date) = early.text("date") {
        draft.type_date(date);
    }
    let error = match next {
        true => match draft.submit(question, |answer| ui.answer(&question.id, answer)) {
            Ok(()) => return,
            Err(e) => Some(e),
        },
        false => None,
    };
    DRAFT.set(Some(EarlyDraft { draft, error, question: id }));
}

/// The early draft of question `id`, once.
pub fn take_draft(id: &QuestionId) -> Option<EarlyDraft> {
    DRAFT.with_borrow_mut(|d| d.take_if(|d| &d.question == id))
}

/// Whether "Forget everything" was tapped early (its question is then
/// asked), once.
pub fn take_forget() -> bool {
    FORGET.replace(false)
}

/// The file chosen early to resume from, once.
pub fn take_files() -> Option<web_sys::FileList> {
    FILES.take()
}
