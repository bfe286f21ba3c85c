//! The languages the app speaks. To add one: create `locales/<code>/app.ftl`
//! `content.ftl` and `advice.ftl` with every message of `locales/en/`, and add a line here.

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
    /// Checked by a native speaker. When false the app says so.
    pub reviewed: bool,
    /// The locale's Fluent files, concatenated.
    pub ftl: &'static [&'static str],
}

macro_rules! ftl {
    ($code:literal) => {
        &[
            include_str!(concat!("../../locales/", $code, "/app.ftl")),
            include_str!(concat!("../../locales/", $code, "/content.ftl")),
            include_str!(concat!("../../locales/", $code, "/result.ftl")),
            include_str!(concat!("../../locales/", $code, "/advice.ftl")),
            include_str!(concat!("../../locales/", $code, "/country.ftl")),
            include_str!(concat!("../../locales/", $code, "/privacy.ftl")),
        ]
    };
}

/// In the order of need (content brief); Dutch is the reference language.
pub static LOCALES: &[Locale] = &[
    Locale { code: "nl", native: "Nederlands", english: "Dutch", dir: Dir::Ltr, reviewed: false, ftl: ftl!("nl") },
    Locale { code: "en", native: "English", english: "English", dir: Dir::Ltr, reviewed: false, ftl: ftl!("en") },
    Locale { code: "ar", native: "العربية", english: "Arabic", dir: Dir::Rtl, reviewed: false, ftl: ftl!("ar") },
    Locale { code: "ti", native: "ትግርኛ", english: "Tigrinya", dir: Dir::Ltr, reviewed: false, ftl: ftl!("ti") },
    Locale { code: "tr", native: "Türkçe", english: "Turkish", dir: Dir::Ltr, reviewed: false, ftl: ftl!("tr") },
    Locale {
        code: "fa", native: "فارسی", english: "Persian (Farsi)", dir: Dir::Rtl, reviewed: false, ftl: ftl!("fa")
    },
    Locale { code: "prs", native: "دری", english: "Dari", dir: Dir::Rtl, reviewed: false, ftl: ftl!("prs") },
    Locale { code: "so", native: "Soomaali", english: "Somali", dir: Dir::Ltr, reviewed: false, ftl: ftl!("so") },
    Locale { code: "fr", native: "Français", english: "French", dir: Dir::Ltr, reviewed: false, ftl: ftl!("fr") },
    Locale { code: "ps", native: "پښتو", english: "Pashto", dir: Dir::Rtl, reviewed: false, ftl: ftl!("ps") },
    Locale {
        code: "ckb",
        native: "کوردیی ناوەندی",
        english: "Kurdish (Sorani)",
        dir: Dir::Rtl,
        reviewed: false,
        ftl: ftl!("ckb"),
    },
    Locale {
        code: "kmr",
        native: "Kurmancî",
        english: "Kurdish (Kurmanji)",
        dir: Dir::Ltr,
        reviewed: false,
        ftl: ftl!("kmr"),
    },
    Locale { code: "am", native: "አማርኛ", english: "Amharic", dir: Dir::Ltr, reviewed: false, ftl: ftl!("am") },
    Locale {
        code: "ru", native: "Русский", english: "Russian", dir: Dir::Ltr, reviewed: false, ftl: ftl!("ru")
    },
    Locale {
        code: "ka", native: "ქართული", english: "Georgian", dir: Dir::Ltr, reviewed: false, ftl: ftl!("ka")
    },
    Locale { code: "es", native: "Español", english: "Spanish", dir: Dir::Ltr, reviewed: false, ftl: ftl!("es") },
];

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
