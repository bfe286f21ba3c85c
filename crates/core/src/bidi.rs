//! Right-to-left text with Latin words inside it. A Dutch name such as
//! "WereldWijd (Limburg)" or "(ERSO)" inside Arabic text lets the bidi
//! algorithm guess where the brackets go, and it guesses wrong at the edges
//! of a line. Wrapping each Latin run in Unicode isolates (FSI … PDI) turns
//! it into one neutral unit, so the surrounding text decides the order.

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// ASCII letters and the accented Latin letters (U+00C0 to U+024F, where only
/// × and ÷ are not letters). Spelt out: `char::is_alphabetic` would ship
/// Unicode's table of letters in the wasm (~1 KB brotli).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷')
}

/// Characters that may join two Latin words into one run ("DT&V", "Ter Apel").
fn joins(c: char) -> bool {
    matches!(c, ' ' | '-' | '&' | '.' | '\'' | '/' | '_') || c.is_ascii_digit()
}

/// A run starts at a Latin letter, or at digits that lead into one ("113.nl").
fn starts_run(rest: &[char]) -> bool {
    if is_latin_letter(rest[0]) {
        return true;
    }
    if !rest[0].is_ascii_digit() {
        return false;
    }
    // Digits, dots and dashes without a space, then a letter.
    rest.iter().find(|c| !(joins(**c) && **c != ' ')).is_some_and(|c| is_latin_letter(*c))
}

/// `text` with every run of Latin words isolated. Runs start and end with a
/// Latin letter or digit; spaces and joiners between Latin words stay inside.
pub fn isolate_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !starts_run(&chars[i..]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run goes on while joiners lead to another Latin letter or digit.
        let mut end = i + 1;
        loop {
            let mut j = end;
            while j < chars.len() && joins(chars[j]) && !chars[j].is_ascii_digit() {
                j += 1;
            }
            if j < chars.len() && (is_latin_letter(chars[j]) || chars[j].is_ascii_digit()) {
                end = j + 1;
            } else {
                break;
            }
        }
        out.push(FSI);
        out.extend(&chars[i..end]);
        out.push(PDI);
        i = end;
    }
    out
}

/// Fluent wraps variables in Unicode isolation marks, which matter in the
/// browser but clutter a terminal.
pub fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs_in_arabic_are_isolated_brackets_stay_outside() {
        assert_eq!(
            isolate_latin("شبكة ERSO (عن طريق VluchtelingenWerk)"),
            "شبكة \u{2068}ERSO\u{2069} (عن طريق \u{2068}VluchtelingenWerk\u{2069})"
        );
        assert_eq!(isolate_latin("WereldWijd (Limburg)"), "\u{2068}WereldWijd\u{2069} (\u{2068}Limburg\u{2069})");
        assert_eq!(isolate_latin("في Ter Apel."), "في \u{2068}Ter Apel\u{2069}.");
        assert_eq!(isolate_latin("مع DT&V؟"), "مع \u{2068}DT&V\u{2069}؟");
        assert_eq!(isolate_latin("عبر 113.nl"), "عبر \u{2068}113.nl\u{2069}", "a web address stays whole");
        assert_eq!(isolate_latin("اتصل بـ 113 أو 0800-0113"), "اتصل بـ 113 أو 0800-0113", "numbers alone are fine");
        assert_eq!(isolate_latin("بدون"), "بدون");
    }

    #[test]
    fn latin_letters_are_the_alphabetic_ones_of_latin_script() {
        for c in (0..0x0250).filter_map(char::from_u32) {
            let latin = c.is_ascii_alphabetic() || (c >= '\u{00C0}' && c.is_alphabetic());
            assert_eq!(is_latin_letter(c), latin, "{c:?}");
        }
        assert!(!is_latin_letter('ب') && !is_latin_letter('Ա'));
    }
}
