//! Turns the human-written content file (TOML) into JSON at build time, so the
//! app ships serde_json (which it needs anyway) and no TOML parser.

use std::{env, fs, path::Path};

fn main() {
    let src = "content/questionnaire.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).expect("read content/questionnaire.toml");
    let value: toml::Value = match toml::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("content/questionnaire.toml is not valid TOML: {e}"),
    };
    let json = serde_json::to_string(&value).expect("content as JSON");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("questionnaire.json");
    fs::write(out, json).expect("write questionnaire.json");
}
