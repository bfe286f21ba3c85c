//! Structural checks of the content: what a person editing the TOML file can
//! get wrong without a compiler noticing. Reachability and "every rule can
//! fire" need many sessions and live in `tests/content.rs`.

use crate::expr::Test;
use crate::{Day, Kind, OptionId, Questionnaire};
use std::collections::BTreeSet;

/// Every problem found, as a sentence naming the place; empty when sound.
pub fn problems(q: &Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for question in &q.questions {
        if !seen.insert(question.id.clone()) {
            out.push(format!("question '{}' is defined twice", question.id));
        }
        let choices = question.choices(&q.settings);
        match question.kind {
            Kind::Date if question.buckets.is_empty() => {
                out.push(format!("date question '{}' has no buckets", question.id))
            }
            Kind::Date if question.buckets.last().is_some_and(|b| b.max_days.is_some()) => {
                out.push(format!("the last bucket of '{}' must have no max_days", question.id))
            }
            Kind::Single | Kind::Multi if choices.len() < 2 => {
                out.push(format!("question '{}' needs at least two options", question.id))
            }
            Kind::YesNo if !question.options.is_empty() => {
                out.push(format!("yes/no question '{}' must not list options", question.id))
            }
            _ => {}
        }
        for o in &question.exclusive {
            if !choices.contains(o) {
                out.push(format!("exclusive option '{o}' is not an option of '{}'", question.id));
            }
        }
        let unique: BTreeSet<_> = choices.iter().collect();
        if unique.len() != choices.len() {
            out.push(format!("question '{}' lists an option twice", question.id));
        }
        if let Some(when) = &question.when {
            check_expr(q, when, q.position(&question.id), &format!("question '{}'", question.id), &mut out);
        }
        if let Some(n) = &question.notice {
            check_expr(q, &n.when, q.position(&question.id), &format!("notice of '{}'", question.id), &mut out);
        }
        if let Some(f) = &question.earliest {
            if question.kind != Kind::Date {
                out.push(format!("question '{}' has an earliest date but is not a date question", question.id));
            } else if q.fact(f).and_then(|f| f.date.as_deref()).and_then(Day::parse_iso).is_none() {
                out.push(format!("question '{}': earliest fact '{f}' has no valid date", question.id));
            }
        }
    }

    let mut rule_ids = BTreeSet::new();
    for rule in q.rules() {
        let place = format!("rule '{}'", rule.id);
        if !rule_ids.insert(rule.id.clone()) {
            out.push(format!("{place} is defined twice"));
        }
        check_expr(q, &rule.when, None, &place, &mut out);
        check_facts(q, &rule.facts, &place, &mut out);
        for p in &rule.points {
            if !rule_ids.insert(p.id.clone()) {
                out.push(format!("point '{}' of {place} reuses an id", p.id));
            }
            check_expr(q, &p.when, None, &format!("point '{}'", p.id), &mut out);
            check_facts(q, &p.facts, &format!("point '{}'", p.id), &mut out);
        }
        for r in &rule.referrals {
            if q.referral(r).is_none() {
                out.push(format!("{place} names unknown referral '{r}'"));
            }
        }
        for d in &rule.deadlines {
            if q.question(&d.from).is_none_or(|x| x.kind != Kind::Date) {
                out.push(format!("{place} counts its deadline from '{}', which is not a date question", d.from));
            }
            if q.fact(&d.fact).is_none_or(|f| f.days.is_none()) {
                out.push(format!("{place}: deadline '{}' needs a fact with days, not '{}'", d.id, d.fact));
            }
            if let Some(w) = &d.when {
                check_expr(q, w, None, &place, &mut out);
            }
        }
    }
    for r in q.urgent.iter().filter(|r| r.is_return) {
        out.push(format!("urgent note '{}' cannot be a return route", r.id));
    }
    for id in q.settings.protect_first.iter().chain([&q.settings.fallback_route]) {
        match q.routes.iter().find(|r| &r.id == id) {
            None => out.push(format!("settings name unknown route '{id}'")),
            Some(r) if r.is_return => out.push(format!("settings: '{id}' is a return route")),
            Some(_) => {}
        }
    }
    if q.signals.is_empty() {
        out.push("no protection signal is declared: fear must be one".into());
    }
    let mut signal_ids = BTreeSet::new();
    for sig in &q.signals {
        if !signal_ids.insert(sig.id.clone()) {
            out.push(format!("signal '{}' is defined twice", sig.id));
        }
        check_expr(q, &sig.when, None, &format!("signal '{}'", sig.id), &mut out);
    }
    for sig in &q.signals {
        signal_scope(q, sig, &mut out);
    }
    order_table(q, &mut out);
    let mut tag_ids = BTreeSet::new();
    for t in &q.tags {
        if !tag_ids.insert(t.id.clone()) {
            out.push(format!("tag '{}' is declared twice", t.id));
        }
        sourced(&format!("tag '{}'", t.id), &t.source(), &mut out);
    }
    let mut fact_ids = BTreeSet::new();
    for f in &q.facts {
        if !fact_ids.insert(f.id.clone()) {
            out.push(format!("fact '{}' is declared twice", f.id));
        }
        sourced(&format!("fact '{}'", f.id), &f.source(), &mut out);
        if f.date.as_deref().is_some_and(|d| Day::parse_iso(d).is_none()) {
            out.push(format!("fact '{}' has a date that is not YYYY-MM-DD", f.id));
        }
    }

    let mut referral_ids = BTreeSet::new();
    for r in &q.referrals {
        let place = format!("referral '{}'", r.id);
        if !referral_ids.insert(r.id.clone()) {
            out.push(format!("{place} is declared twice"));
        }
        sourced(&place, &r.source(), &mut out);
        let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&r.web) && blank(&r.phone) && !r.through_vwn {
            out.push(format!("{place} cannot be reached: give web, phone or through_vwn = true"));
        }
        if r.web.as_deref().is_some_and(|w| w.contains("://") || w.contains(char::is_whitespace)) {
            out.push(format!("{place}: web is the address as printed, without https:// or spaces"));
        }
    }
    let mut codes = BTreeSet::new();
    for c in &q.countries {
        if !codes.insert(c.code.clone()) {
            out.push(format!("country '{}' is listed twice", c.code));
        }
        if c.native.trim().is_empty() || c.nl.trim().is_empty() || c.en.trim().is_empty() {
            out.push(format!("country '{}' lacks a name", c.code));
        }
        for t in c.tags.iter().filter(|t| !tag_ids.contains(*t)) {
            out.push(format!("country '{}' has tag '{t}', which no [[tag]] declares with a source", c.code));
        }
    }
    out
}

/// The route-order table: every row orders exactly the return routes, the
/// last row holds always (so every person has one row), and no row comes
/// after it (it would never decide).
fn order_table(q: &Questionnaire, out: &mut Vec<String>) {
    let returns: BTreeSet<_> = q.routes.iter().filter(|r| r.is_return).map(|r| r.id.clone()).collect();
    if returns.is_empty() {
        return;
    }
    if q.order.last().is_none_or(|o| o.when != crate::Expr::Always) {
        out.push("the route-order table ([[order]]) must end with a row whose condition is 'always'".into());
    }
    let mut names = BTreeSet::new();
    for (i, o) in q.order.iter().enumerate() {
        let place = format!("order row '{}'", o.situation);
        if !names.insert(o.situation.clone()) {
            out.push(format!("{place} is defined twice"));
        }
        if o.when == crate::Expr::Always && i + 1 < q.order.len() {
            out.push(format!("{place} holds always, so the rows after it never decide"));
        }
        check_expr(q, &o.when, None, &place, out);
        let listed: BTreeSet<_> = o.routes.iter().cloned().collect();
        if listed.len() != o.routes.len() {
            out.push(format!("{place} lists a route twice"));
        }
        for r in listed.difference(&returns) {
            out.push(format!("{place} lists '{r}', which is not a return route"));
        }
        for r in returns.difference(&listed) {
            out.push(format!("{place} does not say where return route '{r}' goes"));
        }
    }
}

/// A protection signal's scope, against its `safe` answers: for each
/// question the signal reads, with the other questions at a safe answer,
/// every answer but the safe ones makes it hold, each safe one does not,
/// and the question asked but left unanswered makes it hold too.
fn signal_scope(q: &Questionnaire, sig: &crate::model::Signal, out: &mut Vec<String>) {
    use crate::session::{Answer, View};
    use std::collections::BTreeMap;
    let place = format!("signal '{}'", sig.id);
    let reads = sig.when.questions();
    let named: BTreeSet<_> = sig.safe.keys().cloned().collect();
    for x in reads.difference(&named) {
        out.push(format!("{place} reads '{x}' but does not name its safe answers (safe = {{ {x} = [...] }})"));
    }
    for x in named.difference(&reads) {
        out.push(format!("{place} names safe answers for '{x}', which it does not read"));
    }
    let answer = |question: &crate::Question, o: &OptionId| match question.kind {
        Kind::Multi => Answer::Many(vec![o.clone()]),
        _ => Answer::One(o.clone()),
    };
    // Every question the signal reads at its first safe answer, if it has one.
    let mut calm = BTreeMap::new();
    for (x, safe) in &sig.safe {
        let Some(question) = q.question(x) else { continue };
        for o in safe.iter().filter(|o| !question.choices(&q.settings).contains(o)) {
            out.push(format!("{place}: safe answer '{o}' is not an option of '{x}'"));
        }
        if let Some(o) = safe.first() {
            calm.insert(x.clone(), answer(question, o));
        }
    }
    let today = Day::from_ymd(2000, 1, 1).expect("a valid day");
    let holds = |answers: &BTreeMap<_, _>| sig.when.holds(&View { q, answers, today });
    for (x, safe) in &sig.safe {
        let Some(question) = q.question(x) else { continue };
        for o in question.choices(&q.settings) {
            let mut answers = calm.clone();
            answers.insert(x.clone(), answer(question, &o));
            match (safe.contains(&o), holds(&answers)) {
                (false, false) => out.push(format!(
                    "{place} does not hold for '{x}' = '{o}': every answer but the safe ones ({}) must make it hold",
                    list(safe)
                )),
                (true, true) => out.push(format!("{place} holds for '{x}' = '{o}', which it names as safe")),
                _ => {}
            }
        }
        let mut answers = calm.clone();
        answers.remove(x);
        let asked = question.when.as_ref().is_none_or(|w| w.holds(&View { q, answers: &answers, today }));
        if asked && !holds(&answers) {
            out.push(format!("{place} does not hold when '{x}' is asked but left unanswered"));
        }
    }
}

fn list(options: &[OptionId]) -> String {
    if options.is_empty() {
        return "it names none".into();
    }
    options.iter().map(|o| o.as_str()).collect::<Vec<_>>().join(", ")
}

/// Where an entry comes from: the publisher's page, its title, the dates,
/// and `primary` only for the publisher's own https page.
fn sourced(place: &str, s: &crate::model::Source, out: &mut Vec<String>) {
    for (field, value) in [("url", s.url), ("publisher", s.publisher), ("title", s.title)] {
        if value.trim().is_empty() {
            out.push(format!("{place} has no {field}"));
        }
    }
    if !(s.url.trim().is_empty() || s.url.starts_with("https://") || s.url.starts_with("http://")) {
        out.push(format!("{place}: url '{}' is not a web address", s.url));
    }
    if s.primary && !s.url.starts_with("https://") {
        out.push(format!("{place} is primary but its url is not https:// (a publisher's own page)"));
    }
    if Day::parse_iso(s.checked).is_none() || s.checked.trim().len() != 10 {
        out.push(format!("{place} has no valid checked date (YYYY-MM-DD)"));
    }
    if let Some(p) = s.published {
        if !is_published_date(p) {
            out.push(format!("{place} has a published date '{p}' that is not YYYY-MM-DD or YYYY-MM"));
        }
    }
    if s.note.is_some_and(|n| n.trim().is_empty()) {
        out.push(format!("{place} has an empty note (leave it out instead)"));
    }
}

/// `YYYY-MM-DD`, or `YYYY-MM` for a page that shows only a month.
pub fn is_published_date(s: &str) -> bool {
    match s.len() {
        10 => Day::parse_iso(s).is_some(),
        7 => Day::parse_iso(&format!("{s}-01")).is_some(),
        _ => false,
    }
}

fn check_facts(q: &Questionnaire, facts: &[crate::FactId], place: &str, out: &mut Vec<String>) {
    for f in facts.iter().filter(|f| q.fact(f).is_none()) {
        out.push(format!("{place} names unknown fact '{f}'"));
    }
}

/// Questions that no rule, point, deadline, signal, order row or notice
/// reads ("every question asked is used by some rule, or removed"). A
/// question read only by another question's `when` counts as unused.
pub fn unused_questions(q: &Questionnaire) -> Vec<crate::QuestionId> {
    let mut used = BTreeSet::new();
    for (_, e) in q.conditions() {
        used.extend(e.questions());
    }
    for r in q.rules() {
        used.extend(r.deadlines.iter().map(|d| d.from.clone()));
    }
    q.questions.iter().map(|x| x.id.clone()).filter(|id| !used.contains(id)).collect()
}

/// A condition may read only questions asked before `before` (a question's
/// own position), and only options those questions have.
fn check_expr(q: &Questionnaire, e: &crate::Expr, before: Option<usize>, place: &str, out: &mut Vec<String>) {
    e.visit(&mut |atom| {
        let Some(pos) = q.position(&atom.question) else {
            out.push(format!("{place} reads unknown question '{}'", atom.question));
            return;
        };
        if before.is_some_and(|b| pos >= b) {
            out.push(format!("{place} reads '{}', which is not asked before it", atom.question));
        }
        let question = &q.questions[pos];
        let choices = question.choices(&q.settings);
        let known = |o: &OptionId| choices.contains(o) || (question.kind == Kind::Country && q.country(o).is_some());
        match &atom.test {
            Test::AnyOf(os) => {
                for o in os.iter().filter(|o| !known(o)) {
                    out.push(format!("{place} tests '{}' for unknown option '{o}'", atom.question));
                }
            }
            Test::NotEq(o) if !known(o) => {
                out.push(format!("{place} tests '{}' for unknown option '{o}'", atom.question))
            }
            Test::Tagged(t) => {
                if question.kind != Kind::Country {
                    out.push(format!("{place} uses 'tagged' on '{}', which is not a country question", atom.question));
                } else if !q.countries.iter().any(|c| c.tags.contains(t)) {
                    out.push(format!("{place} tests tag '{t}', which no country has"));
                }
            }
            Test::Before(f) | Test::Since(f) => {
                if question.kind != Kind::Date {
                    out.push(format!(
                        "{place} compares '{}' with a date, but it is not a date question",
                        atom.question
                    ));
                }
                let dated = q.facts.iter().find(|x| x.id.as_str() == f).and_then(|x| x.date.as_deref());
                if dated.and_then(Day::parse_iso).is_none() {
                    out.push(format!("{place} compares with '{f}', which is not a fact with a date"));
                }
            }
            _ => {}
        }
    });
}
