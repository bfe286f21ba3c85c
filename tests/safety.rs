//! The safety rule, over a large random sample of every answer the engine
//! accepts: wherever fear is indicated, no return route is suggested; every
//! path ends with at least one route; nothing panics.

mod common;
use common::*;
use wegwijzer::content::questionnaire;
use wegwijzer::engine::{assess, Answer, OptionId, QuestionId};

fn is_return(id: &str) -> bool {
    questionnaire().routes.iter().any(|r| r.id.as_str() == id && r.is_return)
}

#[test]
fn fear_keeps_return_out_of_the_suggestions_on_every_sampled_path() {
    let q = questionnaire();
    let mut rng = Rng(0xfea2);
    let (mut with_fear, mut held_back, mut suggested_return) = (0, 0, 0);
    for _ in 0..50_000 {
        let s = random_session(q, &mut rng);
        let a = assess(q, &s);
        assert!(!a.routes.is_empty(), "a path ended with no route: {:?}", s.answers);
        let fear_no = s.answers.get(&QuestionId::new("fear")) == Some(&Answer::One(OptionId::new("no")));
        assert_eq!(a.fear_indicated, !fear_no);
        if a.fear_indicated {
            with_fear += 1;
            for f in &a.routes {
                assert!(!is_return(f.id.as_str()), "return route {} suggested despite fear: {:?}", f.id, s.answers);
            }
            assert_eq!(a.routes[0].id.as_str(), "conversation");
            assert_eq!(a.routes[1].id.as_str(), "legal_check");
            for f in &a.other_options {
                assert!(is_return(f.id.as_str()));
                assert!(
                    f.reasons.iter().any(|r| r.question.as_str() == "fear"),
                    "held back with the fear answer as reason"
                );
                held_back += 1;
            }
        } else {
            assert!(a.other_options.is_empty());
            suggested_return += a.routes.iter().filter(|f| is_return(f.id.as_str())).count();
        }
    }
    // The sample really covers both sides of the rule.
    assert!(
        with_fear > 10_000 && held_back > 1_000 && suggested_return > 1_000,
        "{with_fear} {held_back} {suggested_return}"
    );
}

#[test]
fn every_fear_answer_against_every_wish_exhaustively() {
    // The two questions the rule turns on, crossed completely, with the rest
    // of the path random.
    let q = questionnaire();
    let fear = q.question(&"fear".into()).unwrap().choices(&q.settings);
    let wants = q.question(&"wants".into()).unwrap().choices(&q.settings);
    let mut rng = Rng(3);
    for f in &fear {
        for w in &wants {
            for _ in 0..20 {
                let mut s = wegwijzer::engine::Session::new(today());
                s.begin(q);
                while let wegwijzer::engine::Step::Question(id) = s.step.clone() {
                    let a = match id.as_str() {
                        "fear" => Answer::One(f.clone()),
                        "wants" => Answer::One(w.clone()),
                        _ => random_answer(q, &id, &mut rng, today()),
                    };
                    s.answer(q, &id, a).unwrap();
                }
                let a = assess(q, &s);
                let returns: Vec<_> = a.routes.iter().filter(|r| is_return(r.id.as_str())).collect();
                let wants_return = w.as_str().starts_with("return_");
                if f.as_str() == "no" && wants_return {
                    assert_eq!(returns.len(), 3, "all return routes shown with their reasons");
                } else {
                    assert!(returns.is_empty(), "fear={f} wants={w}");
                }
                if f.as_str() != "no" && wants_return {
                    assert_eq!(a.other_options.len(), 3, "listed as options to ask about");
                }
            }
        }
    }
}
