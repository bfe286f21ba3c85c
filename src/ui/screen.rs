//! What the shell shows, as one value: the questionnaire's own step (the
//! engine's `Session.step` stays the model of the questionnaire), or a page
//! the person opened over it. Derived, never stored twice.

use crate::engine::{QuestionId, Step};

/// A page opened over the questionnaire's step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    /// The summary to carry, over the result.
    Summary,
    /// "Information about a country", from the start screen.
    CountryInfo,
    /// "Thinking it through", from the result.
    Consider,
}

/// The screen in `<main>`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Screen {
    Start,
    Question(QuestionId),
    Result,
    Summary,
    CountryInfo,
    Consider,
}

impl Screen {
    /// The screen for a step with a page opened over it (or none). The
    /// summary belongs to the result: over any other step it is not shown.
    pub fn of(step: &Step, page: Option<Page>) -> Screen {
        match (step, page) {
            (_, Some(Page::CountryInfo)) => Screen::CountryInfo,
            (_, Some(Page::Consider)) => Screen::Consider,
            (Step::Result, Some(Page::Summary)) => Screen::Summary,
            (Step::Start, _) => Screen::Start,
            (Step::Question(id), _) => Screen::Question(id.clone()),
            (Step::Result, _) => Screen::Result,
        }
    }
}
