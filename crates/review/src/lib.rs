//! Review records: which message a native speaker, and which fact a
//! counsellor or a lawyer, has signed off, against which text.
//!
//! The records are data in the repository (`content/reviews/`): one file per
//! language and one for the facts. Each entry keeps a short hash of what the
//! reviewer read; when that text changes later, the entry is *stale* by
//! itself and counts as unreviewed again (as a "fuzzy" string in Pontoon or
//! Weblate). A missing or stale review is a figure, never an error; an entry
//! that names an unknown id or is malformed is an error.
//!
//! A crate of its own (std, serde and the engine only), so that the core's
//! `build.rs` checks the records and counts the figures the start screen
//! shows with the same code the core and the review tool use.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A short stable hash of a text: FNV-1a (64 bits) over the text with every
/// run of whitespace made one space and the ends trimmed, as 16 hex digits.
/// Re-indenting a Fluent file does not change it; a changed word does.
pub fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut first = true;
    for word in text.split_whitespace() {
        if !first {
            h = (h ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        first = false;
        for b in word.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn is_hash(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

// ------------------------------------------------------------------ Fluent

/// One message or attribute of a Fluent file, as written: `id` is `msg` or
/// `msg.attr`; `text` is its pattern source (variables and plural variants
/// as written); `lines` the line range in the file (0-based, end exclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub file: String,
    pub text: String,
    pub lines: (usize, usize),
}

fn message_start(line: &str) -> Option<(&str, &str)> {
    let (id, rest) = line.split_once('=')?;
    let id = id.trim_end();
    let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some((id, rest))
}

fn attribute_start(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let (name, rest) = t.strip_prefix('.')?.split_once('=')?;
    let name = name.trim_end();
    let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (ok && line.starts_with(' ')).then_some((name, rest))
}

/// The messages and attributes of one Fluent file, in file order. A small
/// line reader for the way this project writes Fluent (a message at the
/// start of a line, attributes and continuation lines indented).
pub fn entries(file: &str, src: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut message: Option<String> = None;
    let mut open = false;
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            open = false;
            if line.starts_with('#') {
                message = None;
            }
            continue;
        }
        if let Some((id, rest)) = message_start(line) {
            message = Some(id.to_string());
            out.push(Entry { id: id.into(), file: file.into(), text: rest.trim().into(), lines: (n, n + 1) });
            open = true;
        } else if let (Some(m), Some((attr, rest))) = (&message, attribute_start(line)) {
            out.push(Entry {
                id: format!("{m}.{attr}"),
                file: file.into(),
                text: rest.trim().into(),
                lines: (n, n + 1),
            });
            open = true;
        } else if open {
            let e = out.last_mut().expect("an open entry");
            if !e.text.is_empty() {
                e.text.push('\n');
            }
            e.text.push_str(line.trim());
            e.lines.1 = n + 1;
        }
    }
    // A message whose value is only attributes has no text of its own.
    out.retain(|e| !e.text.is_empty());
    out
}

/// `src` with the entry at `lines` replaced by `id = text` (or the
/// attribute's `.attr = text`), continuation lines indented.
pub fn replace_entry(src: &str, entry: &Entry, text: &str) -> String {
    let (indent, head) = match entry.id.split_once('.') {
        Some((_, attr)) => ("        ", format!("    .{attr} =")),
        None => ("    ", format!("{} =", entry.id)),
    };
    let mut new = head;
    for (i, line) in text.trim().lines().enumerate() {
        if i == 0 {
            new.push(' ');
            new.push_str(line.trim());
        } else {
            new.push('\n');
            let l = line.trim();
            // Fluent's closing brace of a select may stand at the margin.
            if l != "}" {
                new.push_str(indent);
            }
            new.push_str(l);
        }
    }
    let mut out: Vec<String> = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if n == entry.lines.0 {
            out.push(new.clone());
        } else if n < entry.lines.0 || n >= entry.lines.1 {
            out.push(line.to_string());
        }
    }
    let mut s = out.join("\n");
    if src.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// Every entry of a language, by id, from its `(file name, text)` pairs.
pub fn language(files: &[(String, String)]) -> BTreeMap<String, Entry> {
    files.iter().flat_map(|(name, src)| entries(name, src)).map(|e| (e.id.clone(), e)).collect()
}

// ----------------------------------------------------------------- records

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Read and found right.
    Ok,
    /// Corrected; the correction is in the `.ftl` and `text` is its hash.
    Changed,
}

/// One message signed off by a native speaker (or, for Dutch, a counsellor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageReview {
    /// `msg` or `msg.attr`.
    pub id: String,
    /// Hash of the Dutch source as the reviewer saw it.
    pub nl: String,
    /// Hash of the English source, where the reviewer worked from English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Hash of the translation as reviewed (after a correction: as corrected).
    pub text: String,
    /// The reviewer's role, never a name ("native speaker, Tigrinya, interpreter").
    pub role: String,
    pub date: String,
    pub verdict: Verdict,
}

/// `content/reviews/<code>.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageRecords {
    #[serde(default, rename = "review")]
    pub reviews: Vec<MessageReview>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Counsellor,
    Lawyer,
}

/// One fact, tag or referral signed off by a counsellor or a lawyer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactReview {
    /// `fact`, `tag` or `referral` (content/questionnaire.toml), or
    /// `country` (a fact of content/countries.toml).
    pub kind: String,
    pub id: String,
    /// [`fact_hash`] of the fields as reviewed.
    pub hash: String,
    pub role: Role,
    pub date: String,
    pub verdict: Verdict,
}

/// `content/reviews/facts.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactRecords {
    #[serde(default, rename = "review")]
    pub reviews: Vec<FactReview>,
}

/// The hash over every field the person reads or that changes a date:
/// `(name, value)` pairs such as says, days, date, url, publisher, title,
/// and a referral's phone and web. Absent fields count as empty.
pub fn fact_hash(fields: &[(&str, Option<String>)]) -> String {
    let text: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={}", v.as_deref().unwrap_or_default())).collect();
    hash(&text.join("\u{1f}"))
}

/// Every fact, tag and referral of the questionnaire as `(kind, id, hash)`,
/// the hash over what the person reads or what changes a date: a fact's
/// says, days, date; a tag's meaning; a referral's phone and web; and the
/// source's url, publisher and title.
pub fn fact_hashes(q: &wegwijzer_engine::Questionnaire) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for f in &q.facts {
        let h = fact_hash(&[
            ("says", Some(f.says.clone())),
            ("days", f.days.map(|d| d.to_string())),
            ("date", f.date.clone()),
            ("url", Some(f.url.clone())),
            ("publisher", Some(f.publisher.clone())),
            ("title", Some(f.title.clone())),
        ]);
        out.push(("fact".into(), f.id.to_string(), h));
    }
    for t in &q.tags {
        let h = fact_hash(&[
            ("says", Some(t.means.clone())),
            ("url", Some(t.url.clone())),
            ("publisher", Some(t.publisher.clone())),
            ("title", Some(t.title.clone())),
        ]);
        out.push(("tag".into(), t.id.clone(), h));
    }
    for r in &q.referrals {
        let h = fact_hash(&[
            ("phone", r.phone.clone()),
            ("web", r.web.clone()),
            ("url", Some(r.url.clone())),
            ("publisher", Some(r.publisher.clone())),
            ("title", Some(r.title.clone())),
        ]);
        out.push(("referral".into(), r.id.to_string(), h));
    }
    out
}

/// Every country fact (`content/countries.toml`) as `("country", id, hash)`,
/// the hash over what the person reads on a country card: what the fact is
/// (kind, value, the countries whose cards show it), the document's title,
/// publisher, date and link, the years or organisation named, and the
/// summary as written in Dutch (the reference) and English, from `nl` and
/// `en`. A changed summary makes the sign-off stale like a changed `says`.
pub fn country_fact_hashes(
    facts: &wegwijzer_engine::country_card::CountryFacts,
    nl: &BTreeMap<String, Entry>,
    en: &BTreeMap<String, Entry>,
) -> Vec<(String, String, String)> {
    let text = |m: &BTreeMap<String, Entry>, id: &Option<String>| {
        id.as_ref().map(|i| m.get(i).map(|e| e.text.clone()).unwrap_or_default())
    };
    facts
        .facts
        .iter()
        .map(|f| {
            let countries: Vec<&str> = f.countries.iter().map(|c| c.as_str()).collect();
            let h = fact_hash(&[
                ("kind", Some(format!("{:?}", f.kind))),
                ("value", f.value.map(|v| format!("{v:?}"))),
                ("countries", Some(countries.join(","))),
                ("exhaustive", Some(f.exhaustive.to_string())),
                ("otherwise", Some(f.otherwise.to_string())),
                ("title", f.title.clone()),
                ("publisher", Some(format!("{:?}", f.publisher))),
                ("date", f.date.clone()),
                ("years", f.years.clone()),
                ("name", f.name.clone()),
                ("url", f.url.clone()),
                ("summary_nl", text(nl, &f.summary)),
                ("summary_en", text(en, &f.summary)),
            ]);
            ("country".to_string(), f.id.clone(), h)
        })
        .collect()
}

/// The state of every fact-like entry, as `(kind, id) → (state, roles)`,
/// from its hash now (`hashes`, from [`fact_hashes`] and
/// [`country_fact_hashes`]) and the records: reviewed when a review's hash
/// matches, stale when only older ones exist.
pub fn fact_signoffs(
    hashes: &[(String, String, String)],
    records: &FactRecords,
) -> BTreeMap<(String, String), (State, Vec<Role>)> {
    let mut out = BTreeMap::new();
    for (kind, id, h) in hashes {
        let mut state = State::Unreviewed;
        let mut roles = Vec::new();
        for r in records.reviews.iter().filter(|r| r.kind == *kind && r.id == *id) {
            if r.hash == *h {
                state = State::Reviewed;
                roles.push(r.role);
            } else if state == State::Unreviewed {
                state = State::Stale;
            }
        }
        out.insert((kind.clone(), id.clone()), (state, roles));
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Unreviewed,
    /// Reviewed, but the source or the translation changed since.
    Stale,
    Reviewed,
}

/// The state of one message: `nl` and `en` the sources now, `text` the
/// translation now.
pub fn message_state(review: Option<&MessageReview>, nl: &str, en: &str, text: &str) -> State {
    let Some(r) = review else { return State::Unreviewed };
    let en_ok = r.en.as_ref().is_none_or(|h| *h == hash(en));
    if r.nl == hash(nl) && en_ok && r.text == hash(text) {
        State::Reviewed
    } else {
        State::Stale
    }
}

/// The problems of a language's records against its messages: an unknown
/// id, a malformed hash or date, an empty role, an id twice.
pub fn check_language(code: &str, records: &LanguageRecords, messages: &BTreeMap<String, Entry>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for r in &records.reviews {
        let at = format!("content/reviews/{code}.toml, review of `{}`", r.id);
        if !messages.contains_key(&r.id) {
            out.push(format!("{at}: no such message in locales/{code}/"));
        }
        if !seen.insert(&r.id) {
            out.push(format!("{at}: reviewed twice (keep the newest)"));
        }
        for h in [Some(&r.nl), r.en.as_ref(), Some(&r.text)].into_iter().flatten() {
            if !is_hash(h) {
                out.push(format!("{at}: `{h}` is not a hash (16 hex digits)"));
            }
        }
        if r.role.trim().is_empty() {
            out.push(format!("{at}: no role (a role, not a name)"));
        }
        if !is_date(&r.date) {
            out.push(format!("{at}: date `{}` is not YYYY-MM-DD", r.date));
        }
    }
    out
}

/// The problems of the fact records against the ids that exist, as
/// `(kind, id)`.
pub fn check_facts(records: &FactRecords, known: &BTreeSet<(String, String)>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for r in &records.reviews {
        let at = format!("content/reviews/facts.toml, review of {} `{}`", r.kind, r.id);
        if !known.contains(&(r.kind.clone(), r.id.clone())) {
            let file = if r.kind == "country" { "countries" } else { "questionnaire" };
            out.push(format!("{at}: no such {} in content/{file}.toml", r.kind));
        }
        if !seen.insert((&r.kind, &r.id, r.role)) {
            out.push(format!("{at}: reviewed twice by a {:?}", r.role));
        }
        if !is_hash(&r.hash) {
            out.push(format!("{at}: `{}` is not a hash (16 hex digits)", r.hash));
        }
        if !is_date(&r.date) {
            out.push(format!("{at}: date `{}` is not YYYY-MM-DD", r.date));
        }
    }
    out
}

// ---------------------------------------------------------- safety-critical

/// `content/reviews/safety-critical.toml`: the messages that count on their
/// own. An id ending in `*` is a prefix.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyCritical {
    pub ids: Vec<String>,
}

impl SafetyCritical {
    pub fn matches(&self, id: &str) -> bool {
        let message = id.split('.').next().unwrap_or(id);
        self.ids.iter().any(|p| match p.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => p == id || p == message,
        })
    }

    /// The listed ids or prefixes that name no message.
    pub fn unknown<'a>(&'a self, messages: &BTreeMap<String, Entry>) -> Vec<&'a str> {
        self.ids
            .iter()
            .filter(|p| match p.strip_suffix('*') {
                Some(prefix) => !messages.keys().any(|k| k.starts_with(prefix)),
                None => !messages.contains_key(p.as_str()),
            })
            .map(|p| p.as_str())
            .collect()
    }
}

// ------------------------------------------------------------------ figures

/// A language's review figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub messages: usize,
    pub reviewed: usize,
    pub stale: usize,
    pub critical: usize,
    pub critical_reviewed: usize,
}

impl Figures {
    pub fn unreviewed(&self) -> usize {
        self.messages - self.reviewed - self.stale
    }
    /// Checked: every safety-critical message reviewed and not stale, and
    /// at least one message reviewed.
    pub fn checked(&self) -> bool {
        self.critical_reviewed == self.critical && self.reviewed > 0 && self.reviewed == self.messages
    }
    /// The share reviewed, in whole percent (rounded down).
    pub fn percent(&self) -> usize {
        self.reviewed * 100 / self.messages.max(1)
    }
}

/// Every message's state in a language, by id.
pub fn states(
    records: &LanguageRecords,
    nl: &BTreeMap<String, Entry>,
    en: &BTreeMap<String, Entry>,
    lang: &BTreeMap<String, Entry>,
) -> BTreeMap<String, State> {
    let by_id: BTreeMap<&str, &MessageReview> = records.reviews.iter().map(|r| (r.id.as_str(), r)).collect();
    let text = |m: &BTreeMap<String, Entry>, id: &str| m.get(id).map(|e| e.text.clone()).unwrap_or_default();
    lang.keys()
        .map(|id| {
            let s = message_state(by_id.get(id.as_str()).copied(), &text(nl, id), &text(en, id), &text(lang, id));
            (id.clone(), s)
        })
        .collect()
}

pub fn figures(states: &BTreeMap<String, State>, critical: &SafetyCritical) -> Figures {
    let mut f = Figures::default();
    for (id, s) in states {
        f.messages += 1;
        let c = critical.matches(id);
        f.critical += usize::from(c);
        match s {
            State::Reviewed => {
                f.reviewed += 1;
                f.critical_reviewed += usize::from(c);
            }
            State::Stale => f.stale += 1,
            State::Unreviewed => {}
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# comment\n\nhello = Hallo { $name }\n    .short = Hoi\nplural = { $n ->\n    [one] één dag\n   *[other] { $n } dagen\n}\n\nlast = Tot\n    ziens\n";

    #[test]
    fn the_hash_is_stable_and_ignores_layout_only() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(hash("a"), "af63dc4c8601ec8c", "FNV-1a 64 of 'a'");
        assert_eq!(hash("Tot\n    ziens"), hash("Tot ziens "));
        assert_ne!(hash("Tot ziens"), hash("Tot zien"));
    }

    #[test]
    fn entries_are_read_with_attributes_and_variants() {
        let e = entries("x.ftl", FTL);
        let ids: Vec<&str> = e.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["hello", "hello.short", "plural", "last"]);
        assert_eq!(e[2].text, "{ $n ->\n[one] één dag\n*[other] { $n } dagen\n}");
        assert_eq!(e[3].text, "Tot\nziens");
        assert_eq!(e[2].lines, (4, 8));
    }

    #[test]
    fn an_entry_is_replaced_in_place() {
        let e = entries("x.ftl", FTL);
        let out = replace_entry(FTL, &e[1], "Hallo daar");
        assert!(out.contains("hello = Hallo { $name }\n    .short = Hallo daar\nplural"), "{out}");
        let out = replace_entry(&out, &entries("x.ftl", &out)[3], "Dag");
        assert!(out.ends_with("\n\nlast = Dag\n"), "{out}");
        assert_eq!(entries("x.ftl", &out).len(), 4);
    }

    #[test]
    fn a_review_goes_stale_when_a_source_or_the_translation_changes() {
        let r = MessageReview {
            id: "m".into(),
            nl: hash("Hallo"),
            en: Some(hash("Hello")),
            text: hash("Salut"),
            role: "native speaker".into(),
            date: "2026-12-01".into(),
            verdict: Verdict::Ok,
        };
        assert_eq!(message_state(Some(&r), "Hallo", "Hello", "Salut"), State::Reviewed);
        assert_eq!(message_state(Some(&r), "Hallo!", "Hello", "Salut"), State::Stale);
        assert_eq!(message_state(Some(&r), "Hallo", "Hi", "Salut"), State::Stale);
        assert_eq!(message_state(Some(&r), "Hallo", "Hello", "Salut !"), State::Stale);
        assert_eq!(message_state(None, "Hallo", "Hello", "Salut"), State::Unreviewed);
    }

    #[test]
    fn unknown_ids_and_malformed_entries_are_problems() {
        let msgs = language(&[("x.ftl".into(), FTL.into())]);
        let good = MessageReview {
            id: "hello.short".into(),
            nl: hash("a"),
            en: None,
            text: hash("b"),
            role: "native speaker".into(),
            date: "2026-12-01".into(),
            verdict: Verdict::Ok,
        };
        let ok = LanguageRecords { reviews: vec![good.clone()] };
        assert!(check_language("fr", &ok, &msgs).is_empty());
        let bad = LanguageRecords {
            reviews: vec![
                MessageReview { id: "nope".into(), ..good.clone() },
                MessageReview { id: "hello".into(), date: "1 Dec".into(), role: " ".into(), ..good.clone() },
                MessageReview { id: "last".into(), text: "xyz".into(), ..good },
            ],
        };
        let p = check_language("fr", &bad, &msgs).join("\n");
        for want in ["`nope`: no such message", "not YYYY-MM-DD", "no role", "`xyz` is not a hash"] {
            assert!(p.contains(want), "{want} in {p}");
        }
    }

    #[test]
    fn checked_needs_every_safety_critical_message() {
        let critical = SafetyCritical { ids: vec!["hello".into()] };
        let mut states: BTreeMap<String, State> =
            ["hello", "hello.short", "last"].iter().map(|i| (i.to_string(), State::Reviewed)).collect();
        assert!(figures(&states, &critical).checked());
        states.insert("hello.short".into(), State::Stale);
        let f = figures(&states, &critical);
        assert!(!f.checked());
        assert_eq!((f.critical, f.critical_reviewed, f.percent()), (2, 1, 66));
        assert!(critical.matches("hello.short") && !critical.matches("last"));
    }
}
