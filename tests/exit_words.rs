//! Leaving the page is not leaving the country. In every language, the quick
//! exit (`quick-exit`), the start screen's sentence about closing the page
//! quickly (`start-privacy-3`) and the Back button (`nav-back`) may not contain
//! a word that the same language uses for departure or return: a person who
//! was told to leave the Netherlands must not read "leave quickly" or "go
//! back" on a button that only closes a page or shows the previous question.
//!
//! The words come from the locale files themselves. Each `locales/<code>/app.ftl`
//! carries a translator's comment line (comments are stripped from the app,
//! see build.rs, so it costs nothing at run time):
//!
//! ```text
//! # departure-words: vertrek, vertrekken, terugkeer, terugkeren, teruggaan
//! ```
//!
//! The tests read every folder under `locales/` (not a list in the code), so a
//! new language is checked as soon as its folder exists, and fails with a clear
//! message until it has the line.
//!
//! Matching: a listed word matches anywhere inside a text (a substring, not a
//! whole word), after both are lower-cased and stripped of tatweel, Arabic
//! vowel marks, zero-width (non-)joiners, soft hyphens and bidi controls.
//! Whole-word matching does not work for these languages: Amharic and Tigrinya
//! (Ge'ez script) fuse prefixes and suffixes into the word (ለመውጣት "to leave"
//! holds መውጣት), Arabic writes و/ال/ب onto the word (والعودة holds عودة), Persian
//! joins parts with a zero-width non-joiner (می‌رفتم), and Kurdish, Somali and
//! Turkish add suffixes. So translators list stems or forms as they occur
//! (`veger` covers vegerîn, vegerin and vegerê); a word needs at least three
//! letters, and must really occur in one of the language's messages, so the
//! list cannot be made up. A stem that is part of an unrelated word (Persian
//! ترک is inside مشترک "shared") is a trap only if that word turns up in one of
//! the three texts; list a longer form (ترک کنید) instead.

use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The texts that are about the page, never about the country.
const EXIT_TEXTS: [&str; 3] = ["quick-exit", "start-privacy-3", "nav-back"];

/// The comment line that lists a language's departure and return words.
const MARKER: &str = "# departure-words:";

/// The file that must carry the line.
const LIST_FILE: &str = "app.ftl";

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every language folder under `locales/`, by code, sorted.
fn locale_dirs() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(locales_dir())
        .expect("locales/ is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    assert!(
        out.iter().any(|(c, _)| c == "nl") && out.iter().any(|(c, _)| c == "en"),
        "locales/ should hold at least nl and en, found {:?}",
        out.iter().map(|(c, _)| c).collect::<Vec<_>>()
    );
    out
}

/// Characters that do not change a word for a reader but would break a plain
/// substring match: soft hyphen, zero-width space/joiners and direction marks,
/// bidi embeddings and isolates, Arabic tatweel, Arabic vowel marks.
fn ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}')
}

fn normalize(s: &str) -> String {
    s.to_lowercase().chars().filter(|c| !ignorable(*c)).collect()
}

/// Whether `text` contains `word` in the sense described at the top.
fn contains_word(text: &str, word: &str) -> bool {
    normalize(text).contains(&normalize(word))
}

/// The departure and return words of a language, from the comment line in
/// its `app.ftl`; an error that says what to add when the line is missing.
fn departure_words(code: &str, dir: &std::path::Path) -> Result<Vec<String>, String> {
    let path = dir.join(LIST_FILE);
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{code}: cannot read {path:?}: {e}"))?;
    let lines: Vec<&str> = raw.lines().filter(|l| l.starts_with(MARKER)).collect();
    let line = match lines.as_slice() {
        [one] => *one,
        [] => {
            return Err(format!(
                "{code}: locales/{code}/{LIST_FILE} has no `{MARKER} …` line. Add one (a comment, at the start \
                 of the line) listing the words this language uses for leaving the country and for going back, \
                 comma-separated, as they occur in its messages; see tests/exit_words.rs"
            ))
        }
        _ => return Err(format!("{code}: locales/{code}/{LIST_FILE} has {} `{MARKER}` lines; keep one", lines.len())),
    };
    let words: Vec<String> =
        line[MARKER.len()..].split(',').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Err(format!("{code}: the `{MARKER}` line in locales/{code}/{LIST_FILE} lists no words"));
    }
    if let Some(w) = words.iter().find(|w| normalize(w).chars().count() < 3) {
        return Err(format!("{code}: departure word {w:?} is shorter than three letters and would match too much"));
    }
    Ok(words)
}

/// Every message of a language (value and attributes, every variant of a
/// selector, message references followed), as plain text by id.
fn message_texts(code: &str, dir: &std::path::Path) -> BTreeMap<String, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let sources: Vec<(PathBuf, String)> =
        files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap())).collect();
    let resources: Vec<ast::Resource<&str>> = sources
        .iter()
        .map(|(p, s)| fluent_syntax::parser::parse(s.as_str()).unwrap_or_else(|(_, e)| panic!("{code}: {p:?}: {e:?}")))
        .collect();
    let mut patterns: BTreeMap<&str, Vec<&ast::Pattern<&str>>> = BTreeMap::new();
    for res in &resources {
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                let list = patterns.entry(m.id.name).or_default();
                list.extend(m.value.iter());
                list.extend(m.attributes.iter().map(|a| &a.value));
            }
        }
    }
    patterns.keys().map(|id| (id.to_string(), message_text(id, &patterns, 0))).collect()
}

fn message_text(id: &str, all: &BTreeMap<&str, Vec<&ast::Pattern<&str>>>, depth: usize) -> String {
    let Some(list) = all.get(id) else { return String::new() };
    list.iter().map(|p| pattern_text(p, all, depth)).collect::<Vec<_>>().join("\n")
}

fn pattern_text(p: &ast::Pattern<&str>, all: &BTreeMap<&str, Vec<&ast::Pattern<&str>>>, depth: usize) -> String {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            // A placeable stands for a word of its own: a space on each side.
            ast::PatternElement::Placeable { expression } => {
                out.push(' ');
                out.push_str(&expression_text(expression, all, depth));
                out.push(' ');
            }
        }
    }
    out
}

fn expression_text(e: &ast::Expression<&str>, all: &BTreeMap<&str, Vec<&ast::Pattern<&str>>>, depth: usize) -> String {
    match e {
        // Every variant can be shown, so every variant counts.
        ast::Expression::Select { variants, .. } => {
            variants.iter().map(|v| pattern_text(&v.value, all, depth)).collect::<Vec<_>>().join("\n")
        }
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::StringLiteral { value } => value.to_string(),
            ast::InlineExpression::MessageReference { id, .. } if depth < 8 => message_text(id.name, all, depth + 1),
            ast::InlineExpression::Placeable { expression } => expression_text(expression, all, depth),
            _ => String::new(),
        },
    }
}

#[test]
fn matching_ignores_case_marks_and_joiners_and_finds_stems_inside_words() {
    assert!(contains_word("Dib u noqo", "dib u noqo"), "case");
    assert!(contains_word("والعودة", "عودة"), "an Arabic prefix");
    assert!(contains_word("العَوْدَة", "عودة"), "Arabic vowel marks");
    assert!(contains_word("باید فوراً می\u{200C}رفتم", "میرفتم"), "a zero-width non-joiner");
    assert!(contains_word("ለመውጣት", "መውጣት"), "a fused Ge'ez prefix");
    assert!(contains_word("Vegerin", "veger"), "a stem");
    assert!(contains_word("\u{2068}Retour\u{2069}", "retour"), "bidi isolation");
    assert!(!contains_word("Terug", "terugkeer"), "a longer word does not match a shorter text");
    assert!(!contains_word("Kii hore", "dib u noqo"));
}

#[test]
fn every_locale_lists_its_departure_words() {
    let problems: Vec<String> =
        locale_dirs().iter().filter_map(|(code, dir)| departure_words(code, dir).err()).collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_departure_word_occurs_in_a_message_of_its_language() {
    let mut problems = Vec::new();
    for (code, dir) in locale_dirs() {
        let Ok(words) = departure_words(&code, &dir) else { continue }; // reported by the test above
        let texts = message_texts(&code, &dir);
        let all = texts.values().map(|t| normalize(t)).collect::<Vec<_>>().join("\n");
        for w in words {
            if !all.contains(&normalize(&w)) {
                problems.push(format!(
                    "{code}: departure word {w:?} occurs in none of the messages of locales/{code}/ \
                     (list words as the translations use them)"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn exit_texts_contain_no_departure_or_return_word() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (code, dir) in locale_dirs() {
        let Ok(words) = departure_words(&code, &dir) else { continue }; // reported above
        let texts = message_texts(&code, &dir);
        for id in EXIT_TEXTS {
            let Some(text) = texts.get(id) else {
                problems.push(format!("{code}: no message {id}"));
                continue;
            };
            checked += 1;
            let found: Vec<&String> = words.iter().filter(|w| contains_word(text, w)).collect();
            if !found.is_empty() {
                problems.push(format!(
                    "{code}: {id} = {:?} contains {found:?}, a word this language uses for leaving the country \
                     or going back; say 'close this page' / 'previous' instead",
                    text.trim()
                ));
            }
        }
    }
    assert!(checked >= 2 * EXIT_TEXTS.len(), "only {checked} texts checked");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
