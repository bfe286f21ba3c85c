//! Newtypes for the identifiers the content uses, so a question id can never
//! be passed where an option id is meant.

use serde::{Deserialize, Serialize};
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
