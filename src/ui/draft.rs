//! What the person has picked on a question screen but not submitted yet.
//! Its own file, so that the question screen and its inputs both use it
//! without depending on each other.

use crate::engine::{Answer, OptionId};
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
}
