//! "Thinking it through": when the page is offered, and what the person
//! already told us about each topic. The topics are content
//! (`content/consider.toml`); the page gives no verdict and stores nothing.

use super::assess::Assessment;
use super::ids::{OptionId, QuestionId};
use super::model::Questionnaire;
use super::session::{Answer, Session};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Consider {
    #[serde(rename = "topic")]
    pub topics: Vec<Topic>,
}

/// A question to think about, and the questionnaire questions whose answers
/// the page recalls for it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    #[serde(default)]
    pub questions: Vec<QuestionId>,
}

impl Topic {
    /// The question to think about; `.hint` says what it can cover.
    pub fn message(&self) -> crate::ids::MessageId {
        crate::ids::MessageId::composed(format!("consider-topic-{}", self.id.replace('_', "-")))
    }
}

/// Whether return is being considered: some return route would apply,
/// suggested or held back by the safety rule. Then the page is offered.
pub fn return_considered(q: &Questionnaire, a: &Assessment) -> bool {
    a.all_routes().any(|f| q.routes.iter().any(|r| r.id == f.id && r.is_return))
}

/// The answers given to a topic's questions, in the topic's order. "I'd
/// rather not say" is left out: the page only recalls what was said.
pub fn recalled(q: &Questionnaire, topic: &Topic, s: &Session) -> Vec<(QuestionId, Answer)> {
    let prefer_not: &OptionId = &q.settings.prefer_not;
    topic
        .questions
        .iter()
        .filter_map(|id| match s.answers.get(id)? {
            Answer::One(o) if o == prefer_not => None,
            Answer::Many(os) if os.iter().all(|o| o == prefer_not) => None,
            a => Some((id.clone(), a.clone())),
        })
        .collect()
}
