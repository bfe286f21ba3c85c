//! How content ids become message ids, in one place for the app, the tests,
//! the review document and the core's `build.rs` (so that `i18n::msg` names
//! only the messages the content does not compose). Exported by the core as
//! `i18n::ids`.

use crate::consider::Consider;
use crate::country_card::{self, CountryFacts};
use crate::{DeadlineId, OptionId, QuestionId, Questionnaire, ReferralId, RouteId, SignalId};
use std::collections::BTreeSet;

/// Options that read the same in every question share one message.
pub const SHARED_OPTIONS: &[&str] = &["yes", "no", "not_sure", "prefer_not", "dont_know", "other", "none"];

fn kebab(s: &str) -> String {
    s.replace('_', "-")
}

/// The question text; attributes `.short` and (sensitive ones) `.why`.
pub fn question(q: &QuestionId) -> String {
    format!("q-{}", kebab(q.as_str()))
}

pub fn option(q: &QuestionId, o: &OptionId) -> String {
    if SHARED_OPTIONS.contains(&o.as_str()) {
        format!("opt-{}", kebab(o.as_str()))
    } else {
        format!("q-{}-opt-{}", kebab(q.as_str()), kebab(o.as_str()))
    }
}

/// A route: title, `.what`, `.next`.
pub fn route(r: &RouteId) -> String {
    format!("route-{}", kebab(r.as_str()))
}

/// An urgent note: title, `.what`, `.next`.
pub fn urgent(r: &RouteId) -> String {
    format!("urgent-{}", kebab(r.as_str()))
}

/// A point within a route: one message.
pub fn point(p: &RouteId) -> String {
    format!("point-{}", kebab(p.as_str()))
}

/// A referral: name, `.offer`, `.how`.
pub fn referral(r: &ReferralId) -> String {
    format!("ref-{}", kebab(r.as_str()))
}

/// What using a referral shares with whom: one calm sentence.
pub fn referral_shares(r: &ReferralId) -> String {
    format!("referral-{}-shares", kebab(r.as_str()))
}

/// The attributes every deadline message has, one for each thing that can
/// be known of its last day (see `engine::LastDay`): `.passed` after the
/// date once it has passed; `.between` (`$from`, `$to`) for a window;
/// `.unsure` after a window that began before today; `.gone` when the
/// whole window has passed; `.unknown` when there is no date to count from.
pub const DEADLINE_ATTRIBUTES: [&str; 5] = ["passed", "between", "unsure", "gone", "unknown"];

/// A deadline: the date (`$date`), and [`DEADLINE_ATTRIBUTES`].
pub fn deadline(d: &DeadlineId) -> String {
    format!("deadline-{}", kebab(d.as_str()))
}

/// Why return routes are held back, for a protection signal.
pub fn signal(s: &SignalId) -> String {
    format!("signal-{}", kebab(s.as_str()))
}

/// A reassurance shown above a question.
pub fn notice(n: &str) -> String {
    format!("notice-{}", kebab(n))
}

/// Every message id (attributes as `id.attr`) that is composed from the
/// content, or named by the engine (the country cards: the engine is below
/// i18n, so it cannot use `i18n::msg`). The code names every other message
/// through `i18n::msg`; `tests/locales.rs` checks these against the locales.
pub fn content_ids(q: &Questionnaire, facts: &CountryFacts, consider: &Consider) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for x in &q.questions {
        let m = question(&x.id);
        out.extend([format!("{m}.short"), format!("{m}.why"), m]);
        for o in x.choices(&q.settings) {
            out.insert(option(&x.id, &o));
        }
    }
    for r in &q.urgent {
        let m = urgent(&r.id);
        out.extend([format!("{m}.what"), format!("{m}.next"), m]);
    }
    for r in &q.routes {
        let m = route(&r.id);
        out.extend([format!("{m}.what"), format!("{m}.next"), m]);
    }
    out.extend(q.rules().flat_map(|r| r.points.iter()).map(|p| point(&p.id)));
    for r in &q.referrals {
        let m = referral(&r.id);
        out.extend([format!("{m}.offer"), format!("{m}.how"), referral_shares(&r.id), m]);
    }
    for d in q.rules().flat_map(|r| r.deadlines.iter()) {
        let m = deadline(&d.id);
        out.extend(DEADLINE_ATTRIBUTES.iter().map(|a| format!("{m}.{a}")));
        out.insert(m);
    }
    out.extend(q.signals.iter().map(|s| signal(&s.id)));
    out.extend(q.questions.iter().filter_map(|x| x.notice.as_ref()).map(|n| notice(&n.id)));
    // Country cards and "thinking it through" (tests/country.rs checks them in depth).
    out.extend(country_card::message_ids().into_iter().map(String::from));
    out.extend(consider.topics.iter().map(|t| t.message()));
    // What each document concludes: content/countries.toml names the message.
    out.extend(facts.facts.iter().filter_map(|f| f.summary.clone()));
    out
}
