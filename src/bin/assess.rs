//! The assessment for a set of answers, without a browser.
//!
//!     cargo run --bin assess -- [--lang nl|en|…] [--json] answers.json
//!     echo '{"today":"2026-11-28","answers":{…}}' | cargo run --bin assess
//!
//! See `src/plain.rs` for the answer format and `tests/cases/` for examples.

use std::io::Read;
use wegwijzer::{content, engine, i18n, plain, report};

fn main() {
    let mut lang = "en".to_string();
    let mut json = false;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => lang = args.next().unwrap_or_default(),
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("usage: assess [--lang CODE] [--json] [answers.json]  (reads stdin without a file)");
                return;
            }
            f => file = Some(f.to_string()),
        }
    }
    let text = match &file {
        Some(f) => std::fs::read_to_string(f).unwrap_or_else(|e| fail(&format!("cannot read {f}: {e}"))),
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).unwrap_or_else(|e| fail(&format!("cannot read stdin: {e}")));
            s
        }
    };
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("not JSON: {e}")));
    let q = content::questionnaire();
    let session = plain::session_from_json(q, &value).unwrap_or_else(|e| fail(&e));
    let assessment = engine::assess(q, &session);
    if json {
        println!("{}", serde_json::to_string_pretty(&assessment).expect("serializable"));
    } else {
        let locale = i18n::find(&lang).unwrap_or_else(|| fail(&format!("unknown language '{lang}'")));
        let tr = i18n::Translator::new(locale);
        print!("{}", report::session_text(q, &tr, &session));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("assess: {msg}");
    std::process::exit(2);
}
