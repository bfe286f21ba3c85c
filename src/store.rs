//! The only code that touches browser storage. Nothing is written unless the
//! person chose to save.

/// Every key the app writes starts with this.
pub const PREFIX: &str = "wegwijzer.";

/// Removes every key the app ever wrote, in local and session storage.
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
