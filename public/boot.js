// Starts the wasm from an external module (the CSP forbids inline scripts);
// if it cannot start, says so in Dutch and English instead of a blank page.
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

if (typeof WebAssembly !== 'object') failed();
else import('./wegwijzer.js').then((m) => m.default({ module_or_path: './wegwijzer_bg.wasm' })).catch(failed);

// The offline copy, for every visitor; "Forget everything" removes it.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
