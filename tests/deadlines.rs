//! Every deadline a person acts on, against every kind of answer to the date
//! question: an exact date before 12 June 2026 (when the EU Procedures
//! Regulation began to apply), an exact date after it, each "how long ago"
//! range, and "I don't know"; with every answer about the appeal and its
//! term. No text may promise a date it does not show, and a decision from
//! 12 June 2026 on never gets the old 1-week or 4-week term as its date.

use std::collections::BTreeMap;
use wegwijzer::bidi::strip_isolation;
use wegwijzer::content::questionnaire;
use wegwijzer::document::{self, dates, text, Languages, Options};
use wegwijzer::engine::{assess, Answer, Day, LastDay, QuestionId, Session, Step};
use wegwijzer::i18n::{find, Translator};

fn day(s: &str) -> Day {
    Day::parse_iso(s).unwrap()
}

/// The kinds of date answer, with the day the session is run on.
fn date_answers() -> Vec<(&'static str, Day, Answer)> {
    let today = day("2026-12-02");
    let mut out = vec![
        ("exact date before the Pact", day("2026-06-10"), Answer::Date(day("2026-06-05"))),
        ("exact date before the Pact, long ago", today, Answer::Date(day("2026-05-01"))),
        ("exact date after the Pact", today, Answer::Date(day("2026-11-29"))),
        ("exact date after the Pact, days ago", today, Answer::Date(day("2026-11-20"))),
        ("exact date today", today, Answer::Date(today)),
        ("don't know", today, Answer::One("dont_know".into())),
    ];
    let q = questionnaire();
    for b in &q.question(&"decision_when".into()).unwrap().buckets {
        out.push(("range", today, Answer::One(b.id.clone())));
        // The same range a week after the Pact began: it straddles 12 June.
        out.push(("range near the Pact", day("2026-06-19"), Answer::One(b.id.clone())));
    }
    out
}

fn session(today: Day, date: &Answer, appeal: &str, term: &str) -> Session {
    let mut answers = BTreeMap::new();
    answers.insert(QuestionId::from("decision_when"), date.clone());
    answers.insert("appeal".into(), Answer::One(appeal.into()));
    answers.insert("appeal_term".into(), Answer::One(term.into()));
    answers.insert("departure".into(), Answer::One("running".into()));
    Session { answers, step: Step::Result, today }
}

/// Whether the decision is certainly before 12 June 2026.
fn before_pact(today: Day, date: &Answer) -> bool {
    let pact = day("2026-06-12");
    match date {
        Answer::Date(d) => *d < pact,
        Answer::One(o) => {
            let q = questionnaire();
            let dq = q.question(&"decision_when".into()).unwrap();
            let i = dq.buckets.iter().position(|b| &b.id == o);
            // The newest day a range can stand for.
            i.is_some_and(|i| {
                let min = if i == 0 { 0 } else { dq.buckets[i - 1].max_days.unwrap() + 1 };
                today.plus(-min) < pact
            })
        }
        Answer::Many(_) => false,
    }
}

fn every_combination() -> Vec<(String, Session)> {
    let mut out = Vec::new();
    for (kind, today, date) in date_answers() {
        for appeal in ["not_yet", "running", "lost", "dont_know"] {
            for term in ["one_week", "four_weeks", "dont_know"] {
                let name = format!("{kind} {date:?}, appeal {appeal}, term {term}, today {}", today.iso());
                out.push((name, session(today, &date, appeal, term)));
            }
        }
    }
    out
}

#[test]
fn what_can_be_known_of_each_last_day_follows_the_date_answer() {
    let q = questionnaire();
    let mut seen = std::collections::BTreeSet::new();
    for (name, s) in every_combination() {
        let date = &s.answers[&QuestionId::from("decision_when")];
        for d in assess(q, &s).urgent.iter().flat_map(|f| &f.deadlines) {
            let days = q.fact(&d.fact).and_then(|f| f.days).unwrap();
            match (date, d.last) {
                (Answer::Date(from), LastDay::On { date }) => {
                    assert_eq!(date, from.plus(days), "{name}: {}", d.id);
                    assert_eq!(d.passed, date < s.today, "{name}: {}", d.id);
                }
                (Answer::One(o), LastDay::Unknown) if o.as_str() == "dont_know" => {}
                (Answer::One(o), last) if o.as_str() != "dont_know" => {
                    match last {
                        LastDay::Between { earliest, latest } => {
                            assert!(s.today <= earliest && earliest < latest, "{name}: nearest day first, not passed")
                        }
                        LastDay::MaybePassed { earliest, latest } => {
                            assert!(earliest < s.today && s.today <= latest, "{name}: {}", d.id)
                        }
                        LastDay::Gone => assert!(d.passed, "{name}: a window wholly passed counts as passed"),
                        LastDay::Unknown => {}
                        LastDay::On { .. } => panic!("{name}: a range gave one exact date for {}", d.id),
                    }
                    assert!(!d.passed || last == LastDay::Gone, "{name}");
                }
                (_, last) => panic!("{name}: {} is {last:?} for answer {date:?}", d.id),
            }
            seen.insert(format!("{:?}", std::mem::discriminant(&d.last)));
        }
    }
    assert_eq!(seen.len(), 5, "the combinations reach every kind of last day");
}

#[test]
fn a_decision_from_12_june_2026_never_gets_1_or_4_weeks() {
    let q = questionnaire();
    let old: [&str; 2] = ["appeal_term_short", "appeal_term_long"];
    let (mut before, mut after) = (0, 0);
    for (name, s) in every_combination() {
        let date = &s.answers[&QuestionId::from("decision_when")];
        let pre = before_pact(s.today, date);
        for f in assess(q, &s).urgent.iter().filter(|f| f.id.as_str().starts_with("appeal")) {
            for d in &f.deadlines {
                let days = q.fact(&d.fact).and_then(|x| x.days).unwrap();
                if pre {
                    before += 1;
                    assert!(old.contains(&d.fact.as_str()), "{name}: before the Pact, {} counts {days} days", d.id);
                } else {
                    after += 1;
                    assert!(!old.contains(&d.fact.as_str()), "{name}: {} counts the old term", d.id);
                    assert!(![7, 28].contains(&days), "{name}: {} counts {days} days", d.id);
                    if let (Answer::Date(from), LastDay::On { date }) = (date, d.last) {
                        assert!(![7, 28].contains(&date.days_since(*from)), "{name}: {}", d.id);
                    }
                }
            }
        }
        if !pre {
            let t = Translator::new(find("en").unwrap());
            let doc = document::build(q, &s, &assess(q, &s), Languages::one(&t), dates::long, Options::default());
            let all = strip_isolation(&text::plain(&doc));
            for said in ["1 week to appeal", "4 weeks to appeal", "You have 4 weeks", "only 1 week"] {
                assert!(!all.contains(said), "{name}: says '{said}':\n{all}");
            }
        }
    }
    assert!(before > 0 && after > 0, "both regimes are tested ({before} / {after})");
}

/// The month names and the years a text may show.
fn dated(t: &Translator, text: &str) -> Vec<String> {
    let text = strip_isolation(text);
    let mut out: Vec<String> = dates::month_names(t).into_iter().filter(|m| text.contains(m.as_str())).collect();
    out.extend(["2025", "2026", "2027"].iter().filter(|y| text.contains(*y)).map(|y| y.to_string()));
    out
}

#[test]
fn no_text_promises_a_date_it_does_not_show() {
    let q = questionnaire();
    for code in ["en", "nl"] {
        let t = Translator::new(find(code).unwrap());
        for (name, s) in every_combination() {
            let a = assess(q, &s);
            let doc = document::build(q, &s, &a, Languages::one(&t), dates::long, Options::default());
            let mut cards = doc.cards();
            for f in a.urgent.iter().filter(|f| !f.deadlines.is_empty()) {
                let card = cards.find(|c| c.id == f.id).unwrap();
                for (d, shown) in f.deadlines.iter().zip(&card.deadlines) {
                    let line = &shown.text.first;
                    let found = dated(&t, line);
                    match d.last {
                        LastDay::On { date } | LastDay::Between { latest: date, .. } => {
                            let long = strip_isolation(&dates::long(&t, date));
                            assert!(
                                strip_isolation(line).contains(&long),
                                "{code} {name}: {} lacks {long}: {line}",
                                d.id
                            )
                        }
                        LastDay::MaybePassed { earliest, latest } => {
                            for date in [earliest, latest] {
                                let long = strip_isolation(&dates::long(&t, date));
                                assert!(strip_isolation(line).contains(&long), "{code} {name}: {line}");
                            }
                            assert!(shown.passed.is_some(), "{code} {name}: a window begun says it may have passed")
                        }
                        LastDay::Gone | LastDay::Unknown => {
                            assert!(found.is_empty(), "{code} {name}: {} shows no date but names {found:?}", d.id);
                            assert!(shown.day.is_none(), "{code} {name}");
                        }
                    }
                }
                // The card's own words name no date but the day the new rules
                // began: the dates to act by are on the deadline lines.
                let pact = strip_isolation(&dates::long(&t, day("2026-06-12")));
                for words in [&card.line].into_iter().chain(card.next.text.iter()).chain(card.more.iter()) {
                    let found = dated(&t, &strip_isolation(&words.first).replace(&pact, ""));
                    assert!(found.is_empty(), "{code} {name}: card {} names {found:?}: {}", card.id, words.first);
                }
            }
            let all = strip_isolation(&text::plain(&doc)).to_lowercase();
            for promise in ["both dates", "dates are below", "earliest date", "beide datums", "vroegste datum"] {
                assert!(!all.contains(promise), "{code} {name}: '{promise}' in\n{all}");
            }
        }
    }
}

#[test]
fn when_the_date_is_not_known_the_letter_has_it_and_the_time_may_be_days() {
    let q = questionnaire();
    let t = Translator::new(find("en").unwrap());
    let s = session(day("2026-12-02"), &Answer::One("dont_know".into()), "not_yet", "dont_know");
    let doc = document::build(q, &s, &assess(q, &s), Languages::one(&t), dates::long, Options::default());
    let card = doc.cards().find(|c| c.id.as_str() == "appeal_unknown").unwrap();
    let lines: Vec<&str> = card.deadlines.iter().map(|d| d.text.first.as_str()).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines.iter().all(|l| l.contains("letter")), "{lines:?}");
    assert!(lines[0].contains("5 days"), "{lines:?}");
    let what =
        strip_isolation(&format!("{} {}", card.line.first, card.more.as_ref().map(|m| m.first.as_str()).unwrap_or("")));
    assert!(what.contains("only days") && what.contains("12 June 2026"), "{what}");
}
