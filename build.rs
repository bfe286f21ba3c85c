//! Turns the human-written content files (TOML) into JSON at build time, so the
//! app ships serde_json (which it needs anyway) and no TOML parser.

use std::{env, fs, path::Path};

fn main() {
    for name in ["questionnaire", "countries", "consider"] {
        let src = format!("content/{name}.toml");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("read {src}: {e}"));
        let value: toml::Value = match toml::from_str(&text) {
            Ok(v) => v,
            Err(e) => panic!("{src} is not valid TOML: {e}"),
        };
        let json = serde_json::to_string(&value).expect("content as JSON");
        let out = Path::new(&env::var("OUT_DIR").unwrap()).join(format!("{name}.json"));
        fs::write(out, json).unwrap_or_else(|e| panic!("write {name}.json: {e}"));
    }
}
