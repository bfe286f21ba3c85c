// Starts the app from an external script, because the strict CSP forbids the
// inline loader Trunk would otherwise inject; if it cannot start, says so in
// Dutch and English instead of leaving a screen that does not respond.
//
// The start screen in index.html is pre-rendered at build time and shows
// before the app runs. This is a classic script in <head>, so it has run
// before that screen is shown: until the app takes the screen over, a tap on
// it is noted and repeated on the live screen, and the quick exit works at
// once. Start shows the first question, pre-rendered too, so the question
// can be read and answered while the app is still on its way. The app's
// code (preloaded by index.html) is imported dynamically.
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
  const title = document.title;
  // Start shows the pre-rendered first question (post-build.mjs) at once, if
  // nothing was chosen before it: a language or a mode only the app can
  // honour. Back returns to the start screen and forgets what was noted.
  let startScreen = null;
  let answered = false;
  // Where the person is on the page before the app takes over (read then:
  // the page has changed under them by the time the app has started).
  let focused = null;
  let scrolled = [0, 0];
  // An element found again in the app's copy of a screen: by its id, else
  // by its tag and classes (the app drew the pre-rendered markup).
  const where = (el) => el.id ? `#${el.id}` : el.tagName + [...el.classList].map((c) => `.${c}`).join('');
  // Not the app's own focus on its heading as it mounts.
  const focus = (event) => { if (event.target.closest('[data-prerendered]')) focused = where(event.target); };
  const scroll = () => { scrolled = [scrollX, scrollY]; };
  const swap = (from, to) => { to.forEach((n) => from[0].before(n)); from.forEach((n) => n.remove()); };
  const showQuestion = () => {
    const template = document.querySelector('template[data-first-question]');
    if (!template || early.length) return;
    startScreen = [...document.querySelectorAll('body > [data-prerendered]:not(template)')];
    swap(startScreen, [...template.content.cloneNode(true).children]);
    document.querySelector('form[data-question] h1')?.focus();
  };
  const showStart = () => {
    const question = [...document.querySelectorAll('body > [data-prerendered]:not(template)')];
    swap(question, startScreen);
    startScreen = null;
    early.length = 0;
    document.getElementById('start')?.focus();
  };
  const remember = (event) => {
    const el = event.target.closest?.('button, input');
    if (!el) return;
    if (el.classList.contains('exit')) return location.replace('exit.html');
    if (startScreen && el.classList.contains('back')) return showStart();
    // The file picker opens by itself; the file chosen is carried over.
    if (el.type === 'file') return;
    const selector = where(el);
    // A double tap on a button is one tap (on the live screen the second
    // would land on the next question).
    if ((el.tagName === 'BUTTON' && last() === selector) || (answered && el.id === 'next')) return;
    if (el.id === 'start') showQuestion();
    // A neutral tab title at once, for a phone others may look at.
    if (el.id === 'neutral-title') document.title = el.checked ? 'Notes' : title;
    early.push({ selector, repeat: () => document.querySelector(selector)?.click() });
    // The answer is given: the question waits, greyed, for the app to take
    // it further (taps on it now would land on the next question). Next
    // itself stays, keeping focus (an inert main would drop it to <body>);
    // a second tap on it is not noted.
    if (startScreen && el.id === 'next') {
      answered = true;
      for (const part of document.querySelectorAll('main fieldset, main .back')) part.inert = true;
      document.querySelector('main').setAttribute('aria-busy', 'true');
    }
  };
  const last = () => early.length && early[early.length - 1].selector;
  // Typed and chosen values (the date, the language) are carried over as the
  // last value of each field.
  const typed = (event) => {
    const { id, value, files, tagName, type } = event.target;
    // As on the app's question: a date clears the choice, a choice the date.
    const form = event.target.closest('form[data-question]');
    if (form && type === 'radio') for (const d of form.querySelectorAll('input[type=date]')) d.value = '';
    if (form && type === 'date' && value) for (const r of form.querySelectorAll('input[type=radio]')) r.checked = false;
    // A radio button chosen with the arrow keys (a tap was noted as a click).
    if (type === 'radio' && id && last() !== `#${id}`) return early.push({ selector: `#${id}`, repeat: () => document.getElementById(id)?.click() });
    if (!id || !(tagName === 'SELECT' || (tagName === 'INPUT' && !['radio', 'checkbox'].includes(type)))) return;
    const i = early.findIndex((e) => e.value === id);
    if (i >= 0) early.splice(i, 1);
    early.push({
      selector: `#${id}`,
      value: id,
      repeat: () => {
        const live = document.getElementById(id);
        if (!live) return;
        if (type === 'file') live.files = files;
        else live.value = value;
        live.dispatchEvent(new Event(tagName === 'SELECT' || type === 'file' ? 'change' : 'input', { bubbles: true }));
      },
    });
  };
  // The pre-rendered form is not sent anywhere (the app answers it).
  const held = (event) => event.preventDefault();
  const escapes = [];
  const escape = (event) => {
    if (event.key !== 'Escape') return;
    escapes.push(Date.now());
    if (escapes.length >= 3 && escapes[escapes.length - 1] - escapes[escapes.length - 3] < 2000) location.replace('exit.html');
  };
  // Until the app runs (then removed, all but on failure).
  const listeners = [
    [document, 'click', remember, true], [document, 'change', typed, true], [document, 'input', typed, true],
    [document, 'submit', held, true], [document, 'keydown', escape, true], [document, 'focusin', focus, true],
    [window, 'scroll', scroll, { passive: true }],
  ];
  for (const [target, type, fn, options] of listeners) target.addEventListener(type, fn, options);

  // The compiled app starts on a whole page: one still arriving would get
  // the rest of the pre-rendered screen after the app's own. And not while
  // a date is typed halfway: it is in its field only (the value stays empty
  // until it is whole), and the app, drawing the field anew, would lose it.
  const settled = (module) => new Promise(function wait(done) {
    if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', () => wait(done), { once: true });
    document.activeElement?.validity?.badInput ? setTimeout(wait, 100, done) : done(module);
  });
  const started = typeof WebAssembly !== 'object'
    ? Promise.reject(new Error('no WebAssembly'))
    : import('./wegwijzer.js').then(({ default: init }) => {
      // Compiled while it arrives where the host says it is wasm.
      const compile = (r) => WebAssembly.compileStreaming && r.headers.get('content-type') === 'application/wasm'
        ? WebAssembly.compileStreaming(r) : r.arrayBuffer().then((b) => WebAssembly.compile(b));
      return init({ module_or_path: fetch('./wegwijzer_bg.wasm').then(compile).then(settled) });
    });
  started
    .then(async () => {
      // The app has its own quick exit from here on (if it failed, these
      // stay: the quick exit keeps working).
      for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
      // The app draws a screen in microtasks after a tap: each tap waits for
      // its element (all before the next frame, so nothing flashes).
      for (const { selector, repeat } of early) {
        for (let i = 0; i < 50 && !document.querySelector(selector); i++) await null;
        repeat();
      }
      // Someone on a screen the app draws anew (the start screen, or the
      // early question) stays where they were: the app has focused its
      // heading and scrolled to it.
      if (!answered && (startScreen || !early.some((e) => e.selector === '#start'))) {
        for (let i = 0; i < 50; i++) await null;
        if (focused) document.querySelector(focused)?.focus({ preventScroll: true });
        scrollTo(scrolled[0], scrolled[1]);
      }
    }, failed)
    .finally(() => {
      // The offline copy, for every visitor, once the app's own files are
      // in (not competing with them); "Forget everything" removes it.
      if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
    });
})();
