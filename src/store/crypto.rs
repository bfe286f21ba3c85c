//! Encryption with the browser's own Web Crypto: a key derived from the
//! passphrase with PBKDF2-SHA256 (600,000 iterations, random salt) and
//! AES-256-GCM with a random IV. No crypto code is shipped.

use crate::store::format::{envelope, parse_envelope, parse_payload, OpenError, Payload, ITERATIONS};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window().ok_or(JsValue::NULL)?.crypto()
}

fn random(n: usize) -> Result<Vec<u8>, JsValue> {
    let mut v = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut v)?;
    Ok(v)
}

async fn key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, JsValue> {
    let subtle = crypto()?.subtle();
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base: CryptoKey = JsFuture::from(subtle.import_key_with_object(
        "raw",
        &raw,
        &obj(&[("name", "PBKDF2".into())]),
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?
    .dyn_into()?;
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("iterations", iterations.into()),
        ("salt", Uint8Array::from(salt).into()),
    ]);
    let derived = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &obj(&[("name", "AES-GCM".into()), ("length", 256.into())]),
        false,
        &Array::of2(&"encrypt".into(), &"decrypt".into()),
    )?)
    .await?;
    derived.dyn_into()
}

async fn sha256(data: &[u8]) -> Result<Vec<u8>, JsValue> {
    let digest = JsFuture::from(crypto()?.subtle().digest_with_str_and_u8_array("SHA-256", data)?).await?;
    Ok(Uint8Array::new(&digest).to_vec())
}

/// The same words typed on another keyboard can arrive as other code
/// points (a precomposed "é" or "e" and an accent); NFC makes them one.
/// The browser's own Unicode tables do it, so none are shipped.
fn normalised(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase).normalize("NFC").into()
}

/// Encrypts the payload; returns the envelope as text. Fresh salt and IV
/// every time, so two saves of the same answers differ.
pub async fn seal(passphrase: &str, payload: &Payload) -> Result<String, JsValue> {
    let salt = random(16)?;
    let iv = random(12)?;
    let k = key(&normalised(passphrase), &salt, ITERATIONS).await?;
    let plain = serde_json::to_vec(payload).map_err(|_| JsValue::NULL)?;
    let alg = obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&iv[..]).into())]);
    let sealed = JsFuture::from(crypto()?.subtle().encrypt_with_object_and_u8_array(&alg, &k, &plain)?).await?;
    let data = Uint8Array::new(&sealed).to_vec();
    let sum = sha256(&[&salt[..], &iv, &data].concat()).await?;
    Ok(envelope(&salt, &iv, &data, &sum))
}

/// Decrypts an envelope made by [`seal`]. A failure of the browser's own
/// crypto is `Unavailable`, never taken for damage or a wrong passphrase.
pub async fn open(passphrase: &str, text: &str) -> Result<Payload, OpenError> {
    let sealed = parse_envelope(text)?;
    let sum = sha256(&sealed.summed()).await.map_err(|_| OpenError::Unavailable)?;
    if sum != sealed.sum {
        return Err(OpenError::Damaged);
    }
    let k = key(&normalised(passphrase), &sealed.salt, ITERATIONS).await.map_err(|_| OpenError::Unavailable)?;
    let alg = obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&sealed.iv[..]).into())]);
    let subtle = crypto().map_err(|_| OpenError::Unavailable)?.subtle();
    let promise =
        subtle.decrypt_with_object_and_u8_array(&alg, &k, &sealed.data).map_err(|_| OpenError::Unavailable)?;
    // The envelope is intact (checked above), so an authentication failure
    // ("OperationError") means the key is wrong; anything else is the browser.
    let plain = JsFuture::from(promise).await.map_err(|e| {
        let name = Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string());
        if name.as_deref() == Some("OperationError") {
            OpenError::Wrong
        } else {
            OpenError::Unavailable
        }
    })?;
    parse_payload(&Uint8Array::new(&plain).to_vec())
}
