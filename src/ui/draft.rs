//! What the person has picked on a question screen but not submitted yet.
//! Its own file, so that the question screen and its inputs both use it
//! without depending on each other.

use crate::content::questionnaire;
use crate::engine::{Answer, AnswerError, Day, Kind, OptionId, Question};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Draft {
    pub selected: RwSignal<Vec<OptionId>>,
    pub date: RwSignal<String>,
}

impl Draft {
    /// A draft showing the stored answer, if there is one, so that a
    /// pre-filled answer is always the one on screen.
    pub fn from_answer(answer: Option<&Answer>) -> Draft {
        Draft {
            selected: RwSignal::new(match answer {
                Some(Answer::One(o)) => vec![o.clone()],
                Some(Answer::Many(os)) => os.clone(),
                _ => vec![],
            }),
            date: RwSignal::new(match answer {
                Some(Answer::Date(d)) => d.iso(),
                _ => String::new(),
            }),
        }
    }

    /// An option ticked or unticked (by the question's rule for exclusive
    /// options); a choice clears the date. (Before the app runs, the page
    /// follows the `data-alternative` marks `Choices` renders for this.)
    pub fn pick(&self, question: &Question, option: &OptionId, on: bool) {
        self.selected.update(|s| question.toggle(s, option, on, &questionnaire().settings));
        self.date.set(String::new());
    }

    /// A date typed (or its field emptied); a date clears the choice.
    pub fn type_date(&self, value: String) {
        self.date.set(value);
        self.selected.set(vec![]);
    }

    /// Gives the draft as the answer to the question on screen: the engine
    /// checks it and moves on.
    pub fn submit(
        &self,
        question: &Question,
        give: impl FnOnce(Answer) -> Result<(), AnswerError>,
    ) -> Result<(), AnswerError> {
        give(self.answer(question.kind).ok_or(AnswerError::Empty)?)
    }

    /// The answer the draft gives to a question of this kind, if any.
    fn answer(&self, kind: Kind) -> Option<Answer> {
        match (kind, Day::parse_iso(&self.date.get_untracked())) {
            (Kind::Date, Some(day)) => Some(Answer::Date(day)),
            (Kind::Multi, _) => Some(Answer::Many(self.selected.get_untracked())),
            _ => self.selected.get_untracked().first().cloned().map(Answer::One),
        }
    }
}
