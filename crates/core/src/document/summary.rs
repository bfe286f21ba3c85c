//! The summary a person carries: a layout over the same [`ResultDocument`]
//! (so the printout and the readable file stay one document), which puts
//! what a person needs to act on the first page or two, and everything else
//! in an appendix of parts ticked on purpose.
//!
//! The essentials: the date it was made, "information, not legal advice",
//! the danger line, the next steps, every date with its deadline, each
//! urgent note and route in a line or two with the answers that led to it
//! (answers to sensitive questions only when the person ticks their
//! answers), and every contact with phone and web written out. The
//! appendix: the full cards with their sources and the full directory
//! (ticked), the country card (ticked), the answers (ticked).
//!
//! Every printed page carries the page number and the date made, in the
//! page's bottom margin (`@page` margin boxes; the app sets `--made`, the
//! file writes it into its own style).

use maud::{html, Markup};

use super::html::{block_html, joined, link, page, text, Layout};
use super::{Block, CardKind, ContactLine, Deadline, Languages, NoteKind, ResultDocument, Words};
use crate::engine::{Assessment, Questionnaire, RouteId};
use crate::i18n::msg;
use crate::words::reason_text;

/// An urgent note or a route, in a line or two.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteLine {
    pub id: RouteId,
    pub kind: CardKind,
    pub title: Words,
    pub line: Words,
    /// "Because you said:" and the answers behind it that may be shown.
    pub because: Vec<Words>,
}

/// What the first page holds besides the document's own next steps, notes
/// and directory.
#[derive(Clone, Debug, PartialEq)]
pub struct Essentials {
    pub routes: Vec<RouteLine>,
    /// Every date to act by, once, earliest first.
    pub dates: Vec<Deadline>,
    pub because: Words,
    pub dates_title: Words,
    pub appendix_title: Words,
}

/// The parts of the appendix besides the answers and the country card
/// (which the document holds only when ticked).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Appendix {
    /// Every card in full, with its sources, and the full directory.
    pub cards: bool,
}

/// The essentials of a document. `sensitive`: answers to sensitive
/// questions may be shown (the person ticked their answers).
pub fn essentials(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    langs: Languages,
    doc: &ResultDocument,
    sensitive: bool,
) -> Essentials {
    let findings = assessment
        .urgent
        .iter()
        .map(|f| (f, CardKind::Urgent))
        .chain(assessment.routes.iter().map(|f| (f, CardKind::Route)));
    let routes = findings
        .filter_map(|(finding, kind)| {
            let card = doc.cards().find(|c| c.id == finding.id && c.kind == kind)?;
            let because = finding
                .reasons
                .iter()
                .filter(|r| sensitive || !questionnaire.question(&r.question).is_some_and(|q| q.sensitive))
                .map(|reason| langs.words(|messages| reason_text(questionnaire, messages, reason)))
                .collect();
            Some(RouteLine { id: card.id.clone(), kind, title: card.title.clone(), line: card.line.clone(), because })
        })
        .collect();
    let mut dates: Vec<Deadline> = Vec::new();
    for d in doc.cards().filter(|c| c.kind != CardKind::Other).flat_map(|c| &c.deadlines) {
        if !dates.iter().any(|seen| seen.day == d.day && seen.text == d.text) {
            dates.push(d.clone());
        }
    }
    dates.sort_by_key(|d| d.day);
    Essentials {
        routes,
        dates,
        because: langs.t(msg::BECAUSE),
        dates_title: langs.t(msg::SUMMARY_DATES_TITLE),
        appendix_title: langs.t(msg::SUMMARY_APPENDIX_TITLE),
    }
}

/// A contact on one line: the name, and each number and address written
/// out (they must work on paper), each still a link on screen.
fn contact(doc: &ResultDocument, c: &ContactLine) -> Markup {
    let reach: Vec<Markup> = c.reach.iter().flat_map(|m| &m.marks).map(|(value, mark)| link(value, mark)).collect();
    html! {
        li data-referral=(c.id.as_str()) {
            strong { (text(doc, &c.name)) } " " span.reach dir="ltr" { (joined(&reach, " · ")) }
        }
    }
}

fn route(doc: &ResultDocument, e: &Essentials, r: &RouteLine) -> Markup {
    let answers: Vec<Markup> = r.because.iter().map(|b| text(doc, b)).collect();
    html! {
        li.route-line.urgent-line[r.kind == CardKind::Urgent] data-route=(r.id.as_str()) {
            strong { (text(doc, &r.title)) } " " (text(doc, &r.line))
            @if !answers.is_empty() {
                " " span.because { (text(doc, &e.because)) " " (joined(&answers, "; ")) }
            }
        }
    }
}

fn note(doc: &ResultDocument, kind: NoteKind) -> Option<Markup> {
    doc.blocks.iter().find(|b| matches!(b, Block::Note(k, _) if *k == kind)).map(|b| block_html(doc, b, Layout::Open))
}

/// The essentials, then the appendix.
pub fn html(doc: &ResultDocument, e: &Essentials, appendix: Appendix) -> String {
    html_markup(doc, e, appendix).into_string()
}

fn html_markup(doc: &ResultDocument, e: &Essentials, appendix: Appendix) -> Markup {
    let parts: Vec<Markup> = doc
        .blocks
        .iter()
        .filter(|b| match b {
            Block::Cards { .. } | Block::Directory { .. } | Block::Note(NoteKind::ConfirmFacts, _) => appendix.cards,
            Block::Country(_) | Block::Answers { .. } => true,
            Block::NextSteps { .. } | Block::Note(..) | Block::Checklist { .. } => false,
        })
        .map(|b| block_html(doc, b, Layout::Open))
        .collect();
    html! {
        h1 tabindex="-1" { (text(doc, &doc.summary_title)) }
        p.summary-date { (text(doc, &doc.made)) }
        div.essentials {
            @if let Some(n) = note(doc, NoteKind::Disclaimer) { (n) }
            @if let Some(n) = note(doc, NoteKind::Danger) { (n) }
            @if let Some(b @ Block::NextSteps { .. }) = doc.blocks.first() { (block_html(doc, b, Layout::Open)) }
            @if !e.dates.is_empty() {
                section.summary-dates {
                    h2 { (text(doc, &e.dates_title)) }
                    ul {
                        @for d in &e.dates {
                            // A deadline with no date to show (a window, or none known) has none.
                            li.deadline data-date=[d.day.map(|day| day.iso())] {
                                (text(doc, &d.text))
                                @if let Some(passed) = &d.passed { " " span.deadline-passed { (text(doc, passed)) } }
                            }
                        }
                    }
                }
            }
            @for b in &doc.blocks {
                @if let Block::Cards { kind: kind @ (CardKind::Urgent | CardKind::Route), title, .. } = b {
                    @let routes: Vec<&RouteLine> = e.routes.iter().filter(|r| r.kind == *kind).collect();
                    @if !routes.is_empty() {
                        section.summary-routes {
                            h2 { (text(doc, title)) }
                            ul { @for r in routes { (route(doc, e, r)) } }
                        }
                    }
                }
            }
            @if let Some(Block::Directory { title, contacts }) =
                doc.blocks.iter().find(|b| matches!(b, Block::Directory { .. }))
            {
                section.summary-contacts {
                    h2 { (text(doc, title)) }
                    ul { @for c in contacts { (contact(doc, &c.line)) } }
                }
            }
        }
        @if !parts.is_empty() {
            div.appendix { h2.appendix-title { (text(doc, &e.appendix_title)) } @for p in &parts { (p) } }
        }
    }
}

/// "Made on …" in each language, as a CSS string for the page margins.
pub fn made_css(doc: &ResultDocument) -> String {
    let text = doc.made.all().map(crate::bidi::strip_isolation).collect::<Vec<_>>().join(" · ");
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // Also keeps `</style>` out of the file's style element.
            '<' => out.push_str("\\3c "),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Styles of the file beyond the result's own: the essentials, the
/// appendix on a new page, and the page margins.
const FILE_CSS: &str = ".summary-routes li,.summary-contacts li,.summary-dates li{margin-block:.25rem}\
.summary-contacts ul,.summary-routes ul,.summary-dates ul{padding-inline-start:1.25rem}.because{color:#444}\
.appendix{border-top:2px solid #999;margin-top:2rem}@media print{.appendix{break-before:page;border:0}body{margin:0;max-width:none}}";

/// The summary as a file that opens in any browser, without the app and
/// without loading anything: the same document as the printout.
pub fn file(doc: &ResultDocument, e: &Essentials, appendix: Appendix) -> String {
    let style = format!(
        "{}{FILE_CSS}@page{{size:A4;margin:15mm 15mm 18mm;@bottom-left{{content:{};font-size:9pt}}@bottom-right{{content:counter(page) \" / \" counter(pages);font-size:9pt}}}}",
        super::html::FILE_CSS,
        made_css(doc)
    );
    page(doc, &style, html_markup(doc, e, appendix))
}
