//! Build-time data:
//! - the human-written content files (TOML) as JSON, so the app ships
//!   serde_json (which it needs anyway) and no TOML parser;
//! - every `locales/<code>/*.ftl` of a language as one text, in file-name
//!   order, so a new Fluent file needs no code change. Natively every language
//!   is compiled in; the web build compiles in only Dutch and fetches the rest
//!   (`scripts/post-build.mjs` writes the same concatenation to `dist/locales/`).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").unwrap();
    content(Path::new(&out));
    locales(Path::new(&out));
}

fn content(out: &Path) {
    for name in ["questionnaire", "countries", "consider"] {
        let src = format!("content/{name}.toml");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("read {src}: {e}"));
        let value: toml::Value = match toml::from_str(&text) {
            Ok(v) => v,
            Err(e) => panic!("{src} is not valid TOML: {e}"),
        };
        let json = serde_json::to_string(&value).expect("content as JSON");
        fs::write(out.join(format!("{name}.json")), json).unwrap_or_else(|e| panic!("write {name}.json: {e}"));
    }
}

fn locales(out: &Path) {
    let dir = out.join("ftl");
    fs::create_dir_all(&dir).expect("create OUT_DIR/ftl");
    println!("cargo:rerun-if-changed=locales");
    for lang in fs::read_dir("locales").expect("read locales/") {
        let lang = lang.expect("locales/ entry").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        let mut files: Vec<_> = fs::read_dir(&lang)
            .expect("read a locale folder")
            .map(|e| e.expect("locale file").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut text = String::new();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            text.push_str(&fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display())));
            text.push('\n');
        }
        let code = lang.file_name().unwrap().to_string_lossy().into_owned();
        fs::write(dir.join(format!("{code}.ftl")), text).expect("write a locale's Fluent text");
    }
}
