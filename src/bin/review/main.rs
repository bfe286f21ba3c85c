//! The whole questionnaire as a readable document, for counsellors and
//! lawyers who review the content: the decision table (which answers lead to
//! which notes, routes and order), the protection signals, the facts with
//! their sources, and every text.
//!
//!     cargo run --bin review -- --lang nl > review-nl.md
//!
//! And the review cycle (README "Review and upkeep"):
//!
//!     cargo run --bin review -- --status
//!     cargo run --bin review -- --pack ti [--out DIR]
//!     cargo run --bin review -- --pack facts [--out DIR]
//!     cargo run --bin review -- --import review-ti-part1.json
//!
//! `--root DIR` reads and writes another copy of the repository.

mod cycle;

use std::collections::BTreeMap;
use wegwijzer::bidi::strip_isolation;
use wegwijzer::engine::expr::Test;
use wegwijzer::engine::model::Source;
use wegwijzer::engine::{Expr, Kind, Questionnaire};
use wegwijzer::i18n::msg;
use wegwijzer::i18n::{ids, Translator};
use wegwijzer::{content, i18n};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut lang = "nl".to_string();
    let (mut root, mut out) = (std::path::PathBuf::from("."), std::path::PathBuf::from("."));
    let mut action: Option<(String, String)> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => lang = args.next().unwrap_or_default(),
            "--root" => root = args.next().unwrap_or_default().into(),
            "--out" => out = args.next().unwrap_or_default().into(),
            "--status" | "--readme-table" => action = Some((a, String::new())),
            "--pack" | "--import" => action = Some((a, args.next().unwrap_or_default())),
            _ => {
                eprintln!("usage: review [--lang CODE] | --status | --pack CODE|facts [--out DIR] | --import FILE [--root DIR]");
                std::process::exit(2);
            }
        }
    }
    let repo = cycle::Repo { root };
    match action.as_ref().map(|(a, v)| (a.as_str(), v.as_str())) {
        Some(("--status", _)) => return cycle::status(&repo),
        Some(("--readme-table", _)) => return print!("{}", cycle::language_table(&repo)),
        Some(("--pack", "facts")) => return report(cycle::facts_pack(&repo, &out)),
        Some(("--pack", code)) => return report(cycle::language_pack(&repo, code, &out)),
        Some(("--import", file)) => match cycle::import(&repo, std::path::Path::new(file)) {
            Ok(summary) => return println!("{summary}"),
            Err(why) => cycle::fail(&why),
        },
        _ => {}
    }
    let Some(locale) = i18n::find(&lang) else {
        eprintln!("review: unknown language '{lang}'");
        std::process::exit(2);
    };
    let tr = Translator::new(locale);
    print!("{}", strip_isolation(&document(&tr)));
    print!("{}", country_cards(&tr));
}

fn report(paths: Vec<std::path::PathBuf>) {
    for p in paths {
        println!("{}", p.display());
    }
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

/// The route-order table for counsellors: the first row that fits the
/// person gives the order of their return routes.
fn order_table(tr: &Translator, q: &Questionnaire) -> String {
    let mut out = String::from(
        "\n### Order of the return routes\n\nFind the first row that fits the person: it gives the order of their return routes, first to last. The conversation, the flight-story analysis and the legal check come before them; while a protection signal holds, all return routes are held back (in this order) under \"other options\".\n\n",
    );
    out.push_str("| # | situation | when | order of the return routes |\n|---|---|---|---|\n");
    for (n, o) in q.order.iter().enumerate() {
        let routes: Vec<String> = o.routes.iter().map(|r| format!("{} (`{r}`)", cell(&tr.t(ids::route(r))))).collect();
        out.push_str(&format!(
            "| {} | {} | `{}` | {} |\n",
            n + 1,
            cell(&o.situation),
            cell(&o.when.to_string()),
            routes.join(" → ")
        ));
    }
    out
}

fn cond(e: &Option<Expr>) -> String {
    e.as_ref().map_or("always asked".into(), |e| format!("asked when: `{e}`"))
}

/// Table cells cannot hold a bare `|`.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// For every answer, the places whose condition it counts towards.
fn answer_index(q: &Questionnaire) -> BTreeMap<(String, String), Vec<String>> {
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (place, e) in q.conditions() {
        e.visit(&mut |atom| {
            let Some(question) = q.question(&atom.question) else { return };
            let all = question.choices(&q.settings);
            let opts: Vec<String> = match &atom.test {
                Test::AnyOf(os) => os.iter().map(|o| o.to_string()).collect(),
                Test::NotEq(o) => all.iter().filter(|x| *x != o).map(|o| o.to_string()).collect(),
                Test::Answered => vec!["(any answer)".into()],
                Test::Tagged(t) => vec![format!("(a country tagged {t})")],
                Test::Before(f) => vec![format!("(a date before '{f}')")],
                Test::Since(f) => vec![format!("(a date on or after '{f}')")],
            };
            for o in opts {
                let list = out.entry((atom.question.to_string(), o)).or_default();
                if !list.contains(&place) {
                    list.push(place.clone());
                }
            }
        });
    }
    out
}

fn document(tr: &Translator) -> String {
    let q = content::questionnaire();
    let mut out = format!("# Wegwijzer — content for review ({})\n\n", tr.locale.native);
    out.push_str("Generated from content/questionnaire.toml and locales/. Conditions are shown as written in the content file.\n\n");

    out.push_str("## The safety rule: protection signals\n\n");
    out.push_str(&format!(
        "While any signal below holds, no return route is suggested: it is listed under \"{}\" with the signal's reason, and these routes come first: {}.\n\n",
        tr.t(msg::RESULT_OTHER_TITLE),
        q.settings.protect_first.iter().map(|r| tr.t(ids::route(r))).collect::<Vec<_>>().join(", ")
    ));
    out.push_str("A signal holds for every answer except its safe answers (and when a question it reads was asked but not answered); the build checks this.\n\n");
    out.push_str("| signal | holds when | safe answers (the only ones that do not make it hold) | the person reads |\n|---|---|---|---|\n");
    for s in &q.signals {
        let safe: Vec<String> = s
            .safe
            .iter()
            .map(|(question, options)| {
                let list: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
                format!(
                    "`{question}`: {}",
                    if list.is_empty() { "no safe answer: every answer makes it hold".into() } else { list.join(", ") }
                )
            })
            .collect();
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} |\n",
            s.id,
            cell(&s.when.to_string()),
            cell(&safe.join("; ")),
            cell(&tr.t(ids::signal(&s.id)))
        ));
    }

    out.push_str("\n## Decision table\n\nUrgent notes come first, in this order; then routes, in this order; the return routes in the order of the route-order table below.\n\n");
    out.push_str("| # | note or route | shown when | return route | points (when) | deadlines | facts |\n|---|---|---|---|---|---|---|\n");
    for (n, (kind, r)) in
        q.urgent.iter().map(|r| ("urgent", r)).chain(q.routes.iter().map(|r| ("route", r))).enumerate()
    {
        let title = if kind == "urgent" { tr.t(ids::urgent(&r.id)) } else { tr.t(ids::route(&r.id)) };
        let points: Vec<String> = r.points.iter().map(|p| format!("`{}` when `{}`", p.id, p.when)).collect();
        let deadlines: Vec<String> = r
            .deadlines
            .iter()
            .map(|d| {
                let days = q.fact(&d.fact).and_then(|f| f.days).unwrap_or(0);
                let when = d.when.as_ref().map(|w| format!(" when `{w}`")).unwrap_or_default();
                format!("`{}`: {days} days after `{}`{when}", d.id, d.from)
            })
            .collect();
        out.push_str(&format!(
            "| {} | {kind}: {} (`{}`) | `{}` | {} | {} | {} | {} |\n",
            n + 1,
            cell(&title),
            r.id,
            cell(&r.when.to_string()),
            if r.is_return { "yes" } else { "" },
            cell(&points.join("; ")),
            cell(&deadlines.join("; ")),
            r.facts.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    out.push_str(&order_table(tr, q));
    out.push_str("\n### Which answers lead where\n\nEach answer counts towards these conditions (with `and`, other answers are needed too).\n\n");
    for ((question, option), places) in answer_index(q) {
        out.push_str(&format!("- `{question}` = `{option}` → {}\n", places.join("; ")));
    }

    out.push_str("\n## Questions\n\n");
    for (n, question) in q.questions.iter().enumerate() {
        let m = ids::question(&question.id);
        out.push_str(&format!("### {}. {} (`{}`)\n", n + 1, tr.t(&m), question.id));
        out.push_str(&format!(
            "- {}\n- why: {}\n- kind: {:?}{}\n",
            cond(&question.when),
            tr.t(m.attr("why")),
            question.kind,
            if question.sensitive { ", sensitive" } else { "" }
        ));
        if let Some(n) = &question.notice {
            out.push_str(&format!("- shown above it when `{}`: {}\n", n.when, tr.t(ids::notice(&n.id))));
        }
        if question.kind == Kind::Country {
            out.push_str(&format!("- a searchable list of {} countries, plus:\n", q.countries.len()));
        }
        for o in question.choices(&q.settings) {
            out.push_str(&format!("  - `{o}`: {}\n", tr.t(ids::option(&question.id, &o))));
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
                "- shown when: `{}`\n- {}\n- {}: {}\n",
                r.when,
                tr.t(m.attr("what")),
                tr.t(msg::WHAT_NEXT),
                tr.t(m.attr("next"))
            ));
            for d in &r.deadlines {
                let dm = ids::deadline(&d.id);
                let when = d.when.as_ref().map(|w| format!(" when `{w}`")).unwrap_or_default();
                out.push_str(&format!(
                    "- deadline `{}` ({} days, fact `{}`){when}: {}\n",
                    d.id,
                    q.fact(&d.fact).and_then(|f| f.days).unwrap_or_default(),
                    d.fact,
                    tr.t_args(&dm, &[("date", "YYYY-MM-DD".into())]),
                ));
                for a in ids::DEADLINE_ATTRIBUTES {
                    let args = [("from", "YYYY-MM-DD".into()), ("to", "YYYY-MM-DD".into())];
                    out.push_str(&format!("  - {a}: {}\n", tr.t_args(dm.attr(a), &args)));
                }
            }
            for p in &r.points {
                out.push_str(&format!("- point `{}` when `{}`: {}\n", p.id, p.when, tr.t(ids::point(&p.id))));
            }
            for f in &r.referrals {
                out.push_str(&format!("- contact: {}\n", tr.t(ids::referral(f))));
            }
            out.push('\n');
        }
    }
    out.push_str(&sources_section(q));
    out.push_str("\n## Referral directory\n\n");
    for r in &q.referrals {
        let m = ids::referral(&r.id);
        out.push_str(&format!(
            "### {} (`{}`)\n- {}\n- {}\n- shares: {}\n",
            tr.t(&m),
            r.id,
            tr.t(m.attr("offer")),
            tr.t(m.attr("how")),
            tr.t(ids::referral_shares(&r.id))
        ));
        if let Some(p) = &r.phone {
            out.push_str(&format!("- phone: {p}\n"));
        }
        if let Some(w) = &r.web {
            out.push_str(&format!("- web: {w}\n"));
        }
        if r.through_vwn {
            out.push_str("- through VluchtelingenWerk\n");
        }
        out.push_str(&source_fields(&r.source()));
        out.push('\n');
    }
    out.push_str("## Countries\n\n| code | native | Dutch | English | tags |\n|---|---|---|---|---|\n");
    for c in &q.countries {
        out.push_str(&format!("| {} | {} | {} | {} | {} |\n", c.code, c.native, c.nl, c.en, c.tags.join(", ")));
    }
    out
}

/// A source's fields as a list, for reviewers: the note included.
fn source_fields(s: &Source) -> String {
    let mut out = format!("- url: <{}>\n- publisher: {}\n- title: {}\n", s.url, s.publisher, s.title);
    if let Some(p) = s.published {
        out.push_str(&format!("- published: {p}\n"));
    }
    out.push_str(&format!("- checked: {}\n- primary: {}\n", s.checked, if s.primary { "yes" } else { "no" }));
    if let Some(n) = s.note {
        out.push_str(&format!("- note: {n}\n"));
    }
    out
}

/// The facts and tags grouped by the page they rest on, so that a reviewer
/// can open each page once and compare every entry that cites it; then the
/// count of primary entries and the entries due for a new check.
fn sources_section(q: &Questionnaire) -> String {
    let mut out = String::from("## Facts and their sources, by page\n\n");
    out.push_str("primary = the publisher's own page was read and supports the entry; otherwise the note says why, ");
    out.push_str("and the app asks the person to confirm it with VluchtelingenWerk. Notes are for reviewers only.\n\n");
    let mut by_url: BTreeMap<&str, Vec<(&str, String, Source)>> = BTreeMap::new();
    for (kind, id, s) in content::sources(q) {
        by_url.entry(s.url).or_default().push((kind, id, s));
    }
    for (url, entries) in &by_url {
        let first = &entries[0].2;
        out.push_str(&format!("### {} — {}\n<{url}>", first.publisher, first.title));
        if let Some(p) = first.published {
            out.push_str(&format!(" (published {p})"));
        }
        out.push_str("\n\n");
        for (kind, id, s) in entries {
            let says = match *kind {
                "fact" => q.facts.iter().find(|f| f.id.as_str() == id).map(|f| {
                    let value = f.days.map(|d| format!(" [{d} days]")).or(f.date.as_ref().map(|d| format!(" [{d}]")));
                    format!("{}{}", f.says, value.unwrap_or_default())
                }),
                "tag" => q.tags.iter().find(|t| &t.id == id).map(|t| t.means.clone()),
                _ => None,
            };
            out.push_str(&format!(
                "- {kind} `{id}` (checked {}, primary: {}){}\n",
                s.checked,
                if s.primary { "yes" } else { "no" },
                says.map(|s| format!(": {}", cell(&s))).unwrap_or_default()
            ));
            if let Some(n) = s.note {
                out.push_str(&format!("  - note: {}\n", cell(n)));
            }
        }
        out.push('\n');
    }
    let (primary, total) = primary_count(q);
    out.push_str(&format!(
        "**{primary} of {total}** facts and referrals are primary with the publisher's URL ({}%).\n\n",
        primary * 100 / total.max(1)
    ));
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let today = wegwijzer::engine::Day((since_epoch.as_secs() / 86_400) as i32);
    out.push_str(&format!(
        "### Due for a new check\n\nChecked more than {} days before {}:\n\n",
        content::RECHECK_AFTER_DAYS,
        today.iso()
    ));
    let due = content::due_for_check(q, today);
    if due.is_empty() {
        out.push_str("- none\n");
    }
    for (kind, id, s) in due {
        out.push_str(&format!("- {kind} `{id}`: checked {} — <{}>\n", s.checked, s.url));
    }
    out
}

/// Facts and referrals that are primary with an https URL, of all of them.
fn primary_count(q: &Questionnaire) -> (usize, usize) {
    let all: Vec<Source> = q.facts.iter().map(|f| f.source()).chain(q.referrals.iter().map(|r| r.source())).collect();
    (all.iter().filter(|s| s.primary && s.url.starts_with("https://")).count(), all.len())
}
