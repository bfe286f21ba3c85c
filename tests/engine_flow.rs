//! The flow: next question, back, progress, pruning, refused answers.

mod common;
use common::*;
use wegwijzer::content::questionnaire;
use wegwijzer::engine::{Answer, AnswerError, OptionId, QuestionId, Session, Step};

fn qid(s: &str) -> QuestionId {
    QuestionId::new(s)
}
fn one(s: &str) -> Answer {
    Answer::One(OptionId::new(s))
}

fn at(s: &Session) -> String {
    match &s.step {
        Step::Question(id) => id.to_string(),
        other => format!("{other:?}"),
    }
}

#[test]
fn starts_at_first_question_and_counts_progress() {
    let q = questionnaire();
    let mut s = Session::new(today());
    assert_eq!(s.step, Step::Start);
    s.begin(q);
    assert_eq!(at(&s), q.questions[0].id.as_str());
    let (done, total) = s.progress(q);
    assert_eq!(done, 0);
    assert!(total > 10 && total < q.questions.len(), "conditional questions are not counted yet: {total}");
}

#[test]
fn a_condition_adds_a_question_and_changing_the_answer_drops_it() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.begin(q);
    s.answer(q, &qid("decision_when"), one("lt_1w")).unwrap();
    let before = s.progress(q).1;
    s.answer(q, &qid("appeal"), one("not_yet")).unwrap();
    assert_eq!(at(&s), "appeal_term", "the appeal term is asked when no appeal was lodged yet");
    assert_eq!(s.progress(q).1, before + 1);
    s.answer(q, &qid("appeal_term"), one("one_week")).unwrap();
    assert_eq!(at(&s), "lawyer");

    // Back twice, change the appeal answer: the appeal term is no longer asked
    // and its answer is dropped; the next question follows directly.
    s.back(q);
    assert_eq!(at(&s), "appeal_term");
    s.back(q);
    assert_eq!(at(&s), "appeal");
    assert!(s.answers.contains_key(&qid("appeal_term")), "going back keeps answers");
    s.answer(q, &qid("appeal"), one("running")).unwrap();
    assert!(!s.answers.contains_key(&qid("appeal_term")));
    assert_eq!(at(&s), "lawyer");
}

#[test]
fn later_answers_that_stay_relevant_are_kept() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.begin(q);
    s.answer(q, &qid("decision_when"), one("gt_3m")).unwrap();
    s.answer(q, &qid("appeal"), one("lost")).unwrap();
    s.answer(q, &qid("lawyer"), one("no")).unwrap();
    s.back(q);
    s.back(q);
    s.answer(q, &qid("appeal"), one("running")).unwrap();
    assert_eq!(at(&s), "lawyer");
    assert_eq!(s.answers.get(&qid("lawyer")), Some(&one("no")), "shown again, pre-filled");
}

#[test]
fn back_from_the_first_question_goes_to_start_and_from_result_to_last() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.begin(q);
    s.back(q);
    assert_eq!(s.step, Step::Start);
    let mut rng = Rng(7);
    let mut s = random_session(q, &mut rng);
    let last = s.path(q).last().unwrap().id.clone();
    s.back(q);
    assert_eq!(s.step, Step::Question(last));
    assert_eq!(s.progress(q).0 + 1, s.progress(q).1);
}

#[test]
fn refuses_wrong_answers_with_a_reason() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.begin(q);
    // Not the question on screen (a double click on an old form).
    assert_eq!(s.answer(q, &qid("fear"), one("no")), Err(AnswerError::NotCurrent));
    assert_eq!(s.answer(q, &qid("decision_when"), one("banana")), Err(AnswerError::UnknownOption));
    assert_eq!(s.answer(q, &qid("decision_when"), Answer::Date(today().plus(3))), Err(AnswerError::DateInFuture));
    // A date before the earliest plausible decision (a content fact) is
    // probably typed in the wrong order or with a wrong year.
    let earliest = wegwijzer::engine::session::earliest_date(q, q.question(&qid("decision_when")).unwrap()).unwrap();
    assert_eq!(s.answer(q, &qid("decision_when"), Answer::Date(earliest.plus(-1))), Err(AnswerError::DateTooEarly));
    assert_eq!(
        s.answer(q, &qid("decision_when"), Answer::Date(wegwijzer::engine::Day(i32::MIN))),
        Err(AnswerError::DateTooEarly)
    );
    s.answer(q, &qid("decision_when"), Answer::Date(today().plus(-3))).unwrap();
    // The same submit again is refused, not recorded twice.
    assert_eq!(s.answer(q, &qid("decision_when"), one("lt_1w")), Err(AnswerError::NotCurrent));

    let mut rng = Rng(99);
    let mut s = Session::new(today());
    s.begin(q);
    while s.step != Step::Question(qid("new_facts")) {
        let Step::Question(id) = s.step.clone() else { panic!("new_facts not reached") };
        let a = if id.as_str() == "fear" { one("yes") } else { random_answer(q, &id, &mut rng, today()) };
        s.answer(q, &id, a).unwrap();
    }
    let nf = qid("new_facts");
    assert_eq!(s.answer(q, &nf, Answer::Many(vec![])), Err(AnswerError::Empty));
    assert_eq!(
        s.answer(q, &nf, Answer::Many(vec!["lgbti".into(), "none".into()])),
        Err(AnswerError::ExclusiveCombined)
    );
    assert_eq!(
        s.answer(q, &nf, Answer::Many(vec!["lgbti".into(), "prefer_not".into()])),
        Err(AnswerError::ExclusiveCombined)
    );
    s.answer(q, &nf, Answer::Many(vec!["political".into(), "lgbti".into(), "lgbti".into()])).unwrap();
    assert_eq!(s.answers[&nf], Answer::Many(vec!["lgbti".into(), "political".into()]), "content order, no duplicates");
}

#[test]
fn a_date_answer_counts_as_its_bucket() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.begin(q);
    s.answer(q, &qid("decision_when"), Answer::Date(today().plus(-20))).unwrap();
    s.answer(q, &qid("appeal"), one("not_yet")).unwrap();
    assert_eq!(at(&s), "appeal_term", "20 days ago is within 4 weeks");
    let mut s = Session::new(today());
    s.begin(q);
    s.answer(q, &qid("decision_when"), Answer::Date(today().plus(-40))).unwrap();
    s.answer(q, &qid("appeal"), one("not_yet")).unwrap();
    assert_eq!(at(&s), "lawyer", "40 days ago is past both appeal terms");
}

#[test]
fn a_crafted_list_longer_than_the_options_is_refused_before_any_work() {
    // A file may carry 30,000 valid option ids in the worst order: sorting
    // them took seconds and held the page, quick exit included. Such a list
    // is refused; a list within the options is kept in content order once.
    let q = questionnaire();
    let nf = qid("new_facts");
    let choices = q.question(&nf).unwrap().choices(&q.settings);
    let valid: Vec<_> = choices.iter().filter(|o| !q.question(&nf).unwrap().is_exclusive(o, &q.settings)).collect();
    let huge: Vec<_> = (0..30_000).map(|i| valid[valid.len() - 1 - i % valid.len()].clone()).collect();
    let mut s = Session::new(today());
    s.answers.insert(nf.clone(), Answer::Many(huge));
    s.repair(q);
    assert!(!s.answers.contains_key(&nf), "the crafted list is dropped on restore");

    let mut s = Session::new(today());
    s.begin(q);
    let mut rng = Rng(7);
    while s.step != Step::Question(nf.clone()) {
        let Step::Question(id) = s.step.clone() else { panic!("new_facts not reached") };
        let a = if id.as_str() == "fear" { one("yes") } else { random_answer(q, &id, &mut rng, today()) };
        s.answer(q, &id, a).unwrap();
    }
    let one_too_many: Vec<_> = (0..=choices.len()).map(|i| valid[i % valid.len()].clone()).collect();
    assert_eq!(s.answer(q, &nf, Answer::Many(one_too_many)), Err(AnswerError::TooMany));
    // As many entries as options, reversed and repeated: content order, once each.
    let repeated: Vec<_> = (0..choices.len()).map(|i| valid[valid.len() - 1 - i % 2].clone()).collect();
    s.answer(q, &nf, Answer::Many(repeated)).unwrap();
    let expected: Vec<_> = valid[valid.len() - 2..].iter().map(|o| (*o).clone()).collect();
    assert_eq!(s.answers[&nf], Answer::Many(expected));
}

#[test]
fn repair_drops_unknown_answers_from_restored_data() {
    let q = questionnaire();
    let mut s = Session::new(today());
    s.answers.insert(qid("no_such_question"), one("x"));
    s.answers.insert(qid("fear"), one("maybe"));
    s.answers.insert(qid("appeal"), one("lost"));
    s.answers.insert(qid("appeal_term"), one("one_week"));
    s.step = Step::Question(qid("appeal_term"));
    s.repair(q);
    assert_eq!(s.answers.len(), 1, "only the valid, relevant answer stays: {:?}", s.answers);
    assert_eq!(s.step, Step::Start);
}

#[test]
fn random_paths_always_end_on_a_result() {
    let q = questionnaire();
    let mut rng = Rng(0x5eed);
    for _ in 0..2000 {
        let s = random_session(q, &mut rng);
        let (done, total) = s.progress(q);
        assert_eq!(done, total);
        for id in s.answers.keys() {
            assert!(s.is_asked(q, q.question(id).unwrap()), "answer kept for a question off the path: {id}");
        }
    }
}

#[test]
fn toggling_a_draft_keeps_exclusive_options_alone() {
    let q = questionnaire();
    let nf = q.question(&qid("new_facts")).unwrap();
    let mut sel = Vec::new();
    nf.toggle(&mut sel, &"lgbti".into(), true, &q.settings);
    nf.toggle(&mut sel, &"political".into(), true, &q.settings);
    assert_eq!(sel, vec![OptionId::from("lgbti"), OptionId::from("political")]);
    nf.toggle(&mut sel, &"none".into(), true, &q.settings);
    assert_eq!(sel, vec![OptionId::from("none")], "an exclusive option clears the others");
    nf.toggle(&mut sel, &"documents".into(), true, &q.settings);
    assert_eq!(sel, vec![OptionId::from("documents")], "and another option clears it");
    nf.toggle(&mut sel, &"prefer_not".into(), true, &q.settings);
    assert_eq!(sel, vec![OptionId::from("prefer_not")]);
    nf.toggle(&mut sel, &"prefer_not".into(), false, &q.settings);
    assert!(sel.is_empty());
    let single = q.question(&qid("appeal")).unwrap();
    let mut sel = vec![OptionId::from("lost")];
    single.toggle(&mut sel, &"running".into(), true, &q.settings);
    assert_eq!(sel, vec![OptionId::from("running")], "a single choice holds one option");
}

#[test]
fn people_who_fear_their_authorities_are_reassured_before_the_embassy_question() {
    let q = questionnaire();
    let embassy = q.question(&qid("embassy")).unwrap();
    for (fear, shown) in [("yes", true), ("not_sure", true), ("prefer_not", true), ("no", false)] {
        let mut s = Session::new(today());
        s.answers.insert(qid("fear"), one(fear));
        assert_eq!(s.notice(q, embassy).is_some(), shown, "fear = {fear}");
    }
    // The notice is shown before the embassy question, so it may only read earlier answers.
    let s = Session::new(today());
    assert!(s.notice(q, embassy).is_some(), "not answered counts as fear");
}

#[test]
fn extreme_dates_never_panic() {
    let q = questionnaire();
    for today in [wegwijzer::engine::Day(i32::MIN), wegwijzer::engine::Day(i32::MAX), wegwijzer::engine::Day(0)] {
        let mut s = Session::new(today);
        s.begin(q);
        // The earliest possible day is refused as too early, whatever today is.
        let earliest = s.answer(q, &qid("decision_when"), Answer::Date(wegwijzer::engine::Day(i32::MIN)));
        assert_eq!(earliest, Err(AnswerError::DateTooEarly), "today = {today:?}");
        assert_eq!(at(&s), "decision_when", "a refused date keeps the question on screen");
        // Today is accepted when it is a plausible day, refused as too early
        // when "today" itself lies before the earliest plausible decision.
        let plausible = today == wegwijzer::engine::Day(i32::MAX);
        let answered = s.answer(q, &qid("decision_when"), Answer::Date(today));
        assert_eq!(answered.is_ok(), plausible, "today = {today:?}: {answered:?}");
        assert_eq!(at(&s) != "decision_when", plausible, "only an accepted date moves on");
        // Whatever was accepted, the assessment still shows the way to talk it through.
        let a = wegwijzer::engine::assess(q, &s);
        assert!(a.all_routes().next().is_some(), "today = {today:?}: an empty result");
    }
}
