//! Content checks: the content file loads and is sound; every question can
//! be reached; every rule and point can fire.

mod common;
use common::*;
use std::collections::BTreeSet;
use wegwijzer::content::{check, questionnaire};
use wegwijzer::engine::{assess, Step};

#[test]
fn content_has_no_structural_problems() {
    let problems = check::problems(questionnaire());
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn the_checker_finds_broken_content() {
    // A rule reading an unknown question, a condition reading a later
    // question, a referral without a source: each is reported.
    let mut q = questionnaire().clone();
    q.routes[0].when = wegwijzer::engine::Expr::parse("nonsense = x").unwrap();
    q.questions[0].when = Some(wegwijzer::engine::Expr::parse("wants = stay").unwrap());
    q.referrals[0].url = String::new();
    q.referrals[1].checked = "soon".into();
    let p = check::problems(&q).join("\n");
    assert!(p.contains("unknown question 'nonsense'"), "{p}");
    assert!(p.contains("not asked before it"), "{p}");
    assert!(p.contains("has no url"), "{p}");
    assert!(p.contains("no valid checked date"), "{p}");
}

#[test]
fn the_checker_holds_every_source_to_the_publisher_fields() {
    // Each rule of issue 18: url, publisher, title and checked present;
    // dates well formed; primary only with an https page; every referral
    // reachable.
    let mut q = questionnaire().clone();
    q.facts[0].publisher = " ".into();
    q.facts[1].title = String::new();
    q.facts[2].published = Some("12 June 2026".into());
    q.facts[3].checked = "2026-13-01".into();
    q.facts[4].primary = true;
    q.facts[4].url = "http://example.org/page".into();
    q.tags[0].url = String::new();
    let r = q.referrals.iter_mut().find(|r| r.web.is_some()).unwrap();
    (r.web, r.phone, r.through_vwn) = (None, None, false);
    let id = r.id.clone();
    let p = check::problems(&q).join("\n");
    let fact = |i: usize| format!("fact '{}'", q.facts[i].id);
    assert!(p.contains(&format!("{} has no publisher", fact(0))), "{p}");
    assert!(p.contains(&format!("{} has no title", fact(1))), "{p}");
    assert!(p.contains(&format!("{} has a published date '12 June 2026'", fact(2))), "{p}");
    assert!(p.contains(&format!("{} has no valid checked date", fact(3))), "{p}");
    assert!(p.contains(&format!("{} is primary but its url is not https://", fact(4))), "{p}");
    assert!(p.contains(&format!("tag '{}' has no url", q.tags[0].id)), "{p}");
    assert!(p.contains(&format!("referral '{id}' cannot be reached")), "{p}");
    // A month alone is a valid published date.
    assert!(check::is_published_date("2021-11") && !check::is_published_date("2021-13"));
}

#[test]
fn most_facts_and_referrals_are_primary_with_the_publishers_page() {
    // Issue 18: at least 90 % of the [[fact]] and [[referral]] entries rest
    // on the publisher's own https page. The README lists the others.
    let q = questionnaire();
    let all: Vec<_> = q
        .facts
        .iter()
        .map(|f| (f.id.to_string(), f.source()))
        .chain(q.referrals.iter().map(|r| (r.id.to_string(), r.source())))
        .collect();
    let primary = all.iter().filter(|(_, s)| s.primary && s.url.starts_with("https://")).count();
    let others: Vec<&str> = all.iter().filter(|(_, s)| !s.primary).map(|(id, _)| id.as_str()).collect();
    println!("{primary} of {} primary; not primary: {}", all.len(), others.join(", "));
    assert!(primary * 10 >= all.len() * 9, "{primary} of {} primary; not: {others:?}", all.len());
    // A secondary entry says why in its note.
    for (id, s) in &all {
        assert!(s.primary || s.note.is_some_and(|n| n.len() > 20), "'{id}' is not primary and has no note saying why");
    }
}

#[test]
fn every_question_is_reachable_and_every_rule_and_point_fires() {
    let q = questionnaire();
    let mut asked = BTreeSet::new();
    let mut fired = BTreeSet::new();
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let s = random_session(q, &mut rng);
        for x in s.path(q) {
            asked.insert(x.id.to_string());
        }
        let a = assess(q, &s);
        for f in a.urgent.iter().chain(a.all_routes()) {
            fired.insert(f.id.to_string());
            for p in &f.points {
                fired.insert(p.id.to_string());
            }
        }
    }
    let never_asked: Vec<_> = q.questions.iter().map(|x| x.id.to_string()).filter(|id| !asked.contains(id)).collect();
    assert!(never_asked.is_empty(), "questions never asked: {never_asked:?}");
    let all_rules: Vec<String> = q
        .rules()
        .flat_map(|r| std::iter::once(r.id.to_string()).chain(r.points.iter().map(|p| p.id.to_string())))
        .collect();
    let never: Vec<_> = all_rules.iter().filter(|id| !fired.contains(*id)).collect();
    assert!(never.is_empty(), "rules or points that never fire: {never:?}");
}

#[test]
fn every_question_asked_is_used_by_some_rule() {
    let unused = check::unused_questions(questionnaire());
    assert!(unused.is_empty(), "questions no rule, point, signal, order row or deadline reads: {unused:?}");
    // The check itself sees a question that nothing reads.
    let mut q = questionnaire().clone();
    let mut extra = q.questions[0].clone();
    extra.id = "asked_for_nothing".into();
    q.questions.push(extra);
    assert_eq!(check::unused_questions(&q), vec!["asked_for_nothing".into()]);
}

#[test]
fn every_fact_is_stated_somewhere_and_every_tag_is_used() {
    let q = questionnaire();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for r in q.rules() {
        used.extend(r.facts.iter().map(|f| f.to_string()));
        used.extend(r.deadlines.iter().map(|d| d.fact.to_string()));
        used.extend(r.points.iter().flat_map(|p| p.facts.iter().map(|f| f.to_string())));
    }
    used.extend(q.questions.iter().filter_map(|x| x.earliest.as_ref()).map(|f| f.to_string()));
    let unused: Vec<_> = q.facts.iter().map(|f| f.id.to_string()).filter(|f| !used.contains(f)).collect();
    assert!(unused.is_empty(), "facts no note states: {unused:?}");
    for t in &q.tags {
        assert!(q.countries.iter().any(|c| c.tags.contains(&t.id)), "tag {} is on no country", t.id);
    }
}

#[test]
fn the_checker_finds_unsourced_facts_and_undeclared_tags() {
    let mut q = questionnaire().clone();
    q.facts[0].url = " ".into();
    q.facts[1].checked = "later".into();
    q.countries[0].tags.push("rumour".into());
    q.urgent.iter_mut().find(|r| !r.deadlines.is_empty()).unwrap().deadlines[0].fact = "no_such_fact".into();
    q.signals.clear();
    let p = check::problems(&q).join("\n");
    assert!(p.contains("has no url"), "{p}");
    assert!(p.contains("no valid checked date"), "{p}");
    assert!(p.contains("which no [[tag]] declares"), "{p}");
    assert!(p.contains("needs a fact with days"), "{p}");
    assert!(p.contains("no protection signal"), "{p}");
}

#[test]
fn every_path_reaches_the_result_even_answering_prefer_not_everywhere() {
    let q = questionnaire();
    let mut s = wegwijzer::engine::Session::new(today());
    s.begin(q);
    while let Step::Question(id) = s.step.clone() {
        let question = q.question(&id).unwrap();
        let choices = question.choices(&q.settings);
        let pick = if choices.contains(&q.settings.prefer_not) {
            q.settings.prefer_not.clone()
        } else {
            choices.last().unwrap().clone()
        };
        let a = if question.kind == wegwijzer::engine::Kind::Multi {
            wegwijzer::engine::Answer::Many(vec![pick])
        } else {
            wegwijzer::engine::Answer::One(pick)
        };
        s.answer(q, &id, a).unwrap();
    }
    let a = assess(q, &s);
    assert!(a.fear_indicated, "not saying counts as not ruling out fear");
    assert_eq!(a.routes[0].id.as_str(), "conversation");
}

#[test]
fn every_sensitive_question_offers_prefer_not() {
    let q = questionnaire();
    for x in q.questions.iter().filter(|x| x.sensitive) {
        assert!(x.choices(&q.settings).contains(&q.settings.prefer_not), "{}", x.id);
    }
    for id in ["fear", "fear_of", "crisis", "trafficking", "health", "new_facts", "wants", "reception"] {
        assert!(q.question(&id.into()).unwrap().sensitive, "{id} must be sensitive");
    }
}

#[test]
fn properties_every_result_keeps_on_random_paths() {
    // Issue 13's rules as properties, over random paths: a conversation for
    // everyone; 113 whenever the crisis answer is not a plain no or stress is
    // indicated; no family without an urgent note; stress alone never the
    // medical-postponement point; options to stay for those who want to return.
    let q = questionnaire();
    let mut rng = Rng(1313);
    let (mut families, mut crises) = (0, 0);
    for _ in 0..20_000 {
        let s = random_session(q, &mut rng);
        let a = assess(q, &s);
        let said = |question: &str, option: &str| {
            s.answers.get(&question.into()).is_some_and(|x| match x {
                wegwijzer::engine::Answer::One(o) => o.as_str() == option,
                wegwijzer::engine::Answer::Many(os) => os.iter().any(|o| o.as_str() == option),
                wegwijzer::engine::Answer::Date(_) => false,
            })
        };
        let urgent: Vec<&str> = a.urgent.iter().map(|f| f.id.as_str()).collect();
        let points: Vec<&str> = a.all().flat_map(|f| f.points.iter().map(|p| p.id.as_str())).collect();
        assert!(a.routes.iter().any(|f| f.id.as_str() == "conversation"), "{:?}", s.answers);
        if !said("crisis", "no") || said("health", "mental") {
            crises += 1;
            assert_eq!(urgent.first(), Some(&"crisis"), "113 first: {:?}", s.answers);
        }
        if said("children", "yes") {
            families += 1;
            assert!(urgent.contains(&"shelter_family"), "{:?}", s.answers);
        }
        let serious = ["serious_illness", "pregnant", "tb"].iter().any(|o| said("health", o));
        assert_eq!(points.contains(&"medical_postponement"), serious, "{:?}", s.answers);
        if said("wants", "return_thinking") || said("wants", "return_decided") {
            assert!(points.contains(&"options_to_stay") && points.contains(&"before_you_decide"));
        }
    }
    assert!(families > 1000 && crises > 1000, "{families} {crises}");
}

#[test]
fn only_notes_resting_on_secondary_facts_ask_to_confirm() {
    // Case 26 has the Nidos note (a primary source) and notes resting on the
    // digest; only the latter ask the person to confirm with VluchtelingenWerk.
    let q = questionnaire();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/cases/26-minor-alone.json").unwrap()).unwrap();
    let a = assess(q, &wegwijzer::answers_json::session_from_json(q, &v).unwrap());
    for f in a.all() {
        let secondary =
            f.facts.iter().chain(f.points.iter().flat_map(|p| &p.facts)).any(|id| !q.fact(id).unwrap().primary);
        assert_eq!(f.unconfirmed, secondary, "{}", f.id);
    }
    let nidos = a.urgent.iter().find(|f| f.id.as_str() == "minor_alone").unwrap();
    assert!(!nidos.unconfirmed && !nidos.facts.is_empty());
    assert!(a.unconfirmed_facts.iter().all(|id| !q.fact(id).unwrap().primary));
    assert!(!a.unconfirmed_facts.is_empty());
}

#[test]
fn days_ago_read_back_uses_each_language_s_plural_forms() {
    let t = |code: &str, n: i32| {
        let tr = wegwijzer::i18n::Translator::new(wegwijzer::i18n::find(code).unwrap());
        wegwijzer::bidi::strip_isolation(&tr.t_args(wegwijzer::i18n::msg::DATE_AGO, &[("days", n.into())]))
    };
    assert_eq!(t("en", 0), "today");
    assert_eq!(t("en", 1), "yesterday");
    assert_eq!(t("en", 20), "20 days ago");
    assert_eq!(t("nl", 20), "20 dagen geleden");
    assert_eq!(t("ru", 21), "21 день назад");
    assert_eq!(t("ru", 22), "22 дня назад");
    assert_eq!(t("ru", 25), "25 дней назад");
    assert_eq!(t("ar", 5), "قبل 5 أيام");
    assert_eq!(t("ar", 20), "قبل 20 يومًا");
}
