//! The assessment: which urgent notes and routes apply, why, and in what
//! order, with the safety rule applied here rather than trusted to content.

use super::date::Day;
use super::expr::Reason;
use super::ids::{ReferralId, RouteId};
use super::model::{Questionnaire, Rule};
use super::session::{Answer, Session};
use serde::Serialize;

/// One urgent note, route, or point within a route, with the answers that
/// made it apply.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub id: RouteId,
    pub reasons: Vec<Reason>,
    pub referrals: Vec<ReferralId>,
    /// Options within a route that apply (for example "new application").
    pub points: Vec<Finding>,
    /// A date counted from an answer, such as an appeal deadline.
    pub deadline: Option<Day>,
}

/// Everything the result screen shows, in order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// Always first.
    pub urgent: Vec<Finding>,
    /// Suggested routes, in priority order.
    pub routes: Vec<Finding>,
    /// Return routes that would apply but are held back because fear was
    /// indicated: "other options you can ask about".
    pub other_options: Vec<Finding>,
    /// Whether the person did not say plainly that they fear nothing on return.
    pub fear_indicated: bool,
    /// The answers that count as indicating fear (empty when fear was not
    /// asked or not answered).
    pub fear_reasons: Vec<Reason>,
}

impl Assessment {
    /// Every route shown, suggested or not.
    pub fn all_routes(&self) -> impl Iterator<Item = &Finding> {
        self.routes.iter().chain(self.other_options.iter())
    }
}

pub fn assess(q: &Questionnaire, s: &Session) -> Assessment {
    let view = s.view(q);
    let no_fear = q.settings.no_fear.eval(&view);
    let fear_indicated = no_fear.is_none();
    let fear_reasons = if fear_indicated {
        // Cite what was answered to the questions the fear condition reads.
        q.settings
            .no_fear
            .questions()
            .into_iter()
            .filter_map(|question| {
                let options = match s.answers.get(&question)? {
                    Answer::One(o) => vec![o.clone()],
                    Answer::Many(os) => os.clone(),
                    Answer::Date(_) => return None,
                };
                Some(Reason { question, options })
            })
            .collect()
    } else {
        Vec::new()
    };

    let find = |rule: &Rule| -> Option<Finding> {
        let reasons = rule.when.eval(&view)?;
        Some(finding(q, s, rule, reasons))
    };

    let urgent: Vec<Finding> = q.urgent.iter().filter_map(find).collect();

    let mut routes = Vec::new();
    let mut other_options = Vec::new();
    for rule in &q.routes {
        let forced = fear_indicated && q.settings.fear_first.contains(&rule.id);
        match find(rule) {
            Some(mut f) if rule.is_return && fear_indicated => {
                // The safety rule: never suggested as the way; listed with
                // the fear answers as the reason it is held back.
                f.reasons = fear_reasons.clone();
                other_options.push(f);
            }
            Some(mut f) => {
                if forced {
                    add_reasons(&mut f.reasons, &fear_reasons);
                }
                routes.push(f);
            }
            None if forced => routes.push(finding(q, s, rule, fear_reasons.clone())),
            None => {}
        }
    }
    if fear_indicated {
        // Conversation and legal check first, in their content order.
        routes.sort_by_key(|f| !q.settings.fear_first.contains(&f.id));
    }
    if routes.is_empty() {
        if let Some(rule) = q.routes.iter().find(|r| r.id == q.settings.fallback_route) {
            routes.push(finding(q, s, rule, Vec::new()));
        }
    }
    Assessment { urgent, routes, other_options, fear_indicated, fear_reasons }
}

fn finding(q: &Questionnaire, s: &Session, rule: &Rule, reasons: Vec<Reason>) -> Finding {
    let view = s.view(q);
    let points = rule
        .points
        .iter()
        .filter_map(|p| {
            let reasons = p.when.eval(&view)?;
            Some(Finding { id: p.id.clone(), reasons, referrals: Vec::new(), points: Vec::new(), deadline: None })
        })
        .collect();
    let deadline = rule.deadline.as_ref().and_then(|d| match s.answers.get(&d.from) {
        Some(Answer::Date(day)) => Some(day.plus(d.days)),
        _ => None,
    });
    Finding { id: rule.id.clone(), reasons, referrals: rule.referrals.clone(), points, deadline }
}

fn add_reasons(into: &mut Vec<Reason>, more: &[Reason]) {
    for r in more {
        if !into.iter().any(|x| x.question == r.question) {
            into.push(r.clone());
        }
    }
}
