//! Newtypes for the identifiers the content uses, so a question id can never
//! be passed where an option id is meant; and [`MessageId`], the id of a
//! message the content composes or the engine names.

use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(s: impl Into<String>) -> Self {
                Self(s.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_string())
            }
        }
    };
}

id_type!(
    /// A question, e.g. `fear`.
    QuestionId
);
id_type!(
    /// An answer option of a question, e.g. `yes`, or a country code.
    OptionId
);
id_type!(
    /// A suggested route or an urgent note, e.g. `legal_check`.
    RouteId
);
id_type!(
    /// An entry of the referral directory, e.g. `vwn`.
    ReferralId
);
id_type!(
    /// A fact with its source, e.g. `appeal_term_short` (1 week).
    FactId
);
id_type!(
    /// A protection signal, e.g. `fear`: while it holds, return routes are
    /// held back.
    SignalId
);
id_type!(
    /// A deadline kind, e.g. `appeal_1w`; also its message id `deadline-…`.
    DeadlineId
);

/// The id of a message (or of one of its attributes) that the content
/// composes or the engine names. Only this crate makes one (the constructors
/// are `pub(crate)`), so code elsewhere cannot hand a lookup a bare string:
/// the core's lookups take this type or the core's generated `i18n::msg`
/// constants, and a misspelt id fails to compile. The composed ids are
/// checked against every locale by `tests/locales.rs` (through
/// `message_ids::content_ids`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageId {
    id: Cow<'static, str>,
    attr: Option<&'static str>,
}

impl MessageId {
    /// A message the engine names.
    pub(crate) const fn fixed(id: &'static str) -> MessageId {
        MessageId { id: Cow::Borrowed(id), attr: None }
    }

    /// A message whose id is composed from the content.
    pub(crate) fn composed(id: String) -> MessageId {
        MessageId { id: Cow::Owned(id), attr: None }
    }

    /// One of the message's attributes (`.what`, `.short`, …).
    pub fn attr(&self, attr: &'static str) -> MessageId {
        MessageId { id: self.id.clone(), attr: Some(attr) }
    }

    /// The message's id (without the attribute).
    pub fn message(&self) -> &str {
        &self.id
    }

    /// The attribute, if this names one.
    pub fn attribute(&self) -> Option<&'static str> {
        self.attr
    }
}

/// `id` or `id.attr`, as the locale tests and the tools write it.
impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.attr {
            Some(a) => write!(f, "{}.{a}", self.id),
            None => f.write_str(&self.id),
        }
    }
}

/// As its text (the `assess` command's JSON).
impl Serialize for MessageId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
