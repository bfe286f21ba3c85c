//! Answers as plain JSON, for the `assess` command and the test cases:
//! `{"today": "2026-11-28", "answers": {"fear": "no", "new_facts": ["lgbti"],
//! "decision_when": "2026-11-20"}}`. A string is one option (or a date for a
//! date question), a list is a multiple choice.

use crate::engine::{Answer, Day, Kind, OptionId, QuestionId, Questionnaire, Session, Step};
use serde_json::Value;

/// Replays the answers in questionnaire order through the engine, so that
/// the result is exactly what the app would show. Answers to questions that
/// are not asked on that path are an error, so a case cannot silently test
/// nothing.
pub fn session_from_json(q: &Questionnaire, v: &Value) -> Result<Session, String> {
    let today = match v.get("today").and_then(Value::as_str) {
        Some(s) => Day::parse_iso(s).ok_or(format!("'today' is not a date: {s}"))?,
        None => return Err("missing 'today' (YYYY-MM-DD)".into()),
    };
    let answers = v.get("answers").and_then(Value::as_object).ok_or("missing 'answers' object")?;
    for key in answers.keys() {
        if q.question(&QuestionId::new(key.as_str())).is_none() {
            return Err(format!("unknown question '{key}'"));
        }
    }
    let mut s = Session::new(today);
    s.begin(q);
    let mut used = 0;
    while let Step::Question(id) = s.step.clone() {
        let question = q.question(&id).expect("step names a question");
        let given =
            answers.get(id.as_str()).ok_or_else(|| format!("no answer for '{id}', which is asked on this path"))?;
        let answer = match given {
            Value::String(t) if question.kind == Kind::Date && Day::parse_iso(t).is_some() => {
                Answer::Date(Day::parse_iso(t).unwrap())
            }
            Value::String(t) => Answer::One(OptionId::new(t.as_str())),
            Value::Array(xs) => Answer::Many(
                xs.iter()
                    .map(|x| x.as_str().map(OptionId::new).ok_or("options must be strings"))
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(format!("answer to '{id}' must be a string or a list")),
        };
        s.answer(q, &id, answer).map_err(|e| format!("answer to '{id}' refused: {e:?}"))?;
        used += 1;
    }
    if used != answers.len() {
        let asked: Vec<_> = s.answers.keys().map(|k| k.to_string()).collect();
        let extra: Vec<_> = answers.keys().filter(|k| !asked.contains(k)).collect();
        return Err(format!("answers given to questions not asked on this path: {extra:?}"));
    }
    Ok(s)
}
