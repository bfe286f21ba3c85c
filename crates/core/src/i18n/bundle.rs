//! One Fluent bundle per language, with English behind it so a missing
//! message shows English text, never a blank or a raw id. The tests make sure
//! no message is missing in the first place.

use super::locales::{find, Locale};
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub struct Translator {
    pub locale: &'static Locale,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

/// Fluent errors of a locale's files (syntax or duplicate ids).
pub fn load(locale: &'static Locale) -> Result<FluentBundle<FluentResource>, Vec<String>> {
    let lang = plural_lang(locale.code).parse().map_err(|e| vec![format!("{e:?}")])?;
    let (bundle, errors) = parse(lang, locale.ftl);
    if errors.is_empty() {
        Ok(bundle)
    } else {
        Err(errors.iter().map(|e| format!("{}: {e:?}", locale.code)).collect())
    }
}

/// The locale's files in one bundle, and the errors found on the way, not
/// formatted: the app never shows them, and their `Debug` text would bring
/// its code and Unicode tables into the wasm (~3 KB brotli).
fn parse(lang: LanguageIdentifier, ftl: &[&str]) -> (FluentBundle<FluentResource>, Vec<FluentError>) {
    let mut bundle = FluentBundle::new(vec![lang]);
    let mut errors = Vec::new();
    for src in ftl {
        match FluentResource::try_new(src.to_string()) {
            Ok(res) => {
                if let Err(es) = bundle.add_resource(res) {
                    errors.extend(es);
                }
            }
            Err((res, es)) => {
                errors.extend(es.into_iter().map(FluentError::ParserError));
                let _ = bundle.add_resource(res);
            }
        }
    }
    (bundle, errors)
}

/// The language whose plural rules apply: CLDR has no separate rules for a
/// few of our codes, whose grammar follows a close relative.
fn plural_lang(code: &str) -> &str {
    match code {
        "prs" => "fa",
        "kmr" => "ku",
        _ => code,
    }
}

fn load_lenient(locale: &'static Locale, ftl: &[&str]) -> FluentBundle<FluentResource> {
    let lang = || plural_lang(locale.code).parse().unwrap_or_default();
    let (bundle, errors) = parse(lang(), ftl);
    if errors.is_empty() {
        return bundle;
    }
    // Keep whatever parsed; the tests report the errors.
    let mut b = FluentBundle::new(vec![lang()]);
    for src in ftl {
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
        b.add_resource_overriding(res);
    }
    b
}

impl Translator {
    /// The translator of a compiled-in locale.
    pub fn new(locale: &'static Locale) -> Translator {
        Translator::with_text(locale, locale.ftl)
    }

    /// The translator of a locale from its Fluent text (fetched, on the web).
    pub fn with_text(locale: &'static Locale, ftl: &[&str]) -> Translator {
        // English behind the others; on the web, where English is fetched
        // too, Dutch, which is compiled in.
        let fallback = ["en", "nl"]
            .into_iter()
            .filter_map(find)
            .find(|l| l.compiled_in())
            .filter(|l| l.code != locale.code)
            .map(|l| load_lenient(l, l.ftl));
        Translator { locale, bundle: load_lenient(locale, ftl), fallback }
    }

    /// The message `id`, or `id.attr` when `id` contains a dot.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message with variables.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// Whether the locale (not the fallback) has the message.
    pub fn has(&self, id: &str) -> bool {
        lookup(&self.bundle, id, None).is_some()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        lookup(&self.bundle, id, args)
            .or_else(|| self.fallback.as_ref().and_then(|f| lookup(f, id, args)))
            .unwrap_or_else(|| format!("[{id}]"))
    }
}

fn lookup(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}
