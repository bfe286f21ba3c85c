//! The result as one document: plain data, built once from the assessment,
//! with every text already in the person's language (and, for a counsellor
//! or a bilingual summary, a second language beside it). Every output lays
//! out this one document, like back ends of one intermediate representation:
//!
//! - the result screen and the summary (`ui::result`, `ui::summary`, through
//!   [`html`]), which is also what is printed;
//! - the downloaded file ([`html::file`]);
//! - read-aloud ([`text::spoken`]);
//! - the `assess` command ([`text::plain`], via [`text::session_text`]).
//!
//! ```ignore
//! let doc = document::build(q, &session, &assess(q, &session), Languages::one(&messages), dates::long, Options::default());
//! print!("{}", document::text::plain(&doc));
//! ```

mod build;
pub mod country;
pub mod dates;
pub mod html;
pub mod summary;
pub mod text;

pub use build::{build, checked_until, split_first_sentence, MAX_NEXT_STEPS};

use crate::engine::{Day, ReferralId, RouteId};
use crate::i18n::{Dir, MessageKey, Translator};

/// The languages a document is written in: the person's, and optionally a
/// second one (the counsellor's, or one picked for the summary).
#[derive(Clone, Copy)]
pub struct Languages<'a> {
    pub first: &'a Translator,
    pub second: Option<&'a Translator>,
}

impl<'a> Languages<'a> {
    pub fn one(first: &'a Translator) -> Self {
        Languages { first, second: None }
    }

    /// The same text in each language.
    pub fn words(&self, f: impl Fn(&Translator) -> String) -> Words {
        let resolve = |messages: &Translator| match messages.locale.dir {
            Dir::Rtl => crate::bidi::isolate_latin(&f(messages)),
            Dir::Ltr => f(messages),
        };
        Words::pair(resolve(self.first), self.second.map(resolve))
    }

    /// The same text in each language, without isolating Latin runs: for
    /// texts whose value is found again by the renderers (numbers, links,
    /// rules), which Fluent isolates by itself.
    pub fn words_plain(&self, f: impl Fn(&Translator) -> String) -> Words {
        Words::pair(f(self.first), self.second.map(f))
    }

    /// A message in each language.
    pub fn t(&self, id: impl MessageKey) -> Words {
        self.t_one(&id)
    }

    /// One copy of the code for every kind of id.
    fn t_one(&self, id: &dyn MessageKey) -> Words {
        self.words(|messages| messages.t(id))
    }
}

pub use crate::words::DateFormat;

/// What goes into the document besides the result itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// For the counsellor: the rule and answers behind each card, sources,
    /// and a checklist.
    pub counsellor: bool,
    /// The answers given (the summary when ticked, and `assess`).
    pub answers: bool,
    /// The card of the country the person chose (the result screen; the
    /// summary when ticked; `assess`), from these facts and this question.
    pub country: Option<country::CountryInput<'a>>,
}

/// A language of the document, for `lang` and `dir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang {
    pub code: &'static str,
    pub dir: Dir,
}

/// One text in the first language and, if the document has one, the second.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub first: String,
    pub second: Option<String>,
}

impl Words {
    /// A text in two languages; a second that reads the same as the first
    /// (a name, a number) is left out, so it is not printed twice.
    pub fn pair(first: String, second: Option<String>) -> Words {
        let same = |s: &String| crate::bidi::strip_isolation(s) == crate::bidi::strip_isolation(&first);
        let second = second.filter(|s| !same(s));
        Words { first, second }
    }
}

/// A text with values inside it that are more than text: phone numbers to
/// call, a website to open, or a rule to show as code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub words: Words,
    /// Each value as it appears inside `words`, in order, and what it is.
    pub marks: Vec<(String, Mark)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// `tel:` target, digits only.
    Tel(String),
    /// `https://` address.
    Web(String),
    /// Content-language code (a rule), always left to right.
    Code,
}

/// Whether a card is an urgent note, a suggested route, or an option held
/// back by the safety rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardKind {
    Urgent,
    Route,
    Other,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResultDocument {
    pub first: Lang,
    pub second: Option<Lang>,
    pub title: Words,
    pub summary_title: Words,
    /// "Made on …", for the summary and the file.
    pub made: Words,
    /// "Information checked up to …": the newest `checked` in the content,
    /// so that an old copy shows its age.
    pub checked_until: Option<Words>,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// At most three things to do, urgent first. Always the first block.
    NextSteps { title: Words, steps: Vec<NextStep> },
    /// One line: where to turn in danger, "information, not legal advice",
    /// or "ask to confirm these facts".
    Note(NoteKind, Words),
    /// Urgent notes, suggested routes, or other options.
    Cards { kind: CardKind, title: Words, intro: Option<Words>, cards: Vec<Card> },
    /// Every organisation named above, once.
    Directory { title: Words, contacts: Vec<Contact> },
    /// What a counsellor checks next.
    Checklist { title: Words, items: Vec<Words> },
    /// The answers given, one line each.
    Answers { title: Words, items: Vec<Words> },
    /// What is known about the chosen country, under the safety rule.
    Country(country::CountryBlock),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// Where to turn in immediate danger, on every result.
    Danger,
    /// Information, not legal advice.
    Disclaimer,
    /// Some facts are not from the publisher's own page: ask
    /// VluchtelingenWerk to confirm.
    ConfirmFacts,
    /// Once, before the first link: a link opens another site, and the visit
    /// stays in the browser history, where quick exit cannot remove it.
    Links,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    /// The card this step comes from.
    pub card: RouteId,
    pub kind: CardKind,
    /// The card's title (the screen shows the action alone, to fit a phone).
    pub title: Words,
    /// What to do: the first sentence of the card's "what next".
    pub action: Words,
    pub deadlines: Vec<Deadline>,
    /// Whom to contact first, with the quickest way to reach them.
    pub contact: Option<ContactLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: RouteId,
    pub kind: CardKind,
    pub title: Words,
    /// One line, shown when the card is closed: the first sentence of "what".
    pub line: Words,
    /// The rest of "what", if any.
    pub more: Option<Words>,
    pub deadlines: Vec<Deadline>,
    /// For an option held back by the safety rule: the signals that hold it back.
    pub held_back: Option<Section>,
    /// "Because you said:" and the answers, or why it is there for everyone.
    pub reasons: Section,
    /// Options within a route that apply.
    pub points: Option<(Words, Vec<Point>)>,
    /// Where the card's own facts come from, one line each, with the
    /// address marked as a link.
    pub sources: Vec<Marked>,
    /// Set when a fact behind the card is from a digest: ask to confirm it.
    pub confirm: Option<Words>,
    pub next: Section,
    pub contacts: Option<(Words, Vec<ContactLine>)>,
    /// For the counsellor: the rule and the answers it reads.
    pub rule: Option<RuleDetail>,
}

/// An option within a route, with where its facts come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub id: RouteId,
    pub text: Words,
    pub sources: Vec<Marked>,
}

/// A heading and either a text or a list.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: Option<Words>,
    pub text: Option<Words>,
    pub items: Vec<Words>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    /// The last day shown, or the last day of the window shown; `None` when
    /// the text shows no date (it has passed, or cannot be counted).
    pub day: Option<Day>,
    pub text: Words,
    /// Set when the date has passed, or may have: what to do now.
    pub passed: Option<Words>,
}

/// An organisation, briefly: its name and how to reach it.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactLine {
    pub id: ReferralId,
    pub name: Words,
    /// A website, a phone number, or "through VluchtelingenWerk": never empty.
    pub reach: Vec<Marked>,
    /// Who learns what when the person uses this route.
    pub shares: Words,
}

/// An organisation in the directory.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub line: ContactLine,
    pub offer: Words,
    pub checked: Words,
    /// For the counsellor: where the details were read.
    pub source: Option<Marked>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleDetail {
    pub rule: Marked,
    pub answers: Section,
}

impl ResultDocument {
    /// Every card, in document order.
    pub fn cards(&self) -> impl Iterator<Item = &Card> {
        self.blocks.iter().flat_map(|b| match b {
            Block::Cards { cards, .. } => cards.as_slice(),
            _ => &[],
        })
    }

    /// The next steps (the first block).
    pub fn next_steps(&self) -> &[NextStep] {
        match self.blocks.first() {
            Some(Block::NextSteps { steps, .. }) => steps,
            _ => &[],
        }
    }
}
