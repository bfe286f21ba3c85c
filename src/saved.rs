//! The format of saved answers and exported files, kept apart from the
//! browser so that it is tested natively. The browser part (`store`) only
//! encrypts, decrypts and writes.
//!
//! An envelope is JSON: `{"format":"wegwijzer-saved","v":1,"kdf":"PBKDF2-SHA256",
//! "iter":600000,"salt":"…","iv":"…","data":"…","sum":"…"}` with base64
//! fields; `data` is AES-GCM over the JSON of [`Payload`]; `sum` is the
//! SHA-256 of `data`, so damaged data is told apart from a wrong passphrase.

use crate::engine::Session;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "wegwijzer-saved";
/// Bump when `Payload` changes in a way older data cannot be read as.
pub const VERSION: u32 = 1;
/// PBKDF2 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;

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

/// Why saved data could not be used; each has its own message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// The passphrase does not open it (or the data was tampered with:
    /// AES-GCM cannot tell the two apart). Nothing is deleted.
    Wrong,
    /// Not our format, or damaged beyond reading.
    Corrupt,
    /// Written by a version of the app whose format this one cannot read.
    Old,
}

/// An envelope with its base64 fields decoded.
#[derive(Debug)]
pub struct Sealed {
    pub envelope: Envelope,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub data: Vec<u8>,
}

/// Reads an envelope, checking everything that can be checked before decrypting.
pub fn parse_envelope(text: &str) -> Result<Sealed, OpenError> {
    let version: serde_json::Value = serde_json::from_str(text).map_err(|_| OpenError::Corrupt)?;
    if version.get("format").and_then(|f| f.as_str()) == Some(FORMAT)
        && version.get("v").and_then(|v| v.as_u64()).is_some_and(|v| v != VERSION as u64)
    {
        return Err(OpenError::Old);
    }
    let e: Envelope = serde_json::from_str(text).map_err(|_| OpenError::Corrupt)?;
    if e.format != FORMAT || e.kdf != "PBKDF2-SHA256" {
        return Err(OpenError::Corrupt);
    }
    if e.v != VERSION {
        return Err(OpenError::Old);
    }
    let salt = b64_decode(&e.salt).ok_or(OpenError::Corrupt)?;
    let iv = b64_decode(&e.iv).ok_or(OpenError::Corrupt)?;
    let data = b64_decode(&e.data).ok_or(OpenError::Corrupt)?;
    if salt.len() < 16
        || iv.len() != 12
        || data.len() < 17
        || e.iter < 100_000
        || b64_decode(&e.sum).is_none_or(|s| s.len() != 32)
    {
        return Err(OpenError::Corrupt);
    }
    Ok(Sealed { envelope: e, salt, iv, data })
}

pub fn envelope(salt: &[u8], iv: &[u8], data: &[u8], sum: &[u8]) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT.into(),
        v: VERSION,
        kdf: "PBKDF2-SHA256".into(),
        iter: ITERATIONS,
        salt: b64_encode(salt),
        iv: b64_encode(iv),
        data: b64_encode(data),
        sum: b64_encode(sum),
    })
    .expect("an envelope serializes")
}

/// Reads decrypted bytes as a payload of this version.
pub fn parse_payload(bytes: &[u8]) -> Result<Payload, OpenError> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| OpenError::Corrupt)?;
    if v.get("v").and_then(|x| x.as_u64()) != Some(VERSION as u64) {
        return Err(OpenError::Old);
    }
    serde_json::from_value(v).map_err(|_| OpenError::Corrupt)
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

    #[test]
    fn envelopes_are_checked_before_decrypting() {
        let good = envelope(&[1; 16], &[2; 12], &[3; 40], &[4; 32]);
        assert!(parse_envelope(&good).is_ok());
        assert_eq!(parse_envelope("not json").unwrap_err(), OpenError::Corrupt);
        assert_eq!(parse_envelope("{}").unwrap_err(), OpenError::Corrupt);
        assert_eq!(parse_envelope(&good.replace("\"v\":1", "\"v\":0")).unwrap_err(), OpenError::Old);
        assert_eq!(parse_envelope(&good.replace(FORMAT, "other")).unwrap_err(), OpenError::Corrupt);
        let short_iv = envelope(&[1; 16], &[2; 5], &[3; 40], &[4; 32]);
        assert_eq!(parse_envelope(&envelope(&[1; 16], &[2; 12], &[3; 40], &[4; 3])).unwrap_err(), OpenError::Corrupt);
        assert_eq!(parse_envelope(&short_iv).unwrap_err(), OpenError::Corrupt);
    }

    #[test]
    fn payloads_of_another_version_are_old_and_garbage_is_corrupt() {
        let p = Payload { v: VERSION, locale: "ar".into(), session: Session::new(crate::engine::Day(20000)) };
        let bytes = serde_json::to_vec(&p).unwrap();
        assert_eq!(parse_payload(&bytes).unwrap(), p);
        assert_eq!(parse_payload(br#"{"v":0,"answers":{}}"#).unwrap_err(), OpenError::Old);
        assert_eq!(parse_payload(b"\x00\x01").unwrap_err(), OpenError::Corrupt);
        assert_eq!(parse_payload(br#"{"v":1,"locale":"nl"}"#).unwrap_err(), OpenError::Corrupt);
    }
}
