//! Answers and reasons in words, shared by the result document and the
//! review tool, and the result as text for the `assess` command.

use crate::document::{self, dates, Languages, Options};
use crate::engine::{assess, Answer, FactId, Kind, OptionId, QuestionId, Questionnaire, Reason, Session};
use crate::i18n::{ids, Translator};

/// "Question: answer" for a reason, in the translator's language.
pub fn reason_text(questionnaire: &Questionnaire, messages: &Translator, reason: &Reason) -> String {
    let question = messages.t(&format!("{}.short", ids::question(&reason.question)));
    let answers: Vec<String> =
        reason.options.iter().map(|o| option_label(questionnaire, messages, &reason.question, o)).collect();
    format!("{question}: {}", answers.join(", "))
}

/// The label of an option, or a country's name.
pub fn option_label(
    questionnaire: &Questionnaire,
    messages: &Translator,
    question: &QuestionId,
    option: &OptionId,
) -> String {
    let is_country = questionnaire.question(question).is_some_and(|x| x.kind == Kind::Country);
    if let Some(country) = questionnaire.country(option).filter(|_| is_country) {
        return crate::country_text::country_name(messages, country);
    }
    messages.t(&ids::option(question, option))
}

/// "Question: answer", for the summary and the counsellor view.
pub fn answer_line(
    questionnaire: &Questionnaire,
    messages: &Translator,
    question: &QuestionId,
    answer: &Answer,
    date: document::DateFormat,
) -> String {
    let text = match answer {
        Answer::One(o) => option_label(questionnaire, messages, question, o),
        Answer::Many(os) => {
            os.iter().map(|o| option_label(questionnaire, messages, question, o)).collect::<Vec<_>>().join(", ")
        }
        Answer::Date(d) => date(messages, *d),
    };
    format!("{}: {text}", messages.t(&format!("{}.short", ids::question(question))))
}

/// The sources of the facts a point or note states, as "Source: …" lines.
pub fn fact_sources(questionnaire: &Questionnaire, messages: &Translator, facts: &[FactId]) -> Vec<String> {
    facts
        .iter()
        .filter_map(|id| questionnaire.fact(id))
        .map(|fact| {
            messages.t_args(
                "advice-fact-source",
                &[("source", fact.source.clone().into()), ("date", fact.checked.clone().into())],
            )
        })
        .collect()
}

/// The result and the answers as plain text, in the translator's language:
/// the same document the screen shows, laid out for a terminal.
pub fn session_text(questionnaire: &Questionnaire, messages: &Translator, session: &Session) -> String {
    let assessment = assess(questionnaire, session);
    let options = Options { counsellor: false, answers: true, country: true };
    let doc = document::build(questionnaire, session, &assessment, Languages::one(messages), dates::long, options);
    document::text::plain(&doc)
}

/// Fluent wraps variables in Unicode isolation marks, which matter in the
/// browser but clutter a terminal.
pub fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}
