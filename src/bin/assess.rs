//! The assessment for a set of answers, without a browser.
//!
//!     cargo run --bin assess -- [--lang nl|en|…] [--json] answers.json
//!     echo '{"today":"2026-11-28","answers":{…}}' | cargo run --bin assess
//!
//! See `crates/core/src/answers_json.rs` for the answer format and `tests/cases/` for examples.
//! Bad input gets a message in plain words and exit code 2; a closed output
//! pipe (`assess … | head`) ends quietly.

use std::io::{Read, Write};
use wegwijzer::{answers_json, content, document, engine, i18n};

/// Answers are a few kilobytes; anything this large is not an answers file.
const MAX_BYTES: u64 = 1024 * 1024;

const USAGE: &str = "usage: assess [--lang CODE] [--json] [answers.json]  (reads stdin without a file)";

fn main() {
    let mut lang = "en".to_string();
    let mut json = false;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => lang = args.next().unwrap_or_else(|| fail("--lang needs a language code, such as nl or ar.")),
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("{USAGE}");
                return;
            }
            f if f.starts_with("--") => fail(&format!("unknown option '{f}'.\n{USAGE}")),
            f => file = Some(f.to_string()),
        }
    }
    let locale = i18n::find(&lang).unwrap_or_else(|| {
        let codes: Vec<&str> = i18n::LOCALES.iter().map(|l| l.code).collect();
        fail(&format!("there is no language '{lang}'. Choose one of: {}.", codes.join(", ")))
    });
    let bytes = match &file {
        Some(f) => {
            let meta = std::fs::metadata(f).unwrap_or_else(|e| fail(&format!("cannot open the file {f}: {e}.")));
            if meta.len() > MAX_BYTES {
                fail(&format!(
                    "the file {f} is too large ({} bytes). An answers file is at most {MAX_BYTES} bytes.",
                    meta.len()
                ));
            }
            std::fs::read(f).unwrap_or_else(|e| fail(&format!("cannot read the file {f}: {e}.")))
        }
        None => {
            let mut b = Vec::new();
            std::io::stdin()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut b)
                .unwrap_or_else(|e| fail(&format!("cannot read the input: {e}.")));
            if b.len() as u64 > MAX_BYTES {
                fail(&format!("the input is too large. Answers are at most {MAX_BYTES} bytes."));
            }
            b
        }
    };
    let text = String::from_utf8(bytes).unwrap_or_else(|_| fail("the answers are not text (UTF-8)."));
    // Editors on Windows often start a file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: serde_json::Value = serde_json::from_str(text)
        .unwrap_or_else(|e| fail(&format!("the answers are not JSON ({e}). See tests/cases/ for examples.")));
    let q = content::questionnaire();
    let session = answers_json::session_from_json(q, &value).unwrap_or_else(|e| fail(&e));
    let assessment = engine::assess(q, &session);
    let out = if json {
        let v = answers_json::assessment_json(q, &session, &assessment);
        format!("{}\n", serde_json::to_string_pretty(&v).expect("serializable"))
    } else {
        // The result document with the answers, as the summary shows it.
        document::text::session_text(q, &i18n::Translator::new(locale), &session)
    };
    // A reader that stops early (`| head`) is not an error.
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            fail(&format!("cannot write the result: {e}."));
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("assess: {msg}");
    std::process::exit(2);
}
