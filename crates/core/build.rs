//! Build-time data:
//! - the human-written content files (TOML), read into the engine's own types
//!   (so a misspelt field or a wrong kind fails the build with the file's line),
//!   checked, and written in postcard's compact binary form: the app ships a
//!   small decoder instead of serde_json's code for every content type;
//! - every `locales/<code>/*.ftl` of a language as one text, in file-name
//!   order, so a new Fluent file needs no code change. Natively every language
//!   is compiled in; the web build compiles in only Dutch and fetches the rest
//!   (`scripts/post-build.mjs` writes the same concatenation to `dist/locales/`);
//! - `i18n::LOCALES`, from `content/languages.toml` (checked against the
//!   folders of `locales/`);
//! - `i18n::msg`: a constant for every Dutch message the content does not
//!   compose, so the code names a message through it and a misspelt or
//!   missing id fails to compile.

use serde::{de::DeserializeOwned, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::{env, fs, path::Path};

// The engine is its own crate (std and serde only), so the build script
// reads the content into the very types the app decodes, and checks it.
use engine::check;
use wegwijzer_engine as engine;

// The review records' model, hash and staleness: the very crate the core
// exports as `wegwijzer_core::review`.
use wegwijzer_review as review;

fn main() {
    // content/ and locales/ live at the repository's root, two levels up.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../..");
    env::set_current_dir(&root).expect("the repository root");
    let out = env::var("OUT_DIR").unwrap();
    // The locales first: a country fact's sign-off covers its summary's text.
    let languages = locales(Path::new(&out));
    let composed = content(Path::new(&out), &languages);
    message_constants(Path::new(&out), &languages, &composed);
    language_list(Path::new(&out), &languages.keys().cloned().collect());
}

/// Encodes and checks the content; returns the message ids it composes.
fn content(out: &Path, languages: &Languages) -> BTreeSet<String> {
    let mut q: engine::Questionnaire = read("questionnaire");
    let problems = check::problems(&q);
    if !problems.is_empty() {
        panic!("content/questionnaire.toml has problems:\n{}", problems.join("\n"));
    }
    if !q.signed_off_facts.is_empty() {
        panic!("content/questionnaire.toml: signed_off_facts comes from content/reviews/facts.toml, not from here");
    }
    let mut facts: engine::country_card::CountryFacts = read("countries");
    if !facts.signed_off.is_empty() {
        panic!("content/countries.toml: signed_off comes from content/reviews/facts.toml, not from here");
    }
    let signed = fact_reviews(&q, &facts, languages);
    let is_signed = |kind: &str, id: &str| signed.contains(&(kind.to_string(), id.to_string()));
    q.signed_off_facts = q.facts.iter().filter(|f| is_signed("fact", f.id.as_str())).map(|f| f.id.clone()).collect();
    facts.signed_off = facts.facts.iter().filter(|f| is_signed("country", &f.id)).map(|f| f.id.clone()).collect();
    let consider: engine::consider::Consider = read("consider");
    let composed = engine::message_ids::content_ids(&q, &facts, &consider);
    // What is written for reviewers (a fact's `says`, a tag's `means`, every
    // `note`, what was searched) is never shown to the person: the app on
    // the phone does not carry it (the native tools and tests keep it, to
    // print it).
    let web = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if web {
        q.facts.iter_mut().for_each(|f| (f.says, f.note) = (String::new(), None));
        q.tags.iter_mut().for_each(|t| (t.means, t.note) = (String::new(), None));
        q.referrals.iter_mut().for_each(|r| r.note = None);
    }
    write(out, "questionnaire", &q);
    if web {
        facts.facts.iter_mut().for_each(|f| f.note.clear());
        facts.kinds.iter_mut().for_each(|k| k.searched.clear());
    }
    write(out, "countries", &facts);
    write(out, "consider", &consider);
    composed
}

/// Reads `content/<name>.toml` into the engine's types.
fn read<T: DeserializeOwned>(name: &str) -> T {
    let src = format!("content/{name}.toml");
    watch(Path::new(&src));
    let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("read {src}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"))
}

/// Writes `value` to `OUT_DIR/<name>.bin` in postcard's form.
fn write<T: Serialize>(out: &Path, name: &str, value: &T) {
    let bytes = postcard::to_allocvec(value).expect("content encodes");
    fs::write(out.join(format!("{name}.bin")), bytes).unwrap_or_else(|e| panic!("write {name}.bin: {e}"));
}

/// A review file of `content/reviews/`, or the empty default when there is
/// none (nothing reviewed yet).
fn review_file<T: DeserializeOwned + Default>(name: &str) -> T {
    let src = format!("content/reviews/{name}");
    watch(Path::new(&src));
    match fs::read_to_string(&src) {
        Ok(text) => toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}")),
        Err(_) => T::default(),
    }
}

/// Checks `content/reviews/facts.toml` against the questionnaire's facts,
/// tags and referrals and the country facts, and returns the `(kind, id)`
/// whose sign-off by a counsellor or a lawyer is current.
fn fact_reviews(
    q: &engine::Questionnaire,
    countries: &engine::country_card::CountryFacts,
    languages: &Languages,
) -> std::collections::BTreeSet<(String, String)> {
    let records: review::FactRecords = review_file("facts.toml");
    let (nl, en) = (review::language(&languages["nl"]), review::language(&languages["en"]));
    let mut hashes = review::fact_hashes(q);
    hashes.extend(review::country_fact_hashes(countries, &nl, &en));
    let known = hashes.iter().map(|(k, i, _)| (k.clone(), i.clone())).collect();
    let problems = review::check_facts(&records, &known);
    if !problems.is_empty() {
        panic!("content/reviews/facts.toml has problems:\n{}", problems.join("\n"));
    }
    review::fact_signoffs(&hashes, &records)
        .into_iter()
        .filter(|(_, (s, _))| *s == review::State::Reviewed)
        .map(|(key, _)| key)
        .collect()
}

/// Checks every language's review record and writes its figures to
/// `OUT_DIR/review_figures.rs`, for the start screen.
fn review_figures(out: &Path, languages: &Languages) {
    let critical: review::SafetyCritical = review_file("safety-critical.toml");
    let messages: BTreeMap<&str, _> = languages.iter().map(|(c, f)| (c.as_str(), review::language(f))).collect();
    let unknown = critical.unknown(&messages["nl"]);
    if !unknown.is_empty() {
        panic!("content/reviews/safety-critical.toml names no message: {}", unknown.join(", "));
    }
    let mut code = String::from("pub static FIGURES: &[(&str, crate::review::Figures)] = &[\n");
    for (lang, msgs) in &messages {
        let records: review::LanguageRecords = review_file(&format!("{lang}.toml"));
        let problems = review::check_language(lang, &records, msgs);
        if !problems.is_empty() {
            panic!("content/reviews/{lang}.toml has problems:\n{}", problems.join("\n"));
        }
        let states = review::states(&records, &messages["nl"], &messages["en"], msgs);
        let f = review::figures(&states, &critical);
        code.push_str(&format!(
            "    (\"{lang}\", crate::review::Figures {{ messages: {}, reviewed: {}, stale: {}, critical: {}, critical_reviewed: {} }}),\n",
            f.messages, f.reviewed, f.stale, f.critical, f.critical_reviewed
        ));
    }
    code.push_str("];\n");
    fs::write(out.join("review_figures.rs"), code).expect("write review_figures.rs");
}

/// Writes `OUT_DIR/msg.rs`: a constant for every message of the reference
/// language (Dutch) that the content does not compose, named for its id
/// (`save-done` -> `SAVE_DONE`), and `ALL`, every one of them.
fn message_constants(out: &Path, languages: &Languages, composed: &BTreeSet<String>) {
    let nl = review::language(&languages["nl"]);
    let mut code = String::new();
    let mut names = BTreeMap::new();
    for id in nl.keys().filter(|id| !id.contains('.') && !composed.contains(*id)) {
        let name = id.to_uppercase().replace('-', "_");
        if let Some(other) = names.insert(name.clone(), id) {
            panic!("locales/nl: messages {other} and {id} would both be i18n::msg::{name}");
        }
        code.push_str(&format!("pub const {name}: Msg = Msg(\"{id}\");\n"));
    }
    code.push_str("/// Every message above.\npub const ALL: &[Msg] = &[\n");
    for name in names.keys() {
        code.push_str(&format!("    {name},\n"));
    }
    code.push_str("];\n");
    fs::write(out.join("msg.rs"), code).expect("write msg.rs");
}

/// One line of `content/languages.toml`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Language {
    code: String,
    native: String,
    english: String,
    dir: String,
    speech: Vec<String>,
}

/// Writes `OUT_DIR/languages.rs`, `i18n::LOCALES`, from `content/languages.toml`:
/// the one list of the app's languages.
fn language_list(out: &Path, folders: &BTreeSet<String>) {
    #[derive(serde::Deserialize)]
    struct File {
        languages: Vec<Language>,
    }
    let list = read::<File>("languages").languages;
    let codes: BTreeSet<String> = list.iter().map(|l| l.code.clone()).collect();
    let mut problems = Vec::new();
    if codes.len() != list.len() {
        problems.push("a code is listed twice".to_string());
    }
    if list.first().map(|l| l.code.as_str()) != Some("nl") {
        problems.push("Dutch (nl), the reference, must come first".to_string());
    }
    problems.extend(folders.difference(&codes).map(|c| format!("locales/{c}/ is not listed")));
    problems.extend(codes.difference(folders).map(|c| format!("{c} has no folder locales/{c}/")));
    for l in &list {
        if !["ltr", "rtl"].contains(&l.dir.as_str()) {
            problems.push(format!("{}: dir is \"ltr\" or \"rtl\", not {:?}", l.code, l.dir));
        }
        if l.speech.is_empty() {
            problems.push(format!("{}: no speech tag (\"{}\" at least)", l.code, l.code));
        }
    }
    if !problems.is_empty() {
        panic!("content/languages.toml has problems:\n{}", problems.join("\n"));
    }
    let mut code = String::from(
        "/// In the order of need; Dutch is the reference language.\npub static LOCALES: &[Locale] = &[\n",
    );
    for l in &list {
        let dir = if l.dir == "rtl" { "Rtl" } else { "Ltr" };
        code.push_str(&format!(
            "    Locale {{ code: {:?}, native: {:?}, english: {:?}, dir: Dir::{dir}, ftl: ftl!({:?}), speech: &{:?} }},\n",
            l.code, l.native, l.english, l.code, l.speech
        ));
    }
    code.push_str("];\n");
    fs::write(out.join("languages.rs"), code).expect("write languages.rs");
}

/// Every language's Fluent files as `(file name, text)`, by code.
type Languages = BTreeMap<String, Vec<(String, String)>>;

fn locales(out: &Path) -> Languages {
    let dir = out.join("ftl");
    fs::create_dir_all(&dir).expect("create OUT_DIR/ftl");
    watch(Path::new("locales"));
    watch(Path::new("content/reviews"));
    let mut languages = BTreeMap::new();
    for lang in fs::read_dir("locales").expect("read locales/") {
        let lang = lang.expect("locales/ entry").path();
        if !lang.is_dir() {
            continue;
        }
        watch(&lang);
        let mut files: Vec<_> = fs::read_dir(&lang)
            .expect("read a locale folder")
            .map(|e| e.expect("locale file").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut text = String::new();
        let mut raw = Vec::new();
        for f in files {
            watch(&f);
            let ftl = fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            raw.push((f.file_name().unwrap().to_string_lossy().into_owned(), ftl.clone()));
            // Comments are for translators, not for the app.
            for line in ftl.lines().filter(|l| !l.starts_with('#')) {
                text.push_str(line);
                text.push('\n');
            }
            text.push('\n');
        }
        let code = lang.file_name().unwrap().to_string_lossy().into_owned();
        fs::write(dir.join(format!("{code}.ftl")), text).expect("write a locale's Fluent text");
        languages.insert(code, raw);
    }
    review_figures(out, &languages);
    languages
}

/// Cargo reads a watched path relative to this crate; ours are relative to
/// the repository's root (the working directory), so they are made absolute.
fn watch(path: &Path) {
    let abs = env::current_dir().expect("working directory").join(path);
    println!("cargo:rerun-if-changed={}", abs.display());
}
