//! The review cycle on a scratch copy of the repository: the record format,
//! staleness when the Dutch source changes, and an export made before that
//! change refused with the list of what changed. And the repository's own
//! records: sound, with the README's table generated from them.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use wegwijzer::review::{self as rv, State};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn review(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_review")).args(args).output().expect("run review");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A scratch copy of the content and the locales, in a fresh temp folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wegwijzer-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&Path::new(ROOT).join("content"), &dir.join("content"));
    copy_dir(&Path::new(ROOT).join("locales"), &dir.join("locales"));
    dir
}

fn messages(root: &Path, code: &str) -> std::collections::BTreeMap<String, rv::Entry> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(root.join("locales").join(code)).unwrap() {
        let p = e.unwrap().path();
        files.push((p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()));
    }
    rv::language(&files)
}

fn records(root: &Path, code: &str) -> rv::LanguageRecords {
    toml::from_str(&std::fs::read_to_string(root.join(format!("content/reviews/{code}.toml"))).unwrap()).unwrap()
}

fn states(root: &Path, code: &str) -> std::collections::BTreeMap<String, State> {
    rv::states(&records(root, code), &messages(root, "nl"), &messages(root, "en"), &messages(root, code))
}

/// The data a pack carries, as the page reads it.
fn pack_data(html: &Path) -> Value {
    let text = std::fs::read_to_string(html).unwrap();
    let start = text.find(r#"<script type="application/json" id="data">"#).unwrap();
    let body = &text[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    serde_json::from_str(&body.replace("<\\/", "</")).unwrap()
}

/// An export as the pack's page writes it: two messages OK, one corrected.
fn export(data: &Value, ok: &[&str], fix: (&str, &str)) -> Value {
    let item = |id: &str| data["items"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap().clone();
    let mut items: Vec<Value> = ok
        .iter()
        .map(|id| {
            let i = item(id);
            json!({"id": id, "nl_hash": i["nl_hash"], "en_hash": i["en_hash"], "text_hash": i["text_hash"], "verdict": "ok"})
        })
        .collect();
    let i = item(fix.0);
    items.push(json!({"id": fix.0, "nl_hash": i["nl_hash"], "en_hash": i["en_hash"], "text_hash": i["text_hash"],
        "verdict": "changed", "correction": fix.1}));
    json!({"format": "wegwijzer-review-1", "kind": "language", "lang": data["lang"], "part": data["part"],
        "role": "native speaker, French, interpreter", "source": "en", "date": "2026-12-02", "items": items})
}

#[test]
fn a_review_is_recorded_goes_stale_when_the_dutch_changes_and_an_old_export_is_refused() {
    let root = scratch("cycle");
    let r = root.to_str().unwrap();
    let (ok, out) = review(&["--pack", "fr", "--root", r, "--out", &format!("{r}/packs")]);
    assert!(ok, "{out}");
    let first = out.lines().next().unwrap().trim().to_string();
    let data = pack_data(Path::new(&first));
    assert_eq!(data["items"][0]["critical"], true, "safety-critical messages come first");
    assert!(data["minutes"].as_u64().unwrap() <= 150, "a part is about one sitting");

    // The reviewer's export: start-time and start-begin OK, start-intro corrected.
    let file = root.join("export.json");
    let exp = export(&data, &["quick-exit", "start-begin"], ("start-intro", "Un texte corrigé\npar la relectrice."));
    std::fs::write(&file, exp.to_string()).unwrap();
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(ok, "{out}");
    let fr = messages(&root, "fr");
    assert_eq!(fr["start-intro"].text, "Un texte corrigé\npar la relectrice.");
    let recs = records(&root, "fr");
    assert_eq!(recs.reviews.len(), 3);
    assert!(rv::check_language("fr", &recs, &fr).is_empty());
    let intro = recs.reviews.iter().find(|x| x.id == "start-intro").unwrap();
    assert_eq!((intro.verdict, intro.role.as_str()), (rv::Verdict::Changed, "native speaker, French, interpreter"));
    let s = states(&root, "fr");
    for id in ["quick-exit", "start-begin", "start-intro"] {
        assert_eq!(s[id], State::Reviewed, "{id}");
    }
    assert_eq!(s["start-title"], State::Unreviewed);

    // Change one Dutch source message: its translations' reviews go stale.
    let app = root.join("locales/nl/app.ftl");
    let text = std::fs::read_to_string(&app).unwrap();
    let line = text.lines().find(|l| l.starts_with("start-begin =")).unwrap().to_string();
    std::fs::write(&app, text.replace(&line, "start-begin = Begin nu")).unwrap();
    let s = states(&root, "fr");
    assert_eq!(s["start-begin"], State::Stale);
    assert_eq!(s["quick-exit"], State::Reviewed);
    let (_, status) = review(&["--status", "--root", r]);
    assert!(status.contains("| fr | Français | ltr | 2 | 1 | "), "{status}");

    // The export made before that change is refused, naming what changed.
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(!ok, "an old export is refused");
    assert!(out.contains("start-begin: the Dutch source changed"), "{out}");
    assert!(!out.contains("quick-exit"), "only what changed is listed: {out}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_record_with_an_unknown_id_or_a_bad_field_is_an_error() {
    let root = scratch("bad");
    let fr = messages(&root, "fr");
    let bad = "[[review]]\nid = \"no-such-message\"\nnl = \"0123456789abcdef\"\ntext = \"0123456789abcdef\"\nrole = \"native speaker\"\ndate = \"2026-12-02\"\nverdict = \"ok\"\n";
    let recs: rv::LanguageRecords = toml::from_str(bad).unwrap();
    let problems = rv::check_language("fr", &recs, &fr);
    assert!(problems.iter().any(|p| p.contains("no-such-message")), "{problems:?}");
    let typo = bad.replace("verdict = \"ok\"", "verdict = \"fine\"");
    assert!(toml::from_str::<rv::LanguageRecords>(&typo).is_err(), "a verdict is ok or changed");
    let extra = format!("{bad}reviewer = \"A. Name\"\n");
    assert!(toml::from_str::<rv::LanguageRecords>(&extra).is_err(), "no field beyond the format (no names)");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn the_repository_records_are_sound() {
    let root = Path::new(ROOT);
    let critical: rv::SafetyCritical =
        toml::from_str(&std::fs::read_to_string(root.join("content/reviews/safety-critical.toml")).unwrap()).unwrap();
    let nl = messages(root, "nl");
    assert!(critical.unknown(&nl).is_empty(), "safety-critical ids that name no message: {:?}", critical.unknown(&nl));
    for needed in
        ["deadline-appeal-1w", "quick-exit", "start-not-advice", "start-privacy-1", "signal-fear", "advice-held-back"]
    {
        assert!(critical.matches(needed), "{needed} is safety-critical");
    }
    for l in wegwijzer::i18n::LOCALES {
        let recs = records(root, l.code);
        let problems = rv::check_language(l.code, &recs, &messages(root, l.code));
        assert!(problems.is_empty(), "{problems:?}");
        // What the start screen shows is what the records say.
        let f = rv::figures(&states(root, l.code), &critical);
        assert_eq!(l.review_figures(), f, "{}: the compiled-in figures are the records'", l.code);
    }
    let facts: rv::FactRecords =
        toml::from_str(&std::fs::read_to_string(root.join("content/reviews/facts.toml")).unwrap()).unwrap();
    let known = fact_hashes(root).into_iter().map(|(k, i, _)| (k, i)).collect();
    assert!(rv::check_facts(&facts, &known).is_empty());
}

/// Every fact-like entry of a copy of the repository, country facts included.
fn fact_hashes(root: &Path) -> Vec<(String, String, String)> {
    let q: wegwijzer::engine::Questionnaire =
        toml::from_str(&std::fs::read_to_string(root.join("content/questionnaire.toml")).unwrap()).unwrap();
    let c: wegwijzer::engine::country_card::CountryFacts =
        toml::from_str(&std::fs::read_to_string(root.join("content/countries.toml")).unwrap()).unwrap();
    let mut out = rv::fact_hashes(&q);
    out.extend(rv::country_fact_hashes(&c, &messages(root, "nl"), &messages(root, "en")));
    out
}

#[test]
fn the_readme_table_is_the_status() {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let (_, table) = review(&["--readme-table", "--root", ROOT]);
    let start = readme.find("<!-- review-table -->\n").expect("README marks the table") + 22;
    let end = readme.find("<!-- /review-table -->").unwrap();
    assert_eq!(
        &readme[start..end],
        table,
        "README's language table is out of date: paste `cargo run --bin review -- --readme-table`"
    );
}

#[test]
fn a_fact_signed_off_is_confirmed_until_its_sign_off_goes_stale_or_it_is_old() {
    use wegwijzer::engine::Day;
    let mut q = wegwijzer::content::questionnaire().clone();
    let f = q.facts.iter().find(|f| !f.primary).expect("a fact that is not primary").clone();
    let checked = Day::parse_iso(&f.checked).unwrap();
    assert!(!q.fact_confirmed(&f.id, checked), "not primary, not signed off: ask to confirm");
    q.signed_off_facts.push(f.id.clone());
    assert!(q.fact_confirmed(&f.id, checked), "signed off by a counsellor or lawyer");
    let late = Day(checked.0 + wegwijzer::content::RECHECK_AFTER_DAYS + 1);
    assert!(!q.fact_confirmed(&f.id, late), "checked too long ago: ask again");

    // A sign-off goes stale when a field the person reads changes.
    let records = rv::FactRecords {
        reviews: vec![rv::FactReview {
            kind: "fact".into(),
            id: f.id.to_string(),
            hash: rv::fact_hashes(&q).into_iter().find(|(k, i, _)| k == "fact" && *i == f.id.to_string()).unwrap().2,
            role: rv::Role::Lawyer,
            date: "2026-12-02".into(),
            verdict: rv::Verdict::Ok,
        }],
    };
    let key = ("fact".to_string(), f.id.to_string());
    assert_eq!(rv::fact_signoffs(&rv::fact_hashes(&q), &records)[&key].0, State::Reviewed);
    q.facts.iter_mut().find(|x| x.id == f.id).unwrap().url.push_str("?changed");
    assert_eq!(rv::fact_signoffs(&rv::fact_hashes(&q), &records)[&key].0, State::Stale);
}

#[test]
fn a_fact_sign_off_is_recorded_and_an_export_for_an_older_fact_is_refused() {
    let root = scratch("facts");
    let r = root.to_str().unwrap();
    let (ok, out) = review(&["--pack", "facts", "--root", r, "--out", &format!("{r}/packs")]);
    assert!(ok, "{out}");
    let data = pack_data(Path::new(out.lines().next().unwrap().trim()));
    let item = data["items"].as_array().unwrap().iter().find(|i| i["kind"] == "fact").unwrap().clone();
    assert!(item["used"].as_array().is_some_and(|u| !u.is_empty()), "where the fact is used: {item}");
    let exp = json!({"format": "wegwijzer-review-1", "kind": "facts", "part": 1, "role": "lawyer", "date": "2026-12-02",
        "items": [{"kind": "fact", "id": item["id"], "hash": item["hash"], "verdict": "ok"}]});
    let file = root.join("facts-export.json");
    std::fs::write(&file, exp.to_string()).unwrap();
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(ok, "{out}");
    let recs: rv::FactRecords =
        toml::from_str(&std::fs::read_to_string(root.join("content/reviews/facts.toml")).unwrap()).unwrap();
    assert_eq!(recs.reviews.len(), 1);
    assert_eq!(recs.reviews[0].role, rv::Role::Lawyer);
    let (_, status) = review(&["--status", "--root", r]);
    assert!(status.contains("Facts, tags and referrals: 1 reviewed, 0 stale"), "{status}");

    // The fact's page moves: the sign-off is stale and the old export refused.
    let path = root.join("content/questionnaire.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let url = item["url"].as_str().unwrap();
    std::fs::write(&path, text.replace(&format!("url = \"{url}\""), &format!("url = \"{url}#moved\""))).unwrap();
    let (_, status) = review(&["--status", "--root", r]);
    assert!(status.contains("Facts, tags and referrals: 0 reviewed, 1 stale"), "{status}");
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(
        !ok && out.contains(&format!("fact {}: changed since the pack was made", item["id"].as_str().unwrap())),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// Country facts go through the same cycle: in the facts pack by their
/// page, with the cards that show them; signed off by an import; stale when
/// the Dutch summary changes; an older export refused; a record naming an
/// unknown country fact is an error.
#[test]
fn a_country_fact_is_in_the_pack_signed_off_and_goes_stale_when_its_summary_changes() {
    let root = scratch("country");
    let r = root.to_str().unwrap();
    let (ok, out) = review(&["--pack", "facts", "--root", r, "--out", &format!("{r}/packs")]);
    assert!(ok, "{out}");
    let items: Vec<Value> = out
        .lines()
        .flat_map(|p| pack_data(Path::new(p.trim()))["items"].as_array().unwrap().clone())
        .filter(|i| i["kind"] == "country")
        .collect();
    let countries: wegwijzer::engine::country_card::CountryFacts =
        toml::from_str(&std::fs::read_to_string(root.join("content/countries.toml")).unwrap()).unwrap();
    assert_eq!(items.len(), countries.facts.len(), "every country fact is in the pack");
    let item = items.iter().find(|i| i["id"] == "unhcr-sy-2024").expect("the UNHCR Syria position").clone();
    assert_eq!(item["group"], item["url"], "grouped by the publisher's page");
    assert_eq!(item["used"], json!(["country card SY"]), "{item}");
    assert!(item["says"].as_str().unwrap().starts_with("NL: "), "the summary as written: {item}");
    assert!(!item["card"].as_str().unwrap().is_empty(), "what the card says: {item}");
    let otherwise = items.iter().find(|i| i["used"].as_array().unwrap().len() > 5).expect("a fact on many cards");
    assert!(otherwise["used"].as_array().unwrap().iter().all(|u| u.as_str().unwrap().starts_with("country card ")));

    let exp = json!({"format": "wegwijzer-review-1", "kind": "facts", "part": 1, "role": "counsellor, VluchtelingenWerk",
        "date": "2026-12-02", "items": [{"kind": "country", "id": "unhcr-sy-2024", "hash": item["hash"], "verdict": "ok"}]});
    let file = root.join("country-export.json");
    std::fs::write(&file, exp.to_string()).unwrap();
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(ok, "{out}");
    let recs: rv::FactRecords =
        toml::from_str(&std::fs::read_to_string(root.join("content/reviews/facts.toml")).unwrap()).unwrap();
    assert_eq!((recs.reviews[0].kind.as_str(), recs.reviews[0].role), ("country", rv::Role::Counsellor));
    assert!(rv::check_facts(&recs, &fact_hashes(&root).into_iter().map(|(k, i, _)| (k, i)).collect()).is_empty());
    let (_, status) = review(&["--status", "--root", r]);
    assert!(status.contains("Country facts: 1 reviewed, 0 stale"), "{status}");

    // The Dutch summary changes: the sign-off is stale, the old export refused.
    let path = root.join("locales/nl/country.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().find(|l| l.starts_with("country-sum-unhcr-sy-2024 =")).unwrap().to_string();
    std::fs::write(&path, text.replace(&line, &format!("{line} Anders."))).unwrap();
    let (_, status) = review(&["--status", "--root", r]);
    assert!(status.contains("Country facts: 0 reviewed, 1 stale"), "{status}");
    let (ok, out) = review(&["--import", file.to_str().unwrap(), "--root", r]);
    assert!(!ok && out.contains("country unhcr-sy-2024: changed since the pack was made"), "{out}");

    // A record naming a country fact that does not exist is an error.
    let mut bad = recs.clone();
    bad.reviews[0].id = "unhcr-xx-1999".into();
    let problems = rv::check_facts(&bad, &fact_hashes(&root).into_iter().map(|(k, i, _)| (k, i)).collect());
    assert!(problems.iter().any(|p| p.contains("no such country in content/countries.toml")), "{problems:?}");
    let _ = std::fs::remove_dir_all(&root);
}

/// Each field the person reads on a country card is in the hash.
#[test]
fn every_field_a_country_card_shows_changes_the_hash() {
    let root = Path::new(ROOT);
    let mut c: wegwijzer::engine::country_card::CountryFacts =
        toml::from_str(&std::fs::read_to_string(root.join("content/countries.toml")).unwrap()).unwrap();
    let (nl, en) = (messages(root, "nl"), messages(root, "en"));
    let at = c.facts.iter().position(|f| f.id == "unhcr-sy-2024").unwrap();
    let hash = |c: &wegwijzer::engine::country_card::CountryFacts| rv::country_fact_hashes(c, &nl, &en)[at].2.clone();
    let before = hash(&c);
    type Edit = fn(&mut wegwijzer::engine::country_card::Fact);
    let edits: [(&str, Edit); 8] = [
        ("url", |f| f.url = Some("https://example.org".into())),
        ("title", |f| f.title = None),
        ("date", |f| f.date = Some("2025-01-01".into())),
        ("publisher", |f| f.publisher = wegwijzer::engine::country_card::Publisher::Iom),
        ("value", |f| f.value = None),
        ("countries", |f| f.countries.push("ER".into())),
        ("summary", |f| f.summary = None),
        ("years", |f| f.years = Some("2020".into())),
    ];
    for (what, edit) in edits {
        let mut changed = c.clone();
        edit(&mut changed.facts[at]);
        assert_ne!(hash(&changed), before, "{what} is not in the hash");
    }
    c.facts[at].note.push_str(" more notes");
    c.facts[at].checked = "2027-01-01".into();
    assert_eq!(hash(&c), before, "the reviewers' note and the check date are not what a lawyer signs off");
}
