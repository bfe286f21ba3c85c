//! The safety rule, over a large random sample of every answer the engine
//! accepts and exhaustively for every declared protection signal: wherever a
//! signal holds, no return route is suggested, the held-back routes name the
//! signal, and the conversation and legal check come first; every path ends
//! with at least one route; nothing panics.

mod common;
use common::*;
use wegwijzer::content::questionnaire;
use wegwijzer::engine::{assess, Answer, Assessment, Kind, Questionnaire, Session, Step};

fn is_return(id: &str) -> bool {
    questionnaire().routes.iter().any(|r| r.id.as_str() == id && r.is_return)
}

/// What must hold for every assessment; returns whether a signal held.
fn check_rule(q: &Questionnaire, s: &Session, a: &Assessment) -> bool {
    assert!(!a.routes.is_empty(), "a path ended with no route: {:?}", s.answers);
    // The signals reported are exactly those whose condition holds.
    let holding: Vec<String> =
        q.signals.iter().filter(|sig| sig.when.holds(&s.view(q))).map(|sig| sig.id.to_string()).collect();
    let reported: Vec<String> = a.signals.iter().map(|x| x.id.to_string()).collect();
    assert_eq!(holding, reported);
    assert_eq!(a.fear_indicated, !holding.is_empty());
    if holding.is_empty() {
        assert!(a.other_options.is_empty());
        return false;
    }
    for f in &a.routes {
        assert!(!is_return(f.id.as_str()), "return route {} suggested despite {holding:?}: {:?}", f.id, s.answers);
    }
    let first: Vec<&str> = q.settings.protect_first.iter().map(|r| r.as_str()).collect();
    let got: Vec<&str> = a.routes.iter().take(first.len()).map(|f| f.id.as_str()).collect();
    assert_eq!(got, first, "{:?}", s.answers);
    for f in &a.other_options {
        assert!(is_return(f.id.as_str()));
        let held: Vec<String> = f.held_back_by.iter().map(|x| x.to_string()).collect();
        assert_eq!(held, holding, "held back with every signal that holds as the reason");
        for sig in &a.signals {
            for r in &sig.reasons {
                assert!(f.reasons.iter().any(|x| x.question == r.question), "the signal's answers are cited");
            }
        }
    }
    true
}

#[test]
fn signals_keep_return_out_of_the_suggestions_on_every_sampled_path() {
    let q = questionnaire();
    let mut rng = Rng(0xfea2);
    let (mut protected, mut held_back, mut suggested_return) = (0, 0, 0);
    for _ in 0..30_000 {
        let s = random_session(q, &mut rng);
        let a = assess(q, &s);
        if check_rule(q, &s, &a) {
            protected += 1;
            held_back += a.other_options.len();
        } else {
            suggested_return += a.routes.iter().filter(|f| is_return(f.id.as_str())).count();
        }
    }
    // The sample really covers both sides of the rule.
    assert!(
        protected > 10_000 && held_back > 1_000 && suggested_return > 100,
        "{protected} {held_back} {suggested_return}"
    );
}

/// A path with every answer chosen by `pick` where it gives one, and a
/// "no return obstacle" answer otherwise: no fear, no trafficking, not alone
/// as a child, wanting to return.
fn path(q: &Questionnaire, pick: &dyn Fn(&str) -> Option<Answer>) -> Session {
    let mut s = Session::new(today());
    s.begin(q);
    while let Step::Question(id) = s.step.clone() {
        let question = q.question(&id).unwrap();
        let calm = match (id.as_str(), question.kind) {
            ("wants", _) => Answer::One("return_decided".into()),
            (_, Kind::Multi) if question.choices(&q.settings).contains(&"none".into()) => {
                Answer::Many(vec!["none".into()])
            }
            (_, Kind::Multi) => Answer::Many(vec![question.choices(&q.settings)[0].clone()]),
            (_, Kind::YesNo) => Answer::One("no".into()),
            (_, Kind::Country) => Answer::One("NG".into()),
            _ => Answer::One(question.choices(&q.settings)[0].clone()),
        };
        let a = pick(id.as_str()).unwrap_or(calm);
        s.answer(q, &id, a).unwrap();
    }
    s
}

#[test]
fn every_answer_to_every_question_a_signal_reads_is_tried_exhaustively() {
    // For each declared signal and each question it reads, every option (and
    // for multiple choice each option alone) on an otherwise calm path that
    // wants to return: the signal holds exactly when its condition says so,
    // and then return is held back. New signals are covered without a change
    // here.
    let q = questionnaire();
    let baseline = assess(q, &path(q, &|_| None));
    assert!(baseline.signals.is_empty(), "the calm path has no signal: {:?}", baseline.signals);
    assert_eq!(baseline.routes.iter().filter(|f| is_return(f.id.as_str())).count(), 3, "return shown when asked for");
    let mut tried = 0;
    for sig in &q.signals {
        let mut fired = false;
        for qid in sig.when.questions() {
            let question = q.question(&qid).unwrap();
            for o in question.choices(&q.settings) {
                let a =
                    if question.kind == Kind::Multi { Answer::Many(vec![o.clone()]) } else { Answer::One(o.clone()) };
                let parent_yes = |id: &str| match id {
                    // Reach questions that are asked only after a "yes".
                    "fear" if qid.as_str() == "fear_of" => Some(Answer::One("not_sure".into())),
                    _ => None,
                };
                let s = path(q, &|id| if id == qid.as_str() { Some(a.clone()) } else { parent_yes(id) });
                let a = assess(q, &s);
                check_rule(q, &s, &a);
                let holds = a.signals.iter().any(|x| x.id == sig.id);
                assert_eq!(holds, sig.when.holds(&s.view(q)), "{}: {qid} = {o}", sig.id);
                if holds {
                    fired = true;
                    assert_eq!(a.other_options.len(), 3, "{}: {qid} = {o}: every return route held back", sig.id);
                }
                tried += 1;
            }
        }
        assert!(fired, "signal {} never held on any single answer", sig.id);
    }
    assert!(tried > 20, "{tried}");
}

#[test]
fn fear_in_any_form_is_a_signal_and_only_a_plain_no_is_not() {
    let q = questionnaire();
    let fear = q.question(&"fear".into()).unwrap().choices(&q.settings);
    for f in &fear {
        let s = path(q, &|id| (id == "fear").then(|| Answer::One(f.clone())));
        let a = assess(q, &s);
        assert_eq!(a.fear_indicated, f.as_str() != "no", "fear = {f}");
    }
    // Not answered at all (a session cut short) also counts as fear.
    let mut s = path(q, &|_| None);
    s.answers.remove(&"fear".into());
    assert!(assess(q, &s).signals.iter().any(|x| x.id.as_str() == "fear"));
}
