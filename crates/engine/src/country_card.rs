//! Country cards: what is known about a country of origin, built from the
//! facts in `content/countries.toml`, each with its source, checked date and
//! whether the source was the publisher's own. A kind of fact that is not
//! known becomes "we do not know, ask …", never a guess.
//!
//! The safety rule holds here too: unless the person said plainly that they
//! fear nothing on return, the card speaks of the situation and the options
//! to stay, and has no section on how to go back.

use super::assess::Assessment;
pub use super::ids::MessageId;
use super::ids::OptionId;
use serde::{Deserialize, Serialize};

/// The country facts as loaded from `content/countries.toml`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CountryFacts {
    /// What was searched per kind, and whom to ask when a kind is not known.
    #[serde(rename = "kind")]
    pub kinds: Vec<KindInfo>,
    #[serde(rename = "fact")]
    pub facts: Vec<Fact>,
    /// The facts a counsellor or a lawyer signed off, and whose sign-off is
    /// not stale, by id. Not written in countries.toml: `build.rs` fills it
    /// from `content/reviews/facts.toml` (and refuses a file that sets it).
    #[serde(default)]
    pub signed_off: Vec<String>,
}

/// What a fact is about. The order here is the order on the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// The Dutch Ministry of Foreign Affairs' general country report.
    Ambtsbericht,
    EuaaGuidance,
    /// EUAA country-of-origin information reports.
    EuaaCoi,
    /// UNHCR position papers and non-return advisories.
    Unhcr,
    /// The Dutch list of safe countries of origin.
    SafeCountry,
    /// A pause of decisions and forced return (besluit- en vertrekmoratorium).
    Moratorium,
    /// An ERSO reintegration partner.
    Erso,
    /// What IOM offers, or is known not to offer.
    Iom,
    /// Return organisations that work with the country.
    ReturnOrg,
    /// Whether the embassy issues travel documents.
    TravelDocuments,
}

impl FactKind {
    pub const ALL: [FactKind; 10] = [
        FactKind::Ambtsbericht,
        FactKind::EuaaGuidance,
        FactKind::EuaaCoi,
        FactKind::Unhcr,
        FactKind::SafeCountry,
        FactKind::Moratorium,
        FactKind::Erso,
        FactKind::Iom,
        FactKind::ReturnOrg,
        FactKind::TravelDocuments,
    ];

    pub fn section(self) -> SectionId {
        match self {
            FactKind::Ambtsbericht | FactKind::EuaaGuidance | FactKind::EuaaCoi | FactKind::Unhcr => {
                SectionId::Situation
            }
            FactKind::SafeCountry | FactKind::Moratorium => SectionId::Procedure,
            FactKind::Erso | FactKind::Iom | FactKind::ReturnOrg => SectionId::Return,
            FactKind::TravelDocuments => SectionId::Practical,
        }
    }

    /// Facts about how to go back: never shown to a person who may need protection.
    pub fn about_return(self) -> bool {
        self.section().about_return()
    }

    /// A published document, shown with title, publisher and date.
    pub fn is_document(self) -> bool {
        self.section() == SectionId::Situation
    }

    /// The label on the card.
    pub fn message(self) -> MessageId {
        match self {
            FactKind::Ambtsbericht => MessageId::fixed("country-kind-ambtsbericht"),
            FactKind::EuaaGuidance => MessageId::fixed("country-kind-euaa-guidance"),
            FactKind::EuaaCoi => MessageId::fixed("country-kind-euaa-coi"),
            FactKind::Unhcr => MessageId::fixed("country-kind-unhcr"),
            FactKind::SafeCountry => MessageId::fixed("country-kind-safe-country"),
            FactKind::Moratorium => MessageId::fixed("country-kind-moratorium"),
            FactKind::Erso => MessageId::fixed("country-kind-erso"),
            FactKind::Iom => MessageId::fixed("country-kind-iom"),
            FactKind::ReturnOrg => MessageId::fixed("country-kind-return-org"),
            FactKind::TravelDocuments => MessageId::fixed("country-kind-travel-documents"),
        }
    }
}

/// Per kind: whom the card tells the person to ask when it is not known,
/// and what was searched (the provenance of "not known").
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KindInfo {
    pub id: FactKind,
    /// Organisation names, kept as written ("IOM · VluchtelingenWerk").
    pub ask: String,
    pub searched: String,
    pub checked: String,
}

/// What a fact says, for the kinds that are more than "this document exists".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// On the list of safe countries of origin.
    Listed,
    /// On the list, but the designation is suspended.
    Suspended,
    /// Was in place from the fact's date; whether it still is, is not known.
    Past,
    /// Was in place, and has ended (the summary says when).
    Ended,
    /// UNHCR asks states not to return people (a non-return advisory).
    NonReturn,
    /// UNHCR guidance whose position on forced return was not read.
    Position,
    /// A partner was documented in past projects.
    DocumentedPast,
    /// IOM may not be able to help with return there.
    Limited,
    /// What IOM's basic return programme offers, where no limit is known.
    Basic,
    /// Nationals travel to Europe without a visa: IOM's support may exclude them.
    VisaFree,
    /// Return organisations in general, where none is named for the country.
    General,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Publisher {
    /// Ministerie van Buitenlandse Zaken.
    Bz,
    /// Ministerie van Justitie en Veiligheid.
    Jenv,
    /// Immigratie- en Naturalisatiedienst.
    Ind,
    Euaa,
    Unhcr,
    Iom,
    /// Dienst Terugkeer en Vertrek.
    Dtv,
    /// The ERSO network of reintegration partners.
    Erso,
    /// The European Union (a regulation).
    Eu,
}

impl Publisher {
    pub const ALL: [Publisher; 9] = [
        Publisher::Bz,
        Publisher::Jenv,
        Publisher::Ind,
        Publisher::Euaa,
        Publisher::Unhcr,
        Publisher::Iom,
        Publisher::Dtv,
        Publisher::Erso,
        Publisher::Eu,
    ];

    pub fn message(self) -> MessageId {
        match self {
            Publisher::Bz => MessageId::fixed("country-pub-bz"),
            Publisher::Jenv => MessageId::fixed("country-pub-jenv"),
            Publisher::Ind => MessageId::fixed("country-pub-ind"),
            Publisher::Euaa => MessageId::fixed("country-pub-euaa"),
            Publisher::Unhcr => MessageId::fixed("country-pub-unhcr"),
            Publisher::Iom => MessageId::fixed("country-pub-iom"),
            Publisher::Dtv => MessageId::fixed("country-pub-dtv"),
            Publisher::Erso => MessageId::fixed("country-pub-erso"),
            Publisher::Eu => MessageId::fixed("country-pub-eu"),
        }
    }
}

/// One fact, for one or more countries, with where it was read.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fact {
    /// A stable name for reviewers and tests (`euaa-sy-2025`).
    pub id: String,
    pub kind: FactKind,
    pub countries: Vec<OptionId>,
    #[serde(default)]
    pub value: Option<Value>,
    /// The list names every country on it: the others are "not on the list".
    #[serde(default)]
    pub exhaustive: bool,
    /// Applies to every country that has no other fact of this kind
    /// (`countries` is then empty).
    #[serde(default)]
    pub otherwise: bool,
    /// A document's title as published, in its own language.
    #[serde(default)]
    pub title: Option<String>,
    pub publisher: Publisher,
    /// The document's date, `YYYY-MM-DD` or `YYYY-MM`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub years: Option<String>,
    /// A return organisation's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The page where it was read: the publisher's own when `primary`.
    #[serde(default)]
    pub url: Option<String>,
    /// When the fact was compared with its source, `YYYY-MM-DD`.
    pub checked: String,
    /// The publisher's own page or document (true), or a copy or digest.
    pub primary: bool,
    /// The message (locales/<code>/country.ftl) that says in 1–3 neutral
    /// sentences what the document concludes, paraphrasing the publisher.
    #[serde(default)]
    pub summary: Option<String>,
    /// For reviewers only: how the source relates to the fact. Never shown
    /// to the person; left out of the web build (`build.rs`).
    #[serde(default)]
    pub note: String,
}

impl Fact {
    /// The document's date is more than three years before the day it was
    /// checked: the card says so plainly.
    pub fn old(&self) -> bool {
        let (Some(date), Some(checked)) = (self.date.as_deref(), super::Day::parse_iso(&self.checked)) else {
            return false;
        };
        let start = super::Day::parse_iso(date).or_else(|| super::Day::parse_iso(&format!("{date}-01")));
        start.is_some_and(|d| checked.days_since(d) > 3 * 365)
    }
}

/// What the app knows about the person's need for protection. Return
/// sections appear only when the person said plainly they fear nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Fear or another protection signal: situation and staying only.
    Signalled,
    /// The person said plainly that they fear nothing on return.
    NotSignalled,
    /// Opened without answering questions: treated as a signal, and the card
    /// says where support for a return is explained.
    NotAsked,
}

impl Protection {
    /// The one place that reads the assessment's safety rule.
    pub fn from_assessment(a: &Assessment) -> Protection {
        if a.fear_indicated {
            Protection::Signalled
        } else {
            Protection::NotSignalled
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionId {
    /// Official descriptions of the situation.
    Situation,
    /// Dutch rules for people from this country.
    Procedure,
    /// Options to stay.
    Stay,
    /// Support on return.
    Return,
    /// Practical points to ask about.
    Practical,
}

impl SectionId {
    pub fn about_return(self) -> bool {
        matches!(self, SectionId::Return | SectionId::Practical)
    }

    /// The section's name, as the page's markup names it.
    pub fn name(self) -> &'static str {
        match self {
            SectionId::Situation => "situation",
            SectionId::Procedure => "procedure",
            SectionId::Stay => "stay",
            SectionId::Return => "return",
            SectionId::Practical => "practical",
        }
    }

    pub fn message(self) -> MessageId {
        match self {
            SectionId::Situation => MessageId::fixed("country-sec-situation"),
            SectionId::Procedure => MessageId::fixed("country-sec-procedure"),
            SectionId::Stay => MessageId::fixed("country-sec-stay"),
            SectionId::Return => MessageId::fixed("country-sec-return"),
            SectionId::Practical => MessageId::fixed("country-sec-practical"),
        }
    }
}

/// A variable of a message: plain text (a title, kept in its language), a
/// date to be written the reader's way, or another message (a publisher).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    Text(String),
    /// `YYYY-MM-DD` or `YYYY-MM`.
    Date(String),
    Message(MessageId),
}

/// Where a line's fact was read, or what was searched when it is not known.
/// The person reads the publisher, title, date, checked date and link; the
/// `note` is for reviewers (`review`) only.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Provenance {
    /// The fact's id; empty for "not known".
    pub id: String,
    pub publisher: Option<Publisher>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub checked: String,
    pub primary: bool,
    /// A counsellor or a lawyer signed the fact off (not stale).
    pub signed_off: bool,
    pub note: String,
}

impl Provenance {
    /// The card may state the fact without "ask VluchtelingenWerk to
    /// confirm this" on `today` (the rule of [`crate::model::confirmed`]).
    pub fn confirmed(&self, today: super::Day) -> bool {
        super::model::confirmed(self.primary, self.signed_off, &self.checked, today)
    }
}

/// One line of the card: a message with its variables, the kind of fact it
/// reports (none for the fixed lines), and its provenance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub kind: Option<FactKind>,
    pub message: MessageId,
    pub args: Vec<(&'static str, Arg)>,
    pub provenance: Option<Provenance>,
    /// What the document concludes, when the content says.
    pub summary: Option<MessageId>,
    /// The document is old: the card says its date plainly.
    pub old: bool,
    /// True when the line says the fact is not known.
    pub unknown: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub id: SectionId,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountryCard {
    pub code: OptionId,
    pub sections: Vec<Section>,
}

impl CountryCard {
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.sections.iter().flat_map(|s| s.lines.iter())
    }
}

impl CountryFacts {
    pub fn kind(&self, k: FactKind) -> Option<&KindInfo> {
        self.kinds.iter().find(|i| i.id == k)
    }

    /// The facts of a kind that name this country, newest first.
    pub fn about(&self, code: &OptionId, k: FactKind) -> Vec<&Fact> {
        let mut out: Vec<&Fact> = self.facts.iter().filter(|f| f.kind == k && f.countries.contains(code)).collect();
        super::short_sort::sort_by(&mut out, |a, b| b.date.cmp(&a.date));
        if out.is_empty() {
            out.extend(self.facts.iter().filter(|f| f.kind == k && f.otherwise));
        }
        out
    }
}

/// The card for a country, for a person in the given protection situation.
pub fn country_card(facts: &CountryFacts, code: &OptionId, protection: Protection) -> CountryCard {
    let open = protection == Protection::NotSignalled;
    let mut sections: Vec<Section> = Vec::new();
    for id in [SectionId::Situation, SectionId::Procedure, SectionId::Stay, SectionId::Return, SectionId::Practical] {
        if id.about_return() && !open {
            continue;
        }
        let mut lines: Vec<Line> =
            FactKind::ALL.iter().filter(|k| k.section() == id).flat_map(|&k| kind_lines(facts, code, k)).collect();
        match id {
            SectionId::Situation => lines.push(fixed("country-card-vwn-explains")),
            SectionId::Stay => {
                lines.push(fixed("country-stay-check"));
                lines.push(fixed("country-stay-points"));
                if protection == Protection::NotAsked {
                    lines.push(fixed("country-card-return-later"));
                }
            }
            _ => {}
        }
        sections.push(Section { id, lines });
    }
    CountryCard { code: code.clone(), sections }
}

fn fixed(message: &'static str) -> Line {
    Line {
        kind: None,
        message: MessageId::fixed(message),
        args: Vec::new(),
        provenance: None,
        summary: None,
        old: false,
        unknown: false,
    }
}

fn provenance(facts: &CountryFacts, f: &Fact) -> Option<Provenance> {
    Some(Provenance {
        signed_off: facts.signed_off.contains(&f.id),
        id: f.id.clone(),
        publisher: Some(f.publisher),
        title: f.title.clone(),
        date: f.date.clone(),
        url: f.url.clone(),
        checked: f.checked.clone(),
        primary: f.primary,
        note: f.note.clone(),
    })
}

/// The lines of one kind: one per fact found, or one "not known".
fn kind_lines(facts: &CountryFacts, code: &OptionId, k: FactKind) -> Vec<Line> {
    let found = facts.about(code, k);
    let mut lines: Vec<Line> = found.iter().filter_map(|f| fact_line(facts, f)).collect();
    if lines.is_empty() && k == FactKind::SafeCountry {
        // A complete list speaks about the countries it does not name too.
        if let Some(list) = facts.facts.iter().find(|f| f.kind == k && f.exhaustive) {
            lines.push(Line {
                kind: Some(k),
                message: MessageId::fixed("country-fact-safe-not-listed"),
                args: Vec::new(),
                provenance: provenance(facts, list),
                summary: None,
                old: false,
                unknown: false,
            });
        }
    }
    if lines.is_empty() {
        let info = facts.kind(k);
        lines.push(Line {
            kind: Some(k),
            message: MessageId::fixed("country-fact-unknown"),
            args: vec![("ask", Arg::Text(info.map_or_else(|| "VluchtelingenWerk".into(), |i| i.ask.clone())))],
            provenance: info.map(|i| Provenance {
                id: String::new(),
                publisher: None,
                title: None,
                date: None,
                url: None,
                checked: i.checked.clone(),
                primary: false,
                signed_off: false,
                note: i.searched.clone(),
            }),
            summary: None,
            old: false,
            unknown: true,
        });
    }
    lines
}

/// The line for a fact, or none when the fact lacks what its kind needs
/// (the content tests make sure none does).
fn fact_line(facts: &CountryFacts, f: &Fact) -> Option<Line> {
    let (message, args): (&'static str, Vec<(&'static str, Arg)>) = if f.kind.is_document() {
        let publisher = ("publisher", Arg::Message(f.publisher.message()));
        let date = f.date.clone().map(|d| ("date", Arg::Date(d)));
        match (&f.title, date) {
            (Some(t), Some(date)) => ("country-fact-doc", vec![("title", Arg::Text(t.clone())), publisher, date]),
            (None, Some(date)) => ("country-fact-doc-untitled", vec![publisher, date]),
            (None, None) => ("country-fact-doc-undated", vec![publisher]),
            (Some(_), None) => return None,
        }
    } else {
        match (f.kind, f.value) {
            (FactKind::SafeCountry, Some(Value::Listed)) => ("country-fact-safe-listed", Vec::new()),
            (FactKind::SafeCountry, Some(Value::Suspended)) => ("country-fact-safe-suspended", Vec::new()),
            (FactKind::Moratorium, Some(Value::Past)) => {
                ("country-fact-moratorium-past", vec![("date", Arg::Date(f.date.clone()?))])
            }
            (FactKind::Moratorium, Some(Value::Ended)) => ("country-fact-moratorium-ended", Vec::new()),
            (FactKind::Erso, Some(Value::DocumentedPast)) => {
                ("country-fact-erso-past", vec![("years", Arg::Text(f.years.clone()?))])
            }
            (FactKind::Iom, Some(Value::Limited)) => ("country-fact-iom-limited", Vec::new()),
            (FactKind::Iom, Some(Value::Basic)) => ("country-fact-iom-basic", Vec::new()),
            (FactKind::Iom, Some(Value::VisaFree)) => ("country-fact-iom-visa-free", Vec::new()),
            (FactKind::ReturnOrg, Some(Value::General)) => ("country-fact-return-org-general", Vec::new()),
            (FactKind::ReturnOrg, None) => ("country-fact-return-org", vec![("name", Arg::Text(f.name.clone()?))]),
            _ => return None,
        }
    };
    Some(Line {
        kind: Some(f.kind),
        message: MessageId::fixed(message),
        args,
        provenance: provenance(facts, f),
        summary: f.summary.clone().map(MessageId::composed),
        old: f.kind.is_document() && f.old(),
        unknown: false,
    })
}

// The messages the card's text names around its lines (the core's
// `country_text` and `document::country`).
/// Whether the source was the publisher's own.
pub const PRIMARY: MessageId = MessageId::fixed("country-card-primary");
pub const SECONDARY: MessageId = MessageId::fixed("country-card-secondary");
/// "Ask VluchtelingenWerk to confirm this" (route cards say it too).
pub const CONFIRM: MessageId = MessageId::fixed("advice-confirm-card");
/// "Checked on …" (`$date`).
pub const CHECKED_ON: MessageId = MessageId::fixed("country-card-checked-on");
/// Once, before the card's first link.
pub const LINKS: MessageId = MessageId::fixed("country-card-links");
/// A document without a date.
pub const UNDATED: MessageId = MessageId::fixed("country-card-undated");
/// An old document, with its date (`$date`).
pub const OLD: MessageId = MessageId::fixed("country-fact-old");

/// Every message id a card can use, for the locale tests.
pub fn message_ids() -> Vec<MessageId> {
    let mut out: Vec<MessageId> = [
        "country-card-vwn-explains",
        "country-stay-check",
        "country-stay-points",
        "country-card-return-later",
        "country-fact-safe-not-listed",
        "country-fact-unknown",
        "country-fact-doc",
        "country-fact-doc-untitled",
        "country-fact-doc-undated",
        "country-fact-safe-listed",
        "country-fact-safe-suspended",
        "country-fact-moratorium-past",
        "country-fact-moratorium-ended",
        "country-fact-erso-past",
        "country-fact-iom-limited",
        "country-fact-iom-basic",
        "country-fact-iom-visa-free",
        "country-fact-return-org",
        "country-fact-return-org-general",
    ]
    .map(MessageId::fixed)
    .to_vec();
    out.extend([PRIMARY, SECONDARY, CONFIRM, CHECKED_ON, LINKS, UNDATED, OLD]);
    out.extend(FactKind::ALL.iter().map(|k| k.message()));
    out.extend(Publisher::ALL.iter().map(|p| p.message()));
    out.extend(
        [SectionId::Situation, SectionId::Procedure, SectionId::Stay, SectionId::Return, SectionId::Practical]
            .iter()
            .map(|s| s.message()),
    );
    out
}
