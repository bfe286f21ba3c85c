//! Country information: every country has a card, every fact on it says
//! where it comes from, every language has the words for it, and a person
//! who may need protection is never shown how to go back (checked through
//! the engine, for every country and for random paths).

mod common;

use common::internal::assert_no_internal_words;
use std::collections::BTreeSet;
use wegwijzer::content::country::{consider, country_facts};
use wegwijzer::content::questionnaire;
use wegwijzer::country_text::{card_text, line_text};
use wegwijzer::engine::consider::{recalled, return_considered};
use wegwijzer::engine::country_card::{country_card, message_ids, CountryCard, FactKind, Protection, Value};
use wegwijzer::engine::{assess, Answer, Day, OptionId, QuestionId, Session};
use wegwijzer::i18n::{Translator, LOCALES};

const ALL: [Protection; 3] = [Protection::Signalled, Protection::NotSignalled, Protection::NotAsked];

fn codes() -> Vec<OptionId> {
    questionnaire().countries.iter().map(|c| c.code.clone()).collect()
}

fn card(code: &OptionId, p: Protection) -> CountryCard {
    country_card(country_facts(), code, p)
}

/// The day the country facts were last checked: every fact is recent then.
fn checked_day() -> Day {
    country_facts().facts.iter().filter_map(|f| Day::parse_iso(&f.checked)).max().unwrap()
}

/// The kinds of fact a card reports on, known or not.
fn kinds(c: &CountryCard) -> BTreeSet<FactKind> {
    c.lines().filter_map(|l| l.kind).collect()
}

#[test]
fn every_country_has_a_card_that_covers_every_kind_of_fact() {
    assert!(codes().len() >= 56, "at least the 56 countries of the content");
    for code in codes() {
        let open = card(&code, Protection::NotSignalled);
        assert_eq!(kinds(&open), FactKind::ALL.into_iter().collect(), "{code}: a line for every kind, known or not");
        for l in open.lines().filter(|l| l.kind.is_some()) {
            assert!(l.provenance.is_some(), "{code}: {} has no source", l.message);
        }
    }
}

#[test]
fn every_fact_has_an_id_a_link_a_checked_date_and_says_whether_it_is_primary() {
    // Read the data as written, so a missing `primary` cannot hide behind a default.
    let raw: toml::Value = std::fs::read_to_string("content/countries.toml").unwrap().parse().unwrap();
    let facts = raw["fact"].as_array().unwrap();
    assert!(facts.len() >= 20);
    let known: BTreeSet<OptionId> = codes().into_iter().collect();
    let mut ids = BTreeSet::new();
    for (i, f) in facts.iter().enumerate() {
        let text = |key: &str| f.get(key).and_then(|v| v.as_str());
        let at = format!("fact #{} ({})", i + 1, text("id").unwrap_or("no id"));
        assert!(text("id").is_some_and(|id| ids.insert(id.to_string())), "{at}: a unique id");
        assert!(f.get("source").is_none(), "{at}: `source` is gone: url, title, date and a reviewer's note");
        assert!(text("checked").and_then(Day::parse_iso).is_some(), "{at}: checked must be YYYY-MM-DD");
        assert!(f.get("primary").is_some_and(|p| p.is_bool()), "{at}: primary = true or false");
        assert!(text("note").is_some_and(|n| n.trim().len() > 10), "{at}: a note for reviewers");
        if let Some(u) = text("url") {
            assert!(u.starts_with("https://") || u.starts_with("http://"), "{at}: url {u}");
        }
        // The publisher's own page is a link a person can open safely.
        if f["primary"].as_bool() == Some(true) {
            assert!(text("url").is_some_and(|u| u.starts_with("https://")), "{at}: primary needs an https url");
        }
        if let Some(d) = text("date") {
            let day_or_month = Day::parse_iso(d).is_some() || Day::parse_iso(&format!("{d}-01")).is_some();
            assert!(day_or_month, "{at}: date {d} must be YYYY-MM-DD or YYYY-MM");
        }
    }
    for f in &country_facts().facts {
        assert!(!f.countries.is_empty() || f.otherwise, "{}: no countries", f.id);
        for c in &f.countries {
            // A complete list names countries the questionnaire does not have.
            let code_like = c.as_str().len() == 2 && c.as_str().chars().all(|x| x.is_ascii_uppercase());
            assert!(known.contains(c) || (f.exhaustive && code_like), "{} names {c}, not a country here", f.id);
        }
        if let Some(m) = &f.summary {
            for l in LOCALES {
                assert!(Translator::new(l).has_any(m), "{}: summary {m} of {} is missing", l.code, f.id);
            }
        }
        // Every fact shows up on the cards of its countries (none is dropped for lacking a field).
        let applies: Vec<OptionId> = if f.otherwise {
            codes().into_iter().filter(|c| !facts_named(c, f.kind)).collect()
        } else {
            f.countries.iter().filter(|c| known.contains(*c)).cloned().collect()
        };
        assert!(!applies.is_empty(), "{} applies to no country", f.id);
        for c in &applies {
            let shown = card(c, Protection::NotSignalled)
                .lines()
                .any(|l| l.kind == Some(f.kind) && !l.unknown && l.provenance.as_ref().is_some_and(|p| p.id == f.id));
            assert!(shown, "{} for {c} is not on the card: a field its kind needs is missing", f.id);
        }
    }
    for k in FactKind::ALL {
        let info = country_facts().kind(k).unwrap_or_else(|| panic!("[[kind]] {k:?} is missing"));
        assert!(Day::parse_iso(&info.checked).is_some() && !info.ask.is_empty() && !info.searched.is_empty());
    }
}

/// The 20 countries of origin with the most first asylum applications, as
/// listed (with their source) in content/countries.toml.
fn top20() -> (toml::Value, Vec<OptionId>) {
    let raw: toml::Value = std::fs::read_to_string("content/countries.toml").unwrap().parse().unwrap();
    let top = raw.get("top").cloned().expect("[top] in content/countries.toml");
    let codes = top["countries"].as_array().unwrap().iter().map(|c| OptionId::from(c.as_str().unwrap())).collect();
    (top, codes)
}

#[test]
fn the_top_20_list_names_its_source() {
    let (top, list) = top20();
    assert_eq!(list.len(), 20, "twenty countries");
    assert_eq!(list.iter().collect::<BTreeSet<_>>().len(), 20, "no country twice");
    for c in &list {
        assert!(questionnaire().country(c).is_some(), "{c} of the top 20 is not a country of the questionnaire");
    }
    let text = |k: &str| top.get(k).and_then(|v| v.as_str()).unwrap_or_default();
    assert!(text("publisher").len() >= 3 && text("title").len() > 10, "publisher and title of the figures");
    assert!(text("url").starts_with("https://"), "a link to the figures");
    assert!(Day::parse_iso(text("checked")).is_some(), "when the figures were read");
    assert!(top.get("provisional_from").and_then(|v| v.as_integer()).is_some(), "where the ranks become provisional");
}

/// The lines of a card that say what a source concludes: a found fact with
/// a link, a date (the document's, or the day an undated page was
/// checked), and its conclusion: a summary, or for the safe-country list,
/// the line itself.
fn sourced_conclusions(c: &CountryCard) -> Vec<&wegwijzer::engine::country_card::Line> {
    c.lines()
        .filter(|l| !l.unknown)
        .filter(|l| {
            l.provenance.as_ref().is_some_and(|p| {
                p.url.as_deref().is_some_and(|u| u.starts_with("http"))
                    && (p.date.is_some() || Day::parse_iso(&p.checked).is_some())
            })
        })
        .filter(|l| l.summary.is_some() || l.kind == Some(FactKind::SafeCountry))
        .collect()
}

#[test]
fn every_top_20_card_says_what_a_dated_linked_source_concludes_in_every_language() {
    let (_, list) = top20();
    for code in &list {
        // The card a person reads without answering anything.
        let c = card(code, Protection::NotAsked);
        let found = sourced_conclusions(&c);
        assert!(!found.is_empty(), "{code}: no dated, linked source with a summary");
        // Every document of a top-20 country has a summary.
        for l in c.lines().filter(|l| !l.unknown && l.kind.is_some_and(|k| k.is_document())) {
            assert!(l.summary.is_some(), "{code}: {:?} has no summary", l.provenance.as_ref().map(|p| &p.id));
        }
        for l in LOCALES {
            let tr = Translator::new(l);
            for line in &found {
                if let Some(m) = &line.summary {
                    assert!(tr.has(m), "{}: {code}: {m} is missing", l.code);
                    assert!(tr.t(m).len() > 20, "{}: {code}: {m} is empty", l.code);
                }
            }
        }
    }
}

#[test]
fn no_card_shows_internal_words_or_reviewers_notes() {
    use wegwijzer::document::{country, dates, Languages};
    let q = questionnaire();
    let notes: Vec<&str> = country_facts().facts.iter().map(|f| f.note.as_str()).filter(|n| n.len() > 10).collect();
    for l in LOCALES {
        let tr = Translator::new(l);
        let ftl: String = l.ftl.concat();
        let country_ftl = ftl.lines().filter(|x| x.starts_with("country-")).collect::<Vec<_>>().join("\n");
        assert_no_internal_words(&format!("{} country messages", l.code), &country_ftl);
        for code in codes() {
            for p in ALL {
                let b = country::block(q, country_facts(), &code, p, checked_day(), Languages::one(&tr), dates::long);
                let page = wegwijzer::document::html::country_page(&b, Languages::one(&tr));
                let text = country::text(&b, |w| w.first.clone());
                let spoken = country::spoken(&b).join(" ");
                for (what, out) in [("screen", &page), ("text", &text), ("spoken", &spoken)] {
                    let at = format!("{} {code} {p:?} {what}", l.code);
                    assert_no_internal_words(&at, out);
                    for n in &notes {
                        assert!(!out.contains(n), "{at}: shows a reviewer's note");
                    }
                }
            }
        }
    }
}

#[test]
fn an_old_document_says_its_date_plainly() {
    let tr = Translator::new(wegwijzer::i18n::find("en").unwrap());
    use wegwijzer::document::{country, dates, Languages};
    let b = country::block(
        questionnaire(),
        country_facts(),
        &OptionId::from("TR"),
        Protection::NotAsked,
        checked_day(),
        Languages::one(&tr),
        dates::long,
    );
    let text = country::text(&b, |w| w.first.clone());
    let text = wegwijzer::bidi::strip_isolation(&text);
    assert!(text.contains("This document is from 31 October 2019"), "{text}");
    assert!(
        text.contains("https://zoek.officielebekendmakingen.nl/kst-19637-2578.html"),
        "the address is printed: {text}"
    );
}

/// Whether a fact of this kind names the country itself.
fn facts_named(code: &OptionId, k: FactKind) -> bool {
    country_facts().facts.iter().any(|f| f.kind == k && f.countries.contains(code))
}

#[test]
fn unknown_facts_say_whom_to_ask_and_never_guess() {
    let facts = country_facts();
    for code in codes() {
        for l in card(&code, Protection::NotSignalled).lines().filter(|l| l.unknown) {
            let k = l.kind.unwrap();
            assert!(facts.about(&code, k).is_empty(), "{code}: {k:?} is known but shown as unknown");
            assert_eq!(l.message.to_string(), "country-fact-unknown");
            let p = l.provenance.as_ref().unwrap();
            assert!(!p.primary, "not knowing is never a primary fact");
        }
    }
}

#[test]
fn the_country_tags_the_rules_use_agree_with_the_facts() {
    let facts = country_facts();
    for c in &questionnaire().countries {
        if c.tags.iter().any(|t| t == "erso") {
            let documented =
                facts.about(&c.code, FactKind::Erso).iter().any(|f| f.value == Some(Value::DocumentedPast));
            assert!(documented, "{} is tagged erso without an ERSO fact", c.code);
        }
        let visa_free = facts.about(&c.code, FactKind::Iom).iter().any(|f| f.value == Some(Value::VisaFree));
        assert_eq!(
            c.tags.iter().any(|t| t == "visa_free"),
            visa_free,
            "{}: visa_free tag and IOM fact disagree",
            c.code
        );
        if c.tags.iter().any(|t| t == "iom_caveat") {
            let limited = facts.about(&c.code, FactKind::Iom).iter().any(|f| f.value == Some(Value::Limited));
            assert!(limited, "{} is tagged iom_caveat without an IOM limit", c.code);
        }
    }
}

/// The safety rule on the card: no section, line or organisation about going back.
fn assert_no_return(c: &CountryCard, why: &str) {
    for s in &c.sections {
        assert!(!s.id.about_return(), "{}: {why}: section {:?}", c.code, s.id);
    }
    for l in c.lines() {
        assert!(!l.kind.is_some_and(|k| k.about_return()), "{}: {why}: {}", c.code, l.message);
    }
    // And in words, in the reference languages.
    for code in ["nl", "en"] {
        let tr = Translator::new(wegwijzer::i18n::find(code).unwrap());
        let text = c.lines().map(|l| line_text(&tr, l, &|d| d.to_string())).collect::<Vec<_>>().join("\n");
        for word in ["ERSO", "IOM", "Goedwerk", "reisdocument", "travel document"] {
            assert!(!text.contains(word), "{}: {why}: the card mentions {word}:\n{text}", c.code);
        }
    }
}

/// A plain "none" and "no" to the other signals' questions: a question left
/// unanswered is itself a protection signal.
fn no_other_signal(s: &mut Session) {
    s.answers.insert(QuestionId::from("trafficking"), Answer::Many(vec![OptionId::from("none")]));
    s.answers.insert(QuestionId::from("minor_alone"), Answer::One(OptionId::from("no")));
}

#[test]
fn a_person_with_fear_gets_no_return_instructions_through_the_engine() {
    let q = questionnaire();
    for code in codes() {
        for fear in ["yes", "not_sure", "prefer_not", "no"] {
            let mut s = Session::new(common::today());
            s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from(fear)));
            no_other_signal(&mut s);
            s.answers.insert(QuestionId::from("country"), Answer::One(code.clone()));
            s.answers.insert(QuestionId::from("wants"), Answer::One(OptionId::from("return_decided")));
            let a = assess(q, &s);
            let c = card(&code, Protection::from_assessment(&a));
            if fear == "no" {
                assert!(
                    c.sections.iter().any(|s| s.id.about_return()),
                    "{code}: no fear, wants to return: support shown"
                );
            } else {
                assert_no_return(&c, &format!("fear = {fear}"));
            }
        }
        assert_no_return(&card(&code, Protection::NotAsked), "opened without answers");
    }
    // Every other protection signal the content declares holds return back too.
    for (question, option) in [("trafficking", "forced_work"), ("minor_alone", "yes")] {
        let mut s = Session::new(common::today());
        s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from("no")));
        no_other_signal(&mut s);
        s.answers.insert(QuestionId::from("wants"), Answer::One(OptionId::from("return_decided")));
        let multi = q.question(&QuestionId::from(question)).is_some_and(|x| x.kind == wegwijzer::engine::Kind::Multi);
        let a = if multi { Answer::Many(vec![OptionId::from(option)]) } else { Answer::One(OptionId::from(option)) };
        s.answers.insert(QuestionId::from(question), a);
        let a = assess(q, &s);
        assert!(!a.signals.is_empty(), "{question} = {option} is a protection signal");
        assert_no_return(&card(&OptionId::from("NG"), Protection::from_assessment(&a)), question);
    }
}

#[test]
fn random_paths_never_show_return_support_when_a_protection_signal_holds() {
    let q = questionnaire();
    let mut rng = common::Rng(0xC0_FFEE);
    let mut with_fear = 0;
    for _ in 0..400 {
        let s = common::random_session(q, &mut rng);
        let Some(Answer::One(code)) = s.answers.get(&QuestionId::from("country")) else { continue };
        if q.country(code).is_none() {
            continue;
        }
        let a = assess(q, &s);
        if a.fear_indicated || !a.signals.is_empty() {
            with_fear += 1;
            assert_no_return(&card(code, Protection::from_assessment(&a)), "random path with fear");
        }
    }
    assert!(with_fear > 20, "the walk reached a protection signal with a country: {with_fear}");
}

#[test]
fn every_card_reads_in_every_language_without_raw_ids() {
    let q = questionnaire();
    for l in LOCALES {
        let tr = Translator::new(l);
        for id in message_ids() {
            assert!(tr.has(&id), "{}: {id} is missing", l.code);
        }
        for code in codes() {
            for p in ALL {
                let c = card(&code, p);
                for line in c.lines() {
                    assert!(message_ids().contains(&line.message), "{} is not listed in message_ids()", line.message);
                }
                let text = card_text(q, &tr, &c);
                assert!(!text.contains("[country-") && !text.contains("{"), "{} {code}: {text}", l.code);
            }
        }
    }
}

#[test]
fn document_titles_stay_in_their_own_language_and_are_isolated() {
    let tr = Translator::new(wegwijzer::i18n::find("ar").unwrap());
    let c = card(&OptionId::from("SY"), Protection::Signalled);
    let title = "Syria: Updated EUAA Country Guidance outlines changing international protection needs";
    let line = c
        .lines()
        .find(|l| line_text(&tr, l, &|d| d.to_string()).contains(title))
        .expect("the EUAA guidance is on the Syria card");
    let text = line_text(&tr, line, &|d| d.to_string());
    assert!(text.contains(&format!("\u{2068}{title}\u{2069}")), "the Latin title is isolated in Arabic text: {text:?}");
}

#[test]
fn thinking_it_through_is_offered_when_return_is_considered() {
    let q = questionnaire();
    let with = |wants: &str, fear: &str| {
        let mut s = Session::new(common::today());
        s.answers.insert(QuestionId::from("wants"), Answer::One(OptionId::from(wants)));
        s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from(fear)));
        s
    };
    for fear in ["yes", "no"] {
        assert!(return_considered(q, &assess(q, &with("return_thinking", fear))), "thinking of return, fear {fear}");
        assert!(return_considered(q, &assess(q, &with("return_decided", fear))));
        assert!(!return_considered(q, &assess(q, &with("stay", fear))), "wants to stay: not offered");
    }
}

#[test]
fn thinking_it_through_topics_exist_and_recall_only_what_was_said() {
    let q = questionnaire();
    let topics = &consider().topics;
    assert!(topics.len() >= 8);
    for t in topics {
        for id in &t.questions {
            assert!(q.question(id).is_some(), "topic {} names unknown question {id}", t.id);
        }
        for l in LOCALES {
            assert!(Translator::new(l).has(t.message()), "{}: {}", l.code, t.message());
        }
    }
    let safety = topics.iter().find(|t| t.id == "safety").unwrap();
    let mut s = Session::new(common::today());
    s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from("prefer_not")));
    assert!(recalled(q, safety, &s).is_empty(), "'rather not say' is not recalled");
    s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from("yes")));
    assert_eq!(recalled(q, safety, &s), vec![(QuestionId::from("fear"), Answer::One(OptionId::from("yes")))]);
}

/// The card is a block of the one result document: on the result (and
/// `assess`) when asked for, after the routes, under the same safety rule.
#[test]
fn the_result_document_carries_the_country_card_after_the_routes() {
    use wegwijzer::document::{self, country::CountryBlock, dates, Block, Languages, Options};
    let q = questionnaire();
    let tr = Translator::new(wegwijzer::i18n::find("en").unwrap());
    let session = |fear: &str| {
        let mut s = Session::new(common::today());
        s.answers.insert(QuestionId::from("fear"), Answer::One(OptionId::from(fear)));
        no_other_signal(&mut s);
        s.answers.insert(QuestionId::from("wants"), Answer::One(OptionId::from("return_decided")));
        s.answers.insert(QuestionId::from("country"), Answer::One(OptionId::from("NG")));
        s
    };
    let build = |s: &Session, country: bool| {
        let input = wegwijzer::document::country::country_input();
        let options = Options { counsellor: false, answers: false, country: input.filter(|_| country) };
        document::build(q, s, &assess(q, s), Languages::one(&tr), dates::long, options)
    };
    let country = |d: &document::ResultDocument| -> Option<(usize, CountryBlock)> {
        d.blocks.iter().enumerate().find_map(|(i, b)| match b {
            Block::Country(c) => Some((i, c.clone())),
            _ => None,
        })
    };
    let no_fear = build(&session("no"), true);
    let (at, card) = country(&no_fear).expect("the card is in the document");
    let routes_at = no_fear.blocks.iter().rposition(|b| matches!(b, Block::Cards { .. })).unwrap();
    assert!(at > routes_at, "after the routes");
    assert!(card.sections.iter().any(|s| s.id == "return"), "support on return without fear");
    assert!(document::text::plain(&no_fear).contains("Information about Nigeria"));

    let fear = build(&session("yes"), true);
    let (_, card) = country(&fear).unwrap();
    assert!(card.sections.iter().all(|s| s.id != "return" && s.id != "practical"), "no return support with fear");
    let text = document::country::text(&card, |w| w.first.clone());
    for word in ["ERSO", "IOM", "WereldWijd", "Goedwerk"] {
        assert!(!text.contains(word), "with fear the country card says nothing of {word}:\n{text}");
    }
    assert!(country(&build(&session("no"), false)).is_none(), "only when asked for (the summary: when ticked)");
}

/// "Ask VluchtelingenWerk to confirm this" on a country card follows the
/// rule of the questionnaire's facts: shown for a fact that is neither
/// primary nor signed off (a stale sign-off is no sign-off: build.rs leaves
/// it out of `signed_off`), and for every fact checked longer ago than the
/// re-check period.
#[test]
fn a_country_fact_asks_to_be_confirmed_unless_primary_or_signed_off_and_recent() {
    use wegwijzer::document::{country, dates, Languages};
    let tr = Translator::new(wegwijzer::i18n::find("en").unwrap());
    let confirm = tr.t(wegwijzer::engine::country_card::CONFIRM);
    let mut facts = country_facts().clone();
    let secondary = facts.facts.iter().find(|f| !f.primary && f.countries.len() == 1 && f.kind.is_document()).unwrap();
    let primary = facts.facts.iter().find(|f| f.primary && f.countries.len() == 1 && f.kind.is_document()).unwrap();
    let (secondary, primary) = ((secondary.id.clone(), secondary.countries[0].clone()), primary.id.clone());
    let primary_code = facts.facts.iter().find(|f| f.id == primary).unwrap().countries[0].clone();
    // The "checked" line of a fact's source, on its country's card.
    let checked = |facts: &wegwijzer::engine::country_card::CountryFacts, code: &OptionId, id: &str, today: Day| {
        let b =
            country::block(questionnaire(), facts, code, Protection::NotAsked, today, Languages::one(&tr), dates::long);
        let card = country_card(facts, code, Protection::NotAsked);
        let at = card.lines().filter(|l| l.provenance.is_some()).position(|l| l.provenance.as_ref().unwrap().id == id);
        let at = at.unwrap_or_else(|| panic!("{id} is on the card of {code}"));
        let sources: Vec<_> = b.sections.iter().flat_map(|s| &s.facts).filter_map(|f| f.source.as_ref()).collect();
        sources[at].checked.first.clone()
    };
    let today = checked_day();
    assert!(checked(&facts, &secondary.1, &secondary.0, today).contains(&confirm), "a copy, not signed off");
    assert!(!checked(&facts, &primary_code, &primary, today).contains(&confirm), "the publisher's own, recent");
    facts.signed_off.push(secondary.0.clone());
    assert!(!checked(&facts, &secondary.1, &secondary.0, today).contains(&confirm), "a copy signed off by a lawyer");
    let late = Day(today.0 + wegwijzer::content::RECHECK_AFTER_DAYS + 1);
    assert!(
        checked(&facts, &secondary.1, &secondary.0, late).contains(&confirm),
        "signed off, but checked too long ago"
    );
    assert!(checked(&facts, &primary_code, &primary, late).contains(&confirm), "primary, but checked too long ago");
}
