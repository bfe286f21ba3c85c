//! The country card as a block of the result document: built from the
//! engine's card (`engine::country_card`) with every text already in the
//! document's language(s), and laid out here as HTML and as text, so the
//! result screen, the summary, print, the file and `assess` show the same
//! card.

use super::{DateFormat, Languages, Words};
use crate::country_text::{checked_text, country_name, line_text};
use crate::engine::country_card::{self, country_card, CountryFacts, Protection};
use crate::engine::{Answer, Assessment, Day, OptionId, QuestionId, Questionnaire, Session};
use crate::i18n::msg;
use crate::i18n::Translator;

/// What the document needs to add a country card: the facts, and which
/// question holds the country (passed in, so a test or another content set
/// can bring its own).
#[derive(Clone, Copy, Debug)]
pub struct CountryInput<'a> {
    pub facts: &'a CountryFacts,
    pub question: &'a QuestionId,
}

/// The app's country facts and the questionnaire's country question, for
/// the result document. None when the questionnaire asks no country.
pub fn country_input() -> Option<CountryInput<'static>> {
    let question = crate::content::questionnaire().questions.iter().find(|q| q.kind == crate::engine::Kind::Country)?;
    Some(CountryInput { facts: crate::content::country::country_facts(), question: &question.id })
}

#[derive(Clone, Debug, PartialEq)]
pub struct CountryBlock {
    pub code: OptionId,
    pub title: Words,
    pub intro: Words,
    pub checked: Words,
    /// "Where this comes from", the label of each folded source.
    pub source_label: Words,
    /// Said once near the links: a visit stays in the browser's history.
    pub links: Option<Words>,
    pub sections: Vec<CountrySection>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CountrySection {
    /// `situation`, `procedure`, `stay`, `return`, `practical`: the message
    /// id without its prefix (no `Debug` names in the wasm).
    pub id: &'static str,
    pub title: Words,
    pub facts: Vec<CountryFact>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CountryFact {
    /// The kind of fact (for tests and styles), empty for fixed lines.
    pub kind: String,
    pub label: Option<Words>,
    pub text: Words,
    /// What the document concludes, paraphrasing its publisher.
    pub summary: Option<Words>,
    /// Said plainly when the document is old.
    pub old: Option<Words>,
    pub unknown: bool,
    /// Where it was read: only what a person may read (never a note).
    pub source: Option<FactSource>,
}

/// Where a fact comes from, as the person reads it: publisher, title (in
/// its own language), date, the day it was checked, and the link.
#[derive(Clone, Debug, PartialEq)]
pub struct FactSource {
    pub publisher: Option<Words>,
    pub title: Option<String>,
    /// The document's date, or "the page shows no date".
    pub date: Option<Words>,
    /// "Checked on …" and whether the source was the publisher's own.
    pub checked: Words,
    pub url: Option<String>,
}

/// A content date (`YYYY-MM-DD` or `YYYY-MM`) in words.
fn content_date(tr: &Translator, dates: DateFormat, s: &str) -> String {
    if let Some(day) = Day::parse_iso(s) {
        return dates(tr, day);
    }
    match Day::parse_iso(&format!("{s}-01")) {
        Some(day) => {
            let (year, month, _) = day.ymd();
            let names = super::dates::month_names(tr);
            format!("{} {year}", names.get(month as usize - 1).cloned().unwrap_or_else(|| format!("{month:02}")))
        }
        None => s.to_string(),
    }
}

/// The block for a country, for a person in the given protection situation,
/// on `today` (which decides whether a fact asks to be confirmed).
pub fn block(
    questionnaire: &Questionnaire,
    facts: &CountryFacts,
    code: &OptionId,
    protection: Protection,
    today: Day,
    langs: Languages,
    dates: DateFormat,
) -> CountryBlock {
    let card = country_card(facts, code, protection);
    let name =
        |tr: &Translator| questionnaire.country(code).map(|c| country_name(tr, c)).unwrap_or_else(|| code.to_string());
    let sections =
        card.sections
            .iter()
            .map(|s| CountrySection {
                id: s.id.name(),
                title: langs.t(s.id.message()),
                facts: s
                    .lines
                    .iter()
                    .map(|line| {
                        let date = |tr: &Translator, d: &str| content_date(tr, dates, d);
                        let source = line.provenance.as_ref().map(|p| FactSource {
                            publisher: p.publisher.map(|x| langs.t(x.message())),
                            title: p.title.clone(),
                            date: if line.unknown {
                                None
                            } else {
                                Some(match &p.date {
                                    Some(d) => langs.words(|tr| date(tr, d)),
                                    None => langs.t(country_card::UNDATED),
                                })
                            },
                            checked: langs.words(|tr| checked_text(tr, p, line.unknown, today, &|d| date(tr, d))),
                            url: p.url.clone(),
                        });
                        CountryFact {
                            kind: line.kind.map(|k| format!("{k:?}")).unwrap_or_default(),
                            label: line.kind.map(|k| langs.t(k.message())),
                            text: langs.words(|tr| line_text(tr, line, &|d| date(tr, d))),
                            summary: line.summary.as_ref().map(|m| langs.t(m)),
                            old: line.provenance.as_ref().and_then(|p| p.date.as_ref()).filter(|_| line.old).map(|d| {
                                langs.words(|tr| tr.t_args(country_card::OLD, &[("date", date(tr, d).into())]))
                            }),
                            unknown: line.unknown,
                            source,
                        }
                    })
                    .collect(),
            })
            .collect();
    let linked = card.lines().any(|l| l.provenance.as_ref().is_some_and(|p| p.url.is_some()));
    let links = linked.then(|| langs.t(country_card::LINKS));
    CountryBlock {
        code: code.clone(),
        title: langs.words(|tr| tr.t_args(msg::COUNTRY_CARD_TITLE, &[("country", name(tr).into())])),
        intro: langs.t(msg::COUNTRY_CARD_INTRO),
        checked: langs.t(msg::COUNTRY_CARD_CHECKED),
        source_label: langs.t(msg::COUNTRY_CARD_SOURCE),
        links,
        sections,
    }
}

/// The card as text (the `assess` output and the plain summary), with
/// `words` writing a text in the document's language(s).
pub fn text(b: &CountryBlock, words: impl Fn(&Words) -> String) -> String {
    let mut out = format!("# {}\n{}\n{}\n", words(&b.title), words(&b.intro), words(&b.checked));
    if let Some(l) = &b.links {
        out.push_str(&format!("{}\n", words(l)));
    }
    out.push('\n');
    for s in &b.sections {
        out.push_str(&format!("## {}\n", words(&s.title)));
        for f in &s.facts {
            let label = f.label.as_ref().map(|l| format!("{}: ", words(l))).unwrap_or_default();
            out.push_str(&format!("- {label}{}\n", words(&f.text)));
            for w in [&f.summary, &f.old].into_iter().flatten() {
                out.push_str(&format!("  {}\n", words(w)));
            }
            if let Some(s) = &f.source {
                let what: Vec<String> =
                    [s.publisher.as_ref().map(&words), s.title.clone(), s.date.as_ref().map(&words)]
                        .into_iter()
                        .flatten()
                        .collect();
                if !what.is_empty() {
                    out.push_str(&format!("  {}\n", what.join(" · ")));
                }
                out.push_str(&format!("  {}\n", words(&s.checked)));
                if let Some(u) = &s.url {
                    out.push_str(&format!("  {u}\n"));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// What read-aloud says: the title and each line, without sources.
pub fn spoken(b: &CountryBlock) -> Vec<String> {
    let mut parts = vec![b.title.first.clone(), b.intro.first.clone()];
    for s in &b.sections {
        parts.push(s.title.first.clone());
        for f in &s.facts {
            if let Some(l) = &f.label {
                parts.push(l.first.clone());
            }
            parts.push(f.text.first.clone());
            parts.extend([&f.summary, &f.old].into_iter().flatten().map(|w| w.first.clone()));
        }
    }
    parts
}

/// The card of the country the person chose, if it is one the content knows.
pub fn for_session(
    questionnaire: &Questionnaire,
    input: CountryInput,
    session: &Session,
    assessment: &Assessment,
    langs: Languages,
    dates: DateFormat,
) -> Option<CountryBlock> {
    let code = match session.answers.get(input.question)? {
        Answer::One(code) if questionnaire.country(code).is_some() => code.clone(),
        _ => return None,
    };
    let protection = Protection::from_assessment(assessment);
    Some(block(questionnaire, input.facts, &code, protection, session.today, langs, dates))
}
