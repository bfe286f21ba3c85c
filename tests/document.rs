//! The result document for every case in `tests/cases/`: its shape (next
//! steps first, at most three, urgent first; cards; the safety rule), and
//! that every output — the text of `assess`, the HTML of the screen, the
//! summary and the file, and read-aloud — is laid out from that one
//! document and shows all of it.

mod common;
use common::cases;
use wegwijzer::bidi::strip_isolation;
use wegwijzer::content::questionnaire;
use wegwijzer::document::html::{self, Layout};
use wegwijzer::document::text::session_text;
use wegwijzer::document::{self, dates, text, Block, CardKind, Languages, Options, ResultDocument, Words};
use wegwijzer::engine::{assess, Session};
use wegwijzer::i18n::{find, Translator, LOCALES};

fn build(s: &Session, first: &Translator, second: Option<&Translator>, options: Options) -> ResultDocument {
    let q = questionnaire();
    document::build(q, s, &assess(q, s), Languages { first, second }, dates::long, options)
}

fn tr(code: &str) -> Translator {
    Translator::new(find(code).unwrap())
}

/// Every text of the next steps and the cards (the title is the screen's own heading).
fn key_texts(doc: &ResultDocument) -> Vec<&Words> {
    let mut out = Vec::new();
    for step in doc.next_steps() {
        out.push(&step.action);
        out.extend(step.deadlines.iter().map(|d| &d.text));
    }
    for card in doc.cards() {
        out.extend([&card.title, &card.line]);
        out.extend(card.more.iter());
        out.extend(card.next.text.iter());
        out.extend(card.reasons.items.iter());
    }
    out
}

fn escaped(s: &str) -> String {
    html::escape(s)
}

#[test]
fn next_steps_come_first_at_most_three_urgent_first() {
    let q = questionnaire();
    let en = tr("en");
    for (name, s) in cases() {
        let a = assess(q, &s);
        let doc = build(&s, &en, None, Options::default());
        assert!(matches!(doc.blocks[0], Block::NextSteps { .. }), "{name}: next steps first");
        let steps: Vec<String> = doc.next_steps().iter().map(|st| st.card.to_string()).collect();
        let expected: Vec<String> =
            a.urgent.iter().chain(&a.routes).take(document::MAX_NEXT_STEPS).map(|f| f.id.to_string()).collect();
        assert_eq!(steps, expected, "{name}");
        assert!(!steps.is_empty(), "{name}: always something to do");
        // Return routes held back by the safety rule never become a next step.
        for other in &a.other_options {
            assert!(!steps.contains(&other.id.to_string()), "{name}: {} is held back", other.id);
        }
        for step in doc.next_steps() {
            let card = doc.cards().find(|c| c.id == step.card).unwrap();
            assert_eq!(step.deadlines.len(), card.deadlines.len(), "{name}: a step has its card's deadlines");
            assert_eq!(step.contact.is_some(), card.contacts.is_some(), "{name}: a step says whom to contact");
        }
        let kinds: Vec<CardKind> = doc.cards().map(|c| c.kind).collect();
        assert_eq!(
            kinds.len(),
            a.urgent.len() + a.routes.len() + a.other_options.len(),
            "{name}: one card per finding"
        );
    }
}

#[test]
fn every_output_lays_out_the_same_document() {
    let (nl, en, ar) = (tr("nl"), tr("en"), tr("ar"));
    let counsellor = Options { counsellor: true, answers: true, country: None };
    for (name, s) in cases() {
        for (first, second, options) in
            [(&nl, None, Options::default()), (&en, None, counsellor), (&ar, Some(&nl), counsellor)]
        {
            let doc = build(&s, first, second, options);
            let plain = text::plain(&doc);
            let spoken = text::spoken(&doc);
            let screen = html::blocks(&doc, Layout::Screen);
            let summary = html::summary(&doc);
            let file = html::file(&doc);
            for words in key_texts(&doc) {
                for t in words.all() {
                    assert!(plain.contains(&strip_isolation(t)), "{name}: text output lacks {t:?}");
                    for (out, what) in [(&screen, "screen"), (&summary, "summary"), (&file, "file")] {
                        assert!(out.contains(&escaped(t)), "{name}: {what} lacks {t:?}");
                    }
                }
            }
            // Each card is its own closed block on screen, of its kind.
            assert_eq!(
                screen.matches("<details class=\"card ").count(),
                doc.cards().count(),
                "{name}: one details block per card on screen"
            );
            for card in doc.cards() {
                let kind = match card.kind {
                    CardKind::Urgent => "urgent-card",
                    CardKind::Route => "route-card",
                    CardKind::Other => "other-card",
                };
                let block = format!("<details class=\"card {kind}\" data-route=\"{}\"><summary>", card.id);
                assert!(screen.contains(&block), "{name}: {} is not a details block on screen", card.id);
                assert!(summary.contains(&format!("data-route=\"{}\"", card.id)), "{name}: summary lacks {}", card.id);
                if card.kind != CardKind::Other {
                    assert!(
                        spoken.contains(&strip_isolation(&card.title.first)),
                        "{name}: read-aloud lacks {}",
                        card.id
                    );
                }
            }
            assert!(!summary.contains("<details"), "{name}: the summary shows everything open");
            assert!(file.starts_with(&format!("<!doctype html><html lang=\"{}\"", first.locale.code)));
            assert!(!file.contains("<script"), "{name}: the file runs nothing");
            for raw in [&plain, &screen] {
                assert!(
                    !raw.contains("[route-") && !raw.contains("[urgent-") && !raw.contains("[ref-"),
                    "{name}: raw id"
                );
            }
        }
    }
}

/// The options of the whole document, as `assess` and the file give it:
/// the answers and the country block, in counsellor mode or not.
fn with_answers(counsellor: bool) -> Options<'static> {
    Options { counsellor, answers: true, country: wegwijzer::document::country::country_input() }
}

#[test]
fn the_assess_text_is_the_document_with_the_answers() {
    let q = questionnaire();
    for code in ["nl", "en", "ti"] {
        let t = tr(code);
        for (name, s) in cases() {
            let doc = build(&s, &t, None, with_answers(false));
            assert_eq!(session_text(q, &t, &s), text::plain(&doc), "{name} ({code})");
        }
    }
}

#[test]
fn links_are_tel_and_outside_links_and_values_are_escaped() {
    let nl = tr("nl");
    let (_, s) = cases().into_iter().find(|(n, _)| n.starts_with("03-crisis")).expect("the crisis case");
    let doc = build(&s, &nl, None, Options::default());
    let screen = html::blocks(&doc, Layout::Screen);
    assert!(screen.contains("<a href=\"tel:113\">113</a>"), "{screen}");
    assert!(screen
        .contains("<a href=\"https://113.nl\" target=\"_blank\" rel=\"noreferrer noopener\" dir=\"ltr\">113.nl</a>"));
    assert_eq!(html::escape("<b>\"&'"), "&lt;b&gt;&quot;&amp;&#39;");
}

#[test]
fn a_source_names_the_publisher_title_and_dates_and_prints_its_address() {
    let (_, s) = cases().into_iter().find(|(n, _)| n.starts_with("34-")).expect("the detention case");
    let doc = build(&s, &tr("en"), None, Options::default());
    let card = doc.cards().find(|c| c.id.as_str() == "detention").expect("the detention note");
    let fact = questionnaire().fact(&"detention_legal_aid".into()).unwrap();
    let line = strip_isolation(&card.sources[0].words.first);
    assert!(line.contains(&fact.publisher) && line.contains(&fact.title) && line.contains("2 December 2026"), "{line}");
    assert!(line.ends_with(&fact.url), "the address is written out, to type elsewhere: {line}");
    assert!(!line.contains(fact.note.as_deref().unwrap()[..30].trim()), "a reviewer's note never shows");
    let screen = html::blocks(&doc, Layout::Screen);
    let link = format!("<a href=\"{0}\" target=\"_blank\" rel=\"noreferrer noopener\" dir=\"ltr\">{0}</a>", fact.url);
    assert!(screen.contains(&link), "{screen}");
    // The page's own date, when it shows one.
    let dated = questionnaire().facts.iter().find(|f| f.published.as_deref() == Some("2025-12-12")).unwrap();
    let t = tr("en");
    let line = wegwijzer::words::source_line(&t, &dated.source(), dates::long).0;
    assert!(strip_isolation(&line).contains(", 12 December 2025. Checked on"), "{line}");
}

#[test]
fn every_contact_can_be_reached_and_says_what_it_shares() {
    for code in ["en", "nl", "ar"] {
        let t = tr(code);
        for (name, s) in cases() {
            let doc = build(&s, &t, None, with_answers(true));
            let lines = doc.cards().filter_map(|c| c.contacts.as_ref()).flat_map(|(_, l)| l.iter());
            let directory = doc.blocks.iter().flat_map(|b| match b {
                Block::Directory { contacts, .. } => contacts.iter().map(|c| &c.line).collect::<Vec<_>>(),
                _ => Vec::new(),
            });
            for line in lines.chain(directory) {
                assert!(!line.reach.is_empty(), "{name} ({code}): {} cannot be reached", line.id);
                assert!(!line.shares.first.trim().is_empty(), "{name} ({code}): {} shares nothing", line.id);
            }
            assert!(!text::plain(&doc).contains("()"), "{name} ({code}): an empty contact");
        }
    }
    // ROS has no public website or phone: it is reached through VluchtelingenWerk.
    let (_, s) = cases()
        .into_iter()
        .find(|(_, s)| assess(questionnaire(), s).all_routes().any(|f| f.referrals.iter().any(|r| r.as_str() == "ros")))
        .expect("a case with the return organisations");
    let doc = build(&s, &tr("en"), None, Options::default());
    let plain = text::plain(&doc);
    assert!(plain.contains("ROS Rotterdam (Through VluchtelingenWerk)"), "{plain}");
}

#[test]
fn the_summary_and_the_text_say_up_to_when_the_information_was_checked() {
    let (_, s) = cases().into_iter().next().unwrap();
    let doc = build(&s, &tr("en"), None, Options::default());
    let newest = wegwijzer::content::checked_until(questionnaire()).unwrap();
    assert_eq!(newest.iso(), "2026-12-02", "the newest checked date in the content");
    assert!(strip_isolation(&html::summary(&doc)).contains("The information was checked up to 2 December 2026."));
    assert!(strip_isolation(&text::plain(&doc)).contains("The information was checked up to 2 December 2026."));
    // The link note: once, near the top, and not read aloud.
    let note = "quick exit cannot remove it";
    assert_eq!(html::blocks(&doc, Layout::Screen).matches(note).count(), 1);
    assert!(!text::spoken(&doc).contains(note));
}

#[test]
fn deadlines_are_dated_in_words_in_every_language() {
    let (_, s) = cases().into_iter().find(|(n, _)| n.starts_with("04-")).expect("the appeal case");
    for locale in LOCALES {
        let t = Translator::new(locale);
        assert_eq!(dates::month_names(&t).len(), 12, "{}: twelve month names", locale.code);
        let doc = build(&s, &t, None, Options::default());
        let step = &doc.next_steps()[0];
        assert_eq!(step.card.as_str(), "appeal_short");
        assert_eq!(step.deadlines[0].day.map(|d| d.iso()).as_deref(), Some("2026-11-30"));
        let november = dates::month_names(&t)[10].clone();
        assert!(
            strip_isolation(&step.deadlines[0].text.first).contains(&november),
            "{}: {:?}",
            locale.code,
            step.deadlines[0].text
        );
    }
    let ti = tr("ti");
    let day = wegwijzer::engine::Day::parse_iso("2026-11-29").unwrap();
    // Month names a reader from Tigray may take for Ethiopian-calendar
    // months: the date in numbers beside them (Amharic too).
    assert_eq!(strip_isolation(&dates::long(&ti, day)), "29 ሕዳር 2026 (29/11/2026)");
    assert!(strip_isolation(&dates::long(&tr("am"), day)).ends_with("(29/11/2026)"));
    assert!(!strip_isolation(&dates::long(&tr("nl"), day)).contains("29/11"));
}

#[test]
fn latin_names_in_right_to_left_text_are_isolated() {
    let (_, s) = cases().into_iter().find(|(n, _)| n.starts_with("02-")).expect("the return case");
    let doc = build(&s, &tr("ar"), None, Options::default());
    let card = doc.cards().find(|c| c.id.as_str() == "reintegration").unwrap();
    assert!(card.title.first.contains("(\u{2068}ERSO\u{2069})"), "{:?}", card.title.first);
    let dutch = build(&s, &tr("nl"), None, Options::default());
    assert!(!dutch.cards().any(|c| c.title.first.contains('\u{2068}')), "left-to-right text is left alone");
}

/// The summary to carry (`document::summary`): its essentials hold every
/// next step, every date, every urgent note and route in a line with the
/// answers behind it (answers to sensitive questions only when ticked),
/// every contact written out, the date made and "not legal advice"; the
/// appendix holds each full card only when ticked; the file is the same
/// document with the date and page number in its page margins.
#[test]
fn essentials_hold_what_a_person_needs_to_act_and_the_appendix_only_what_is_ticked() {
    let q = questionnaire();
    let (nl, ar) = (tr("nl"), tr("ar"));
    for (name, s) in cases() {
        let a = assess(q, &s);
        for (first, second) in [(&nl, None), (&ar, Some(&nl))] {
            let langs = Languages { first, second };
            for ticked in [false, true] {
                let options = Options { counsellor: false, answers: ticked, country: None };
                let doc = document::build(q, &s, &a, langs, dates::long, options);
                let e = document::summary::essentials(q, &a, langs, &doc, ticked);
                let html = document::summary::html(&doc, &e, document::summary::Appendix::default());
                let (essentials, appendix) = html.split_once("<div class=\"appendix\">").unwrap_or((&html, ""));
                for t in doc.made.all() {
                    assert!(essentials.contains(&html::escape(t)), "{name}: the date made");
                }
                for b in &doc.blocks {
                    if let Block::Note(document::NoteKind::Danger | document::NoteKind::Disclaimer, w) = b {
                        assert!(essentials.contains(&html::escape(&w.first)), "{name}: {:?}", w.first);
                    }
                    if let Block::Directory { contacts, .. } = b {
                        for c in contacts {
                            assert!(essentials.contains(&format!("data-referral=\"{}\"", c.line.id)), "{name}");
                            for (value, _) in c.line.reach.iter().flat_map(|m| &m.marks) {
                                assert!(
                                    essentials.contains(&format!(">{}</a>", html::escape(value))),
                                    "{name}: {value}"
                                );
                            }
                        }
                    }
                }
                for step in doc.next_steps() {
                    assert!(essentials.contains(&format!("data-step=\"{}\"", step.card)), "{name}");
                }
                for card in doc.cards() {
                    let here = essentials.contains(&format!("data-route=\"{}\"", card.id));
                    assert_eq!(here, card.kind != CardKind::Other, "{name}: {} in a line", card.id);
                    for d in &card.deadlines {
                        assert!(essentials.contains(&html::escape(&d.text.first)), "{name}: every date");
                    }
                }
                for finding in a.urgent.iter().chain(&a.routes) {
                    for reason in &finding.reasons {
                        let text = html::escape(&langs.words(|m| wegwijzer::words::reason_text(q, m, reason)).first);
                        let sensitive = q.question(&reason.question).is_some_and(|x| x.sensitive);
                        assert_eq!(
                            essentials.contains(&text),
                            ticked || !sensitive,
                            "{name}: {} beside {} (ticked: {ticked})",
                            reason.question,
                            finding.id
                        );
                    }
                }
                assert!(!essentials.contains("<article"), "{name}: no full card among the essentials");
                assert_eq!(appendix.contains("class=\"answers\""), ticked, "{name}: the answers only when ticked");
                assert!(!appendix.contains("<article"), "{name}: the full cards only when ticked");
                let full = document::summary::html(&doc, &e, document::summary::Appendix { cards: true });
                for card in doc.cards() {
                    assert!(full.contains("<article class=\"card"), "{name}");
                    assert!(full.contains(&format!("data-route=\"{}\">", card.id)), "{name}: {} in full", card.id);
                }
                let file = document::summary::file(&doc, &e, document::summary::Appendix::default());
                assert!(file.starts_with("<!doctype html>") && !file.contains("<script"), "{name}");
                assert!(file.contains("counter(page)") && file.contains(&document::summary::made_css(&doc)), "{name}");
            }
        }
    }
}

#[test]
fn the_date_in_the_page_margins_is_a_closed_css_string() {
    let nl = tr("nl");
    let (_, s) = cases().remove(0);
    let q = questionnaire();
    let mut doc = document::build(q, &s, &assess(q, &s), Languages::one(&nl), dates::long, Options::default());
    doc.made.first = "a \"b\" \\ </style> c\nd".into();
    assert_eq!(document::summary::made_css(&doc), "\"a \\\"b\\\" \\\\ \\3c /style> c d\"");
}

#[test]
fn a_text_that_reads_the_same_in_both_languages_is_printed_once() {
    let (nl, en) = (tr("nl"), tr("en"));
    let mut pairs = 0;
    for (name, s) in cases() {
        let doc = build(&s, &en, Some(&nl), with_answers(true));
        let summary = html::summary(&doc);
        for part in summary.split("<span class=\"bi\">").skip(1) {
            let Some((a, b)) = part.split_once("</span><span class=\"bi-b\"") else { continue };
            let a = &a[a.find('>').unwrap() + 1..];
            let b = &b[b.find('>').unwrap() + 1..];
            let b = &b[..b.find("</span></span>").unwrap_or(b.len())];
            assert_ne!(strip_isolation(a), strip_isolation(b), "{name}: printed twice");
            pairs += 1;
        }
    }
    assert!(pairs > 100, "the summaries are bilingual ({pairs} pairs)");
}
