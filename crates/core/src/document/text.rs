//! The result document as plain text: for the `assess` command and for
//! reading aloud. Both take only the document.

use super::{Block, Card, ContactLine, Deadline, Marked, ResultDocument, Section, Words};
use crate::bidi::strip_isolation;
use crate::engine::{assess, Questionnaire, Session};
use crate::i18n::Translator;

/// Both languages of a text, the second on its own line.
fn words(w: &Words) -> String {
    match &w.second {
        Some(second) => format!("{}\n  {second}", w.first),
        None => w.first.clone(),
    }
}

fn marked(m: &Marked) -> String {
    words(&m.words)
}

fn deadlines(out: &mut String, list: &[Deadline], indent: &str) {
    for d in list {
        out.push_str(&format!("{indent}{}\n", words(&d.text)));
        if let Some(passed) = &d.passed {
            out.push_str(&format!("{indent}{}\n", words(passed)));
        }
    }
}

fn contact(c: &ContactLine) -> String {
    let reach: Vec<String> = c.reach.iter().map(marked).collect();
    format!("{} ({})", words(&c.name), reach.join("; "))
}

fn section(out: &mut String, s: &Section) {
    if let Some(t) = &s.title {
        out.push_str(&format!("{}\n", words(t)));
    }
    if let Some(t) = &s.text {
        out.push_str(&format!("{}\n", words(t)));
    }
    for item in &s.items {
        out.push_str(&format!("- {}\n", words(item)));
    }
}

fn card(out: &mut String, c: &Card) {
    out.push_str(&format!("## {}\n{}\n", words(&c.title), words(&c.line)));
    if let Some(more) = &c.more {
        out.push_str(&format!("{}\n", words(more)));
    }
    deadlines(out, &c.deadlines, "");
    if let Some(held_back) = &c.held_back {
        section(out, held_back);
    }
    section(out, &c.reasons);
    if let Some((title, points)) = &c.points {
        out.push_str(&format!("{}\n", words(title)));
        for p in points {
            out.push_str(&format!("* {}\n", words(&p.text)));
            for source in &p.sources {
                out.push_str(&format!("  {}\n", marked(source)));
            }
        }
    }
    for line in &c.sources {
        out.push_str(&format!("{}\n", marked(line)));
    }
    if let Some(confirm) = &c.confirm {
        out.push_str(&format!("{}\n", words(confirm)));
    }
    section(out, &c.next);
    if let Some((title, list)) = &c.contacts {
        out.push_str(&format!("{}\n", words(title)));
        for line in list {
            out.push_str(&format!("> {}\n  {}\n", contact(line), words(&line.shares)));
        }
    }
    if let Some(rule) = &c.rule {
        out.push_str(&format!("{}\n", marked(&rule.rule)));
        section(out, &rule.answers);
    }
    out.push('\n');
}

/// The whole document as text, for a terminal or a text file.
pub fn plain(doc: &ResultDocument) -> String {
    let mut out = format!("# {}\n\n", words(&doc.title));
    if let Some(c) = &doc.checked_until {
        out.push_str(&format!("{}\n\n", words(c)));
    }
    for block in &doc.blocks {
        match block {
            Block::NextSteps { title, steps } => {
                out.push_str(&format!("# {}\n", words(title)));
                for (n, step) in steps.iter().enumerate() {
                    out.push_str(&format!("{}. {}\n   {}\n", n + 1, words(&step.title), words(&step.action)));
                    deadlines(&mut out, &step.deadlines, "   ");
                    if let Some(c) = &step.contact {
                        out.push_str(&format!("   {}\n", contact(c)));
                    }
                }
                out.push('\n');
            }
            Block::Note(_, w) => out.push_str(&format!("{}\n\n", words(w))),
            Block::Cards { title, intro, cards, .. } => {
                out.push_str(&format!("# {}\n", words(title)));
                if let Some(intro) = intro {
                    out.push_str(&format!("{}\n", words(intro)));
                }
                out.push('\n');
                for c in cards {
                    card(&mut out, c);
                }
            }
            Block::Directory { title, contacts } => {
                out.push_str(&format!("# {}\n", words(title)));
                for c in contacts {
                    out.push_str(&format!("## {}\n{}\n", words(&c.line.name), words(&c.offer)));
                    for m in &c.line.reach {
                        out.push_str(&format!("{}\n", marked(m)));
                    }
                    out.push_str(&format!("{}\n", words(&c.line.shares)));
                    if let Some(source) = &c.source {
                        out.push_str(&format!("{}\n", marked(source)));
                    }
                    out.push_str(&format!("{}\n", words(&c.checked)));
                }
                out.push('\n');
            }
            Block::Country(c) => out.push_str(&super::country::text(c, words)),
            Block::Checklist { title, items } | Block::Answers { title, items } => {
                out.push_str(&format!("# {}\n", words(title)));
                for item in items {
                    out.push_str(&format!("- {}\n", words(item)));
                }
                out.push('\n');
            }
        }
    }
    strip_isolation(&out)
}

/// What "read aloud" says: in the person's language only, the next steps,
/// then each card with what it is and what to do, then the other options
/// by name. Contacts and sources are left to the screen.
pub fn spoken(doc: &ResultDocument) -> String {
    let mut parts = vec![doc.title.first.clone()];
    for block in &doc.blocks {
        match block {
            Block::NextSteps { title, steps } => {
                parts.push(title.first.clone());
                for step in steps {
                    parts.push(step.title.first.clone());
                    parts.push(step.action.first.clone());
                    parts.extend(step.deadlines.iter().map(|d| d.text.first.clone()));
                }
            }
            // Links are not read aloud, so neither is the note about them.
            Block::Note(super::NoteKind::Links, _) => {}
            Block::Note(_, w) => parts.push(w.first.clone()),
            Block::Cards { kind: super::CardKind::Other, title, intro, cards } => {
                parts.push(title.first.clone());
                parts.extend(intro.iter().map(|w| w.first.clone()));
                parts.extend(cards.iter().map(|c| c.title.first.clone()));
            }
            Block::Cards { title, cards, .. } => {
                parts.push(title.first.clone());
                for c in cards {
                    parts.push(c.title.first.clone());
                    parts.push(c.line.first.clone());
                    parts.extend(c.more.iter().map(|w| w.first.clone()));
                    parts.extend(c.next.text.iter().map(|w| w.first.clone()));
                }
            }
            Block::Country(c) => parts.extend(super::country::spoken(c)),
            Block::Directory { .. } | Block::Checklist { .. } | Block::Answers { .. } => {}
        }
    }
    // A pause between parts: a full stop where the part has none.
    let ends = ['.', '?', '!', '։', '።', '؟', '۔', ':'];
    let spoken: Vec<String> = parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| if p.trim_end().ends_with(ends) { p } else { format!("{}.", p.trim_end()) })
        .collect();
    strip_isolation(&spoken.join(" \n"))
}

/// The result and the answers as plain text, in the translator's language:
/// the same document the screen shows, laid out for a terminal.
pub fn session_text(questionnaire: &Questionnaire, messages: &Translator, session: &Session) -> String {
    let assessment = assess(questionnaire, session);
    let options =
        super::Options { counsellor: false, answers: true, country: crate::document::country::country_input() };
    let doc =
        super::build(questionnaire, session, &assessment, super::Languages::one(messages), super::dates::long, options);
    plain(&doc)
}
