//! The result document as HTML, the one layout behind the result screen,
//! the summary, the printout and the downloaded file. Every text is escaped
//! here; links are made only from the document's own marks.
//!
//! On screen each card is a native `<details>`: its title and one line,
//! opening to show why it appears, what to do and whom to contact. Open
//! (the summary, print, the file) everything is shown.

use super::country::{CountryBlock, FactSource};
use super::{
    Block, Card, CardKind, ContactLine, Deadline, Lang, Mark, Marked, NextStep, NoteKind, ResultDocument, Section,
    Words,
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

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A text in the document's language(s). With two languages, each is
/// marked with its own `lang` and `dir`, side by side where there is room.
pub fn words(doc: &ResultDocument, w: &Words) -> String {
    bilingual(doc, w, escape)
}

fn bilingual(doc: &ResultDocument, w: &Words, render: impl Fn(&str) -> String) -> String {
    match (&w.second, doc.second) {
        (Some(second), Some(lang2)) => format!(
            "<span class=\"bi\">{}{}</span>",
            span("class=\"bi-a\"", doc.first, &render(&w.first)),
            span("class=\"bi-b\"", lang2, &render(second))
        ),
        _ => render(&w.first),
    }
}

/// A span in one language; `class` is the whole attribute, `class="…"`.
fn span(class: &str, lang: Lang, inner: &str) -> String {
    format!("<span {class} lang=\"{}\" dir=\"{}\">{inner}</span>", lang.code, lang.dir.as_str())
}

/// A text whose values become links (or code), each found in order.
fn marked(doc: &ResultDocument, m: &Marked) -> String {
    bilingual(doc, &m.words, |text| {
        let text = escape(text);
        let mut out = String::new();
        let mut rest = text.as_str();
        for (value, mark) in &m.marks {
            let value = escape(value);
            let Some(at) = rest.find(&value) else { continue };
            out.push_str(&rest[..at]);
            out.push_str(&link(&value, mark));
            rest = &rest[at + value.len()..];
        }
        out.push_str(rest);
        out
    })
}

/// A value as what it is: a phone number to call, a website that opens
/// outside the app without telling it where from, or code.
pub(super) fn link(value: &str, mark: &Mark) -> String {
    match mark {
        Mark::Tel(number) => format!("<a href=\"tel:{}\">{value}</a>", escape(number)),
        // Only https is a link: a plain-http visit could be read on the way
        // (a café's network). Its address is still written out to type.
        Mark::Web(href) if !href.starts_with("https://") => format!("<span dir=\"ltr\">{value}</span>"),
        Mark::Web(href) => format!(
            "<a href=\"{}\" target=\"_blank\" rel=\"noreferrer noopener\" dir=\"ltr\">{value}</a>",
            escape(href)
        ),
        Mark::Code => format!("<code dir=\"ltr\">{value}</code>"),
    }
}

fn deadlines(doc: &ResultDocument, list: &[Deadline]) -> String {
    list.iter()
        .map(|d| {
            let passed = d.passed.as_ref().map(|p| format!("<p class=\"deadline-passed\">{}</p>", words(doc, p)));
            let date = d.day.map(|day| format!(" data-date=\"{}\"", day.iso())).unwrap_or_default();
            format!(
                "<p class=\"deadline\"{date}><strong>{}</strong></p>{}",
                words(doc, &d.text),
                passed.unwrap_or_default()
            )
        })
        .collect()
}

fn list(doc: &ResultDocument, items: &[Words]) -> String {
    let lis: String = items.iter().map(|i| format!("<li>{}</li>", words(doc, i))).collect();
    format!("<ul>{lis}</ul>")
}

/// A section of a card; `class` is the whole attribute, `class="…"`.
fn section(doc: &ResultDocument, class: &str, s: &Section) -> String {
    let title = s.title.as_ref().map(|t| format!("<h4>{}</h4>", words(doc, t))).unwrap_or_default();
    let text = s.text.as_ref().map(|t| format!("<p>{}</p>", words(doc, t))).unwrap_or_default();
    let items = if s.items.is_empty() { String::new() } else { list(doc, &s.items) };
    format!("<div {class}>{title}{text}{items}</div>")
}

fn reach(doc: &ResultDocument, c: &ContactLine) -> String {
    c.reach
        .iter()
        .map(|m| {
            let class = match m.marks.first().map(|(_, mark)| mark) {
                Some(Mark::Tel(_)) => "phone",
                Some(_) => "web",
                None => "via",
            };
            format!("<span class=\"{class}\">{}</span>", marked(doc, m))
        })
        .collect()
}

fn card_body(doc: &ResultDocument, c: &Card) -> String {
    let mut out = String::new();
    if let Some(more) = &c.more {
        out.push_str(&format!("<p>{}</p>", words(doc, more)));
    }
    out.push_str(&deadlines(doc, &c.deadlines));
    if let Some(held_back) = &c.held_back {
        out.push_str(&section(doc, "class=\"held-back\"", held_back));
    }
    out.push_str(&section(doc, "class=\"because\"", &c.reasons));
    if let Some((title, points)) = &c.points {
        let lis: String = points
            .iter()
            .map(|p| {
                let sources: String = p
                    .sources
                    .iter()
                    .map(|s| format!(" <small class=\"fact-source\">{}</small>", marked(doc, s)))
                    .collect();
                format!("<li data-point=\"{}\">{}{sources}</li>", escape(p.id.as_str()), words(doc, &p.text))
            })
            .collect();
        out.push_str(&format!("<div class=\"points\"><h4>{}</h4><ul>{lis}</ul></div>", words(doc, title)));
    }
    for source in &c.sources {
        out.push_str(&format!("<p class=\"fact-source\">{}</p>", marked(doc, source)));
    }
    if let Some(confirm) = &c.confirm {
        out.push_str(&format!("<p class=\"confirm-fact\">{}</p>", words(doc, confirm)));
    }
    out.push_str(&section(doc, "class=\"next\"", &c.next));
    if let Some((title, lines)) = &c.contacts {
        let lis: String = lines
            .iter()
            .map(|l| {
                format!(
                    "<li data-referral=\"{}\"><strong>{}</strong>{}<small class=\"shares\">{}</small></li>",
                    escape(l.id.as_str()),
                    words(doc, &l.name),
                    reach(doc, l),
                    words(doc, &l.shares)
                )
            })
            .collect();
        out.push_str(&format!("<div class=\"contacts\"><h4>{}</h4><ul>{lis}</ul></div>", words(doc, title)));
    }
    if let Some(rule) = &c.rule {
        out.push_str(&format!(
            "<div class=\"rule\"><p>{}</p>{}</div>",
            marked(doc, &rule.rule),
            section(doc, "class=\"rule-answers\"", &rule.answers)
        ));
    }
    out
}

fn card(doc: &ResultDocument, c: &Card, layout: Layout) -> String {
    let class = match c.kind {
        CardKind::Urgent => "card urgent-card",
        CardKind::Route => "card route-card",
        CardKind::Other => "card other-card",
    };
    let id = escape(c.id.as_str());
    let head = format!("<h3>{}</h3><p class=\"card-line\">{}</p>", words(doc, &c.title), words(doc, &c.line));
    let body = card_body(doc, c);
    match layout {
        Layout::Screen => format!(
            "<details class=\"{class}\" data-route=\"{id}\"><summary>{head}</summary><div class=\"card-body\">{body}</div></details>"
        ),
        Layout::Open => format!("<article class=\"{class}\" data-route=\"{id}\">{head}{body}</article>"),
    }
}

fn step(doc: &ResultDocument, s: &NextStep) -> String {
    let class = if s.kind == CardKind::Urgent { "step urgent-step" } else { "step" };
    // The name and the number or address itself: a link needs no label.
    let contact = s.contact.as_ref().map(|c| {
        let mut links: Vec<String> =
            c.reach.iter().flat_map(|m| &m.marks).map(|(value, mark)| link(&escape(value), mark)).collect();
        if links.is_empty() {
            // Reached through VluchtelingenWerk: the sentence itself.
            links = c.reach.iter().map(|m| words(doc, &m.words)).collect();
        }
        format!(
            "<p class=\"step-contact\" data-referral=\"{}\">{} <span class=\"reach\" dir=\"ltr\">{}</span></p>",
            escape(c.id.as_str()),
            words(doc, &c.name),
            links.join(" · ")
        )
    });
    format!(
        "<li class=\"{class}\" data-step=\"{}\"><h3 class=\"step-title\">{}</h3>{}{}</li>",
        escape(s.card.as_str()),
        words(doc, &s.action),
        deadlines(doc, &s.deadlines),
        contact.unwrap_or_default()
    )
}

/// One block of the document.
pub fn block(doc: &ResultDocument, b: &Block, layout: Layout) -> String {
    match b {
        Block::NextSteps { title, steps } => {
            let items: String = steps.iter().map(|s| step(doc, s)).collect();
            format!(
                "<section class=\"next-steps\" aria-labelledby=\"next-title\"><h2 id=\"next-title\">{}</h2><ol>{items}</ol></section>",
                words(doc, title)
            )
        }
        Block::Note(kind, w) => {
            let open = match kind {
                NoteKind::Danger => "<p class=\"danger-line\">",
                NoteKind::Disclaimer => "<p class=\"advice\">",
                NoteKind::ConfirmFacts => "<p class=\"confirm-facts\">",
                NoteKind::Links => "<p class=\"links-note\">",
            };
            format!("{open}{}</p>", words(doc, w))
        }
        Block::Cards { kind, title, intro, cards } => {
            let name = match kind {
                CardKind::Urgent => "urgent",
                CardKind::Route => "routes",
                CardKind::Other => "other",
            };
            let intro =
                intro.as_ref().map(|i| format!("<p class=\"section-intro\">{}</p>", words(doc, i))).unwrap_or_default();
            let cards: String = cards.iter().map(|c| card(doc, c, layout)).collect();
            format!(
                "<section class=\"{name}\" aria-labelledby=\"{name}-title\"><h2 id=\"{name}-title\">{}</h2>{intro}{cards}</section>",
                words(doc, title)
            )
        }
        Block::Directory { title, contacts } => {
            let entries: String = contacts
                .iter()
                .map(|c| {
                    let source = c.source.as_ref().map(|s| format!("<p class=\"source\">{}</p>", marked(doc, s)));
                    format!(
                        "<div class=\"contact\" data-referral=\"{}\"><h3 class=\"contact-name\">{}</h3><p>{}</p><p class=\"reach\">{}</p><p class=\"shares\">{}</p>{}<p class=\"checked\">{}</p></div>",
                        escape(c.line.id.as_str()),
                        words(doc, &c.line.name),
                        words(doc, &c.offer),
                        reach(doc, &c.line),
                        words(doc, &c.line.shares),
                        source.unwrap_or_default(),
                        words(doc, &c.checked)
                    )
                })
                .collect();
            let heading = format!("<h2 id=\"directory-title\">{}</h2>", words(doc, title));
            match layout {
                Layout::Screen => format!(
                    "<section class=\"directory\" aria-labelledby=\"directory-title\"><details><summary>{heading}</summary>{entries}</details></section>"
                ),
                Layout::Open => {
                    format!("<section class=\"directory\" aria-labelledby=\"directory-title\">{heading}{entries}</section>")
                }
            }
        }
        Block::Checklist { title, items } => format!(
            "<section class=\"checklist\" aria-labelledby=\"check-title\"><h2 id=\"check-title\">{}</h2>{}</section>",
            words(doc, title),
            list(doc, items)
        ),
        Block::Country(c) => country(doc, c, layout),
        Block::Answers { title, items } => format!(
            "<section class=\"answers\" aria-labelledby=\"answers-title\"><h2 id=\"answers-title\">{}</h2>{}</section>",
            words(doc, title),
            list(doc, items)
        ),
    }
}

/// Every block, in order.
pub fn blocks(doc: &ResultDocument, layout: Layout) -> String {
    doc.blocks.iter().map(|b| block(doc, b, layout)).collect()
}

/// The summary: its heading, the date, and the whole document open.
pub fn summary(doc: &ResultDocument) -> String {
    format!(
        "<h1 tabindex=\"-1\">{}</h1><p class=\"summary-date\">{}</p>{}{}",
        words(doc, &doc.summary_title),
        words(doc, &doc.made),
        doc.checked_until
            .as_ref()
            .map(|c| format!("<p class=\"checked-until\">{}</p>", words(doc, c)))
            .unwrap_or_default(),
        blocks(doc, Layout::Open)
    )
}

/// The summary as a file that opens in any browser, without the app and
/// without loading anything.
pub fn file(doc: &ResultDocument) -> String {
    format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{FILE_CSS}</style></head><body><article class=\"summary\">{}</article></body></html>",
        doc.first.code,
        doc.first.dir.as_str(),
        escape(&crate::bidi::strip_isolation(&doc.summary_title.first)),
        summary(doc)
    )
}

// The country card (its block is built in `document::country`).

/// The card as HTML: on the result screen closed, like every card, showing
/// its title and one line; open in the summary, print and the file.
pub fn country(doc: &ResultDocument, b: &CountryBlock, layout: Layout) -> String {
    match layout {
        Layout::Screen => country_render(doc, b, true, true),
        Layout::Open => country_render(doc, b, false, false),
    }
}

/// `card_folded`: a `<details>` that opens on demand; `sources_folded`: each
/// source behind "where this comes from".
fn country_render(doc: &ResultDocument, b: &CountryBlock, card_folded: bool, sources_folded: bool) -> String {
    let source = |s: &FactSource| -> String {
        let what: Vec<String> = [
            s.publisher.as_ref().map(|p| words(doc, p)),
            s.title.as_ref().map(|t| format!("<bdi class=\"doc-title\">{}</bdi>", escape(t))),
            s.date.as_ref().map(|d| words(doc, d)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let what = if what.is_empty() { String::new() } else { format!("<p>{}</p>", what.join(" · ")) };
        let checked = format!("<p>{}</p>", words(doc, &s.checked));
        // The address is printed as the link's text, so it can be typed elsewhere.
        let link = s
            .url
            .as_ref()
            .map(|u| format!("<p class=\"source\">{}</p>", link(&escape(u), &Mark::Web(u.clone()))))
            .unwrap_or_default();
        if sources_folded {
            format!(
                "<details class=\"country-source\"><summary>{}</summary>{what}{checked}{link}</details>",
                words(doc, &b.source_label)
            )
        } else {
            format!("<div class=\"country-source\">{what}{checked}{link}</div>")
        }
    };
    let sections: String = b
        .sections
        .iter()
        .map(|s| {
            let facts: String = s
                .facts
                .iter()
                .map(|f| {
                    let label = f.label.as_ref().map(|l| format!("<p class=\"fact-kind\"><strong>{}</strong></p>", words(doc, l)));
                    // `fact-summary`, `fact-old`: the class is built here, so
                    // no literal in the code looks like a message id.
                    let para = |class: &str, w: &Option<Words>| {
                        w.as_ref().map(|w| format!("<p class=\"fact-{class}\">{}</p>", words(doc, w))).unwrap_or_default()
                    };
                    format!(
                        "<li class=\"fact{}\" data-kind=\"{}\">{}<p>{}</p>{}{}{}</li>",
                        if f.unknown { " unknown" } else { "" },
                        escape(&f.kind),
                        label.unwrap_or_default(),
                        words(doc, &f.text),
                        para("summary", &f.summary),
                        para("old", &f.old),
                        f.source.as_ref().map(source).unwrap_or_default()
                    )
                })
                .collect();
            format!(
                "<section class=\"country-section\" data-section=\"{}\"><h3>{}</h3><ul class=\"facts\">{facts}</ul></section>",
                escape(s.id),
                words(doc, &s.title)
            )
        })
        .collect();
    let code = escape(b.code.as_str());
    // Closed, only the title: the result stays short on a phone.
    let head = format!("<h2>{}</h2>", words(doc, &b.title));
    let links = b.links.as_ref().map(|l| format!("<p class=\"small\">{}</p>", words(doc, l))).unwrap_or_default();
    let body =
        format!("<p>{}</p><p class=\"small\">{}</p>{links}{sections}", words(doc, &b.intro), words(doc, &b.checked));
    if card_folded {
        format!(
            "<section class=\"country\"><details class=\"card country-card\" data-country=\"{code}\"><summary>{head}</summary><div class=\"card-body\">{body}</div></details></section>"
        )
    } else {
        format!("<section class=\"country\"><article class=\"card country-card\" data-country=\"{code}\">{head}{body}</article></section>")
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
    country_render(&doc, block, false, true)
}
