//! The result document as HTML, the one layout behind the result screen,
//! the summary, the printout and the downloaded file. It is written with
//! maud's `html!`, which escapes every value it is given, so no text can
//! reach the page unescaped; `PreEscaped` appears only in [`page`] (the
//! doctype and the file's stylesheet). Links are made only from the
//! document's own marks.
//!
//! On screen each card is a native `<details>`: its title and one line,
//! opening to show why it appears, what to do and whom to contact. Open
//! (the summary, print, the file) everything is shown.

use maud::{html, Markup, PreEscaped, Render};

use super::country::{CountryBlock, FactSource};
use super::{
    Block, Card, CardKind, ContactLine, Deadline, Mark, Marked, NextStep, NoteKind, ResultDocument, Section, Words,
};

/// How the document is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// The result screen: cards and the directory closed, details on demand.
    Screen,
    /// The summary, print and file: everything open.
    Open,
}

/// Styles of the downloaded file, which is opened without the app.
pub(super) const FILE_CSS: &str = "body{font-family:system-ui,'Noto Sans',sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;overflow-wrap:break-word;hyphens:auto}\
.card{border:1px solid #999;border-radius:8px;padding:1rem;margin:.75rem 0;break-inside:avoid}\
.urgent-card{border:2px solid #a64b00}.bi{display:flex;flex-wrap:wrap;gap:.25rem 1rem}.bi>span{flex:1 1 15rem}\
.bi-b{color:#444}.next-steps ol{padding-inline-start:1.5rem}.step{margin-block:.5rem}.deadline-passed{color:#a4262c;font-weight:700}";

/// Escapes text for HTML: what [`Text`] writes, as a string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    Text(text).render_to(&mut out);
    out
}

/// A text a person reads. maud escapes every value it is given; this
/// escapes as the app always has, `'` included, so the screen, the summary
/// and the file write every text the same way.
struct Text<'a>(&'a str);

impl Render for Text<'_> {
    fn render_to(&self, out: &mut String) {
        for c in self.0.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                _ => out.push(c),
            }
        }
    }
}

/// A text in the document's language(s), as HTML (for the app's own
/// elements).
pub fn words(doc: &ResultDocument, w: &Words) -> String {
    text(doc, w).into_string()
}

/// A text in the document's language(s). With two languages, each is
/// marked with its own `lang` and `dir`, side by side where there is room.
pub(super) fn text(doc: &ResultDocument, w: &Words) -> Markup {
    bilingual(doc, w, |t| html! { (Text(t)) })
}

fn bilingual(doc: &ResultDocument, w: &Words, render: impl Fn(&str) -> Markup) -> Markup {
    match (&w.second, doc.second) {
        (Some(second), Some(lang2)) => html! {
            span.bi {
                span.bi-a lang=(doc.first.code) dir=(doc.first.dir.as_str()) { (render(&w.first)) }
                span.bi-b lang=(lang2.code) dir=(lang2.dir.as_str()) { (render(second)) }
            }
        },
        _ => render(&w.first),
    }
}

/// A text whose values become links (or code), each found in order.
fn marked(doc: &ResultDocument, m: &Marked) -> Markup {
    bilingual(doc, &m.words, |text| {
        let mut rest = text;
        let mut parts = Vec::new();
        for (value, mark) in &m.marks {
            let Some(at) = rest.find(value.as_str()) else { continue };
            parts.push((&rest[..at], value.as_str(), mark));
            rest = &rest[at + value.len()..];
        }
        html! {
            @for (before, value, mark) in parts { (Text(before)) (link(value, mark)) }
            (Text(rest))
        }
    })
}

/// Parts with a separator between them, such as `" · "`.
pub(super) fn joined(parts: &[Markup], separator: &str) -> Markup {
    html! {
        @for (i, part) in parts.iter().enumerate() {
            @if i > 0 { (separator) }
            (part)
        }
    }
}

/// A value as what it is: a phone number to call, a website that opens
/// outside the app without telling it where from, or code.
pub(super) fn link(value: &str, mark: &Mark) -> Markup {
    match mark {
        Mark::Tel(number) => html! { a href={ "tel:" (number) } { (Text(value)) } },
        // Only https is a link: a plain-http visit could be read on the way
        // (a café's network). Its address is still written out to type.
        Mark::Web(href) if !href.starts_with("https://") => html! { span dir="ltr" { (Text(value)) } },
        Mark::Web(href) => html! {
            a href=(href) target="_blank" rel="noreferrer noopener" dir="ltr" { (Text(value)) }
        },
        Mark::Code => html! { code dir="ltr" { (Text(value)) } },
    }
}

fn deadlines(doc: &ResultDocument, list: &[Deadline]) -> Markup {
    html! {
        @for d in list {
            p.deadline data-date=[d.day.map(|day| day.iso())] { strong { (text(doc, &d.text)) } }
            @if let Some(passed) = &d.passed { p.deadline-passed { (text(doc, passed)) } }
        }
    }
}

fn list(doc: &ResultDocument, items: &[Words]) -> Markup {
    html! { ul { @for i in items { li { (text(doc, i)) } } } }
}

/// What a section of a card holds; the caller wraps it in its classed `div`.
fn section(doc: &ResultDocument, s: &Section) -> Markup {
    html! {
        @if let Some(t) = &s.title { h4 { (text(doc, t)) } }
        @if let Some(t) = &s.text { p { (text(doc, t)) } }
        @if !s.items.is_empty() { (list(doc, &s.items)) }
    }
}

fn reach(doc: &ResultDocument, c: &ContactLine) -> Markup {
    html! {
        @for m in &c.reach {
            @let class = match m.marks.first().map(|(_, mark)| mark) {
                Some(Mark::Tel(_)) => "phone",
                Some(_) => "web",
                None => "via",
            };
            span class=(class) { (marked(doc, m)) }
        }
    }
}

fn card_body(doc: &ResultDocument, c: &Card) -> Markup {
    html! {
        @if let Some(more) = &c.more { p { (text(doc, more)) } }
        (deadlines(doc, &c.deadlines))
        @if let Some(held_back) = &c.held_back { div.held-back { (section(doc, held_back)) } }
        div.because { (section(doc, &c.reasons)) }
        @if let Some((title, points)) = &c.points {
            div.points {
                h4 { (text(doc, title)) }
                ul {
                    @for p in points {
                        li data-point=(p.id.as_str()) {
                            (text(doc, &p.text))
                            @for s in &p.sources { " " small.fact-source { (marked(doc, s)) } }
                        }
                    }
                }
            }
        }
        @for source in &c.sources { p.fact-source { (marked(doc, source)) } }
        @if let Some(confirm) = &c.confirm { p.confirm-fact { (text(doc, confirm)) } }
        div.next { (section(doc, &c.next)) }
        @if let Some((title, lines)) = &c.contacts {
            div.contacts {
                h4 { (text(doc, title)) }
                ul {
                    @for l in lines {
                        li data-referral=(l.id.as_str()) {
                            strong { (text(doc, &l.name)) }
                            (reach(doc, l))
                            small.shares { (text(doc, &l.shares)) }
                        }
                    }
                }
            }
        }
        @if let Some(rule) = &c.rule {
            div.rule { p { (marked(doc, &rule.rule)) } div.rule-answers { (section(doc, &rule.answers)) } }
        }
    }
}

fn card(doc: &ResultDocument, c: &Card, layout: Layout) -> Markup {
    let class = match c.kind {
        CardKind::Urgent => "card urgent-card",
        CardKind::Route => "card route-card",
        CardKind::Other => "card other-card",
    };
    let id = c.id.as_str();
    let head = html! { h3 { (text(doc, &c.title)) } p.card-line { (text(doc, &c.line)) } };
    let body = card_body(doc, c);
    match layout {
        Layout::Screen => html! {
            details class=(class) data-route=(id) { summary { (head) } div.card-body { (body) } }
        },
        Layout::Open => html! { article class=(class) data-route=(id) { (head) (body) } },
    }
}

fn step(doc: &ResultDocument, s: &NextStep) -> Markup {
    let class = if s.kind == CardKind::Urgent { "step urgent-step" } else { "step" };
    // The name and the number or address itself: a link needs no label.
    let contact = s.contact.as_ref().map(|c| {
        let mut links: Vec<Markup> =
            c.reach.iter().flat_map(|m| &m.marks).map(|(value, mark)| link(value, mark)).collect();
        if links.is_empty() {
            // Reached through VluchtelingenWerk: the sentence itself.
            links = c.reach.iter().map(|m| text(doc, &m.words)).collect();
        }
        html! {
            p.step-contact data-referral=(c.id.as_str()) {
                (text(doc, &c.name)) " " span.reach dir="ltr" { (joined(&links, " · ")) }
            }
        }
    });
    html! {
        li class=(class) data-step=(s.card.as_str()) {
            h3.step-title { (text(doc, &s.action)) }
            (deadlines(doc, &s.deadlines))
            @if let Some(contact) = contact { (contact) }
        }
    }
}

/// One block of the document (for the app's own elements).
pub fn block(doc: &ResultDocument, b: &Block, layout: Layout) -> String {
    block_html(doc, b, layout).into_string()
}

/// One block of the document.
pub(super) fn block_html(doc: &ResultDocument, b: &Block, layout: Layout) -> Markup {
    match b {
        Block::NextSteps { title, steps } => html! {
            section.next-steps aria-labelledby="next-title" {
                h2 id="next-title" { (text(doc, title)) }
                ol { @for s in steps { (step(doc, s)) } }
            }
        },
        Block::Note(kind, w) => {
            let w = text(doc, w);
            match kind {
                NoteKind::Danger => html! { p.danger-line { (w) } },
                NoteKind::Disclaimer => html! { p.advice { (w) } },
                NoteKind::ConfirmFacts => html! { p.confirm-facts { (w) } },
                NoteKind::Links => html! { p.links-note { (w) } },
            }
        }
        Block::Cards { kind, title, intro, cards } => {
            let name = match kind {
                CardKind::Urgent => "urgent",
                CardKind::Route => "routes",
                CardKind::Other => "other",
            };
            html! {
                section class=(name) aria-labelledby={ (name) "-title" } {
                    h2 id={ (name) "-title" } { (text(doc, title)) }
                    @if let Some(i) = intro { p.section-intro { (text(doc, i)) } }
                    @for c in cards { (card(doc, c, layout)) }
                }
            }
        }
        Block::Directory { title, contacts } => {
            let entries = html! {
                @for c in contacts {
                    div.contact data-referral=(c.line.id.as_str()) {
                        h3.contact-name { (text(doc, &c.line.name)) }
                        p { (text(doc, &c.offer)) }
                        p.reach { (reach(doc, &c.line)) }
                        p.shares { (text(doc, &c.line.shares)) }
                        @if let Some(s) = &c.source { p.source { (marked(doc, s)) } }
                        p.checked { (text(doc, &c.checked)) }
                    }
                }
            };
            let heading = html! { h2 id="directory-title" { (text(doc, title)) } };
            html! {
                section.directory aria-labelledby="directory-title" {
                    @match layout {
                        Layout::Screen => { details { summary { (heading) } (entries) } },
                        Layout::Open => { (heading) (entries) },
                    }
                }
            }
        }
        Block::Checklist { title, items } => html! {
            section.checklist aria-labelledby="check-title" {
                h2 id="check-title" { (text(doc, title)) }
                (list(doc, items))
            }
        },
        Block::Country(c) => country_html(doc, c, layout),
        Block::Answers { title, items } => html! {
            section.answers aria-labelledby="answers-title" {
                h2 id="answers-title" { (text(doc, title)) }
                (list(doc, items))
            }
        },
    }
}

/// Every block, in order.
pub fn blocks(doc: &ResultDocument, layout: Layout) -> String {
    blocks_html(doc, layout).into_string()
}

fn blocks_html(doc: &ResultDocument, layout: Layout) -> Markup {
    html! { @for b in &doc.blocks { (block_html(doc, b, layout)) } }
}

/// The summary: its heading, the date, and the whole document open.
pub fn summary(doc: &ResultDocument) -> String {
    summary_html(doc).into_string()
}

fn summary_html(doc: &ResultDocument) -> Markup {
    html! {
        h1 tabindex="-1" { (text(doc, &doc.summary_title)) }
        p.summary-date { (text(doc, &doc.made)) }
        @if let Some(c) = &doc.checked_until { p.checked-until { (text(doc, c)) } }
        (blocks_html(doc, Layout::Open))
    }
}

/// A page that opens in any browser, without the app and without loading
/// anything: `style` is the file's own stylesheet, `body` the summary.
///
/// `PreEscaped` here and in `summary::file` only: the doctype, and the
/// stylesheet, which is CSS made by this module (`FILE_CSS` and
/// `summary::made_css`), not HTML.
pub(super) fn page(doc: &ResultDocument, style: &str, body: Markup) -> String {
    html! {
        (PreEscaped("<!doctype html>"))
        html lang=(doc.first.code) dir=(doc.first.dir.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (Text(&crate::bidi::strip_isolation(&doc.summary_title.first))) }
                style { (PreEscaped(style)) }
            }
            body { article.summary { (body) } }
        }
    }
    .into_string()
}

/// The summary as a file that opens in any browser, without the app and
/// without loading anything.
pub fn file(doc: &ResultDocument) -> String {
    page(doc, FILE_CSS, summary_html(doc))
}

// The country card (its block is built in `document::country`).

/// The card as HTML: on the result screen closed, like every card, showing
/// its title and one line; open in the summary, print and the file.
pub fn country(doc: &ResultDocument, b: &CountryBlock, layout: Layout) -> String {
    country_html(doc, b, layout).into_string()
}

fn country_html(doc: &ResultDocument, b: &CountryBlock, layout: Layout) -> Markup {
    match layout {
        Layout::Screen => country_render(doc, b, true, true),
        Layout::Open => country_render(doc, b, false, false),
    }
}

/// `card_folded`: a `<details>` that opens on demand; `sources_folded`: each
/// source behind "where this comes from".
fn country_render(doc: &ResultDocument, b: &CountryBlock, card_folded: bool, sources_folded: bool) -> Markup {
    let source = |s: &FactSource| -> Markup {
        let what: Vec<Markup> = [
            s.publisher.as_ref().map(|p| text(doc, p)),
            s.title.as_ref().map(|t| html! { bdi.doc-title { (Text(t)) } }),
            s.date.as_ref().map(|d| text(doc, d)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let inner = html! {
            @if !what.is_empty() { p { (joined(&what, " · ")) } }
            p { (text(doc, &s.checked)) }
            // The address is printed as the link's text, so it can be typed elsewhere.
            @if let Some(u) = &s.url { p.source { (link(u, &Mark::Web(u.clone()))) } }
        };
        html! {
            @if sources_folded {
                details.country-source { summary { (text(doc, &b.source_label)) } (inner) }
            } @else {
                div.country-source { (inner) }
            }
        }
    };
    let sections = html! {
        @for s in &b.sections {
            section.country-section data-section=(s.id) {
                h3 { (text(doc, &s.title)) }
                ul.facts {
                    @for f in &s.facts {
                        li class=(if f.unknown { "fact unknown" } else { "fact" }) data-kind=(f.kind) {
                            @if let Some(l) = &f.label { p.fact-kind { strong { (text(doc, l)) } } }
                            p { (text(doc, &f.text)) }
                            @if let Some(w) = &f.summary { p.fact-summary { (text(doc, w)) } }
                            @if let Some(w) = &f.old { p.fact-old { (text(doc, w)) } }
                            @if let Some(s) = &f.source { (source(s)) }
                        }
                    }
                }
            }
        }
    };
    let code = b.code.as_str();
    // Closed, only the title: the result stays short on a phone.
    let head = html! { h2 { (text(doc, &b.title)) } };
    let body = html! {
        p { (text(doc, &b.intro)) }
        p.small { (text(doc, &b.checked)) }
        @if let Some(l) = &b.links { p.small { (text(doc, l)) } }
        (sections)
    };
    html! {
        section.country {
            @if card_folded {
                details.card.country-card data-country=(code) { summary { (head) } div.card-body { (body) } }
            } @else {
                article.card.country-card data-country=(code) { (head) (body) }
            }
        }
    }
}

/// The card alone, laid out as on the result screen (the "information
/// about a country" page, opened without answers).
pub fn country_page(block: &CountryBlock, langs: super::Languages) -> String {
    let lang = |tr: &crate::i18n::Translator| super::Lang { code: tr.locale.code, dir: tr.locale.dir };
    let none = Words { first: String::new(), second: None };
    let doc = ResultDocument {
        first: lang(langs.first),
        second: langs.second.map(lang),
        title: none.clone(),
        summary_title: none.clone(),
        made: none,
        checked_until: None,
        blocks: Vec::new(),
    };
    country_render(&doc, block, false, true).into_string()
}
