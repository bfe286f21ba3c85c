//! Structural checks of the content: what a person editing the TOML file can
//! get wrong without a compiler noticing. Reachability and "every rule can
//! fire" need many sessions and live in `tests/content.rs`.

use crate::engine::expr::Test;
use crate::engine::{Day, Kind, OptionId, Questionnaire};
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
    }

    let mut rule_ids = BTreeSet::new();
    for rule in q.rules() {
        let place = format!("rule '{}'", rule.id);
        if !rule_ids.insert(rule.id.clone()) {
            out.push(format!("{place} is defined twice"));
        }
        check_expr(q, &rule.when, None, &place, &mut out);
        for p in &rule.points {
            if !rule_ids.insert(p.id.clone()) {
                out.push(format!("point '{}' of {place} reuses an id", p.id));
            }
            check_expr(q, &p.when, None, &format!("point '{}'", p.id), &mut out);
        }
        for r in &rule.referrals {
            if q.referral(r).is_none() {
                out.push(format!("{place} names unknown referral '{r}'"));
            }
        }
        if let Some(d) = &rule.deadline {
            if q.question(&d.from).is_none_or(|x| x.kind != Kind::Date) {
                out.push(format!("{place} counts its deadline from '{}', which is not a date question", d.from));
            }
        }
    }
    for r in q.urgent.iter().filter(|r| r.is_return) {
        out.push(format!("urgent note '{}' cannot be a return route", r.id));
    }
    for id in q.settings.fear_first.iter().chain([&q.settings.fallback_route]) {
        match q.routes.iter().find(|r| &r.id == id) {
            None => out.push(format!("settings name unknown route '{id}'")),
            Some(r) if r.is_return => out.push(format!("settings: '{id}' is a return route")),
            Some(_) => {}
        }
    }
    check_expr(q, &q.settings.no_fear, None, "settings.no_fear", &mut out);

    for r in &q.referrals {
        if r.source.trim().is_empty() {
            out.push(format!("referral '{}' has no source", r.id));
        }
        if Day::parse_iso(&r.checked).is_none() {
            out.push(format!("referral '{}' has no valid last-checked date (YYYY-MM-DD)", r.id));
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
    }
    out
}

/// A condition may read only questions asked before `before` (a question's
/// own position), and only options those questions have.
fn check_expr(q: &Questionnaire, e: &crate::engine::Expr, before: Option<usize>, place: &str, out: &mut Vec<String>) {
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
            _ => {}
        }
    });
}
