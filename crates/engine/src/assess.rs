//! The assessment: which urgent notes and routes apply, why, in what order,
//! and by when; with the safety rule applied here rather than trusted to
//! content. This is the engine's whole output: the result screen, the
//! summary and the `assess` command only render it.

use super::date::Day;
use super::expr::Reason;
use super::ids::{DeadlineId, FactId, QuestionId, ReferralId, RouteId, SignalId};
use super::model::{Questionnaire, Rule};
use super::session::Session;
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

/// A last day counted from a date answer, with what can be known of it.
/// Each kind has its own text, so a departure note never talks about a late
/// appeal; [`LastDay`] says which of its messages applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deadline {
    pub id: DeadlineId,
    /// The last day, a window of days, or that it cannot be counted.
    #[serde(flatten)]
    pub last: LastDay,
    /// The last day is before the session's `today` (an exact date before
    /// today, or a window that ended before today).
    pub passed: bool,
    /// The date question it counts from.
    pub from: QuestionId,
    /// The fact that gives the number of days.
    pub fact: FactId,
}

/// What can be known of a last day. No text may promise a date it does not
/// show, so each case has its own message (`deadline-<id>` and attributes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "known", rename_all = "snake_case")]
pub enum LastDay {
    /// Counted from an exact date: `deadline-<id>` with `$date`, and
    /// `.passed` as well when it is before today.
    On { date: Day },
    /// Counted from a "how long ago" range that gives a window of days, all
    /// of them today or later: `.between` with `$from` and `$to`, nearest
    /// day first.
    Between { earliest: Day, latest: Day },
    /// A window that began before today and ends today or later: the last
    /// day may have passed. `.between`, then `.unsure`.
    MaybePassed { earliest: Day, latest: Day },
    /// Every day the last day can be is before today: `.gone` ("that time
    /// has probably passed").
    Gone,
    /// Nothing to count from ("I don't know", or a range open to the past
    /// whose end is not yet passed): `.unknown` says the letter has it.
    Unknown,
}

impl LastDay {
    /// The last day, or the last day of its window, when one is shown.
    pub fn latest(self) -> Option<Day> {
        match self {
            LastDay::On { date } => Some(date),
            LastDay::Between { latest, .. } | LastDay::MaybePassed { latest, .. } => Some(latest),
            LastDay::Gone | LastDay::Unknown => None,
        }
    }
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
    /// The situation of the route-order table that ordered the return
    /// routes (`[[order]]` in the content), for counsellors.
    pub order_situation: Option<String>,
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
    // One row of the order table decides the order of the return routes.
    let order_row = q.order_row(&view);
    if let Some(row) = order_row {
        for list in [&mut routes, &mut other_options] {
            order_return_routes(list, &row.routes);
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
    let order_situation = order_row.map(|r| r.situation.clone());
    Assessment { urgent, routes, other_options, fear_indicated: protect, signals, unconfirmed_facts, order_situation }
}

/// Puts the routes named in `order` (the return routes) into that order,
/// in the places they already hold in `list`; other routes stay where they
/// are.
fn order_return_routes(list: &mut [Finding], order: &[RouteId]) {
    let rank = |f: &Finding| order.iter().position(|r| r == &f.id);
    let slots: Vec<usize> = (0..list.len()).filter(|&i| rank(&list[i]).is_some()).collect();
    let mut named: Vec<Finding> = slots.iter().map(|&i| list[i].clone()).collect();
    super::short_sort::sort_by(&mut named, |a, b| rank(a).cmp(&rank(b)));
    for (slot, f) in slots.into_iter().zip(named) {
        list[slot] = f;
    }
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
            let days = q.fact(&d.fact)?.days?;
            let last = last_day(view.dates(&d.from), days, s.today);
            if !facts.contains(&d.fact) {
                facts.push(d.fact.clone());
            }
            let passed = match last {
                LastDay::On { date } => date < s.today,
                LastDay::Gone => true,
                _ => false,
            };
            Some(Deadline { id: d.id.clone(), last, passed, from: d.from.clone(), fact: d.fact.clone() })
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

/// The last day `days` after a date answer that stands for `dates` (see
/// [`super::session::View::dates`]).
pub fn last_day(dates: Option<(Option<Day>, Day)>, days: i32, today: Day) -> LastDay {
    match dates {
        None => LastDay::Unknown,
        Some((Some(first), last)) if first == last => LastDay::On { date: first.plus(days) },
        Some((earliest, latest)) => {
            let latest = latest.plus(days);
            match earliest.map(|e| e.plus(days)) {
                _ if latest < today => LastDay::Gone,
                Some(earliest) if earliest >= today => LastDay::Between { earliest, latest },
                Some(earliest) => LastDay::MaybePassed { earliest, latest },
                None => LastDay::Unknown,
            }
        }
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
