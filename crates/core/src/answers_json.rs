//! Answers as plain JSON, for the `assess` command and the test cases:
//! `{"today": "2026-11-28", "answers": {"fear": "no", "new_facts": ["lgbti"],
//! "decision_when": "2026-11-20"}}`. A string is one option (or a date for a
//! date question), a list is a multiple choice.

use crate::engine::{Answer, AnswerError, Assessment, Day, Kind, OptionId, QuestionId, Questionnaire, Session, Step};
use serde_json::{json, Value};

/// Replays the answers in questionnaire order through the engine, so that
/// the result is exactly what the app would show. Answers to questions that
/// are not asked on that path are an error, so a case cannot silently test
/// nothing.
pub fn session_from_json(q: &Questionnaire, v: &Value) -> Result<Session, String> {
    let today = match v.get("today").and_then(Value::as_str) {
        Some(s) => Day::parse_iso(s).ok_or(format!("'today' is a bad date: \"{s}\". Write it as YYYY-MM-DD."))?,
        None => return Err("'today' is missing. Add \"today\": \"YYYY-MM-DD\".".into()),
    };
    let answers = v
        .get("answers")
        .and_then(Value::as_object)
        .ok_or("'answers' is missing. Add \"answers\": { \"question\": \"answer\", … }.")?;
    for key in answers.keys() {
        if q.question(&QuestionId::new(key.as_str())).is_none() {
            let known: Vec<&str> = q.questions.iter().map(|x| x.id.as_str()).collect();
            return Err(format!("there is no question '{key}'. The questions are: {}.", known.join(", ")));
        }
    }
    let mut s = Session::new(today);
    s.begin(q);
    let mut used = 0;
    while let Step::Question(id) = s.step.clone() {
        let question = q.question(&id).expect("step names a question");
        let options = || question.choices(&q.settings).iter().map(|o| o.to_string()).collect::<Vec<_>>().join(", ");
        let given = answers
            .get(id.as_str())
            .ok_or_else(|| format!("'{id}' is asked on this path but has no answer. Choose one of: {}.", options()))?;
        let answer = match given {
            Value::String(t) if question.kind == Kind::Date && looks_like_date(t) => match Day::parse_iso(t) {
                Some(d) => Answer::Date(d),
                None => return Err(format!("'{id}': \"{t}\" is a bad date. Write a real date as YYYY-MM-DD.")),
            },
            Value::String(t) => Answer::One(OptionId::new(t.as_str())),
            Value::Array(xs) => Answer::Many(
                xs.iter()
                    .map(|x| x.as_str().map(OptionId::new))
                    .collect::<Option<_>>()
                    .ok_or(format!("'{id}': every answer in the list must be a word in quotes."))?,
            ),
            _ => return Err(format!("'{id}': give a word in quotes, or a list of them. Choose from: {}.", options())),
        };
        s.answer(q, &id, answer.clone()).map_err(|e| refused(q, question, &answer, e, &options()))?;
        used += 1;
    }
    if used != answers.len() {
        let asked: Vec<_> = s.answers.keys().map(|k| k.to_string()).collect();
        let extra: Vec<_> = answers.keys().filter(|k| !asked.contains(k)).collect();
        return Err(format!("answers given to questions not asked on this path: {extra:?}"));
    }
    Ok(s)
}

/// `2026-11-09` or `2026-02-30`: digits and dashes, so a date was meant.
fn looks_like_date(t: &str) -> bool {
    t.contains('-') && t.trim().chars().all(|c| c.is_ascii_digit() || c == '-')
}

/// Why an answer was refused, in plain words, with the valid options.
fn refused(q: &Questionnaire, question: &crate::engine::Question, a: &Answer, e: AnswerError, options: &str) -> String {
    let id = &question.id;
    let given = match a {
        Answer::One(o) => format!("\"{o}\""),
        Answer::Many(os) => format!("{:?}", os.iter().map(|o| o.as_str()).collect::<Vec<_>>()),
        Answer::Date(d) => d.iso(),
    };
    match e {
        AnswerError::Empty => format!("'{id}': the list is empty. Choose at least one of: {options}."),
        AnswerError::ExclusiveCombined => {
            format!("'{id}': {given} combines an answer that must stand alone with others. Choose from: {options}.")
        }
        AnswerError::TooMany => {
            format!("'{id}': the list is longer than the question's options. Choose from: {options}.")
        }
        AnswerError::DateInFuture => format!("'{id}': {given} is in the future. Give the date on the letter."),
        AnswerError::DateTooEarly => format!(
            "'{id}': {given} is earlier than {}, so it is probably mistyped.",
            crate::engine::session::earliest_date(q, question).map(|d| d.iso()).unwrap_or_default()
        ),
        AnswerError::UnknownOption if question.kind == Kind::Multi && matches!(a, Answer::One(_)) => {
            format!(
                "'{id}' takes a list, for example [\"{}\"]. Choose from: {options}.",
                question.choices(&q.settings)[0]
            )
        }
        AnswerError::UnknownOption | AnswerError::NotCurrent => {
            let extra = if question.kind == Kind::Country { ", or a country code such as \"SY\"" } else { "" };
            let date = if question.kind == Kind::Date { ", or a date as YYYY-MM-DD" } else { "" };
            format!("'{id}': {given} is not one of its answers. Choose one of: {options}{extra}{date}.")
        }
    }
}

/// The assessment as JSON for the `assess --json` command: the engine's
/// output, with every date as an ISO string (`YYYY-MM-DD`) instead of the
/// day number sessions are saved with, plus `today` and the sources of the
/// unconfirmed facts.
pub fn assessment_json(q: &Questionnaire, s: &Session, a: &Assessment) -> Value {
    let mut v = serde_json::to_value(a).expect("an assessment serializes");
    iso_dates(&mut v);
    let facts: Vec<Value> = a
        .unconfirmed_facts
        .iter()
        .filter_map(|id| q.fact(id))
        .map(|f| {
            json!({ "id": f.id, "says": f.says, "url": f.url, "publisher": f.publisher, "title": f.title,
                    "published": f.published, "checked": f.checked, "note": f.note })
        })
        .collect();
    v["unconfirmed_facts"] = Value::Array(facts);
    v["today"] = Value::String(s.today.iso());
    v
}

/// Turns every deadline's day number into `YYYY-MM-DD`.
fn iso_dates(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(list) = m.get_mut("deadlines").and_then(Value::as_array_mut) {
                for d in list {
                    for key in ["date", "earliest", "latest"] {
                        if let Some(n) = d.get(key).and_then(Value::as_i64) {
                            d[key] = Value::String(Day(n as i32).iso());
                        }
                    }
                }
            }
            m.values_mut().for_each(iso_dates);
        }
        Value::Array(xs) => xs.iter_mut().for_each(iso_dates),
        _ => {}
    }
}
