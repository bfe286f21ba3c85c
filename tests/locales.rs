//! Every language complete: each locale parses, has every message the code
//! and the content use (with the same attributes and variables as English),
//! and no message nobody uses.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use wegwijzer::content::questionnaire;
use wegwijzer::i18n::{bundle, ids, Translator, LOCALES};

/// Message id -> (attributes, variables used anywhere in it).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn vars_in(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out);
        }
    }
}

fn vars_in_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => vars_in_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in(&v.value, out);
            }
        }
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expr(expression, out),
        _ => {}
    }
}

fn shape(code: &str) -> Shape {
    let locale = wegwijzer::i18n::find(code).unwrap();
    let mut out = Shape::new();
    for src in locale.ftl {
        let res = fluent_syntax::parser::parse(*src).unwrap_or_else(|(_, e)| panic!("{code}: {e:?}"));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in(v, &mut vars);
                }
                for a in &m.attributes {
                    vars_in(&a.value, &mut vars);
                }
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                out.insert(m.id.name.to_string(), (attrs, vars));
            }
        }
    }
    out
}

/// Message ids (with attributes as `id.attr`) the content needs.
fn content_ids() -> BTreeSet<String> {
    let q = questionnaire();
    let mut out = BTreeSet::new();
    for question in &q.questions {
        let m = ids::question(&question.id);
        out.extend([m.clone(), format!("{m}.short"), format!("{m}.why")]);
        for o in question.choices(&q.settings) {
            out.insert(ids::option(&question.id, &o));
        }
    }
    for r in &q.urgent {
        let m = ids::urgent(&r.id);
        out.extend([m.clone(), format!("{m}.what"), format!("{m}.next")]);
    }
    for r in &q.routes {
        let m = ids::route(&r.id);
        out.extend([m.clone(), format!("{m}.what"), format!("{m}.next")]);
    }
    for p in q.rules().flat_map(|r| r.points.iter()) {
        out.insert(ids::point(&p.id));
    }
    for r in &q.referrals {
        let m = ids::referral(&r.id);
        out.extend([m.clone(), format!("{m}.offer"), format!("{m}.how"), ids::referral_shares(&r.id)]);
    }
    for d in q.rules().flat_map(|r| r.deadlines.iter()) {
        let m = ids::deadline(&d.id);
        out.insert(m.clone());
        out.extend(ids::DEADLINE_ATTRIBUTES.iter().map(|a| format!("{m}.{a}")));
    }
    for s in &q.signals {
        out.insert(ids::signal(&s.id));
    }
    for n in q.questions.iter().filter_map(|x| x.notice.as_ref()) {
        out.insert(ids::notice(&n.id));
    }
    // Country cards and "thinking it through" (tests/country.rs checks them in depth).
    out.extend(wegwijzer::engine::country_card::message_ids().into_iter().map(String::from));
    out.extend(wegwijzer::content::country::consider().topics.iter().map(|t| t.message()));
    // What each document concludes: content/countries.toml names the message.
    out.extend(wegwijzer::content::country::country_facts().facts.iter().filter_map(|f| f.summary.clone()));
    out
}

/// Every `.rs` file under `src/` and `crates/`, with its text.
fn rust_sources() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src"), std::path::PathBuf::from("crates")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    out
}

/// Message ids the interface code asks for: string literals passed to the
/// lookup functions, and notices set by id.
fn code_ids() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (p, text) in rust_sources() {
        for marker in [
            "t(\"",
            "tt(\"",
            "bi(\"",
            "t_args(\"",
            "t_in(nl, \"",
            "tr.t(\"",
            "tr.t_args(\"",
            "Some(\"",
            "vec![\"",
            "push(\"",
        ] {
            for (i, _) in text.match_indices(marker) {
                // A whole call name, not the end of another (`get("`).
                let before = text[..i].chars().last().unwrap_or(' ');
                let ui_only = ["Some(\"", "vec![\"", "push(\""].contains(&marker);
                if before.is_alphanumeric() || before == '_' || (ui_only && !p.starts_with("src/ui")) {
                    continue;
                }
                let rest = &text[i + marker.len()..];
                let lit: String = rest.chars().take_while(|c| *c != '"').collect();
                if !lit.is_empty()
                    && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
                {
                    out.insert(lit);
                }
            }
        }
    }
    out
}

/// Every string literal in the interface code that could be a message id:
/// messages picked in a `match` or a list count as used too.
fn ui_literals() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir("src/ui").unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        for (i, lit) in text.split('"').enumerate() {
            if i % 2 == 1
                && !lit.is_empty()
                && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.insert(lit.to_string());
            }
        }
    }
    out
}

fn has(shape: &Shape, id: &str) -> bool {
    match id.split_once('.') {
        Some((m, a)) => shape.get(m).is_some_and(|(attrs, _)| attrs.contains(a)),
        None => shape.contains_key(id),
    }
}

#[test]
fn every_locale_parses_without_errors() {
    for l in LOCALES {
        if let Err(e) = bundle::load(l) {
            panic!("{}: {}", l.code, e.join("\n"));
        }
    }
}

#[test]
fn every_message_used_exists_in_every_locale() {
    let needed: BTreeSet<String> = content_ids().into_iter().chain(code_ids()).collect();
    assert!(needed.len() > 200, "the scan found the ids: {}", needed.len());
    for l in LOCALES {
        let s = shape(l.code);
        let missing: Vec<_> = needed.iter().filter(|id| !has(&s, id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.code);
    }
}

/// Every string literal in `src/` that looks like a message id (lowercase
/// words joined by hyphens), with the file it is in. Attribute values
/// (`id="…"`, `set_attribute("…"`) and element lookups are not messages.
/// This sees ids the code returns as plain strings (`"save-done"`,
/// `.then_some("…")`, a `match` arm), which no call-name scan can.
fn id_like_literals() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (p, text) in rust_sources() {
        for (start, lit) in string_literals(&text) {
            let words: Vec<&str> = lit.split('-').collect();
            let id_like = words.len() > 1
                && lit.starts_with(|c: char| c.is_ascii_lowercase())
                && words
                    .iter()
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            let before = text[..start].trim_end();
            let attribute =
                ["=", "attribute(", "by_id(", "selector(", "selector_all("].iter().any(|m| before.ends_with(m));
            if id_like && !attribute {
                out.push((lit, p.display().to_string()));
            }
        }
    }
    out
}

/// The string literals of Rust source, with where each starts: escapes and
/// raw strings are skipped over, so quotes inside them do not derail it.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let b = text.as_bytes();
    let (mut i, mut out) = (0, Vec::new());
    while i < b.len() {
        match b[i] {
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 3, // a char literal such as '"'
            b'r' if b.get(i + 1) == Some(&b'#') => {
                let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                let close = format!("\"{}", "#".repeat(hashes));
                let body = i + 1 + hashes + 1;
                i = text[body..].find(&close).map_or(b.len(), |e| body + e + close.len());
            }
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                out.push((i, text[i + 1..j.min(b.len())].to_string()));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A BCP 47 tag such as `fa-af` for one of the app's languages (speech
/// voices are picked by them).
fn is_language_tag(lit: &str) -> bool {
    lit.split_once('-').is_some_and(|(l, r)| LOCALES.iter().any(|x| x.code == l) && r.len() == 2)
}

#[test]
fn every_id_like_string_in_the_code_is_an_english_message() {
    let en = shape("en");
    let found = id_like_literals();
    assert!(found.iter().any(|(l, _)| l == "save-done"), "the scan sees ids returned as plain strings");
    let unknown: Vec<_> = found
        .iter()
        .filter(|(lit, _)| !has(&en, lit) && !is_language_tag(lit) && lit != wegwijzer::store::format::FORMAT)
        .collect();
    assert!(unknown.is_empty(), "not a message in locales/en: {unknown:?}");
}

#[test]
fn every_locale_has_every_english_message() {
    let en = shape("en");
    for l in LOCALES {
        let s = shape(l.code);
        let missing: Vec<_> = en.keys().filter(|id| !s.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.code);
    }
}

#[test]
fn no_locale_has_messages_nobody_uses() {
    let used: BTreeSet<String> = content_ids()
        .into_iter()
        .chain(code_ids())
        .chain(ui_literals())
        .chain(id_like_literals().into_iter().map(|(lit, _)| lit))
        .map(|id| id.split('.').next().unwrap().to_string())
        .collect();
    for l in LOCALES {
        let unused: Vec<_> = shape(l.code).into_keys().filter(|id| !used.contains(id)).collect();
        assert!(unused.is_empty(), "{} has unused messages {unused:?}", l.code);
    }
}

#[test]
fn every_locale_has_the_same_attributes_and_variables_as_english() {
    let en = shape("en");
    for l in LOCALES {
        let s = shape(l.code);
        for (id, (attrs, vars)) in &en {
            let Some((a, v)) = s.get(id) else { continue };
            assert_eq!(a, attrs, "{}: attributes of {id}", l.code);
            // `date-long` is always given `$numeric` (the date in numbers),
            // which a language may add beside the words.
            let mut v = v.clone();
            if id == "date-long" {
                v.remove("numeric");
            }
            assert_eq!(&v, vars, "{}: variables of {id}", l.code);
        }
    }
}

#[test]
fn lookups_format_variables_and_never_return_blank() {
    for l in LOCALES {
        let tr = Translator::new(l);
        let p = tr.t_args("progress", &[("current", 3.into()), ("total", 12.into())]);
        assert!(p.contains('3') && p.contains("12"), "{}: {p}", l.code);
        for id in content_ids() {
            assert!(!tr.t(&id).trim().is_empty(), "{}: {id} is blank", l.code);
        }
    }
    let tr = Translator::new(wegwijzer::i18n::find("ar").unwrap());
    assert_eq!(tr.t("no-such-message"), "[no-such-message]", "a missing id shows, never a blank");
}

#[test]
fn rtl_languages_are_marked_rtl() {
    for l in LOCALES {
        let rtl = matches!(l.code, "ar" | "fa" | "prs" | "ps" | "ckb");
        assert_eq!(l.dir == wegwijzer::i18n::Dir::Rtl, rtl, "{}", l.code);
    }
    assert_eq!(LOCALES.len(), 16);
}

/// Sentences of every message (value and attributes) of a locale, with
/// placeables counted as one word.
fn sentences(code: &str) -> Vec<(String, usize)> {
    let locale = wegwijzer::i18n::find(code).unwrap();
    let mut out = Vec::new();
    for src in locale.ftl {
        let res = fluent_syntax::parser::parse(*src).unwrap();
        for entry in res.body {
            let ast::Entry::Message(m) = entry else { continue };
            let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
            for p in patterns {
                let text: String = p
                    .elements
                    .iter()
                    .map(|e| match e {
                        ast::PatternElement::TextElement { value } => value.to_string(),
                        ast::PatternElement::Placeable { .. } => "X".into(),
                    })
                    .collect();
                for s in text.split_inclusive(['.', '!', '?']) {
                    let words = s.split_whitespace().count();
                    if words > 0 {
                        out.push((format!("{}: {}", m.id.name, s.trim()), words));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn dutch_and_english_sentences_stay_short() {
    // Plain language (B1): at most 20 words in any sentence, 10 on average.
    for code in ["nl", "en"] {
        let s = sentences(code);
        let long: Vec<_> = s.iter().filter(|(_, n)| *n > 20).collect();
        assert!(long.is_empty(), "{code}: sentences over 20 words: {long:#?}");
        let avg = s.iter().map(|(_, n)| n).sum::<usize>() as f64 / s.len() as f64;
        assert!(avg <= 10.0, "{code}: average sentence length {avg:.1} words");
    }
}

#[test]
fn plural_selectors_use_valid_categories() {
    // Any `{ $n -> [one] … *[other] … }` may only use CLDR plural categories
    // or exact numbers, and needs the default `other`.
    const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];
    for l in LOCALES {
        for src in l.ftl {
            let res = fluent_syntax::parser::parse(*src).unwrap();
            for entry in res.body {
                let ast::Entry::Message(m) = entry else { continue };
                for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                    for el in &p.elements {
                        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } =
                            el
                        {
                            for v in variants {
                                if let ast::VariantKey::Identifier { name } = &v.key {
                                    assert!(CATEGORIES.contains(name), "{}: {}: variant [{name}]", l.code, m.id.name);
                                }
                            }
                            assert!(
                                variants.iter().any(|v| v.default),
                                "{}: {} has no default variant",
                                l.code,
                                m.id.name
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_fluent_file_of_a_language_is_compiled_in() {
    // build.rs joins every locales/<code>/*.ftl; a file it missed would leave
    // its messages out of the app (and out of every other test here).
    for l in LOCALES {
        let tr = Translator::new(l);
        let dir = format!("locales/{}", l.code);
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "ftl") {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{path:?}: {e:?}"));
            for entry in res.body {
                if let ast::Entry::Message(m) = entry {
                    assert!(tr.has(m.id.name), "{}: {} from {path:?} is not compiled in", l.code, m.id.name);
                }
            }
        }
        assert!(files >= 3, "{}: only {files} Fluent files", l.code);
    }
}
