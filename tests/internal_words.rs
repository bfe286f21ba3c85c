//! The person never reads internal words (issue 18 §4): what they read names
//! a publisher, a title, dates and a link, never our working notes ("the
//! project's content brief", "stored copies", a file path). Every case in
//! tests/cases/ is rendered through every output of the result document
//! (the screen's HTML, the summary and the downloaded file, the text, what
//! is read aloud), in every language, as the person sees it and in
//! counsellor mode with a second language; with every country card and
//! every locale file.
//!
//! The words are chosen so that they cannot be normal text in any of the
//! languages: Dutch "brief" (a letter) and "return projects" are real
//! phrases, so neither is on the list.

mod common;
use common::cases;
use common::internal::internal_words;
use wegwijzer::content::country::country_facts;
use wegwijzer::content::questionnaire;
use wegwijzer::document::html::{self, Layout};
use wegwijzer::document::{self, dates, text, Block, Languages, Options, ResultDocument};
use wegwijzer::engine::country_card::{country_card, Protection};
use wegwijzer::engine::{assess, Session};
use wegwijzer::i18n::{Translator, LOCALES};

/// Every output of a document, by name.
fn outputs(doc: &ResultDocument) -> Vec<(&'static str, String)> {
    vec![
        ("screen", html::blocks(doc, Layout::Screen)),
        ("summary", html::summary(doc)),
        ("file", html::file(doc)),
        ("text", text::plain(doc)),
        ("spoken", text::spoken(doc)),
    ]
}

/// The same document without its country block: the country cards rest on
/// content/countries.toml, which the country cards' own change rewrites.
fn without_country(mut doc: ResultDocument) -> ResultDocument {
    doc.blocks.retain(|b| !matches!(b, Block::Country(_)));
    doc
}

/// Every document a case can give: alone and in counsellor mode with a
/// second language, each with and without the country block.
fn documents(s: &Session, first: &Translator, second: &Translator) -> Vec<(String, ResultDocument)> {
    let q = questionnaire();
    let a = assess(q, s);
    let person = Options { counsellor: false, answers: false, country: wegwijzer::document::country::country_input() };
    let counsellor =
        Options { counsellor: true, answers: true, country: wegwijzer::document::country::country_input() };
    [("person", Languages::one(first), person), ("counsellor", Languages { first, second: Some(second) }, counsellor)]
        .into_iter()
        .map(|(who, langs, options)| (who.to_string(), document::build(q, s, &a, langs, dates::long, options)))
        .collect()
}

fn second_for(code: &str) -> &'static str {
    if code == "nl" {
        "en"
    } else {
        "nl"
    }
}

#[test]
fn no_result_in_any_output_or_language_shows_internal_words() {
    let mut found = Vec::new();
    for (name, s) in cases() {
        for locale in LOCALES {
            let first = Translator::new(locale);
            let second = Translator::new(wegwijzer::i18n::find(second_for(locale.code)).unwrap());
            for (who, doc) in documents(&s, &first, &second) {
                for (output, text) in outputs(&without_country(doc)) {
                    for hit in internal_words(&text) {
                        found.push(format!("{name} ({}, {who}, {output}): {hit}", locale.code));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "internal words reach the person:\n{}", found.join("\n"));
}

#[test]
fn no_locale_file_has_internal_words() {
    // country.ftl belongs with the country cards, below.
    let mut found = Vec::new();
    for entry in std::fs::read_dir("locales").unwrap() {
        let dir = entry.unwrap().path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            if path.file_name().is_some_and(|n| n == "country.ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            found.extend(internal_words(&text).into_iter().map(|hit| format!("{}: {hit}", path.display())));
        }
    }
    assert!(found.is_empty(), "internal words in locale files:\n{}", found.join("\n"));
}

#[test]
fn no_country_card_shows_internal_words() {
    let q = questionnaire();
    let mut found = Vec::new();
    for locale in LOCALES {
        let tr = Translator::new(locale);
        for c in &q.countries {
            for protection in [Protection::Signalled, Protection::NotSignalled, Protection::NotAsked] {
                let card = country_card(country_facts(), &c.code, protection);
                // The review text of the card, less its reviewers' notes
                // (which may say "unconfirmed": they are never shown).
                let text: String = wegwijzer::country_text::card_text(q, &tr, &card)
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("- note:"))
                    .collect::<Vec<_>>()
                    .join("\n");
                found.extend(
                    internal_words(&text).into_iter().map(|hit| format!("{} ({}): {hit}", c.code, locale.code)),
                );
            }
        }
        let path = format!("locales/{}/country.ftl", locale.code);
        let text = std::fs::read_to_string(&path).unwrap();
        found.extend(internal_words(&text).into_iter().map(|hit| format!("{path}: {hit}")));
    }
    // And the country block of every result, in every output.
    for (name, s) in cases() {
        for locale in LOCALES {
            let first = Translator::new(locale);
            let second = Translator::new(wegwijzer::i18n::find(second_for(locale.code)).unwrap());
            for (who, doc) in documents(&s, &first, &second) {
                for (output, text) in outputs(&doc) {
                    for hit in internal_words(&text) {
                        found.push(format!("{name} ({}, {who}, {output}): {hit}", locale.code));
                    }
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "internal words on country cards:\n{}", found.join("\n"));
}

#[test]
fn the_list_catches_what_it_should_and_spares_normal_text() {
    assert!(!internal_words("Source: The project's content brief (checked 28 November 2026).").is_empty());
    assert!(!internal_words("see ../shared/CONTENT-BRIEF.md").is_empty());
    assert!(!internal_words("<p>The project&#39;s summary</p>").is_empty(), "also when HTML escapes it");
    assert!(!internal_words("Stored copies of iom-nederland.nl").is_empty());
    // A Dutch letter, return projects and an ordinary address are fine.
    assert!(
        internal_words("Lees de brief. Terugkeerprojecten helpen. Zie https://www.rechtspraak.nl/x.aspx").is_empty()
    );
}
