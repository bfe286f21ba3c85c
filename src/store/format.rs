//! The format of saved answers and exported files, kept apart from the
//! browser so that it is tested natively. The browser part (`store`) only
//! encrypts, decrypts and writes.
//!
//! An envelope is JSON: `{"format":"wegwijzer-saved","v":2,"kdf":"PBKDF2-SHA256",
//! "iter":600000,"salt":"…","iv":"…","data":"…","sum":"…"}` with base64
//! fields; `data` is AES-GCM over the JSON of [`Payload`]; `sum` is the
//! SHA-256 of salt, IV and data (version 1: of data only), so a damaged
//! envelope is told apart from a wrong passphrase.

use crate::engine::{Questionnaire, Session, Step};
use crate::i18n::{msg, Msg};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "wegwijzer-saved";
/// The envelope's version. Version 1 is still read.
pub const ENVELOPE_VERSION: u32 = 2;
/// The payload's version. Bump when `Payload` changes in a way older data
/// cannot be read as.
pub const VERSION: u32 = 1;
/// PBKDF2 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). The only
/// count accepted: a file cannot make the browser work for hours.
pub const ITERATIONS: u32 = 600_000;
/// Files larger than this are refused before they are read. A real one is a
/// few kilobytes.
pub const MAX_BYTES: f64 = 1_000_000.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub v: u32,
    pub kdf: String,
    pub iter: u32,
    pub salt: String,
    pub iv: String,
    pub data: String,
    pub sum: String,
}

/// What is inside, once decrypted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub v: u32,
    pub locale: String,
    pub session: Session,
}

/// Why saved data could not be used; each has its own message. None of them
/// deletes anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Not a Wegwijzer file at all (or far too large to be one).
    NotOurs,
    /// Ours, and intact, but the passphrase does not open it.
    Wrong,
    /// Ours, but damaged: fields missing or changed.
    Damaged,
    /// Made by a newer version of the app than this one.
    Newer,
    /// The browser's own encryption failed; try again or in another browser.
    Unavailable,
}

impl OpenError {
    /// The message id shown for it.
    pub fn message(self) -> Msg {
        match self {
            OpenError::NotOurs => msg::OPEN_NOT_OURS,
            OpenError::Wrong => msg::OPEN_WRONG,
            OpenError::Damaged => msg::OPEN_DAMAGED,
            OpenError::Newer => msg::OPEN_NEWER,
            OpenError::Unavailable => msg::OPEN_UNAVAILABLE,
        }
    }
}

/// Whose a file is and which version, read before the rest so that a file
/// of another version, or damaged, is told apart. Any other field, of any
/// shape, is skipped; the fields themselves may hold anything (a damaged
/// file is still ours when its format says so). Small on purpose: a general
/// JSON value here cost a second deserializer of the whole payload.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Field,
    #[serde(default)]
    v: Field,
}

/// One header field, read whatever its JSON type.
#[derive(Default, PartialEq)]
enum Field {
    /// The string [`FORMAT`].
    Ours,
    Number(u64),
    /// Anything else, or missing.
    #[default]
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> serde::de::Visitor<'de> for FieldVisitor {
    type Value = Field;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any")
    }
    fn visit_str<E>(self, s: &str) -> Result<Field, E> {
        Ok(if s == FORMAT { Field::Ours } else { Field::Other })
    }
    fn visit_u64<E>(self, n: u64) -> Result<Field, E> {
        Ok(Field::Number(n))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_unit<E>(self) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Field, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Field, A::Error> {
        while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }
}

/// An envelope with its base64 fields decoded.
#[derive(Debug)]
pub struct Sealed {
    pub envelope: Envelope,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub data: Vec<u8>,
    pub sum: Vec<u8>,
}

impl Sealed {
    /// The bytes `sum` is the SHA-256 of.
    pub fn summed(&self) -> Vec<u8> {
        if self.envelope.v == 1 {
            return self.data.clone();
        }
        [&self.salt[..], &self.iv, &self.data].concat()
    }
}

/// Reads an envelope, checking everything that can be checked before a
/// passphrase is asked for.
pub fn parse_envelope(text: &str) -> Result<Sealed, OpenError> {
    if text.len() as f64 > MAX_BYTES {
        return Err(OpenError::NotOurs);
    }
    // Read as bytes, like the payload: one copy of serde_json's reader in the wasm.
    // Text that is no JSON but carries our own opening (as the app writes
    // it) is ours, cut off or with a character changed: damaged, so the
    // person is not told it came from somewhere else.
    let broken = || {
        if text.contains(&format!("\"format\":\"{FORMAT}\"")) {
            OpenError::Damaged
        } else {
            OpenError::NotOurs
        }
    };
    let head: Header = serde_json::from_slice(text.as_bytes()).map_err(|_| broken())?;
    if head.format != Field::Ours {
        return Err(OpenError::NotOurs);
    }
    match head.v {
        Field::Number(v) if v > ENVELOPE_VERSION as u64 => return Err(OpenError::Newer),
        Field::Number(_) => {}
        _ => return Err(OpenError::Damaged),
    }
    let e: Envelope = serde_json::from_slice(text.as_bytes()).map_err(|_| OpenError::Damaged)?;
    if e.v == 0 || e.kdf != "PBKDF2-SHA256" || e.iter != ITERATIONS {
        return Err(OpenError::Damaged);
    }
    let decode = |s: &str| b64_decode(s).ok_or(OpenError::Damaged);
    let (salt, iv, data, sum) = (decode(&e.salt)?, decode(&e.iv)?, decode(&e.data)?, decode(&e.sum)?);
    if salt.len() != 16 || iv.len() != 12 || data.len() < 17 || sum.len() != 32 {
        return Err(OpenError::Damaged);
    }
    Ok(Sealed { envelope: e, salt, iv, data, sum })
}

pub fn envelope(salt: &[u8], iv: &[u8], data: &[u8], sum: &[u8]) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT.into(),
        v: ENVELOPE_VERSION,
        kdf: "PBKDF2-SHA256".into(),
        iter: ITERATIONS,
        salt: b64_encode(salt),
        iv: b64_encode(iv),
        data: b64_encode(data),
        sum: b64_encode(sum),
    })
    // Cannot fail (strings and numbers); `expect` would bring serde_json's
    // error texts into the wasm.
    .unwrap_or_default()
}

/// Reads decrypted bytes as a payload of this version.
pub fn parse_payload(bytes: &[u8]) -> Result<Payload, OpenError> {
    let head: Header = serde_json::from_slice(bytes).map_err(|_| OpenError::Damaged)?;
    match head.v {
        Field::Number(n) if n > VERSION as u64 => Err(OpenError::Newer),
        Field::Number(n) if n == VERSION as u64 => serde_json::from_slice(bytes).map_err(|_| OpenError::Damaged),
        _ => Err(OpenError::Damaged),
    }
}

/// What opening saved answers did to them, for the notice the person reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Every answer was used.
    Whole,
    /// An answer to a question that is still asked could not be used: that
    /// question is asked again now.
    AskedAgain,
    /// Answers this version cannot use (to questions it no longer has) were
    /// left out; nothing needs asking again.
    LeftOut,
}

impl Restored {
    /// The notice's message id, if any.
    pub fn notice(self) -> Option<Msg> {
        match self {
            Restored::Whole => None,
            Restored::AskedAgain => Some(msg::OPEN_ASKED_AGAIN),
            Restored::LeftOut => Some(msg::OPEN_LEFT_OUT),
        }
    }
}

/// Makes opened answers safe with the current content and puts the person
/// where they can go on: answers the content no longer knows are dropped,
/// and the first question left without an answer is asked again, so a
/// result never has a silent gap. Says which of these happened.
pub fn restore_session(mut s: Session, q: &Questionnaire) -> (Session, Restored) {
    let before = s.answers.clone();
    s.repair(q);
    let dropped = before.keys().any(|id| !s.answers.contains_key(id))
        || before.iter().any(|(id, a)| s.answers.get(id).is_some_and(|b| b != a));
    if s.step == Step::Start && !s.answers.is_empty() {
        s.begin(q);
    }
    let path = s.path(q);
    let here = match &s.step {
        Step::Start => 0,
        Step::Question(id) => path.iter().position(|x| &x.id == id).unwrap_or(0),
        Step::Result => path.len(),
    };
    if let Some(gap) = path[..here].iter().find(|x| !s.answers.contains_key(&x.id)) {
        s.step = Step::Question(gap.id.clone());
    }
    // Asked again: the person now stands on a question whose answer was
    // dropped (the first gap), or will meet one on the way ahead.
    let asked_again =
        dropped && before.keys().any(|id| path.iter().any(|x| &x.id == id) && !s.answers.contains_key(id));
    let restored = match (dropped, asked_again) {
        (false, _) => Restored::Whole,
        (true, true) => Restored::AskedAgain,
        (true, false) => Restored::LeftOut,
    };
    (s, restored)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[inline(never)]
pub fn b64_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = B64.iter().position(|b| *b == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::questionnaire;
    use crate::engine::{Answer, Day, Kind};

    #[test]
    fn base64_round_trips_and_matches_the_standard() {
        assert_eq!(b64_encode(b"Man"), "TWFu");
        assert_eq!(b64_encode(b"Ma"), "TWE=");
        assert_eq!(b64_encode(b"M"), "TQ==");
        for n in 0..300 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 % 256) as u8).collect();
            assert_eq!(b64_decode(&b64_encode(&bytes)).unwrap(), bytes);
        }
        assert!(b64_decode("no spaces!").is_none());
    }

    fn good() -> String {
        envelope(&[1; 16], &[2; 12], &[3; 40], &[4; 32])
    }

    /// The good envelope with one field set to `value` (JSON).
    fn with(field: &str, value: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&good()).unwrap();
        v[field] = value;
        v.to_string()
    }

    #[test]
    fn what_is_not_ours_is_refused_as_such() {
        assert!(parse_envelope(&good()).is_ok());
        for text in ["not json", "{}", "[]", "null", r#"{"format":"other","v":2}"#, r#"<html>"#] {
            assert_eq!(parse_envelope(text).unwrap_err(), OpenError::NotOurs, "{text}");
        }
        assert_eq!(parse_envelope(&with("format", "other".into())).unwrap_err(), OpenError::NotOurs);
        assert_eq!(parse_envelope(&with("format", 1.into())).unwrap_err(), OpenError::NotOurs);
        assert_eq!(parse_envelope(&with("format", serde_json::json!([FORMAT]))).unwrap_err(), OpenError::NotOurs);
        // Whatever else a file holds, without our format it is not ours.
        assert_eq!(parse_envelope(r#"{"v":9,"format":{"format":"wegwijzer-saved"}}"#).unwrap_err(), OpenError::NotOurs);
        // Too large to be ours: refused before parsing.
        let big = format!("{}{}", good(), " ".repeat(MAX_BYTES as usize));
        assert_eq!(parse_envelope(&big).unwrap_err(), OpenError::NotOurs);
    }

    #[test]
    fn a_newer_version_is_called_newer() {
        assert_eq!(parse_envelope(&with("v", 3.into())).unwrap_err(), OpenError::Newer);
        // Even when the rest of it has changed beyond what this version reads.
        assert_eq!(parse_envelope(r#"{"format":"wegwijzer-saved","v":9,"other":1}"#).unwrap_err(), OpenError::Newer);
    }

    #[test]
    fn damaged_envelopes_are_damaged() {
        for (field, value) in [
            ("v", serde_json::json!(0)),
            ("v", serde_json::json!("2")),
            ("v", serde_json::json!(-1)),
            ("v", serde_json::json!(2.5)),
            ("v", serde_json::json!([3])),
            ("v", serde_json::json!({"v": 3})),
            ("v", serde_json::Value::Null),
            ("kdf", serde_json::json!("MD5")),
            ("salt", serde_json::json!("AQ==")),
            ("salt", serde_json::json!("not base64!")),
            ("iv", serde_json::json!(b64_encode(&[2; 5]))),
            ("data", serde_json::json!("AAAA")),
            ("sum", serde_json::json!(b64_encode(&[4; 3]))),
            ("sum", serde_json::Value::Null),
        ] {
            assert_eq!(
                parse_envelope(&with(field, value.clone())).unwrap_err(),
                OpenError::Damaged,
                "{field}: {value}"
            );
        }
        // Ours, cut off mid-way or with one character broken (a file partly
        // copied, a stored value changed): damaged, not someone else's.
        let g = good();
        for cut in [g.len() / 2, g.len() - 1, 40] {
            assert_eq!(parse_envelope(&g[..cut]).unwrap_err(), OpenError::Damaged, "cut at {cut}");
        }
        let quote = g.rfind('"').unwrap();
        let mut one_broken = g.clone();
        one_broken.replace_range(quote..quote + 1, "\u{1}");
        assert_eq!(parse_envelope(&one_broken).unwrap_err(), OpenError::Damaged);
        // Ours by its format, but missing the rest: damaged, not someone else's.
        assert_eq!(parse_envelope(r#"{"format":"wegwijzer-saved"}"#).unwrap_err(), OpenError::Damaged);
        assert_eq!(parse_envelope(r#"{"format":"wegwijzer-saved","v":2}"#).unwrap_err(), OpenError::Damaged);
    }

    #[test]
    fn only_the_known_iteration_count_is_accepted() {
        for iter in [0u64, 1, 100_000, 599_999, 600_001, 4_294_967_295] {
            assert_eq!(parse_envelope(&with("iter", iter.into())).unwrap_err(), OpenError::Damaged, "{iter}");
        }
        assert_eq!(parse_envelope(&with("iter", 4_294_967_296u64.into())).unwrap_err(), OpenError::Damaged);
        assert_eq!(parse_envelope(&good()).unwrap().envelope.iter, ITERATIONS);
    }

    #[test]
    fn the_integrity_sum_covers_salt_iv_and_data() {
        let s = parse_envelope(&envelope(&[1; 16], &[2; 12], &[3; 40], &[4; 32])).unwrap();
        assert_eq!(s.summed(), [vec![1; 16], vec![2; 12], vec![3; 40]].concat());
        // Each part changes what is summed, so a damaged salt or IV fails the
        // check instead of looking like a wrong passphrase.
        for other in [
            envelope(&[9; 16], &[2; 12], &[3; 40], &[4; 32]),
            envelope(&[1; 16], &[9; 12], &[3; 40], &[4; 32]),
            envelope(&[1; 16], &[2; 12], &[9; 40], &[4; 32]),
        ] {
            assert_ne!(parse_envelope(&other).unwrap().summed(), s.summed());
        }
        // Version 1 files summed the data only, and are still read.
        let v1 = parse_envelope(&with("v", 1.into())).unwrap();
        assert_eq!(v1.summed(), vec![3; 40]);
    }

    #[test]
    fn every_error_has_its_own_message() {
        use OpenError::*;
        let all = [NotOurs, Wrong, Damaged, Newer, Unavailable];
        let messages: std::collections::BTreeSet<_> = all.iter().map(|e| e.message()).collect();
        assert_eq!(messages.len(), all.len());
    }

    #[test]
    fn payloads_of_a_newer_version_are_newer_and_garbage_is_damaged() {
        let p = Payload { v: VERSION, locale: "ar".into(), session: Session::new(Day(20000)) };
        let bytes = serde_json::to_vec(&p).unwrap();
        assert_eq!(parse_payload(&bytes).unwrap(), p);
        assert_eq!(parse_payload(br#"{"v":2,"answers":{}}"#).unwrap_err(), OpenError::Newer);
        assert_eq!(parse_payload(br#"{"v":0,"answers":{}}"#).unwrap_err(), OpenError::Damaged);
        assert_eq!(parse_payload(b"\x00\x01").unwrap_err(), OpenError::Damaged);
        assert_eq!(parse_payload(br#"{"v":1,"locale":"nl"}"#).unwrap_err(), OpenError::Damaged);
        for v in [r#""2""#, "-1", "1.5", "null", "[2]", r#"{"v":2}"#] {
            let bytes = format!(r#"{{"v":{v},"locale":"nl"}}"#);
            assert_eq!(parse_payload(bytes.as_bytes()).unwrap_err(), OpenError::Damaged, "{v}");
        }
        assert_eq!(parse_payload(br#"{"locale":"nl"}"#).unwrap_err(), OpenError::Damaged);
    }

    /// A session that reached the result, answering the first option each time.
    fn finished() -> Session {
        let q = questionnaire();
        let mut s = Session::new(Day(20000));
        s.begin(q);
        while let Step::Question(id) = s.step.clone() {
            let question = q.question(&id).unwrap();
            let first = question.choices(&q.settings)[0].clone();
            let answer = if question.kind == Kind::Multi { Answer::Many(vec![first]) } else { Answer::One(first) };
            s.answer(q, &id, answer).unwrap();
        }
        s
    }

    #[test]
    fn an_unknown_imported_option_is_dropped_and_its_question_asked_again() {
        let q = questionnaire();
        let mut s = finished();
        assert_eq!(s.step, Step::Result);
        let id = s.path(q)[0].id.clone();
        s.answers.insert(id.clone(), Answer::One("no_such_option".into()));
        let (restored, how) = restore_session(s, q);
        assert_eq!(how, Restored::AskedAgain);
        assert!(!restored.answers.contains_key(&id));
        assert_eq!(restored.step, Step::Question(id), "the question is asked again, not a result with a gap");
    }

    #[test]
    fn answers_to_questions_this_version_lacks_are_left_out_and_nothing_is_asked_again() {
        let q = questionnaire();
        let mut s = finished();
        s.answers.insert("a_question_of_a_later_version".into(), Answer::One("yes".into()));
        let (restored, how) = restore_session(s, q);
        assert_eq!(how, Restored::LeftOut, "the notice must not promise a question that is not asked");
        assert_eq!(restored.step, Step::Result);
        assert_eq!(how.notice(), Some(msg::OPEN_LEFT_OUT));
    }

    #[test]
    fn a_sound_session_is_restored_as_it_was() {
        let q = questionnaire();
        let s = finished();
        assert_eq!(restore_session(s.clone(), q), (s, Restored::Whole));
        let mut halfway = finished();
        halfway.back(q);
        halfway.back(q);
        assert_eq!(restore_session(halfway.clone(), q), (halfway, Restored::Whole));
    }
}
