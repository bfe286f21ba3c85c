//! The whole questionnaire as a readable document, for counsellors and
//! lawyers who review the content.
//!
//!     cargo run --bin review -- --lang nl > review-nl.md

use wegwijzer::engine::{Expr, Kind};
use wegwijzer::i18n::{ids, Translator};
use wegwijzer::report::strip_isolation;
use wegwijzer::{content, i18n};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut lang = "nl".to_string();
    while let Some(a) = args.next() {
        if a == "--lang" {
            lang = args.next().unwrap_or_default();
        } else {
            eprintln!("usage: review [--lang CODE]");
            std::process::exit(2);
        }
    }
    let Some(locale) = i18n::find(&lang) else {
        eprintln!("review: unknown language '{lang}'");
        std::process::exit(2);
    };
    let tr = Translator::new(locale);
    print!("{}", strip_isolation(&document(&tr)));
    print!("{}", country_cards(&tr));
}

/// Every country card with its sources and dates, as a person with no
/// protection signal would see it (the fullest card), for the reviewers.
fn country_cards(tr: &Translator) -> String {
    use wegwijzer::engine::country_card::{country_card, Protection};
    let q = content::questionnaire();
    let facts = content::country::country_facts();
    let mut out = String::from("\n## Country cards\n\n");
    out.push_str("Generated from content/countries.toml. For a person with fear or another protection signal, ");
    out.push_str("or without answers, the return and practical sections are left out.\n\n");
    for c in &q.countries {
        let card = country_card(facts, &c.code, Protection::NotSignalled);
        out.push_str(&wegwijzer::country_text::card_text(q, tr, &card));
    }
    out
}

fn cond(e: &Option<Expr>) -> String {
    e.as_ref().map_or("always asked".into(), |e| format!("asked when: {}", show(e)))
}

fn show(e: &Expr) -> String {
    e.to_string()
}

fn document(tr: &Translator) -> String {
    let q = content::questionnaire();
    let mut out = format!("# Wegwijzer — content for review ({})\n\n", tr.locale.native);
    out.push_str("Generated from content/questionnaire.toml and locales/. Conditions are shown as written in the content file.\n\n");
    out.push_str(&format!("Safety rule: return routes are suggested only when `{}`; otherwise they are listed under \"{}\" and these come first: {}.\n\n",
        show(&q.settings.no_fear), tr.t("result-other-title"),
        q.settings.fear_first.iter().map(|r| tr.t(&ids::route(r))).collect::<Vec<_>>().join(", ")));
    out.push_str("## Questions\n\n");
    for (n, question) in q.questions.iter().enumerate() {
        let m = ids::question(&question.id);
        out.push_str(&format!("### {}. {} (`{}`)\n", n + 1, tr.t(&m), question.id));
        out.push_str(&format!(
            "- {}\n- why: {}\n- kind: {:?}{}\n",
            cond(&question.when),
            tr.t(&format!("{m}.why")),
            question.kind,
            if question.sensitive { ", sensitive" } else { "" }
        ));
        if question.kind == Kind::Country {
            out.push_str(&format!("- a searchable list of {} countries, plus:\n", q.countries.len()));
        }
        for o in question.choices(&q.settings) {
            out.push_str(&format!("  - `{o}`: {}\n", tr.t(&ids::option(&question.id, &o))));
        }
        out.push('\n');
    }
    for (title, rules, urgent) in
        [("Urgent notes (always first)", &q.urgent, true), ("Routes (in priority order)", &q.routes, false)]
    {
        out.push_str(&format!("## {title}\n\n"));
        for r in rules.iter() {
            let m = if urgent { ids::urgent(&r.id) } else { ids::route(&r.id) };
            out.push_str(&format!(
                "### {} (`{}`){}\n",
                tr.t(&m),
                r.id,
                if r.is_return { " — return route" } else { "" }
            ));
            out.push_str(&format!(
                "- shown when: {}\n- {}\n- {}: {}\n",
                show(&r.when),
                tr.t(&format!("{m}.what")),
                tr.t("what-next"),
                tr.t(&format!("{m}.next"))
            ));
            if let Some(d) = &r.deadline {
                out.push_str(&format!("- deadline: {} days after the answer to `{}`\n", d.days, d.from));
            }
            for p in &r.points {
                out.push_str(&format!("- point `{}` when {}: {}\n", p.id, show(&p.when), tr.t(&ids::point(&p.id))));
            }
            for f in &r.referrals {
                out.push_str(&format!("- contact: {}\n", tr.t(&ids::referral(f))));
            }
            out.push('\n');
        }
    }
    out.push_str("## Referral directory\n\n");
    for r in &q.referrals {
        let m = ids::referral(&r.id);
        out.push_str(&format!(
            "### {} (`{}`)\n- {}\n- {}\n",
            tr.t(&m),
            r.id,
            tr.t(&format!("{m}.offer")),
            tr.t(&format!("{m}.how"))
        ));
        if let Some(p) = &r.phone {
            out.push_str(&format!("- phone: {p}\n"));
        }
        if let Some(w) = &r.web {
            out.push_str(&format!("- web: {w}\n"));
        }
        out.push_str(&format!("- source: {}\n- last checked: {}\n\n", r.source, r.checked));
    }
    out.push_str("## Countries\n\n| code | native | Dutch | English | tags |\n|---|---|---|---|---|\n");
    for c in &q.countries {
        out.push_str(&format!("| {} | {} | {} | {} | {} |\n", c.code, c.native, c.nl, c.en, c.tags.join(", ")));
    }
    out
}
