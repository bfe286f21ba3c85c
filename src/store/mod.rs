//! The only code that touches browser storage. Nothing is written unless the
//! person chose to save; what is written is encrypted (see `crypto`).

pub mod crypto;

use crate::saved::{OpenError, Payload};
use gloo_storage::{LocalStorage, Storage};

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

/// Opens the saved answers. A wrong passphrase deletes nothing; unreadable or
/// old data is removed, so the next start is clean.
pub async fn resume(passphrase: &str) -> Result<Payload, OpenError> {
    if !available() {
        return Err(OpenError::Corrupt);
    }
    let text = LocalStorage::raw().get_item(SAVED_KEY).ok().flatten().ok_or(OpenError::Corrupt)?;
    let result = crypto::open(passphrase, &text).await;
    if matches!(result, Err(OpenError::Corrupt | OpenError::Old)) {
        LocalStorage::delete(SAVED_KEY);
    }
    result
}

/// Removes every key the app ever wrote, in local and session storage, and
/// any cache but the service worker's copy of the app's own files.
pub fn forget_everything() {
    let Some(w) = web_sys::window() else { return };
    for storage in [w.local_storage(), w.session_storage()].into_iter().flatten().flatten() {
        let len = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
        for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            let _ = storage.remove_item(k);
        }
    }
}
