//! Which voice may read a language aloud. Only voices that run on the device
//! (`localService`) are ever chosen: a network voice would send the text to
//! someone else's server. When no local voice speaks the language, there is
//! no voice, and the app says so instead of reading in another language.

/// What the browser tells about a voice.
#[derive(Clone, Debug, PartialEq)]
pub struct VoiceInfo {
    pub name: String,
    pub lang: String,
    pub local: bool,
    pub default: bool,
}

/// The language tags a voice may carry to read a locale's text, best first
/// (from `content/languages.toml`).
pub fn speech_tags(code: &str) -> &'static [&'static str] {
    crate::i18n::find(code).map_or(&[], |l| l.speech)
}

fn matches(voice_lang: &str, tag: &str) -> bool {
    let v = voice_lang.to_ascii_lowercase().replace('_', "-");
    // "fa" matches "fa" and "fa-IR" but "fa-af" only "fa-AF".
    v == tag || (!tag.contains('-') && v.split('-').next() == Some(tag))
}

/// The index of the voice to use for a locale, or `None`.
pub fn pick_voice(voices: &[VoiceInfo], code: &str) -> Option<usize> {
    for tag in speech_tags(code) {
        let found: Vec<usize> =
            (0..voices.len()).filter(|&i| voices[i].local && matches(&voices[i].lang, tag)).collect();
        if let Some(&i) = found.iter().find(|&&i| voices[i].default).or(found.first()) {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(name: &str, lang: &str, local: bool, default: bool) -> VoiceInfo {
        VoiceInfo { name: name.into(), lang: lang.into(), local, default }
    }

    #[test]
    fn never_picks_a_network_voice() {
        let voices = [v("Cloud Arabic", "ar-SA", false, true), v("Cloud Dutch", "nl-NL", false, false)];
        assert_eq!(pick_voice(&voices, "ar"), None);
        assert_eq!(pick_voice(&voices, "nl"), None);
    }

    #[test]
    fn never_reads_in_another_language() {
        let voices = [v("English", "en-US", true, true), v("Farsi", "fa-IR", true, false)];
        assert_eq!(pick_voice(&voices, "ti"), None);
        assert_eq!(pick_voice(&voices, "am"), None);
        assert_eq!(pick_voice(&voices, "prs"), None, "an Iranian Persian voice is not used for Dari");
        assert_eq!(pick_voice(&voices, "fa"), Some(1));
    }

    #[test]
    fn prefers_the_region_listed_first_then_the_default() {
        let voices = [
            v("Belgian", "nl-BE", true, false),
            v("Dutch", "nl_NL", true, false),
            v("Cloud Dutch", "nl-NL", false, true),
            v("US", "en-US", true, false),
            v("UK 2", "en-GB", true, false),
            v("UK", "en-GB", true, true),
        ];
        assert_eq!(pick_voice(&voices, "nl"), Some(1));
        assert_eq!(pick_voice(&voices, "en"), Some(5));
        let only_be = [v("Belgian", "nl-BE", true, false)];
        assert_eq!(pick_voice(&only_be, "nl"), Some(0), "any Dutch local voice will do");
    }

    #[test]
    fn every_locale_has_speech_tags() {
        for l in crate::i18n::LOCALES {
            assert!(!speech_tags(l.code).is_empty(), "{}", l.code);
        }
    }
}
