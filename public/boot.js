// Starts the app from an external script, because the strict CSP forbids the
// inline loader Trunk would otherwise inject; if it cannot start, says so in
// Dutch and English instead of leaving a screen that does not respond.
//
// The start screen in index.html is pre-rendered at build time and shows
// before the app runs. This is a classic script in <head>, so it has run
// before that screen is shown. Until the app takes the screen over, the
// quick exit and the neutral title work at once (both read what to do from
// the page: the app renders `data-exit` and `data-neutral-title`), and Start
// shows the first question, pre-rendered too, so it can be read and answered
// while the app is on its way. What the person has done is kept as one
// state object, `window.wegwijzerEarly`, not as taps: the app reads it once
// at start (src/ui/handoff.rs) and applies it with its own rules. The app's
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

  // Where the person is and what they chose, as the page shows it.
  const early = window.wegwijzerEarly = {
    language: null, // chosen in the header
    counsellor: false, // counsellor mode ticked
    neutral: false, // neutral tab title ticked
    screen: 'start', // 'question' once Start is tapped (until Back)
    shown: 'start', // what this page shows: 'question' is the pre-rendered one
    choice: null, // on the early question: the option chosen,
    date: '', // or the date typed
    next: false, // Next tapped (once or more)
    files: null, // chosen to resume
    forget: false, // "Forget everything" tapped
    focus: null, // the focused element: '#id', else its tag and classes
    scroll: [0, 0],
  };
  const title = document.title;
  const exit = () => location.replace(document.querySelector('[data-exit]').dataset.exit);
  const screen = () => [...document.querySelectorAll('body > [data-prerendered]:not(template)')];
  const swap = (from, to) => { to.forEach((n) => from[0].before(n)); from.forEach((n) => n.remove()); };
  let startScreen = null;
  // Start shows the pre-rendered first question at once, if nothing was
  // chosen before it that only the app can honour (a language, a mode).
  const showQuestion = () => {
    const template = document.querySelector('template[data-first-question]');
    if (!template || early.language || early.counsellor || startScreen) return;
    startScreen = screen();
    swap(startScreen, [...template.content.cloneNode(true).children]);
    early.shown = 'question';
    document.querySelector('form[data-question] h1')?.focus();
  };
  // Back returns to the start screen; nothing of the question is kept.
  const showStart = () => {
    swap(screen(), startScreen);
    startScreen = null;
    Object.assign(early, { screen: 'start', shown: 'start', choice: null, date: '', next: false });
    document.getElementById('start')?.focus();
  };
  const click = (event) => {
    const el = event.target.closest?.('button, a');
    if (!el) return;
    if (el.dataset.exit) return exit();
    // "Skip to content", as in the app: focus moves, no history entry (one
    // would let Back, after quick exit, reopen this page).
    if (el.matches('a[href^="#"]')) {
      event.preventDefault();
      return document.getElementById(el.hash.slice(1))?.focus();
    }
    if (el.id === 'start') {
      early.screen = 'question';
      showQuestion();
    }
    if (startScreen && el.matches('main .back')) showStart();
    if (el.matches('.forget button')) early.forget = true;
  };
  const ticks = (input) => /radio|checkbox/.test(input.type);
  const changed = ({ target: el }) => {
    if (el.id === 'language') early.language = el.value;
    if (el.id === 'mode-counsellor') early.counsellor = el.checked;
    if (el.id === 'import-file') early.files = el.files;
    if (el.id === 'neutral-title') {
      early.neutral = el.checked;
      // A neutral tab title at once, for a phone others may look at.
      document.title = el.checked ? el.dataset.neutralTitle : title;
    }
    const form = el.closest('form[data-question]');
    if (!form) return;
    // Which inputs exclude each other is the app's rule, marked on the page
    // (`data-alternative`, as the question renders it): an answer given in
    // one alternative empties the others, so that the page never shows what
    // the app then drops.
    const part = el.closest('[data-alternative]');
    if (part && (ticks(el) ? el.checked : el.value)) {
      for (const other of form.querySelectorAll('[data-alternative]')) {
        if (other === part) continue;
        for (const input of other.querySelectorAll('input')) ticks(input) ? (input.checked = false) : (input.value = '');
      }
    }
    early.choice = form.querySelector('input:checked')?.value ?? null;
    early.date = form.querySelector('input[type=date]')?.value ?? '';
  };
  // The pre-rendered form is not sent anywhere. Next (a tap, Enter) is
  // noted, and the question waits, greyed, for the app to take it further:
  // taps on it now would land on the next question. Next itself stays,
  // keeping focus (an inert main would drop it to <body>).
  const submit = (event) => {
    event.preventDefault();
    const form = event.target.closest('form[data-question]');
    if (!form) return;
    early.next = true;
    for (const part of form.querySelectorAll('fieldset, .back')) part.inert = true;
    document.querySelector('main').setAttribute('aria-busy', 'true');
  };
  const focused = ({ target: el }) => {
    // Not the app's own focus on its heading as it mounts.
    if (el.closest?.('[data-prerendered]')) early.focus = el.id ? `#${el.id}` : el.tagName + [...el.classList].map((c) => `.${c}`).join('');
  };
  const scrolled = () => { early.scroll = [scrollX, scrollY]; };
  const escapes = [];
  const escape = (event) => {
    if (event.key !== 'Escape') return;
    escapes.push(Date.now());
    if (escapes.length >= 3 && escapes[escapes.length - 1] - escapes[escapes.length - 3] < 2000) exit();
  };
  // Until the app runs (then removed, all but on failure).
  const listeners = [
    [document, 'click', click, true], [document, 'change', changed, true], [document, 'input', changed, true],
    [document, 'submit', submit, true], [document, 'keydown', escape, true], [document, 'focusin', focused, true],
    [window, 'scroll', scrolled, { passive: true }],
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
    .then(() => {
      // The app has read the state and has its own quick exit from here on
      // (if it failed, these stay: the quick exit keeps working).
      for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
    }, failed)
    .finally(() => {
      // The offline copy, for every visitor, once the app's own files are
      // in (not competing with them); "Forget everything" removes it.
      if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
    });
})();
