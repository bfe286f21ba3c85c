// Starts the app from an external script, because the strict CSP forbids the
// inline loader Trunk would otherwise inject; if it cannot start, says so in
// Dutch and English instead of leaving a screen that does not respond.
//
// The start screen in index.html is pre-rendered at build time and shows
// before the app runs. This is a classic script in <head>, so it has run
// before that screen is shown: until the app takes the screen over, a tap on
// it is noted and repeated on the live screen, and the quick exit works at
// once. The app's code (preloaded by index.html) is imported dynamically.
(() => {
  function failed() {
    if (!document.body) return document.addEventListener('DOMContentLoaded', failed);
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

  const early = [];
  const remember = (event) => {
    const el = event.target.closest?.('button, input');
    if (!el) return;
    const selector = el.id ? `#${el.id}` : el.lang && `${el.tagName}[lang="${el.lang}"]`;
    if (el.classList.contains('exit')) location.replace('exit.html');
    else if (selector) early.push(() => document.querySelector(selector)?.click());
  };
  const chosen = (event) => {
    const { id, value, tagName } = event.target;
    if (tagName !== 'SELECT' || !id) return;
    early.push(() => {
      const live = document.getElementById(id);
      if (live) { live.value = value; live.dispatchEvent(new Event('change', { bubbles: true })); }
    });
  };
  const escapes = [];
  const escape = (event) => {
    if (event.key !== 'Escape') return;
    escapes.push(Date.now());
    if (escapes.length >= 3 && escapes[escapes.length - 1] - escapes[escapes.length - 3] < 2000) location.replace('exit.html');
  };
  document.addEventListener('click', remember, true);
  document.addEventListener('change', chosen, true);
  document.addEventListener('keydown', escape, true);

  const started = typeof WebAssembly !== 'object'
    ? Promise.reject(new Error('no WebAssembly'))
    : import('./wegwijzer.js').then(({ default: init }) => init({ module_or_path: './wegwijzer_bg.wasm' }));
  started
    .then(() => {
      // The app has its own quick exit from here on (if it failed, these
      // stay: the quick exit keeps working).
      document.removeEventListener('click', remember, true);
      document.removeEventListener('change', chosen, true);
      document.removeEventListener('keydown', escape, true);
      for (const repeat of early) repeat();
    }, failed)
    .finally(() => {
      // The offline copy, for every visitor, once the app's own files are
      // in (not competing with them); "Forget everything" removes it.
      if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
    });
})();
