//! Answers and reasons in words, shared by the result document and the
//! review tool: "question: answer", an option's label, a fact's source line.

use crate::engine::{Answer, Day, FactId, Kind, OptionId, QuestionId, Questionnaire, Reason};
use crate::i18n::{ids, Translator};

/// How a renderer writes a date in a language. Natively this is
/// `document::dates::long`; the browser uses its own calendar data where it
/// has it.
pub type DateFormat = fn(&Translator, Day) -> String;

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
    date: DateFormat,
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
