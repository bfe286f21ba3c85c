// Starts the app from an external module, because the strict CSP forbids the
// inline loader Trunk would otherwise inject.
import init from './wegwijzer.js';

init({ module_or_path: './wegwijzer_bg.wasm' });

// Offline use after the first visit (caches the app's files, never answers).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
