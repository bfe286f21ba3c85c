//! What the questionnaire content looks like once loaded. The content file
//! (`content/questionnaire.toml`) is this, written by people; no text is
//! in it, only ids that the locale files translate.

use super::expr::Expr;
use super::ids::{DeadlineId, FactId, OptionId, QuestionId, ReferralId, RouteId, SignalId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole questionnaire: questions in the order they are asked, routes and
/// urgent notes in priority order, the referral directory and countries.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Questionnaire {
    pub settings: Settings,
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
    #[serde(rename = "urgent")]
    pub urgent: Vec<Rule>,
    #[serde(rename = "route")]
    pub routes: Vec<Rule>,
    #[serde(rename = "referral")]
    pub referrals: Vec<Referral>,
    #[serde(rename = "country")]
    pub countries: Vec<Country>,
    /// Protection signals: while any holds, return routes are held back.
    #[serde(rename = "signal")]
    pub signals: Vec<Signal>,
    /// The order of the return routes, per situation: the first row whose
    /// condition holds decides it.
    #[serde(default, rename = "order")]
    pub order: Vec<OrderRow>,
    /// Country tags, each with the source it rests on.
    #[serde(default, rename = "tag")]
    pub tags: Vec<Tag>,
    /// Durations, dates and conditions the notes state, with their sources.
    #[serde(default, rename = "fact")]
    pub facts: Vec<Fact>,
    /// The facts a counsellor or a lawyer signed off, and whose sign-off is
    /// not stale. Not written in the questionnaire: `build.rs` fills it from
    /// `content/reviews/facts.toml` (and refuses a questionnaire that sets it).
    #[serde(default)]
    pub signed_off_facts: Vec<FactId>,
}

/// After how many days a fact's `checked` date is old enough to compare it
/// with its page again (about 6 months). The app asks the person to confirm
/// such a fact with VluchtelingenWerk; the review tool lists it as due for a
/// new check. The one constant for that period.
pub const RECHECK_AFTER_DAYS: i32 = 183;

/// Whether the app may state a fact without asking the person to confirm
/// it with VluchtelingenWerk on `today`: it rests on the publisher's own
/// page or a counsellor or lawyer signed it off (and the sign-off is not
/// stale), and it was `checked` within [`RECHECK_AFTER_DAYS`]. The one rule
/// for the questionnaire's facts and the country cards.
pub fn confirmed(primary: bool, signed_off: bool, checked: &str, today: crate::Day) -> bool {
    let recent = crate::Day::parse_iso(checked).is_some_and(|_| !due(checked, today));
    (primary || signed_off) && recent
}

/// A `checked` date (`YYYY-MM-DD`) more than [`RECHECK_AFTER_DAYS`] before
/// `today`: due for a new comparison with its page.
pub fn due(checked: &str, today: crate::Day) -> bool {
    crate::Day::parse_iso(checked).is_some_and(|d| d.0 + RECHECK_AFTER_DAYS < today.0)
}

/// Engine-level settings that the safety rule and the fallback rest on.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Settings {
    /// Routes shown first, whatever else applies, when a protection signal
    /// holds (the conversation and the legal check).
    pub protect_first: Vec<RouteId>,
    /// Shown when no route applies, so that every path ends with one.
    pub fallback_route: RouteId,
    /// The option every sensitive question gets.
    pub prefer_not: OptionId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One option.
    Single,
    /// Any number of options; `exclusive` options stand alone.
    Multi,
    /// Yes / no / not sure.
    YesNo,
    /// A country from the searchable list (or an option such as "other").
    Country,
    /// A date, or a "how long ago" choice among `buckets`.
    Date,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub kind: Kind,
    /// Options in display order. Yes/no questions get theirs from the kind.
    #[serde(default)]
    pub options: Vec<OptionId>,
    /// Options of a multiple-choice question that cannot be combined.
    #[serde(default)]
    pub exclusive: Vec<OptionId>,
    /// For date questions: "how long ago" buckets, newest first.
    #[serde(default)]
    pub buckets: Vec<Bucket>,
    /// Sensitive questions can always be answered "I'd rather not say" and
    /// say in one line why they are asked.
    #[serde(default)]
    pub sensitive: bool,
    /// Asked only when this holds for the earlier answers.
    #[serde(default)]
    pub when: Option<Expr>,
    /// A topic name for the people who edit the content file; the app does
    /// not use it.
    #[serde(default)]
    pub topic: String,
    /// A reassurance shown above the question when its condition holds
    /// (message `notice-<id>`).
    #[serde(default)]
    pub notice: Option<Notice>,
    /// Date questions: a fact holding the earliest plausible date; earlier
    /// dates are refused as probably mistyped.
    #[serde(default)]
    pub earliest: Option<FactId>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub when: Expr,
}

/// A protection signal: while `when` holds, every `return = true` route is
/// held back (listed only under "other options", with this signal's
/// reasons) and `settings.protect_first` routes come first. Message
/// `signal-<id>` says why, for when no answer can be cited.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Signal {
    pub id: SignalId,
    pub when: Expr,
    /// The signal's scope, in one place: for every question `when` reads,
    /// the only answers that do not make it hold (`fear = ["no"]`; an empty
    /// list: every answer does). Every other answer, and the question asked
    /// but left unanswered, must make it hold; `check` enforces this, so a
    /// protection cannot be narrowed by editing `when` alone.
    pub safe: BTreeMap<QuestionId, Vec<OptionId>>,
}

/// One row of the route-order table: for a person in the first row whose
/// `when` holds (its `situation`), the return routes are shown in the order
/// of `routes`. Every row names every return route once, and the last row
/// holds `always`, so exactly one row decides and no row can undo another.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OrderRow {
    /// A short name of the situation, printed by `review` for counsellors.
    pub situation: String,
    pub when: Expr,
    pub routes: Vec<RouteId>,
}

/// A country tag and where it comes from.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Tag {
    pub id: String,
    /// What the tag means, for reviewers.
    pub means: String,
    /// The publisher's page the tag rests on; see [`Source`].
    pub url: String,
    pub publisher: String,
    pub title: String,
    #[serde(default)]
    pub published: Option<String>,
    pub checked: String,
    pub primary: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// A stated duration, date or condition, with its source. Deadlines count
/// with a fact's `days`; every note lists the facts it rests on, and the
/// result asks the person to confirm secondary ones with VluchtelingenWerk.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fact {
    pub id: FactId,
    /// The fact in one English sentence, for reviewers.
    pub says: String,
    /// A duration in days, for facts deadlines count with.
    #[serde(default)]
    pub days: Option<i32>,
    /// A date, `YYYY-MM-DD`, for facts such as the earliest plausible decision.
    #[serde(default)]
    pub date: Option<String>,
    /// The publisher's page the fact was compared with; see [`Source`].
    pub url: String,
    pub publisher: String,
    pub title: String,
    #[serde(default)]
    pub published: Option<String>,
    pub checked: String,
    pub primary: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// Where a fact, tag or referral comes from, as one view over the fields
/// each of them carries (the content file writes them flat on the entry).
/// The person reads the publisher, the title, `published`, `checked` and
/// the address; `note` is for reviewers only and is never rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source<'a> {
    /// The publisher's own page (or, when `primary` is false, the page that
    /// was read instead).
    pub url: &'a str,
    /// Who published the page, e.g. "IND" or "Dienst Terugkeer en Vertrek".
    pub publisher: &'a str,
    /// The page's or document's title, as published.
    pub title: &'a str,
    /// The page's own date, `YYYY-MM-DD` or `YYYY-MM`, when it shows one.
    pub published: Option<&'a str>,
    /// The day it was compared with the page, `YYYY-MM-DD`.
    pub checked: &'a str,
    /// True only when `url` is the publisher's own page and it supports the
    /// entry; false when only a copy, a news report or a secondary page does
    /// (the note says why, and the app asks the person to confirm).
    pub primary: bool,
    /// For reviewers: where the page says something close to, but not
    /// exactly, the entry. Never shown to the person.
    pub note: Option<&'a str>,
}

macro_rules! source_of {
    ($t:ty) => {
        impl $t {
            /// Where this comes from.
            pub fn source(&self) -> Source<'_> {
                Source {
                    url: &self.url,
                    publisher: &self.publisher,
                    title: &self.title,
                    published: self.published.as_deref(),
                    checked: &self.checked,
                    primary: self.primary,
                    note: self.note.as_deref(),
                }
            }
        }
    };
}
source_of!(Fact);
source_of!(Tag);
source_of!(Referral);

/// A "how long ago" range of a date question: up to `max_days` ago (inclusive);
/// the last bucket has no limit.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bucket {
    pub id: OptionId,
    #[serde(default)]
    pub max_days: Option<i32>,
}

/// A route or an urgent note: shown when `when` holds, with the answers that
/// made it hold as its reasons.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rule {
    pub id: RouteId,
    pub when: Expr,
    /// Return routes fall under the safety rule.
    #[serde(default, rename = "return")]
    pub is_return: bool,
    #[serde(default)]
    pub referrals: Vec<ReferralId>,
    /// Options within the route (e.g. the options a legal check looks at),
    /// each shown with its own reasons.
    #[serde(default, rename = "point")]
    pub points: Vec<Point>,
    /// Dates counted from a date answer, such as an appeal deadline.
    #[serde(default, rename = "deadline")]
    pub deadlines: Vec<DeadlineRule>,
    /// Facts the note or route states.
    #[serde(default)]
    pub facts: Vec<FactId>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Point {
    pub id: RouteId,
    pub when: Expr,
    /// Facts the point states (its source is shown with it).
    #[serde(default)]
    pub facts: Vec<FactId>,
}

/// A date counted from a date answer with a fact's number of days, shown
/// only when `when` holds (so that a date that is probably wrong is not
/// shown). Message `deadline-<id>` with `$date`, and `.passed` for when the
/// date has passed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DeadlineRule {
    pub id: DeadlineId,
    /// A date question.
    pub from: QuestionId,
    /// A fact with `days`.
    pub fact: FactId,
    #[serde(default)]
    pub when: Option<Expr>,
}

/// An organisation the person can contact. Names, offers and "how to reach"
/// are translated (`ref-<id>`), and so is what using it shares with whom
/// (`referral-<id>-shares`); numbers and addresses are data. Every referral
/// can be reached: a website, a phone number, or through VluchtelingenWerk.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Referral {
    pub id: ReferralId,
    /// As printed, e.g. `113` or `+31 88 7464466`; several separated by `·`.
    #[serde(default)]
    pub phone: Option<String>,
    /// The address without `https://`, as printed.
    #[serde(default)]
    pub web: Option<String>,
    /// Reached through VluchtelingenWerk (when it has no public website or
    /// phone, or works only through it).
    #[serde(default)]
    pub through_vwn: bool,
    /// The publisher's page the details were read on; see [`Source`].
    pub url: String,
    pub publisher: String,
    pub title: String,
    #[serde(default)]
    pub published: Option<String>,
    pub checked: String,
    pub primary: bool,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2, or a content code such as `XK-SL` for Somaliland.
    pub code: OptionId,
    /// The name in the country's own main language(s).
    pub native: String,
    pub nl: String,
    pub en: String,
    /// Facts rules can test with `country tagged …`.
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Questionnaire {
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    pub fn position(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    pub fn referral(&self, id: &ReferralId) -> Option<&Referral> {
        self.referrals.iter().find(|r| &r.id == id)
    }

    pub fn country(&self, code: &OptionId) -> Option<&Country> {
        self.countries.iter().find(|c| &c.code == code)
    }

    /// Whether the app may state the fact without asking the person to
    /// confirm it with VluchtelingenWerk on `today`: it rests on the
    /// publisher's own page or a counsellor or lawyer signed it off (and the
    /// sign-off is not stale), and it was checked within
    /// [`RECHECK_AFTER_DAYS`].
    pub fn fact_confirmed(&self, id: &FactId, today: crate::Day) -> bool {
        self.fact(id).is_some_and(|f| confirmed(f.primary, self.signed_off_facts.contains(id), &f.checked, today))
    }

    pub fn fact(&self, id: &FactId) -> Option<&Fact> {
        self.facts.iter().find(|f| &f.id == id)
    }

    pub fn route(&self, id: &RouteId) -> Option<&Rule> {
        self.routes.iter().find(|r| &r.id == id)
    }

    /// The row of the route-order table that decides the order of the
    /// return routes for these answers: the first whose condition holds.
    pub fn order_row(&self, facts: &impl super::expr::Facts) -> Option<&OrderRow> {
        self.order.iter().find(|o| o.when.holds(facts))
    }

    /// Every expression of the content with the place it stands, for checks
    /// and the "every question is used" test.
    pub fn conditions(&self) -> Vec<(String, &Expr)> {
        let mut out = Vec::new();
        for s in &self.signals {
            out.push((format!("signal '{}'", s.id), &s.when));
        }
        for r in self.rules() {
            out.push((format!("rule '{}'", r.id), &r.when));
            for p in &r.points {
                out.push((format!("point '{}'", p.id), &p.when));
            }
            for d in r.deadlines.iter().filter_map(|d| d.when.as_ref()) {
                out.push((format!("a deadline of rule '{}'", r.id), d));
            }
        }
        for o in &self.order {
            out.push((format!("order row '{}'", o.situation), &o.when));
        }
        for x in &self.questions {
            if let Some(n) = &x.notice {
                out.push((format!("notice of question '{}'", x.id), &n.when));
            }
        }
        out
    }

    /// Every route and urgent note, in that order.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.urgent.iter().chain(self.routes.iter())
    }
}

impl Question {
    /// The options a person can pick, in display order, including the fixed
    /// ones a kind brings and "I'd rather not say" for sensitive questions.
    pub fn choices(&self, settings: &Settings) -> Vec<OptionId> {
        let mut out: Vec<OptionId> = match self.kind {
            Kind::YesNo => ["yes", "no", "not_sure"].iter().map(|s| OptionId::from(*s)).collect(),
            Kind::Date => self.buckets.iter().map(|b| b.id.clone()).chain(self.options.iter().cloned()).collect(),
            _ => self.options.clone(),
        };
        if self.sensitive && !out.contains(&settings.prefer_not) {
            out.push(settings.prefer_not.clone());
        }
        out
    }

    /// Options that stand alone in a multiple choice.
    pub fn is_exclusive(&self, o: &OptionId, settings: &Settings) -> bool {
        self.exclusive.contains(o) || o == &settings.prefer_not
    }

    /// A choice not yet submitted, after `o` is ticked (`on`) or unticked:
    /// a single choice holds one option; in a multiple choice an exclusive
    /// option ("none", "I'd rather not say") stands alone, and ticking
    /// another option clears it.
    pub fn toggle(&self, selected: &mut Vec<OptionId>, o: &OptionId, on: bool, settings: &Settings) {
        if self.kind != Kind::Multi {
            *selected = vec![o.clone()];
        } else if on {
            if self.is_exclusive(o, settings) {
                selected.clear();
            } else {
                selected.retain(|x| !self.is_exclusive(x, settings));
            }
            if !selected.contains(o) {
                selected.push(o.clone());
            }
        } else {
            selected.retain(|x| x != o);
        }
    }
}
