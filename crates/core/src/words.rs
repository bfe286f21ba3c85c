//! Answers and reasons in words, shared by the result document and the
//! review tool: "question: answer", an option's label, a fact's source line.

use crate::engine::model::Source;
use crate::engine::{Answer, Day, FactId, Kind, OptionId, QuestionId, Questionnaire, Reason};
use crate::i18n::msg;
use crate::i18n::{ids, Translator};

/// How a renderer writes a date in a language. Natively this is
/// `document::dates::long`; the browser uses its own calendar data where it
/// has it.
pub type DateFormat = fn(&Translator, Day) -> String;

/// "Question: answer" for a reason, in the translator's language.
pub fn reason_text(questionnaire: &Questionnaire, messages: &Translator, reason: &Reason) -> String {
    let question = messages.t(ids::question(&reason.question).attr("short"));
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
    messages.t(ids::option(question, option))
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
    format!("{}: {text}", messages.t(ids::question(question).attr("short")))
}

/// Where an entry comes from, as the person reads it: publisher, title, the
/// page's own date (if it shows one), the day it was checked, and the
/// address as text, so that it can be typed on another device. Nothing
/// else: a reviewer's note never reaches the screen. The address is the
/// one value a renderer turns into a link.
pub fn source_line(messages: &Translator, source: &Source, date: DateFormat) -> (String, String) {
    let day = |iso: &str| {
        Day::parse_iso(iso).filter(|_| iso.len() == 10).map_or_else(|| iso.to_string(), |d| date(messages, d))
    };
    let mut args = vec![
        ("publisher", source.publisher.to_string().into()),
        ("title", source.title.to_string().into()),
        ("checked", day(source.checked).into()),
        ("url", source.url.to_string().into()),
    ];
    let id = match source.published {
        Some(p) => {
            args.push(("published", day(p).into()));
            msg::ADVICE_FACT_SOURCE_DATED
        }
        None => msg::ADVICE_FACT_SOURCE,
    };
    (messages.t_args(id, &args), source.url.to_string())
}

/// The source lines of the facts a point or note states, each with its
/// address.
pub fn fact_sources(
    questionnaire: &Questionnaire,
    messages: &Translator,
    facts: &[FactId],
    date: DateFormat,
) -> Vec<(String, String)> {
    facts.iter().filter_map(|id| questionnaire.fact(id)).map(|f| source_line(messages, &f.source(), date)).collect()
}
