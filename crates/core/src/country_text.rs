//! Country cards as text: each line's message with its variables filled in,
//! for the screen, the review document and the tests. How a date is written
//! is passed in (the browser writes it the reader's way; tools use ISO).

use crate::engine::country_card::{self, Arg, CountryCard, Line, Provenance};
use crate::engine::{Country, Day, Questionnaire};
use crate::i18n::msg;
use crate::i18n::Translator;
use fluent_bundle::FluentValue;

/// A line in the translator's language.
pub fn line_text(tr: &Translator, line: &Line, date: &dyn Fn(&str) -> String) -> String {
    let args: Vec<(&str, FluentValue)> = line
        .args
        .iter()
        .map(|(k, a)| {
            let v = match a {
                Arg::Text(s) => s.clone(),
                Arg::Date(d) => date(d),
                Arg::Message(m) => tr.t(m),
            };
            (*k, FluentValue::from(v))
        })
        .collect();
    tr.t_args(&line.message, &args)
}

/// "Checked on …" and, for a fact found, whether the source was the
/// publisher's own; then "ask VluchtelingenWerk to confirm this" unless the
/// fact is confirmed on `today` (primary or signed off, and checked within
/// the re-check period), as for the questionnaire's facts.
pub fn checked_text(
    tr: &Translator,
    p: &Provenance,
    unknown: bool,
    today: Day,
    date: &dyn Fn(&str) -> String,
) -> String {
    let checked = tr.t_args(country_card::CHECKED_ON, &[("date", date(&p.checked).into())]);
    if unknown {
        return checked;
    }
    let kind = if p.primary { country_card::PRIMARY } else { country_card::SECONDARY };
    let mut out = format!("{checked} {}", tr.t(kind));
    if !p.confirmed(today) {
        out.push(' ');
        out.push_str(&tr.t(country_card::CONFIRM));
    }
    out
}

/// The country's name as the questionnaire lists it: Dutch, English, or
/// its own name with the English one (once, where the two are the same).
pub fn country_name(tr: &Translator, c: &Country) -> String {
    match tr.locale.code {
        "nl" => c.nl.clone(),
        "en" => c.en.clone(),
        _ if c.native == c.en => c.en.clone(),
        _ => format!("{} ({})", c.native, c.en),
    }
}

/// The whole card as Markdown, with every source (for `review` and the tests).
pub fn card_text(q: &Questionnaire, tr: &Translator, card: &CountryCard) -> String {
    let iso = |d: &str| d.to_string();
    let name = q.country(&card.code).map(|c| country_name(tr, c)).unwrap_or_else(|| card.code.to_string());
    let mut out =
        format!("### {} (`{}`)\n\n", tr.t_args(msg::COUNTRY_CARD_TITLE, &[("country", name.into())]), card.code);
    for s in &card.sections {
        out.push_str(&format!("**{}**\n\n", tr.t(s.id.message())));
        for line in &s.lines {
            let label = line.kind.map(|k| format!("{}: ", tr.t(k.message()))).unwrap_or_default();
            out.push_str(&format!("- {label}{}\n", line_text(tr, line, &iso)));
            if let Some(m) = &line.summary {
                out.push_str(&format!("  - {}\n", tr.t(m)));
            }
            if let Some(p) = &line.provenance {
                let what: Vec<String> = [
                    p.publisher.map(|x| tr.t(x.message())),
                    p.title.clone(),
                    Some(p.date.clone().unwrap_or_else(|| "no date".into())),
                ]
                .into_iter()
                .flatten()
                .collect();
                out.push_str(&format!(
                    "  - {} `{}` · {} · checked {} · {}\n",
                    if line.unknown { "searched" } else { "source" },
                    p.id,
                    if line.unknown { String::new() } else { what.join(" · ") },
                    p.checked,
                    if p.primary { "primary" } else { "secondary" }
                ));
                if let Some(u) = &p.url {
                    out.push_str(&format!("  - <{u}>\n"));
                }
                // For reviewers only: never on a person's screen.
                if !p.note.is_empty() {
                    out.push_str(&format!("  - note: {}\n", p.note));
                }
            }
        }
        out.push('\n');
    }
    crate::bidi::strip_isolation(&out)
}
