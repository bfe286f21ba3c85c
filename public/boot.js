// Starts the app from an external module, because the strict CSP forbids the
// inline loader Trunk would otherwise inject. If the app cannot start (an old
// browser, a broken download), it says so in Dutch and English rather than
// leaving a blank page.
function failed() {
  if (document.getElementById('boot-failed')) return;
  const box = document.createElement('div');
  box.id = 'boot-failed';
  box.setAttribute('role', 'alert');
  for (const [lang, text] of [
    ['nl', 'Deze hulp kon niet starten. Laad de pagina opnieuw, of gebruik een nieuwere browser.'],
    ['en', 'This tool could not start. Reload the page, or use a newer browser.'],
  ]) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  document.body.prepend(box);
}

if (typeof WebAssembly !== 'object') {
  failed();
} else {
  import('./wegwijzer.js')
    .then((m) => m.default({ module_or_path: './wegwijzer_bg.wasm' }))
    .catch(failed);
}

// Offline use after the first visit (caches the app's files, never answers).
// Registered for every visitor, so the requests are the same for everyone;
// "Forget everything" removes it again.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
