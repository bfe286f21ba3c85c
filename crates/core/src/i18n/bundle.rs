//! One Fluent bundle per language, with English behind it so a missing
//! message shows English text, never a blank or a raw id. The tests make sure
//! no message is missing in the first place.

use super::ids::MessageId;
use super::locales::{find, Locale};
use super::Msg;
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

    /// The message (or attribute) `id`: a constant of [`super::msg`] or an
    /// id the engine composes ([`super::ids`]). Not a string: a misspelt id
    /// fails to compile.
    ///
    /// ```
    /// use wegwijzer_core::i18n::{find, msg, Translator};
    /// let messages = Translator::new(find("nl").unwrap());
    /// assert_eq!(messages.t(msg::DATE_ENTER), "Datum op de brief");
    /// ```
    ///
    /// A string does not compile, nor does a misspelt constant:
    ///
    /// ```compile_fail
    /// use wegwijzer_core::i18n::{find, msg, Translator};
    /// let messages = Translator::new(find("nl").unwrap());
    /// messages.t("date-enter");
    /// ```
    ///
    /// ```compile_fail
    /// use wegwijzer_core::i18n::{find, msg, Translator};
    /// let messages = Translator::new(find("nl").unwrap());
    /// messages.t(msg::DATE_ENTRE);
    /// ```
    pub fn t(&self, id: impl MessageKey) -> String {
        let (m, a) = id.key();
        self.format(m, a, None)
    }

    /// The message with variables.
    pub fn t_args(&self, id: impl MessageKey, args: &[(&str, FluentValue)]) -> String {
        let (m, a) = id.key();
        self.format_args(m, a, args)
    }

    /// Whether the locale (not the fallback) has the message.
    pub fn has(&self, id: impl MessageKey) -> bool {
        let (m, a) = id.key();
        lookup(&self.bundle, m, a, None).is_some()
    }

    /// Any message by its id (`id.attr` for an attribute): only for the
    /// tests and tools that walk every message of a file, which have no
    /// constant for it. The app names its messages through [`MessageKey`]
    /// (`tests/locales.rs` checks that it does not call this).
    #[doc(hidden)]
    pub fn t_any(&self, id: &str) -> String {
        let (m, a) = split(id);
        self.format(m, a, None)
    }

    /// Whether the locale has any message by its id: like [`Self::t_any`],
    /// for tests and tools only.
    #[doc(hidden)]
    pub fn has_any(&self, id: &str) -> bool {
        let (m, a) = split(id);
        lookup(&self.bundle, m, a, None).is_some()
    }

    fn format_args(&self, id: &str, attr: Option<&str>, args: &[(&str, FluentValue)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, attr, Some(&fa))
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        lookup(&self.bundle, id, attr, args)
            .or_else(|| self.fallback.as_ref().and_then(|f| lookup(f, id, attr, args)))
            .unwrap_or_else(|| match attr {
                Some(a) => format!("[{id}.{a}]"),
                None => format!("[{id}]"),
            })
    }
}

/// What a lookup names: a fixed message (a constant of [`super::msg`]) or
/// a message the engine composes from the content or names itself
/// ([`MessageId`]). Sealed, and not implemented for strings, so that a
/// misspelt id fails to compile. A composed id and its attributes:
///
/// ```
/// use wegwijzer_core::engine::RouteId;
/// use wegwijzer_core::i18n::{ids, Translator};
/// fn what(messages: &Translator, route: &RouteId) -> String {
///     messages.t(ids::route(route).attr("what"))
/// }
/// ```
///
/// A string, though, does not compile:
///
/// ```compile_fail
/// fn text(messages: &wegwijzer_core::i18n::Translator) -> String {
///     messages.t(String::from("date-enter"))
/// }
/// ```
///
/// nor can a fixed message be made from a string outside `i18n`:
///
/// ```compile_fail
/// let id = wegwijzer_core::i18n::Msg("date-enter");
/// ```
pub trait MessageKey: sealed::Sealed {
    /// The message's id and, if it names one, the attribute.
    fn key(&self) -> (&str, Option<&str>);
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::Msg {}
    impl Sealed for super::MessageId {}
    impl<T: Sealed + ?Sized> Sealed for &T {}
}

impl MessageKey for Msg {
    fn key(&self) -> (&str, Option<&str>) {
        (self.as_str(), None)
    }
}

impl MessageKey for MessageId {
    fn key(&self) -> (&str, Option<&str>) {
        (self.message(), self.attribute())
    }
}

impl<T: MessageKey + ?Sized> MessageKey for &T {
    fn key(&self) -> (&str, Option<&str>) {
        (**self).key()
    }
}

/// `id.attr` as the message and the attribute.
fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

fn lookup(
    bundle: &FluentBundle<FluentResource>,
    msg_id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let msg = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}
