//! The flow through the questionnaire: which question comes next, going back,
//! progress, and keeping only the answers that are still on the path.

use super::date::Day;
use super::expr::Facts;
use super::ids::{OptionId, QuestionId};
use super::model::{Kind, Question, Questionnaire};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer, as the person gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Single choice, yes/no, a "how long ago" bucket, a country code, or
    /// "I'd rather not say".
    One(OptionId),
    /// Multiple choice.
    Many(Vec<OptionId>),
    /// A date picked in a date question.
    Date(Day),
}

/// Why an answer was refused; the screen turns each into a message that says
/// what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing chosen.
    Empty,
    /// An option the question does not have.
    UnknownOption,
    /// "I'd rather not say" (or "none") combined with other options.
    ExclusiveCombined,
    /// More choices than the question has options (only a crafted or
    /// damaged file can say that).
    TooMany,
    /// A date in the future.
    DateInFuture,
    /// A date before the earliest plausible one (the question's `earliest`
    /// fact), probably typed in the wrong order or with a wrong year.
    DateTooEarly,
    /// Not the question on screen (a double click, or a stale form).
    NotCurrent,
}

/// Where the person is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Start,
    Question(QuestionId),
    Result,
}

/// The answers so far and the current step. `today` is passed in, so the
/// engine stays pure and testable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub answers: BTreeMap<QuestionId, Answer>,
    pub step: Step,
    pub today: Day,
}

/// The answers seen through the content: what a condition reads.
pub struct View<'a> {
    pub q: &'a Questionnaire,
    pub answers: &'a BTreeMap<QuestionId, Answer>,
    pub today: Day,
}

impl Facts for View<'_> {
    fn values(&self, id: &QuestionId) -> Option<Vec<OptionId>> {
        match self.answers.get(id)? {
            Answer::One(o) => Some(vec![o.clone()]),
            Answer::Many(os) => Some(os.clone()),
            Answer::Date(d) => {
                let q = self.q.question(id)?;
                Some(vec![bucket_for(q, self.today.days_since(*d))?])
            }
        }
    }

    fn tags(&self, id: &QuestionId) -> Vec<String> {
        match self.answers.get(id) {
            Some(Answer::One(code)) => self.q.country(code).map(|c| c.tags.clone()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    fn date_before(&self, id: &QuestionId, fact: &str) -> Option<bool> {
        let at = self.q.facts.iter().find(|f| f.id.as_str() == fact)?.date.as_deref().and_then(Day::parse_iso)?;
        let (earliest, latest) = self.dates(id)?;
        if latest < at {
            Some(true)
        } else if earliest.is_some_and(|e| e >= at) {
            Some(false)
        } else {
            None
        }
    }
}

impl View<'_> {
    /// The days a date answer can stand for, `(earliest, latest)`: one day
    /// for a date; for a "how long ago" range its first and last day (no
    /// earliest for the last, open range). `None` for "I don't know", or
    /// when the question was not answered.
    pub fn dates(&self, id: &QuestionId) -> Option<(Option<Day>, Day)> {
        match self.answers.get(id)? {
            Answer::Date(d) => Some((Some(*d), *d)),
            Answer::One(o) => {
                let q = self.q.question(id)?;
                let i = q.buckets.iter().position(|b| &b.id == o)?;
                let min_days = if i == 0 { 0 } else { q.buckets[i - 1].max_days? + 1 };
                let earliest = q.buckets[i].max_days.map(|m| self.today.plus(-m));
                Some((earliest, self.today.plus(-min_days)))
            }
            Answer::Many(_) => None,
        }
    }
}

/// The "how long ago" bucket `days_ago` falls in.
pub fn bucket_for(q: &Question, days_ago: i32) -> Option<OptionId> {
    q.buckets.iter().find(|b| b.max_days.is_none_or(|m| days_ago <= m)).map(|b| b.id.clone())
}

impl Session {
    pub fn new(today: Day) -> Session {
        Session { answers: BTreeMap::new(), step: Step::Start, today }
    }

    pub fn view<'a>(&'a self, q: &'a Questionnaire) -> View<'a> {
        View { q, answers: &self.answers, today: self.today }
    }

    /// The reassurance to show above `question` (message `notice-<id>`),
    /// when its condition holds for the answers so far.
    pub fn notice<'a>(&self, q: &Questionnaire, question: &'a Question) -> Option<&'a str> {
        question.notice.as_ref().filter(|n| n.when.holds(&self.view(q))).map(|n| n.id.as_str())
    }

    /// Whether `question` is asked, given the answers so far.
    pub fn is_asked(&self, q: &Questionnaire, question: &Question) -> bool {
        question.when.as_ref().is_none_or(|e| e.holds(&self.view(q)))
    }

    /// The questions asked on the current path, in order. Questions whose
    /// condition depends on answers not given yet are not counted until then.
    pub fn path<'a>(&self, q: &'a Questionnaire) -> Vec<&'a Question> {
        q.questions.iter().filter(|x| self.is_asked(q, x)).collect()
    }

    /// Answered questions on the path and questions on the path, for a
    /// progress bar. At the result it is complete.
    pub fn progress(&self, q: &Questionnaire) -> (usize, usize) {
        let path = self.path(q);
        let total = path.len();
        let done = match &self.step {
            Step::Start => 0,
            Step::Result => total,
            Step::Question(id) => path.iter().position(|x| &x.id == id).unwrap_or(0),
        };
        (done, total)
    }

    /// Leaves the start screen for the first question.
    pub fn begin(&mut self, q: &Questionnaire) {
        self.step = match self.path(q).first() {
            Some(first) => Step::Question(first.id.clone()),
            None => Step::Result,
        };
    }

    /// Records the answer to the question on screen and moves on. Answers to
    /// questions that are no longer on the path are dropped; later answers
    /// that still are stay, and are shown again when the person gets there.
    pub fn answer(&mut self, q: &Questionnaire, id: &QuestionId, answer: Answer) -> Result<(), AnswerError> {
        if self.step != Step::Question(id.clone()) {
            return Err(AnswerError::NotCurrent);
        }
        let question = q.question(id).ok_or(AnswerError::NotCurrent)?;
        let answer = validate(q, question, answer, self.today)?;
        self.answers.insert(id.clone(), answer);
        self.prune(q);
        self.step = self.after(q, id);
        Ok(())
    }

    /// Back to the previous question on the path (or the start screen).
    pub fn back(&mut self, q: &Questionnaire) {
        let path = self.path(q);
        self.step = match &self.step {
            Step::Start => Step::Start,
            Step::Result => path.last().map_or(Step::Start, |x| Step::Question(x.id.clone())),
            Step::Question(id) => match path.iter().position(|x| &x.id == id) {
                Some(i) if i > 0 => Step::Question(path[i - 1].id.clone()),
                _ => Step::Start,
            },
        };
    }

    /// Drops answers whose question is no longer asked. Conditions only read
    /// earlier questions (a content check), so one pass in order suffices.
    fn prune(&mut self, q: &Questionnaire) {
        for question in &q.questions {
            if self.answers.contains_key(&question.id) && !self.is_asked(q, question) {
                self.answers.remove(&question.id);
            }
        }
    }

    fn after(&self, q: &Questionnaire, id: &QuestionId) -> Step {
        let start = q.position(id).map_or(0, |i| i + 1);
        q.questions[start..].iter().find(|x| self.is_asked(q, x)).map_or(Step::Result, |x| Step::Question(x.id.clone()))
    }

    /// Makes a restored session safe to use with the current content: drops
    /// answers to unknown questions or with unknown options, and puts the step
    /// on a question that is asked.
    pub fn repair(&mut self, q: &Questionnaire) {
        let today = self.today;
        self.answers
            .retain(|id, a| q.question(id).is_some_and(|question| validate(q, question, a.clone(), today).is_ok()));
        self.prune(q);
        if let Step::Question(id) = &self.step {
            let ok = q.question(id).is_some_and(|x| self.is_asked(q, x));
            if !ok {
                self.step = Step::Start;
            }
        }
    }
}

fn validate(q: &Questionnaire, question: &Question, answer: Answer, today: Day) -> Result<Answer, AnswerError> {
    let choices = question.choices(&q.settings);
    let known = |o: &OptionId| choices.contains(o) || (question.kind == Kind::Country && q.country(o).is_some());
    match answer {
        Answer::One(o) => {
            if known(&o) {
                Ok(Answer::One(o))
            } else {
                Err(AnswerError::UnknownOption)
            }
        }
        Answer::Many(os) => {
            if question.kind != Kind::Multi {
                return Err(AnswerError::UnknownOption);
            }
            if os.is_empty() {
                return Err(AnswerError::Empty);
            }
            // More entries than the question has options is no answer a
            // person gave (a crafted or damaged file). Refused first, so that
            // every step below is bounded by the question's few options and
            // an import cannot hold the page (and quick exit) for seconds.
            if os.len() > choices.len() {
                return Err(AnswerError::TooMany);
            }
            if !os.iter().all(known) {
                return Err(AnswerError::UnknownOption);
            }
            if os.len() > 1 && os.iter().any(|o| question.is_exclusive(o, &q.settings)) {
                return Err(AnswerError::ExclusiveCombined);
            }
            // The content's order, without duplicates, in one pass over the
            // options: reasons and summaries read the same way every time.
            Ok(Answer::Many(choices.iter().filter(|c| os.contains(c)).cloned().collect()))
        }
        Answer::Date(d) => {
            if question.kind != Kind::Date {
                Err(AnswerError::UnknownOption)
            } else if d > today {
                Err(AnswerError::DateInFuture)
            } else if earliest_date(q, question).is_some_and(|e| d < e) {
                Err(AnswerError::DateTooEarly)
            } else {
                Ok(Answer::Date(d))
            }
        }
    }
}

/// The earliest plausible date for a date question, from its `earliest` fact.
pub fn earliest_date(q: &Questionnaire, question: &Question) -> Option<Day> {
    let fact = q.fact(question.earliest.as_ref()?)?;
    Day::parse_iso(fact.date.as_deref()?)
}
