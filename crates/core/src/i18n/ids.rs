//! How content ids become message ids, in one place for the app, the tests
//! and the review document.

use crate::engine::{DeadlineId, OptionId, QuestionId, ReferralId, RouteId, SignalId};

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
