//! The assessment: which urgent notes and routes apply, why, in what order,
//! and by when; with the safety rule applied here rather than trusted to
//! content. This is the engine's whole output: the result screen, the
//! summary and the `assess` command only render it.

use super::date::Day;
use super::expr::Reason;
use super::ids::{DeadlineId, FactId, QuestionId, ReferralId, RouteId, SignalId};
use super::model::{Questionnaire, Rule};
use super::session::{Answer, Session};
use serde::Serialize;

/// One urgent note, route, or point within a route, with the answers that
/// made it apply.
///
/// Its text is in the locale files: `urgent-<id>` / `route-<id>` (title,
/// `.what`, `.next`), or `point-<id>` for a point.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub id: RouteId,
    /// "Because you said …". Empty when the note is for everyone (show
    /// `reason-general`). For a held-back route: the protection signals'
    /// answers (see `held_back_by`).
    pub reasons: Vec<Reason>,
    pub referrals: Vec<ReferralId>,
    /// Options within a route that apply (for example "new application").
    pub points: Vec<Finding>,
    /// Dates to act by, in content order. An appeal note whose term is
    /// unknown has two (1 and 4 weeks). Empty when no date can be counted
    /// reliably: the note's text then says what the date counts from.
    pub deadlines: Vec<Deadline>,
    /// Facts this finding itself states (its points list their own), each
    /// with a source in `Questionnaire::facts`.
    pub facts: Vec<FactId>,
    /// Whether this finding or one of its points rests on a fact from a
    /// secondary source: show "ask VluchtelingenWerk to confirm this".
    pub unconfirmed: bool,
    /// For a return route under "other options": the protection signals
    /// that hold it back (message `signal-<id>` says why). Empty otherwise.
    pub held_back_by: Vec<SignalId>,
}

/// A date counted from a date answer: `deadline-<id>` shows it (`$date`),
/// `deadline-<id>.passed` replaces the advice once it has passed. Each kind
/// has its own text, so a departure note never talks about a late appeal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deadline {
    pub id: DeadlineId,
    pub date: Day,
    /// The date is before the session's `today`.
    pub passed: bool,
    /// The date question it counts from.
    pub from: QuestionId,
    /// The fact that gives the number of days.
    pub fact: FactId,
}

/// A protection signal that holds, with the answers behind it (empty when
/// it holds because something was not answered).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignalFinding {
    pub id: SignalId,
    pub reasons: Vec<Reason>,
}

/// Everything the result screen shows, in order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// Always first, in content order: life and safety, then deadlines, then
    /// the rest.
    pub urgent: Vec<Finding>,
    /// Suggested routes, in priority order. Never a return route while a
    /// protection signal holds.
    pub routes: Vec<Finding>,
    /// Return routes that would apply but are held back by a protection
    /// signal: "other options you can ask about".
    pub other_options: Vec<Finding>,
    /// The protection signals that hold (fear in any form, signs of
    /// trafficking, …), in content order.
    pub signals: Vec<SignalFinding>,
    /// Whether any protection signal holds. (Named for the first and most
    /// common signal, fear: anything but a plain "no".)
    pub fear_indicated: bool,
    /// Facts from secondary sources that the shown findings rest on: the
    /// result asks the person to confirm them with VluchtelingenWerk.
    pub unconfirmed_facts: Vec<FactId>,
}

impl Assessment {
    /// Every route shown, suggested or not.
    pub fn all_routes(&self) -> impl Iterator<Item = &Finding> {
        self.routes.iter().chain(self.other_options.iter())
    }

    /// Every finding: urgent notes, then routes, then other options.
    pub fn all(&self) -> impl Iterator<Item = &Finding> {
        self.urgent.iter().chain(self.all_routes())
    }
}

pub fn assess(q: &Questionnaire, s: &Session) -> Assessment {
    let view = s.view(q);
    let signals: Vec<SignalFinding> = q
        .signals
        .iter()
        .filter_map(|sig| Some(SignalFinding { id: sig.id.clone(), reasons: sig.when.eval(&view)? }))
        .collect();
    let protect = !signals.is_empty();
    let mut signal_reasons = Vec::new();
    for sig in &signals {
        add_reasons(&mut signal_reasons, &sig.reasons);
    }
    let held_back_by: Vec<SignalId> = signals.iter().map(|x| x.id.clone()).collect();

    let find = |rule: &Rule| -> Option<Finding> {
        let reasons = rule.when.eval(&view)?;
        Some(finding(q, s, rule, reasons))
    };

    let urgent: Vec<Finding> = q.urgent.iter().filter_map(find).collect();

    let mut routes = Vec::new();
    let mut other_options = Vec::new();
    for rule in &q.routes {
        let forced = protect && q.settings.protect_first.contains(&rule.id);
        match find(rule) {
            Some(mut f) if rule.is_return && protect => {
                // The safety rule: never suggested as the way; listed with
                // the signals' answers as the reason it is held back.
                f.reasons = signal_reasons.clone();
                f.held_back_by = held_back_by.clone();
                other_options.push(f);
            }
            Some(mut f) => {
                if forced {
                    add_reasons(&mut f.reasons, &signal_reasons);
                }
                routes.push(f);
            }
            None if forced => routes.push(finding(q, s, rule, signal_reasons.clone())),
            None => {}
        }
    }
    for rule in q.order.iter().filter(|o| o.when.holds(&view)) {
        for list in [&mut routes, &mut other_options] {
            reorder(list, &rule.put, &rule.before);
        }
    }
    if protect {
        // The conversation and the legal check first, in settings order.
        let first = &q.settings.protect_first;
        let rank = |f: &Finding| first.iter().position(|r| r == &f.id).unwrap_or(first.len());
        super::short_sort::sort_by(&mut routes, |a, b| rank(a).cmp(&rank(b)));
    }
    if routes.is_empty() {
        if let Some(rule) = q.route(&q.settings.fallback_route) {
            routes.push(finding(q, s, rule, Vec::new()));
        }
    }
    let mut unconfirmed_facts = Vec::new();
    for f in urgent.iter().chain(&routes).chain(&other_options) {
        for id in f.facts.iter().chain(f.points.iter().flat_map(|p| &p.facts)) {
            if q.fact(id).is_some() && !q.fact_confirmed(id, s.today) && !unconfirmed_facts.contains(id) {
                unconfirmed_facts.push(id.clone());
            }
        }
    }
    Assessment { urgent, routes, other_options, fear_indicated: protect, signals, unconfirmed_facts }
}

/// Moves the routes of `put` that are in `list`, in that order, to just
/// before `before`; nothing happens when `before` is not in the list.
fn reorder(list: &mut Vec<Finding>, put: &[RouteId], before: &RouteId) {
    if !list.iter().any(|f| &f.id == before) {
        return;
    }
    let mut moved = Vec::new();
    for id in put {
        if let Some(i) = list.iter().position(|f| &f.id == id) {
            moved.push(list.remove(i));
        }
    }
    let at = list.iter().position(|f| &f.id == before).unwrap_or(0);
    list.splice(at..at, moved);
}

fn unconfirmed(q: &Questionnaire, s: &Session, facts: &[FactId]) -> bool {
    facts.iter().any(|id| q.fact(id).is_some() && !q.fact_confirmed(id, s.today))
}

fn finding(q: &Questionnaire, s: &Session, rule: &Rule, reasons: Vec<Reason>) -> Finding {
    let view = s.view(q);
    let points: Vec<Finding> = rule
        .points
        .iter()
        .filter_map(|p| {
            let reasons = p.when.eval(&view)?;
            Some(Finding {
                id: p.id.clone(),
                reasons,
                referrals: Vec::new(),
                points: Vec::new(),
                deadlines: Vec::new(),
                facts: p.facts.clone(),
                unconfirmed: unconfirmed(q, s, &p.facts),
                held_back_by: Vec::new(),
            })
        })
        .collect();
    let mut facts = rule.facts.clone();
    let deadlines: Vec<Deadline> = rule
        .deadlines
        .iter()
        .filter(|d| d.when.as_ref().is_none_or(|w| w.holds(&view)))
        .filter_map(|d| {
            let Some(Answer::Date(day)) = s.answers.get(&d.from) else { return None };
            let date = day.plus(q.fact(&d.fact)?.days?);
            if !facts.contains(&d.fact) {
                facts.push(d.fact.clone());
            }
            Some(Deadline {
                id: d.id.clone(),
                date,
                passed: date < s.today,
                from: d.from.clone(),
                fact: d.fact.clone(),
            })
        })
        .collect();
    let unconfirmed = unconfirmed(q, s, &facts) || points.iter().any(|p| p.unconfirmed);
    Finding {
        id: rule.id.clone(),
        reasons,
        referrals: rule.referrals.clone(),
        points,
        deadlines,
        facts,
        unconfirmed,
        held_back_by: Vec::new(),
    }
}

fn add_reasons(into: &mut Vec<Reason>, more: &[Reason]) {
    for r in more {
        match into.iter_mut().find(|x| x.question == r.question) {
            Some(x) => {
                x.options.extend(r.options.iter().filter(|o| !x.options.contains(o)).cloned().collect::<Vec<_>>())
            }
            None => into.push(r.clone()),
        }
    }
}
