//! How content ids become message ids ([`MessageId`], which only this crate
//! makes), in one place for the app, the tests, the review document and the
//! core's `build.rs` (so that `i18n::msg` names only the messages the content
//! does not compose). Exported by the core as `i18n::ids`.

use crate::consider::Consider;
use crate::country_card::{self, CountryFacts};
pub use crate::ids::MessageId;
use crate::{DeadlineId, OptionId, QuestionId, Questionnaire, ReferralId, RouteId, SignalId};
use std::collections::BTreeSet;

/// Options that read the same in every question share one message.
pub const SHARED_OPTIONS: &[&str] = &["yes", "no", "not_sure", "prefer_not", "dont_know", "other", "none"];

fn kebab(prefix: &str, s: &str) -> MessageId {
    MessageId::composed(format!("{prefix}{}", s.replace('_', "-")))
}

/// The question text; attributes `.short` and (sensitive ones) `.why`.
pub fn question(q: &QuestionId) -> MessageId {
    kebab("q-", q.as_str())
}

pub fn option(q: &QuestionId, o: &OptionId) -> MessageId {
    if SHARED_OPTIONS.contains(&o.as_str()) {
        kebab("opt-", o.as_str())
    } else {
        kebab(&format!("q-{}-opt-", q.as_str().replace('_', "-")), o.as_str())
    }
}

/// A route: title, `.what`, `.next`.
pub fn route(r: &RouteId) -> MessageId {
    kebab("route-", r.as_str())
}

/// An urgent note: title, `.what`, `.next`.
pub fn urgent(r: &RouteId) -> MessageId {
    kebab("urgent-", r.as_str())
}

/// A point within a route: one message.
pub fn point(p: &RouteId) -> MessageId {
    kebab("point-", p.as_str())
}

/// A referral: name, `.offer`, `.how`.
pub fn referral(r: &ReferralId) -> MessageId {
    kebab("ref-", r.as_str())
}

/// What using a referral shares with whom: one calm sentence.
pub fn referral_shares(r: &ReferralId) -> MessageId {
    MessageId::composed(format!("referral-{}-shares", r.as_str().replace('_', "-")))
}

/// The attributes every deadline message has, one for each thing that can
/// be known of its last day (see `engine::LastDay`): `.passed` after the
/// date once it has passed; `.between` (`$from`, `$to`) for a window;
/// `.unsure` after a window that began before today; `.gone` when the
/// whole window has passed; `.unknown` when there is no date to count from.
pub const DEADLINE_ATTRIBUTES: [&str; 5] = ["passed", "between", "unsure", "gone", "unknown"];

/// A deadline: the date (`$date`), and [`DEADLINE_ATTRIBUTES`].
pub fn deadline(d: &DeadlineId) -> MessageId {
    kebab("deadline-", d.as_str())
}

/// Why return routes are held back, for a protection signal.
pub fn signal(s: &SignalId) -> MessageId {
    kebab("signal-", s.as_str())
}

/// A reassurance shown above a question.
pub fn notice(n: &str) -> MessageId {
    kebab("notice-", n)
}

/// Every message id (attributes as `id.attr`) that is composed from the
/// content, or named by the engine (the country cards: the engine is below
/// i18n, so it cannot use `i18n::msg`). The code names every other message
/// through `i18n::msg`; `tests/locales.rs` checks these against the locales.
pub fn content_ids(q: &Questionnaire, facts: &CountryFacts, consider: &Consider) -> BTreeSet<String> {
    let mut out: Vec<MessageId> = Vec::new();
    let with = |m: MessageId, attrs: &[&'static str]| {
        let mut all: Vec<MessageId> = attrs.iter().map(|a| m.attr(a)).collect();
        all.push(m);
        all
    };
    for x in &q.questions {
        out.extend(with(question(&x.id), &["short", "why"]));
        out.extend(x.choices(&q.settings).iter().map(|o| option(&x.id, o)));
    }
    for r in &q.urgent {
        out.extend(with(urgent(&r.id), &["what", "next"]));
    }
    for r in &q.routes {
        out.extend(with(route(&r.id), &["what", "next"]));
    }
    out.extend(q.rules().flat_map(|r| r.points.iter()).map(|p| point(&p.id)));
    for r in &q.referrals {
        out.extend(with(referral(&r.id), &["offer", "how"]));
        out.push(referral_shares(&r.id));
    }
    for d in q.rules().flat_map(|r| r.deadlines.iter()) {
        out.extend(with(deadline(&d.id), &DEADLINE_ATTRIBUTES));
    }
    out.extend(q.signals.iter().map(|s| signal(&s.id)));
    out.extend(q.questions.iter().filter_map(|x| x.notice.as_ref()).map(|n| notice(&n.id)));
    // Country cards and "thinking it through" (tests/country.rs checks them in depth).
    out.extend(country_card::message_ids());
    out.extend(consider.topics.iter().map(|t| t.message()));
    // What each document concludes: content/countries.toml names the message.
    out.extend(facts.facts.iter().filter_map(|f| f.summary.clone()).map(MessageId::composed));
    out.iter().map(MessageId::to_string).collect()
}
