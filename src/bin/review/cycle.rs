//! The review cycle: packs for reviewers, reading their exports back in,
//! and the figures (`--status`). Everything is read from the files under a
//! root directory (the repository, or a scratch copy in the tests), so that
//! what is signed off is the text on disk.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use wegwijzer::engine::country_card::CountryFacts;
use wegwijzer::engine::{Day, Questionnaire};
use wegwijzer::i18n::msg;
use wegwijzer::review::{self as rv, Entry, FactRecords, LanguageRecords, SafetyCritical, State};

/// About one sitting of two hours.
pub const PART_MESSAGES: usize = 250;
pub const PART_WORDS: usize = 3000;

pub struct Repo {
    pub root: PathBuf,
}

type Messages = BTreeMap<String, Entry>;

impl Repo {
    pub fn languages(&self) -> Vec<String> {
        // In the app's order (Dutch, English, then the order of need).
        wegwijzer::i18n::LOCALES
            .iter()
            .map(|l| l.code.to_string())
            .filter(|c| self.root.join("locales").join(c).is_dir())
            .collect()
    }

    pub fn files(&self, code: &str) -> Vec<(String, String)> {
        let dir = self.root.join("locales").join(code);
        let mut names: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(p).unwrap()))
            .collect()
    }

    pub fn messages(&self, code: &str) -> Messages {
        rv::language(&self.files(code))
    }

    fn reviews_file(&self, name: &str) -> PathBuf {
        self.root.join("content/reviews").join(name)
    }

    fn toml_or_default<T: serde::de::DeserializeOwned + Default>(&self, name: &str) -> T {
        let p = self.reviews_file(name);
        match fs::read_to_string(&p) {
            Ok(t) => toml::from_str(&t).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display()))),
            Err(_) => T::default(),
        }
    }

    pub fn records(&self, code: &str) -> LanguageRecords {
        self.toml_or_default(&format!("{code}.toml"))
    }

    pub fn fact_records(&self) -> FactRecords {
        self.toml_or_default("facts.toml")
    }

    pub fn critical(&self) -> SafetyCritical {
        self.toml_or_default("safety-critical.toml")
    }

    pub fn questionnaire(&self) -> Questionnaire {
        let p = self.root.join("content/questionnaire.toml");
        let text = fs::read_to_string(&p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())))
    }

    pub fn country_facts(&self) -> CountryFacts {
        let p = self.root.join("content/countries.toml");
        let text = fs::read_to_string(&p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())))
    }

    /// Every fact-like entry as `(kind, id, hash)`: the questionnaire's
    /// facts, tags and referrals, then the country facts.
    pub fn fact_hashes(&self) -> Vec<(String, String, String)> {
        let mut out = rv::fact_hashes(&self.questionnaire());
        out.extend(rv::country_fact_hashes(&self.country_facts(), &self.messages("nl"), &self.messages("en")));
        out
    }

    pub fn states(&self, code: &str) -> BTreeMap<String, State> {
        rv::states(&self.records(code), &self.messages("nl"), &self.messages("en"), &self.messages(code))
    }

    /// Writes a records file with its header comment kept.
    fn write_records<T: serde::Serialize>(&self, name: &str, what: &str, records: &T) {
        let body = toml::to_string(records).expect("records serialize");
        let text = format!("# {what} Written by `cargo run --bin review -- --import <export.json>`.\n\n{body}");
        fs::write(self.reviews_file(name), text).unwrap_or_else(|e| fail(&format!("write {name}: {e}")));
    }
}

pub fn fail(msg: &str) -> ! {
    eprintln!("review: {msg}");
    std::process::exit(1)
}

pub fn today() -> Day {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Day((since.as_secs() / 86_400) as i32)
}

// ------------------------------------------------------------------ status

/// The per-language table the README carries (and a test compares).
pub fn language_table(repo: &Repo) -> String {
    let critical = repo.critical();
    let mut out = String::from(
        "| code | language | direction | reviewed | stale | unreviewed | safety-critical | shown as |\n|---|---|---|---|---|---|---|---|\n",
    );
    for code in repo.languages() {
        let l = wegwijzer::i18n::find(&code).expect("a known language");
        let f = rv::figures(&repo.states(&code), &critical);
        // What the start screen shows, from the same figures.
        let shown = match wegwijzer::i18n::Review::of(f) {
            wegwijzer::i18n::Review::Checked => "checked".to_string(),
            wegwijzer::i18n::Review::Partly(p) => format!("partly checked ({p}%)"),
            wegwijzer::i18n::Review::NotChecked => "not checked".to_string(),
        };
        out.push_str(&format!(
            "| {code} | {} | {} | {} | {} | {} | {} of {} | {shown} |\n",
            l.native,
            l.dir.as_str(),
            f.reviewed,
            f.stale,
            f.unreviewed(),
            f.critical_reviewed,
            f.critical
        ));
    }
    out
}

pub fn status(repo: &Repo) {
    println!("Languages (messages reviewed / stale / unreviewed; safety-critical reviewed)\n");
    print!("{}", language_table(repo));
    let q = repo.questionnaire();
    let signed = rv::fact_signoffs(&repo.fact_hashes(), &repo.fact_records());
    for (what, country) in [("Facts, tags and referrals", false), ("Country facts", true)] {
        let count = |s: State| signed.iter().filter(|((k, _), (x, _))| (k == "country") == country && *x == s).count();
        println!(
            "{}{what}: {} reviewed, {} stale, {} unreviewed (of {})",
            if country { "" } else { "\n" },
            count(State::Reviewed),
            count(State::Stale),
            count(State::Unreviewed),
            signed.keys().filter(|(k, _)| (k == "country") == country).count()
        );
    }
    let mut due: Vec<(&str, String, String, String)> = wegwijzer::content::due_for_check(&q, today())
        .into_iter()
        .map(|(kind, id, s)| (kind, id, s.checked.to_string(), s.url.to_string()))
        .collect();
    let countries = repo.country_facts();
    due.extend(
        countries
            .facts
            .iter()
            .filter(|f| wegwijzer::engine::model::due(&f.checked, today()))
            .map(|f| ("country", f.id.clone(), f.checked.clone(), f.url.clone().unwrap_or_else(|| "(no link)".into()))),
    );
    println!(
        "Due for a new check (checked more than {} days ago): {}",
        wegwijzer::content::RECHECK_AFTER_DAYS,
        if due.is_empty() { "none".to_string() } else { due.len().to_string() }
    );
    for (kind, id, checked, url) in due {
        println!("- {kind} {id}: checked {checked} — {url}");
    }
}

// ------------------------------------------------------------------ packs

/// Example values for variables, so that the reviewer reads sentences.
const EXAMPLES: &[(&str, &str)] = &[
    ("date", "12-03-2027"),
    ("checked", "02-12-2026"),
    ("published", "01-07-2026"),
    ("days", "3"),
    ("day", "12"),
    ("month", "3"),
    ("year", "2027"),
    ("years", "2"),
    ("percent", "40"),
    ("total", "12"),
    ("current", "4"),
    ("name", "Amina"),
    ("country", "Eritrea / ኤርትራ"),
    ("option", "…"),
    ("phone", "088 - 0123 456"),
    ("web", "https://www.vluchtelingenwerk.nl"),
    ("url", "https://ind.nl"),
    ("publisher", "IND"),
    ("title", "…"),
    ("ask", "VluchtelingenWerk"),
    ("why", "…"),
    ("rule", "urgent-crisis"),
];

fn example_for(var: &str, number: Option<&str>, own: &[(&str, String)]) -> String {
    number
        .map(str::to_string)
        .or_else(|| own.iter().find(|(k, _)| *k == var).map(|(_, v)| v.clone()))
        .or_else(|| EXAMPLES.iter().find(|(k, _)| *k == var).map(|(_, v)| v.to_string()))
        .unwrap_or_else(|| "…".into())
}

/// Fills `{ $var }` with example values (`number` for the selector).
fn fill(text: &str, selector: Option<(&str, &str)>, own: &[(&str, String)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else { break };
        let inner = rest[start + 1..start + end].trim();
        match inner.strip_prefix('$') {
            Some(var) => {
                let n = selector.filter(|(v, _)| *v == var).map(|(_, n)| n);
                out.push_str(&example_for(var, n, own));
            }
            None => out.push_str(&rest[start..start + end + 1]),
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out.replace('\n', " ")
}

/// The sentences a message makes: one, or one per plural variant. `own`:
/// example values in the message's language (such as `$ago`, itself a
/// message).
pub fn examples(text: &str, own: &[(&str, String)]) -> Vec<String> {
    let fill = |t: &str, sel: Option<(&str, &str)>| fill(t, sel, own);
    let Some(arrow) = text.find("->") else { return vec![fill(text, None)] };
    let Some(open) = text[..arrow].rfind('{') else { return vec![fill(text, None)] };
    let var = text[open + 1..arrow].trim().trim_start_matches('$').to_string();
    let before = &text[..open];
    let Some(close) = text.rfind('}') else { return vec![fill(text, None)] };
    let after = &text[close + 1..];
    let mut out = Vec::new();
    for line in text[arrow + 2..close].lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line.trim_start_matches('*');
        let Some(rest) = line.strip_prefix('[') else { continue };
        let Some((key, variant)) = rest.split_once(']') else { continue };
        let n = match key {
            "zero" => "0",
            "one" => "1",
            "two" => "2",
            "few" => "3",
            "many" => "11",
            "other" => "5",
            k => k,
        };
        out.push(format!("[{key}] {}", fill(&format!("{before}{}{after}", variant.trim()), Some((&var, n)))));
    }
    out
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The screen a message belongs to: its file and the first part of its id.
fn group(e: &Entry) -> String {
    let stem = e.file.trim_end_matches(".ftl");
    let prefix = e.id.split(['-', '.']).next().unwrap_or("");
    format!("{stem}: {prefix}")
}

/// Splits items (already in pack order, with their group and words) into
/// parts of about one sitting, by group where a group fits.
pub fn split<T>(items: Vec<(String, usize, T)>) -> Vec<Vec<T>> {
    let mut parts: Vec<Vec<T>> = vec![Vec::new()];
    let (mut msgs, mut wds) = (0, 0);
    let mut groups: Vec<(String, Vec<(usize, T)>)> = Vec::new();
    for (g, w, t) in items {
        match groups.last_mut() {
            Some((last, list)) if *last == g => list.push((w, t)),
            _ => groups.push((g, vec![(w, t)])),
        }
    }
    for (_, list) in groups {
        let gw: usize = list.iter().map(|(w, _)| w).sum();
        if msgs > 0 && (msgs + list.len() > PART_MESSAGES || wds + gw > PART_WORDS) {
            parts.push(Vec::new());
            (msgs, wds) = (0, 0);
        }
        for (w, t) in list {
            if msgs > 0 && (msgs + 1 > PART_MESSAGES || wds + w > PART_WORDS) {
                parts.push(Vec::new());
                (msgs, wds) = (0, 0);
            }
            parts.last_mut().unwrap().push(t);
            msgs += 1;
            wds += w;
        }
    }
    parts
}

fn state_name(s: State) -> &'static str {
    match s {
        State::Reviewed => "reviewed",
        State::Stale => "stale",
        State::Unreviewed => "unreviewed",
    }
}

/// The review pack(s) of a language: written to `out`, returns the paths.
pub fn language_pack(repo: &Repo, code: &str, out: &Path) -> Vec<PathBuf> {
    let locale = wegwijzer::i18n::find(code).unwrap_or_else(|| fail(&format!("unknown language '{code}'")));
    let (nl, en, lang) = (repo.messages("nl"), repo.messages("en"), repo.messages(code));
    let critical = repo.critical();
    let states = repo.states(code);
    let text = |m: &Messages, id: &str| m.get(id).map(|e| e.text.clone()).unwrap_or_default();
    // File order, safety-critical messages first as a group of their own.
    let mut ordered: Vec<&Entry> = lang.values().collect();
    let order = |e: &Entry| (!critical.matches(&e.id), e.file.clone(), e.lines.0);
    ordered.sort_by_key(|e| order(e));
    let items: Vec<(String, usize, Value)> = ordered
        .iter()
        .map(|e| {
            let is_critical = critical.matches(&e.id);
            let g = if is_critical { "Safety-critical".to_string() } else { group(e) };
            let (n, s, t) = (text(&nl, &e.id), text(&en, &e.id), e.text.clone());
            let w = words(&n).max(words(&t));
            let examples = |m: &Messages, t: &str| {
                // `$ago` is the language's own "3 days ago".
                let ago = examples(&text(m, msg::DATE_AGO.as_str()), &[]).into_iter().last().unwrap_or_default();
                let ago = ago.split_once("] ").map_or(ago.clone(), |(_, s)| s.to_string());
                examples(t, &[("ago", ago)])
            };
            let v = json!({
                "id": e.id, "group": g, "critical": is_critical,
                "state": state_name(states[&e.id]),
                "nl": n, "en": s, "text": t,
                "nl_example": examples(&nl, &n), "en_example": examples(&en, &s), "text_example": examples(&lang, &t),
                "nl_hash": rv::hash(&n), "en_hash": rv::hash(&s), "text_hash": rv::hash(&t),
            });
            (g, w, v)
        })
        .collect();
    let parts = split(items);
    let meta = json!({ "kind": "language", "lang": code, "language": locale.native, "dir": locale.dir.as_str() });
    write_parts(out, &format!("review-{code}"), &meta, parts, &format!("{} ({code})", locale.native))
}

fn write_parts(out: &Path, stem: &str, meta: &Value, parts: Vec<Vec<Value>>, title: &str) -> Vec<PathBuf> {
    fs::create_dir_all(out).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
    let n = parts.len();
    let mut written = Vec::new();
    for (i, items) in parts.into_iter().enumerate() {
        let words: usize = items
            .iter()
            .map(|v| {
                let w = |k: &str| v[k].as_str().map(words).unwrap_or(0);
                w("nl").max(w("text")).max(w("says"))
            })
            .sum();
        let minutes = (words * 120 / PART_WORDS).max(items.len() * 120 / PART_MESSAGES).max(5);
        let mut data = meta.clone();
        data["part"] = json!(i + 1);
        data["parts"] = json!(n);
        data["messages"] = json!(items.len());
        data["words"] = json!(words);
        data["minutes"] = json!(minutes);
        data["items"] = Value::Array(items);
        let name = if n == 1 { format!("{stem}.html") } else { format!("{stem}-part{}.html", i + 1) };
        let path = out.join(name);
        fs::write(&path, html(title, &data)).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        written.push(path);
    }
    written
}

/// The facts pack: every fact, tag and referral by the page it rests on.
pub fn facts_pack(repo: &Repo, out: &Path) -> Vec<PathBuf> {
    let q = repo.questionnaire();
    let all = repo.fact_hashes();
    let signed = rv::fact_signoffs(&all, &repo.fact_records());
    let hashes: BTreeMap<(String, String), String> = all.into_iter().map(|(k, i, h)| ((k, i), h)).collect();
    let mut uses: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (kind, rules) in [("urgent note", &q.urgent), ("route", &q.routes)] {
        for r in rules.iter() {
            for f in &r.facts {
                uses.entry(("fact".into(), f.to_string())).or_default().push(format!("{kind} {}", r.id));
            }
            for d in &r.deadlines {
                uses.entry(("fact".into(), d.fact.to_string())).or_default().push(format!("deadline {}", d.id));
            }
            for p in &r.points {
                for f in &p.facts {
                    uses.entry(("fact".into(), f.to_string())).or_default().push(format!("point {}", p.id));
                }
            }
            for f in &r.referrals {
                uses.entry(("referral".into(), f.to_string())).or_default().push(format!("{kind} {}", r.id));
            }
        }
    }
    for c in &q.countries {
        for t in &c.tags {
            uses.entry(("tag".into(), t.clone())).or_default().push(format!("country {}", c.code));
        }
    }
    let mut items: Vec<(String, usize, Value)> = Vec::new();
    let mut push =
        |kind: &str, id: String, says: String, numbers: String, extra: String, s: wegwijzer::engine::model::Source| {
            let key = (kind.to_string(), id.clone());
            let state = signed.get(&key).map(|(s, _)| *s).unwrap_or(State::Unreviewed);
            let v = json!({
                "kind": kind, "id": id, "group": s.url, "says": says, "numbers": numbers, "extra": extra,
                "url": s.url, "publisher": s.publisher, "title": s.title, "published": s.published,
                "checked": s.checked, "primary": s.primary,
                "used": uses.get(&key).cloned().unwrap_or_default(),
                "state": state_name(state), "hash": hashes[&key],
            });
            items.push((s.url.to_string(), words(&says) + 10, v));
        };
    for f in &q.facts {
        let numbers = [f.days.map(|d| format!("{d} days")), f.date.clone()].into_iter().flatten().collect::<Vec<_>>();
        push("fact", f.id.to_string(), f.says.clone(), numbers.join(", "), String::new(), f.source());
    }
    for t in &q.tags {
        push("tag", t.id.clone(), t.means.clone(), String::new(), String::new(), t.source());
    }
    for r in &q.referrals {
        let extra = [r.phone.as_ref().map(|p| format!("phone {p}")), r.web.as_ref().map(|w| format!("web {w}"))];
        let extra = extra.into_iter().flatten().collect::<Vec<_>>().join(", ");
        push("referral", r.id.to_string(), String::new(), String::new(), extra, r.source());
    }
    items.extend(country_items(repo, &q, &signed, &hashes));
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let kind = "facts";
    let meta = json!({ "kind": kind });
    write_parts(out, &format!("review-{kind}"), &meta, split(items), "facts, tags, referrals and country facts")
}

/// The country facts for the facts pack, each with the summary as written
/// in Dutch and English, what the card says, and the cards that show it
/// (found by building every country's card from these facts).
fn country_items(
    repo: &Repo,
    q: &Questionnaire,
    signed: &BTreeMap<(String, String), (State, Vec<rv::Role>)>,
    hashes: &BTreeMap<(String, String), String>,
) -> Vec<(String, usize, Value)> {
    use wegwijzer::engine::country_card::{country_card, Protection};
    let facts = repo.country_facts();
    let (nl, en) = (repo.messages("nl"), repo.messages("en"));
    let tr = wegwijzer::i18n::Translator::new(wegwijzer::i18n::find("en").expect("English"));
    let text = |m: &Messages, id: &str| m.get(id).map(|e| e.text.replace('\n', " ")).unwrap_or_default();
    // Per fact: the cards that show it, and the lines they show (a list
    // says "on it" on some cards and "not on it" on the others).
    let mut cards: BTreeMap<&str, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for c in &q.countries {
        for line in country_card(&facts, &c.code, Protection::NotSignalled).lines() {
            let Some(p) = line.provenance.as_ref().filter(|p| !p.id.is_empty()) else { continue };
            let Some(f) = facts.facts.iter().find(|f| f.id == p.id) else { continue };
            let e = cards.entry(f.id.as_str()).or_default();
            e.0.push(format!("country card {}", c.code));
            let said =
                wegwijzer::bidi::strip_isolation(&wegwijzer::country_text::line_text(&tr, line, &|d| d.to_string()));
            if !e.1.contains(&said) {
                e.1.push(said);
            }
        }
    }
    facts
        .facts
        .iter()
        .map(|f| {
            let key = ("country".to_string(), f.id.clone());
            let state = signed.get(&key).map(|(s, _)| *s).unwrap_or(State::Unreviewed);
            let says = f.summary.as_ref().map(|m| format!("NL: {} · EN: {}", text(&nl, m), text(&en, m)));
            let numbers: Vec<String> = [
                f.value.map(|v| format!("value {v:?}")),
                f.date.as_ref().map(|d| format!("document date {d}")),
                f.years.as_ref().map(|y| format!("years {y}")),
            ]
            .into_iter()
            .flatten()
            .collect();
            let (used, lines) = cards.get(f.id.as_str()).cloned().unwrap_or_default();
            let group = f.url.clone().unwrap_or_else(|| "(no link)".into());
            let publisher = text(&en, f.publisher.message().message());
            let v = json!({
                "kind": "country", "id": f.id, "group": group, "says": says.clone().unwrap_or_default(),
                "numbers": numbers.join(", "), "extra": "", "card": lines.join(" / "),
                "url": f.url.clone().unwrap_or_default(), "publisher": publisher,
                "title": f.title.clone().unwrap_or_else(|| "(no title seen)".into()), "published": f.date,
                "checked": f.checked, "primary": f.primary, "used": used,
                "state": state_name(state), "hash": hashes[&key],
            });
            (group, words(&says.unwrap_or_default()) + 10, v)
        })
        .collect()
}

fn html(title: &str, data: &Value) -> String {
    let json = data.to_string().replace("</", "<\\/");
    let doc = include_str!("pack.html");
    doc.replace("{{TITLE}}", &title.replace('<', "&lt;")).replace("{{DATA}}", &json)
}

// ------------------------------------------------------------------ import

/// Reads an export back in: refuses it when any text it was made for has
/// changed since (listing what), else applies corrections and writes the
/// sign-off records. Returns a summary line.
pub fn import(repo: &Repo, file: &Path) -> Result<String, String> {
    let text = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("{}: not an export: {e}", file.display()))?;
    if v["format"] != "wegwijzer-review-1" {
        return Err(format!("{}: not a Wegwijzer review export", file.display()));
    }
    let role = v["role"].as_str().unwrap_or("").trim().to_string();
    let date = v["date"].as_str().unwrap_or("").to_string();
    let items = v["items"].as_array().cloned().unwrap_or_default();
    if role.is_empty() {
        return Err("the export names no reviewer role".into());
    }
    match v["kind"].as_str() {
        Some("language") => import_language(repo, &v, &role, &date, &items),
        Some("facts") => import_facts(repo, &role, &date, &items),
        _ => Err("the export is neither for a language nor for the facts".into()),
    }
}

fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or("")
}

fn import_language(repo: &Repo, v: &Value, role: &str, date: &str, items: &[Value]) -> Result<String, String> {
    let code = str_of(v, "lang");
    wegwijzer::i18n::find(code).ok_or(format!("unknown language '{code}'"))?;
    let (nl, en, lang) = (repo.messages("nl"), repo.messages("en"), repo.messages(code));
    let now = |m: &Messages, id: &str| m.get(id).map(|e| rv::hash(&e.text)).unwrap_or_default();
    let mut changed = Vec::new();
    for it in items {
        let id = str_of(it, "id");
        if !lang.contains_key(id) {
            changed.push(format!("- {id}: no longer exists"));
            continue;
        }
        for (what, m, k) in
            [("Dutch source", &nl, "nl_hash"), ("English source", &en, "en_hash"), ("translation", &lang, "text_hash")]
        {
            if now(m, id) != str_of(it, k) {
                changed.push(format!("- {id}: the {what} changed since the pack was made"));
            }
        }
    }
    if !changed.is_empty() {
        return Err(format!(
            "refused: this export was made for an older text. Make a new pack for what changed:\n{}",
            changed.join("\n")
        ));
    }
    let from_english = v["source"].as_str() != Some("nl");
    let mut files: BTreeMap<String, String> = repo.files(code).into_iter().collect();
    let mut records = repo.records(code);
    let (mut oks, mut corrections) = (0, 0);
    for it in items {
        let id = str_of(it, "id");
        let verdict = match str_of(it, "verdict") {
            "ok" => rv::Verdict::Ok,
            "changed" => rv::Verdict::Changed,
            other => return Err(format!("{id}: verdict '{other}' is neither ok nor changed")),
        };
        let entry = &lang[id];
        let mut reviewed_text = entry.text.clone();
        if verdict == rv::Verdict::Changed {
            let correction = str_of(it, "correction").trim();
            if correction.is_empty() {
                return Err(format!("{id}: marked changed without a correction"));
            }
            let src = &files[&entry.file];
            // The entry's lines as they are now (earlier corrections may have moved them).
            let current = rv::entries(&entry.file, src).into_iter().find(|e| e.id == id).expect("still there");
            let new = rv::replace_entry(src, &current, correction);
            reviewed_text = rv::entries(&entry.file, &new).into_iter().find(|e| e.id == id).expect("written").text;
            files.insert(entry.file.clone(), new);
            corrections += 1;
        } else {
            oks += 1;
        }
        let review = rv::MessageReview {
            id: id.to_string(),
            nl: now(&nl, id),
            en: (from_english && code != "en").then(|| now(&en, id)),
            text: rv::hash(&reviewed_text),
            role: role.to_string(),
            date: date.to_string(),
            verdict,
        };
        records.reviews.retain(|r| r.id != id);
        records.reviews.push(review);
    }
    // Check before writing anything: a correction must leave a sound file.
    let new_msgs = rv::language(&files.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>());
    let problems = rv::check_language(code, &records, &new_msgs);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    for (name, text) in &files {
        fs::write(repo.root.join("locales").join(code).join(name), text).map_err(|e| e.to_string())?;
    }
    records.reviews.sort_by(|a, b| a.id.cmp(&b.id));
    repo.write_records(
        &format!("{code}.toml"),
        &format!("Messages of locales/{code}/ signed off by a reviewer."),
        &records,
    );
    Ok(format!("{code}: {oks} signed off as ok, {corrections} corrected and signed off"))
}

fn import_facts(repo: &Repo, role: &str, date: &str, items: &[Value]) -> Result<String, String> {
    let lower = role.to_lowercase();
    let role = if lower.contains("lawyer") || lower.contains("advocaat") {
        rv::Role::Lawyer
    } else if lower.contains("counsellor") || lower.contains("consulent") || lower.contains("counselor") {
        rv::Role::Counsellor
    } else {
        return Err(format!("role '{role}': facts are signed off by a counsellor or a lawyer"));
    };
    let hashes: BTreeMap<(String, String), String> =
        repo.fact_hashes().into_iter().map(|(k, i, h)| ((k, i), h)).collect();
    let mut changed = Vec::new();
    for it in items {
        let key = (str_of(it, "kind").to_string(), str_of(it, "id").to_string());
        match hashes.get(&key) {
            None => changed.push(format!("- {} {}: no longer exists", key.0, key.1)),
            Some(h) if h != str_of(it, "hash") => {
                changed.push(format!("- {} {}: changed since the pack was made", key.0, key.1))
            }
            _ => {}
        }
    }
    if !changed.is_empty() {
        return Err(format!("refused: this export was made for older facts:\n{}", changed.join("\n")));
    }
    let mut records = repo.fact_records();
    let mut to_correct = Vec::new();
    let mut oks = 0;
    for it in items {
        let (kind, id) = (str_of(it, "kind"), str_of(it, "id"));
        if str_of(it, "verdict") == "changed" {
            // A fact is corrected by hand in content/questionnaire.toml or
            // countries.toml (with its source), then reviewed again: not
            // signed off now.
            let file = if kind == "country" { "countries" } else { "questionnaire" };
            to_correct.push(format!("- {kind} {id} (content/{file}.toml): {}", str_of(it, "correction")));
            continue;
        }
        records.reviews.retain(|r| !(r.kind == kind && r.id == id && r.role == role));
        records.reviews.push(rv::FactReview {
            kind: kind.into(),
            id: id.into(),
            hash: hashes[&(kind.to_string(), id.to_string())].clone(),
            role,
            date: date.into(),
            verdict: rv::Verdict::Ok,
        });
        oks += 1;
    }
    let known: BTreeSet<(String, String)> = hashes.keys().cloned().collect();
    let problems = rv::check_facts(&records, &known);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    records.reviews.sort_by(|a, b| (&a.kind, &a.id).cmp(&(&b.kind, &b.id)));
    repo.write_records(
        "facts.toml",
        "Facts, tags, referrals and country facts signed off by a counsellor or a lawyer.",
        &records,
    );
    let mut msg = format!("facts: {oks} signed off");
    if !to_correct.is_empty() {
        msg.push_str(&format!("\nto correct by hand, then review again:\n{}", to_correct.join("\n")));
    }
    Ok(msg)
}
