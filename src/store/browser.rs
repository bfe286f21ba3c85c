//! The only code that touches browser storage. Nothing is written unless the
//! person chose to save; what is written is encrypted (see `crypto`).

use super::crypto;

use crate::store::format::{parse_envelope, OpenError, Payload};
use gloo_storage::{LocalStorage, Storage};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Every key the app writes starts with this.
pub const PREFIX: &str = "wegwijzer.";
/// The encrypted answers, when the person saved them.
pub const SAVED_KEY: &str = "wegwijzer.saved";

/// Whether this browser lets the app use local storage at all (private
/// windows and strict settings may not). Asking writes nothing.
pub fn available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// Whether answers were saved on this device.
pub fn has_saved() -> bool {
    available() && LocalStorage::raw().get_item(SAVED_KEY).ok().flatten().is_some()
}

/// Encrypts and stores the answers.
pub async fn save(passphrase: &str, payload: &Payload) -> Result<(), ()> {
    if !available() {
        return Err(());
    }
    let text = crypto::seal(passphrase, payload).await.map_err(|_| ())?;
    LocalStorage::raw().set_item(SAVED_KEY, &text).map_err(|_| ())
}

fn saved_text() -> Option<String> {
    available().then(|| LocalStorage::raw().get_item(SAVED_KEY).ok().flatten()).flatten()
}

/// Whether the saved answers can be asked a passphrase for: checked before
/// one is asked, so a damaged or foreign value gets its own message.
pub fn saved_check() -> Result<(), OpenError> {
    parse_envelope(&saved_text().ok_or(OpenError::NotOurs)?).map(|_| ())
}

/// Opens the saved answers. Nothing is ever deleted here: not for a wrong
/// passphrase, not for damage, not when the browser's crypto fails.
/// "Forget everything" is the only way saved answers go.
pub async fn resume(passphrase: &str) -> Result<Payload, OpenError> {
    crypto::open(passphrase, &saved_text().ok_or(OpenError::NotOurs)?).await
}

/// Removes every key the app ever wrote, in local and session storage, the
/// offline copy (the service worker and its caches). Storage goes at once;
/// the offline copy when the returned future is done.
pub async fn forget_everything() {
    let Some(w) = web_sys::window() else { return };
    for storage in [w.local_storage(), w.session_storage()].into_iter().flatten().flatten() {
        let len = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
        for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            let _ = storage.remove_item(k);
        }
    }
    forget_offline_copy(&w).await;
}

/// Calls `target.name(args…)` and awaits the promise it returns.
async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = f.apply(target, &args.iter().collect()).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Unregisters the service worker and deletes every cache of this origin.
/// Unregistering first, so the worker cannot fill a cache again.
async fn forget_offline_copy(w: &web_sys::Window) {
    let container = Reflect::get(&w.navigator(), &"serviceWorker".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(list) = call(&container, "getRegistrations", &[]).await {
        for reg in js_sys::Array::from(&list).iter() {
            call(&reg, "unregister", &[]).await;
        }
    }
    let Ok(caches) = Reflect::get(w, &"caches".into()) else { return };
    if caches.is_undefined() {
        return;
    }
    if let Some(keys) = call(&caches, "keys", &[]).await {
        for k in js_sys::Array::from(&keys).iter() {
            call(&caches, "delete", &[k]).await;
        }
    }
}
