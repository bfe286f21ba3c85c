//! Realistic cases (tests/cases/*.json): answers plus the properties the
//! result must have. Together they cover every route and every urgent note.
//!
//! `expect` keys: `first_route`, `first_urgent`, `first_return` (the first
//! return route suggested); `routes`, `urgent`, `points`, `other`, `signals`
//! (must appear) and `not_…` (must not); `order` / `urgent_order` (these
//! appear in this relative order); `deadlines` (note id -> its last days in
//! order: `YYYY-MM-DD` for a date, `YYYY-MM-DD..YYYY-MM-DD` for a window
//! from a "how long ago" answer, `…?` when that window began before today,
//! `gone` when all of it has passed, `unknown` when there is nothing to count
//! from; `[]` = no deadline); `deadline_ids` (note id -> its deadline ids);
//! `passed` (deadline ids that have passed);
//! `unconfirmed` (whether the result asks to confirm facts).

use serde_json::Value;
use std::collections::BTreeSet;
use wegwijzer::answers_json::session_from_json;
use wegwijzer::content::questionnaire;
use wegwijzer::engine::{assess, Deadline, LastDay};

/// A last day as the cases write it (see the module comment).
fn last_day(d: &Deadline) -> String {
    match d.last {
        LastDay::On { date } => date.iso(),
        LastDay::Between { earliest, latest } => format!("{}..{}", earliest.iso(), latest.iso()),
        LastDay::MaybePassed { earliest, latest } => format!("{}..{}?", earliest.iso(), latest.iso()),
        LastDay::Gone => "gone".into(),
        LastDay::Unknown => "unknown".into(),
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

#[test]
fn every_case_has_the_result_it_promises_and_together_they_cover_everything() {
    let q = questionnaire();
    let mut seen = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir("tests/cases").unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 15);
    for path in files {
        let name = path.display().to_string();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let s = session_from_json(q, &v).unwrap_or_else(|e| panic!("{name}: {e}"));
        let a = assess(q, &s);
        let routes: Vec<String> = a.routes.iter().map(|f| f.id.to_string()).collect();
        let urgent: Vec<String> = a.urgent.iter().map(|f| f.id.to_string()).collect();
        let other: Vec<String> = a.other_options.iter().map(|f| f.id.to_string()).collect();
        let points: Vec<String> = a.all().flat_map(|f| f.points.iter().map(|p| p.id.to_string())).collect();
        let signals: Vec<String> = a.signals.iter().map(|x| x.id.to_string()).collect();
        seen.extend(routes.iter().chain(&urgent).chain(&other).cloned());
        let e = &v["expect"];
        for key in ["first_route", "routes", "not_routes"] {
            assert!(e.get(key).is_some(), "{name}: every case states {key}");
        }
        if let Some(first) = e["first_route"].as_str() {
            assert_eq!(routes.first().map(String::as_str), Some(first), "{name}: first route in {routes:?}");
        }
        if let Some(first) = e["first_urgent"].as_str() {
            assert_eq!(urgent.first().map(String::as_str), Some(first), "{name}: first urgent in {urgent:?}");
        }
        if let Some(first) = e["first_return"].as_str() {
            let is_return = |id: &String| q.route(&id.as_str().into()).is_some_and(|r| r.is_return);
            assert_eq!(
                routes.iter().find(|r| is_return(r)).map(String::as_str),
                Some(first),
                "{name}: first return route in {routes:?}"
            );
        }
        for (key, list) in [("order", &routes), ("urgent_order", &urgent)] {
            let want = strings(e.get(key));
            let positions: Vec<Option<usize>> = want.iter().map(|w| list.iter().position(|x| x == w)).collect();
            assert!(positions.iter().all(Option::is_some), "{name}: {key} {want:?} not all in {list:?}");
            assert!(positions.windows(2).all(|w| w[0] < w[1]), "{name}: {key} wants {want:?}, got {list:?}");
        }
        for (key, list) in
            [("routes", &routes), ("urgent", &urgent), ("points", &points), ("other", &other), ("signals", &signals)]
        {
            for want in strings(e.get(key)) {
                assert!(list.contains(&want), "{name}: {key} lacks {want}: {list:?}");
            }
            for not in strings(e.get(format!("not_{key}").as_str())) {
                assert!(!list.contains(&not), "{name}: {key} must not have {not}: {list:?}");
            }
        }
        if e.get("other").is_some_and(|o| o.as_array().is_some_and(|a| a.is_empty())) {
            assert!(other.is_empty(), "{name}: no options held back: {other:?}");
        }
        if let Some(deadlines) = e["deadlines"].as_object() {
            for (id, dates) in deadlines {
                let f = a.urgent.iter().find(|f| f.id.as_str() == id).unwrap_or_else(|| panic!("{name}: no {id}"));
                let got: Vec<String> = f.deadlines.iter().map(last_day).collect();
                assert_eq!(got, strings(Some(dates)), "{name}: deadlines of {id}");
            }
        }
        if let Some(deadlines) = e["deadline_ids"].as_object() {
            for (id, want) in deadlines {
                let f = a.urgent.iter().find(|f| f.id.as_str() == id).unwrap_or_else(|| panic!("{name}: no {id}"));
                let got: Vec<String> = f.deadlines.iter().map(|d| d.id.to_string()).collect();
                assert_eq!(got, strings(Some(want)), "{name}: deadline ids of {id}");
            }
        }
        let passed: Vec<String> =
            a.urgent.iter().flat_map(|f| &f.deadlines).filter(|d| d.passed).map(|d| d.id.to_string()).collect();
        if let Some(want) = e.get("passed") {
            assert_eq!(passed, strings(Some(want)), "{name}: deadlines passed");
        }
        if let Some(u) = e["unconfirmed"].as_bool() {
            assert_eq!(!a.unconfirmed_facts.is_empty(), u, "{name}: asks to confirm facts");
        }
    }
    let all: BTreeSet<String> = q.rules().map(|r| r.id.to_string()).collect();
    let missing: Vec<_> = all.difference(&seen).collect();
    assert!(missing.is_empty(), "routes or urgent notes no case covers: {missing:?}");
}

#[test]
fn the_assess_command_prints_text_and_json() {
    let bin = env!("CARGO_BIN_EXE_assess");
    let out =
        std::process::Command::new(bin).args(["--lang", "en", "tests/cases/01-fear-and-return.json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Other options you can ask about"), "{text}");
    assert!(text.contains("Fear of going back: Yes"), "{text}");
    assert!(text.contains("# Your answers\n- Date of the decision: More than 3 months ago"), "{text}");
    let out = std::process::Command::new(bin)
        .args(["--json", "tests/cases/02-no-fear-return-nigeria.json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["fear_indicated"], Value::Bool(false));
    let bad = std::process::Command::new(bin).arg("Cargo.toml").output().unwrap();
    assert_eq!(bad.status.code(), Some(2), "bad input is a clear error, not a panic");
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not JSON"));
}

/// Runs `assess` with `args`, feeding `input` on stdin; (exit code, stdout, stderr).
fn run_assess(args: &[&str], input: &[u8]) -> (Option<i32>, String, String) {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn case_with(key: &str, value: Value) -> Vec<u8> {
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/cases/18-just-talk.json").unwrap()).unwrap();
    v["answers"][key] = value;
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn the_assess_command_handles_bad_input_kindly() {
    let good = std::fs::read("tests/cases/18-just-talk.json").unwrap();
    // A byte-order mark (Windows editors) is accepted.
    let mut bom = "\u{feff}".as_bytes().to_vec();
    bom.extend(&good);
    let (code, out, err) = run_assess(&[], &bom);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("112"), "every result says where to turn in immediate danger: {out}");

    // An unknown answer: plain words, and the valid options listed.
    let (code, _, err) = run_assess(&[], &case_with("fear", Value::String("maybe".into())));
    assert_eq!(code, Some(2));
    assert!(
        err.contains("\"maybe\" is not one of its answers") && err.contains("yes, no, not_sure, prefer_not"),
        "{err}"
    );

    // An impossible date is a bad date, not an unknown option.
    let (code, _, err) = run_assess(&[], &case_with("decision_when", Value::String("2026-02-30".into())));
    assert_eq!(code, Some(2));
    assert!(err.contains("bad date"), "{err}");
    let (_, _, err) = run_assess(&[], &case_with("decision_when", Value::String("1990-01-01".into())));
    assert!(err.contains("probably mistyped"), "{err}");

    // An unknown question lists the real ones; an unknown language the codes.
    let (_, _, err) = run_assess(&[], &case_with("feelings", Value::String("ok".into())));
    assert!(err.contains("there is no question 'feelings'") && err.contains("decision_when"), "{err}");
    let (code, _, err) = run_assess(&["--lang", "xx"], &good);
    assert_eq!(code, Some(2));
    assert!(err.contains("nl, en, ar"), "{err}");

    // Too large: refused before parsing.
    let big = vec![b' '; 2 * 1024 * 1024];
    let (code, _, err) = run_assess(&[], &big);
    assert_eq!(code, Some(2));
    assert!(err.contains("too large"), "{err}");

    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_assess_command_ends_quietly_when_the_reader_goes_away() {
    use std::io::Write;
    // Close our end of stdout before the command writes: it must not panic.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdout = None; // closes our end of the pipe
    child.stdin.take().unwrap().write_all(&std::fs::read("tests/cases/01-fear-and-return.json").unwrap()).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn the_assess_command_gives_iso_dates_in_json() {
    let (code, out, err) =
        run_assess(&["--json"], &std::fs::read("tests/cases/29-appeal-term-unknown-two-dates.json").unwrap());
    assert_eq!(code, Some(0), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["today"], "2026-11-28");
    let note = v["urgent"].as_array().unwrap().iter().find(|f| f["id"] == "appeal_unknown").unwrap();
    let dates: Vec<&str> = note["deadlines"].as_array().unwrap().iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-11-30", "2026-12-09"]);
    assert!(v["unconfirmed_facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["url"].is_string() && f["publisher"].is_string()));
}
