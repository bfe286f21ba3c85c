//! The layers, read from the code's own `crate::…` and `super::…` paths: no
//! module uses one above its layer, store and document never use each
//! other, and no file reaches itself through others (an import circle).
//! Lowest first (docs/architecture.md draws them):
//!
//! 1 engine · 2 content, review (its own crate) · 3 i18n, bidi · 4 words, country_text, answers_json
//! · 5 document · 6 store · 7 speech, ui · 8 main and the native tools.
//!
//! A folder's `mod.rs` (or a crate's `lib.rs`) declares and re-exports its
//! children; those edges are not counted, everything else is.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layer of a top-level module.
fn layer(top: &str) -> Option<u8> {
    Some(match top {
        "engine" => 1,
        "content" | "review" => 2,
        "i18n" | "bidi" => 3,
        "words" | "country_text" | "answers_json" => 4,
        "document" => 5,
        "store" => 6,
        "speech" | "ui" => 7,
        "main" | "bin" => 8,
        _ => return None,
    })
}

/// Every source file as a module path (`["document", "build"]`), by crate.
fn modules() -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    for (dir, prefix) in [
        ("crates/engine/src", Some("engine")),
        ("crates/review/src", Some("review")),
        ("crates/core/src", None),
        ("src", None),
    ] {
        walk(Path::new(dir), &mut Vec::new(), prefix, &mut out);
    }
    out
}

fn walk(dir: &Path, at: &mut Vec<String>, prefix: Option<&str>, out: &mut Vec<(Vec<String>, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            at.push(name);
            walk(&p, at, prefix, out);
            at.pop();
        } else if p.extension().is_some_and(|x| x == "rs") {
            let mut path: Vec<String> = prefix.map(String::from).into_iter().collect();
            path.extend(at.iter().cloned());
            if name != "mod" && name != "lib" {
                path.push(name);
            }
            if path.is_empty() {
                path.push("lib".into());
            }
            out.push((path, fs::read_to_string(&p).unwrap()));
        }
    }
}

/// The module paths a file names: `crate::a::b::{c, d}`, `super::x`.
fn named_paths(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (i, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
            if i > 0 && code[..i].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest = &code[i..];
            let mut base: Vec<String> = if rest.starts_with("crate::") {
                // The engine's and the review crate's own roots.
                if let Some(root) = module.first().filter(|m| *m == "engine" || *m == "review") {
                    vec![root.clone()]
                } else {
                    Vec::new()
                }
            } else {
                // `super` of `a/b.rs` is `a`; of `a/mod.rs` (module `a`), a's parent.
                let mut b = module.to_vec();
                b.pop();
                b
            };
            let path = rest.split_once("::").unwrap().1;
            let mut words = path.split("::");
            let mut group = None;
            for w in words.by_ref() {
                if let Some(g) = w.strip_prefix('{') {
                    group = Some(g.to_string());
                    break;
                }
                let w: String = w.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if w.is_empty() || w == "super" {
                    break;
                }
                let is_module_name = w.chars().next().is_some_and(|c| c.is_ascii_lowercase());
                base.push(w);
                if !is_module_name {
                    break;
                }
            }
            match group {
                // `crate::{a, b::c}`: each entry's first name.
                Some(_) => {
                    let inner: String = rest.split_once('{').unwrap().1.chars().take_while(|c| *c != '}').collect();
                    for part in inner.split(',') {
                        let first: String =
                            part.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                        if !first.is_empty() {
                            let mut p = base.clone();
                            p.push(first);
                            out.push(p);
                        }
                    }
                }
                None => out.push(base),
            }
        }
    }
    out
}

/// The longest known module that `path` starts with.
fn resolve(known: &BTreeSet<Vec<String>>, path: &[String]) -> Option<Vec<String>> {
    (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| known.contains(p))
}

fn edges() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|(m, _)| m.clone()).collect();
    let mut out: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, text) in &modules {
        let entry = out.entry(module.clone()).or_default();
        for path in named_paths(module, text) {
            let Some(target) = resolve(&known, &path) else { continue };
            // A folder root declaring or re-exporting its own children, and
            // a crate root: not a dependency.
            if target == *module || target.starts_with(module) || module == &["lib".to_string()] {
                continue;
            }
            entry.insert(target);
        }
    }
    out
}

fn name(m: &[String]) -> String {
    m.join("::")
}

#[test]
fn no_module_uses_one_above_its_layer() {
    let mut wrong = Vec::new();
    for (from, to) in edges() {
        let Some(lf) = layer(&from[0]) else { continue };
        for t in to {
            let Some(lt) = layer(&t[0]) else { continue };
            let across = (from[0] == "store" && t[0] == "document") || (from[0] == "document" && t[0] == "store");
            if lt > lf || across {
                wrong.push(format!("{} (layer {lf}) uses {} (layer {lt})", name(&from), name(&t)));
            }
        }
    }
    assert!(wrong.is_empty(), "upward or forbidden edges:\n{}", wrong.join("\n"));
}

#[test]
fn no_import_circle() {
    let graph = edges();
    // Depth-first search with colours; a grey node met again closes a circle.
    fn visit(
        n: &Vec<String>,
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        colour: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
        found: &mut Vec<String>,
    ) {
        colour.insert(n.clone(), 1);
        stack.push(n.clone());
        for m in g.get(n).into_iter().flatten() {
            match colour.get(m).copied().unwrap_or(0) {
                0 => visit(m, g, colour, stack, found),
                1 => {
                    let start = stack.iter().position(|s| s == m).unwrap();
                    let circle: Vec<String> = stack[start..].iter().map(|s| name(s)).collect();
                    found.push(format!("{} -> {}", circle.join(" -> "), name(m)));
                }
                _ => {}
            }
        }
        stack.pop();
        colour.insert(n.clone(), 2);
    }
    let mut colour = BTreeMap::new();
    let mut found = Vec::new();
    for n in graph.keys() {
        if colour.get(n).copied().unwrap_or(0) == 0 {
            visit(n, &graph, &mut colour, &mut Vec::new(), &mut found);
        }
    }
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

#[test]
fn the_check_reads_the_edges_it_should() {
    // The check itself can fail: it sees known edges of the code.
    let g = edges();
    let has = |from: &str, to: &str| {
        let f: Vec<String> = from.split("::").map(String::from).collect();
        let t: Vec<String> = to.split("::").map(String::from).collect();
        g.get(&f).is_some_and(|s| s.contains(&t))
    };
    assert!(has("document::build", "words"), "document::build uses the words helpers");
    assert!(has("words", "i18n"), "words uses i18n");
    assert!(has("store::format", "engine"), "the saved format uses the engine");
    assert!(has("engine::check", "engine::model") || has("engine::check", "engine"), "check uses the model");
}
