//! The languages the app speaks. To add one: create `locales/<code>/` with
//! every message of `locales/en/` (the same `.ftl` files), and add a line to
//! `content/languages.toml`, of which `build.rs` makes [`LOCALES`]. A new
//! Fluent file needs no change: `build.rs` joins every `locales/<code>/*.ftl`.

/// Text direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[derive(Debug)]
pub struct Locale {
    /// BCP 47 code, also the folder name under `locales/` and `<html lang>`.
    pub code: &'static str,
    /// The language's name in itself, as shown in the picker.
    pub native: &'static str,
    /// Its name in English, for the people who maintain this list; the app
    /// does not show it.
    pub english: &'static str,
    pub dir: Dir,
    /// The locale's Fluent text when it is compiled in (empty when not: the
    /// web build fetches it after the first screen, see `ui::languages`).
    pub ftl: &'static [&'static str],
    /// The voice language tags that may read it aloud, best first.
    pub speech: &'static [&'static str],
}

/// What the start screen says about a language's review, from the records
/// in `content/reviews/` (counted by `build.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// Every message reviewed and not stale, the safety-critical ones included.
    Checked,
    /// Some messages reviewed; the share in whole percent.
    Partly(usize),
    NotChecked,
}

impl Review {
    pub fn of(f: crate::review::Figures) -> Review {
        if f.checked() && f.critical_reviewed == f.critical {
            Review::Checked
        } else if f.reviewed > 0 {
            Review::Partly(f.percent())
        } else {
            Review::NotChecked
        }
    }
}

mod figures {
    include!(concat!(env!("OUT_DIR"), "/review_figures.rs"));
}

impl Locale {
    /// This language's review figures from the records.
    pub fn review_figures(&self) -> crate::review::Figures {
        figures::FIGURES.iter().find(|(c, _)| *c == self.code).map(|(_, f)| *f).unwrap_or_default()
    }

    /// Checked, partly checked or not checked: "checked" only when every
    /// safety-critical message is reviewed and not stale.
    pub fn review(&self) -> Review {
        Review::of(self.review_figures())
    }

    /// Whether the text comes with the code (else it is fetched).
    pub fn compiled_in(&self) -> bool {
        !self.ftl.is_empty()
    }
}

/// Natively every language is compiled in (tools and tests see them all).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! ftl {
    ($code:literal) => {
        &[include_str!(concat!(env!("OUT_DIR"), "/ftl/", $code, ".ftl"))]
    };
}

/// On the web only Dutch, the language of the pre-rendered start screen, is
/// in the critical path; the others are separate files.
#[cfg(target_arch = "wasm32")]
macro_rules! ftl {
    ("nl") => {
        &[include_str!(concat!(env!("OUT_DIR"), "/ftl/nl.ftl"))]
    };
    ($code:literal) => {
        &[]
    };
}

// `LOCALES`, from `content/languages.toml`.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The locale with this code, if the app has it.
pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

/// The best locale for a browser language list such as `["ar-SY", "en"]`.
pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static Locale {
    for w in wanted {
        let w = w.to_ascii_lowercase();
        if let Some(l) = LOCALES.iter().find(|l| l.code == w) {
            return l;
        }
        let base = w.split('-').next().unwrap_or("");
        if let Some(l) = LOCALES.iter().find(|l| l.code == base) {
            return l;
        }
    }
    &LOCALES[0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::Figures;

    #[test]
    fn checked_only_with_every_message_and_every_safety_critical_one() {
        let all = Figures { messages: 10, reviewed: 10, stale: 0, critical: 3, critical_reviewed: 3 };
        assert_eq!(Review::of(all), Review::Checked);
        let one_stale = Figures { reviewed: 9, stale: 1, critical_reviewed: 2, ..all };
        assert_eq!(Review::of(one_stale), Review::Partly(90));
        assert_eq!(Review::of(Figures { reviewed: 0, critical_reviewed: 0, ..all }), Review::NotChecked);
    }
}
