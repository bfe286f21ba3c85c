// Starts the app from an external script, because the strict CSP forbids the
// inline loader Trunk would otherwise inject.
//
// The start screen in index.html is pre-rendered at build time and shows
// before the app runs. This is a classic script in <head>, so it has run
// before that screen is shown: until the app takes the screen over, a tap on
// it is noted and repeated on the live screen, and the quick exit works at
// once. The app's code (preloaded by index.html) is imported dynamically.
(() => {
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

  import('./wegwijzer.js')
    .then(({ default: init }) => init({ module_or_path: './wegwijzer_bg.wasm' }))
    .then(() => {
      document.removeEventListener('click', remember, true);
      document.removeEventListener('change', chosen, true);
      document.removeEventListener('keydown', escape, true);
      for (const repeat of early) repeat();
      // Offline use after the first visit (caches the app's files, never answers).
      if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
    });
})();
