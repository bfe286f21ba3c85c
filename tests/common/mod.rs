//! Shared helpers: a tiny deterministic random generator and a random walk
//! through the questionnaire that answers like a person could.
#![allow(dead_code)]

pub mod internal;

use wegwijzer::engine::{Answer, Day, Kind, OptionId, Questionnaire, Session, Step};

/// xorshift64*: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn today() -> Day {
    Day::parse_iso("2026-11-28").unwrap()
}

/// A valid answer to the question, chosen at random.
pub fn random_answer(q: &Questionnaire, id: &wegwijzer::engine::QuestionId, rng: &mut Rng, today: Day) -> Answer {
    let question = q.question(id).unwrap();
    let choices = question.choices(&q.settings);
    match question.kind {
        Kind::Multi => {
            let plain: Vec<&OptionId> = choices.iter().filter(|o| !question.is_exclusive(o, &q.settings)).collect();
            if rng.below(4) == 0 {
                let ex: Vec<&OptionId> = choices.iter().filter(|o| question.is_exclusive(o, &q.settings)).collect();
                return Answer::Many(vec![ex[rng.below(ex.len())].clone()]);
            }
            let mut pick: Vec<OptionId> = plain.iter().filter(|_| rng.below(3) == 0).map(|o| (*o).clone()).collect();
            if pick.is_empty() {
                pick.push(plain[rng.below(plain.len())].clone());
            }
            Answer::Many(pick)
        }
        Kind::Date if rng.below(3) == 0 => Answer::Date(today.plus(-(rng.below(200) as i32))),
        Kind::Country if rng.below(4) != 0 => Answer::One(q.countries[rng.below(q.countries.len())].code.clone()),
        _ => Answer::One(choices[rng.below(choices.len())].clone()),
    }
}

/// A whole random path from start to result, with an occasional step back.
pub fn random_session(q: &Questionnaire, rng: &mut Rng) -> Session {
    let mut s = Session::new(today());
    s.begin(q);
    let mut guard = 0;
    while let Step::Question(id) = s.step.clone() {
        guard += 1;
        assert!(guard < 1000, "the flow does not end");
        if rng.below(10) == 0 {
            s.back(q);
            if s.step == Step::Start {
                s.begin(q);
            }
            continue;
        }
        let a = random_answer(q, &id, rng, s.today);
        s.answer(q, &id, a).expect("a valid answer is accepted");
    }
    assert_eq!(s.step, Step::Result);
    s
}

/// A path with every answer chosen by `pick` where it gives one, and a
/// "no return obstacle" answer otherwise: no fear, no trafficking, not alone
/// as a child, wanting to return (to Nigeria, no Dublin, no earlier return).
pub fn calm_path(q: &Questionnaire, pick: &dyn Fn(&str) -> Option<Answer>) -> Session {
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

/// Every case in tests/cases/, by file name, in name order.
pub fn cases() -> Vec<(String, Session)> {
    let mut files: Vec<_> = std::fs::read_dir("tests/cases").unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let s = wegwijzer::answers_json::session_from_json(wegwijzer::content::questionnaire(), &v)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, s)
        })
        .collect()
}
