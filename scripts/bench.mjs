// Measures the release build in headless Chromium as a person on a cheap
// phone would meet it: every file brotli-compressed, Chromium's "Fast 3G"
// network profile and a 4x slower CPU; then the same without throttling.
// The app and a plain HTML page with the same start-screen text run in the
// same loop, so the ratio compares like with like. Figures, not assertions
// (the size budget and the e2e tests assert).
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { criticalFiles, firstQuestionFiles, firstVisitFiles, sizes } from './sizes.mjs';
import { serve } from './static-server.mjs';
import { launch, Questionnaire, caseAnswers, pdfPages, printSummary } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.argv[2] || 5);
const DIST = process.env.DIST || 'dist';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);

// Chromium DevTools' "Fast 3G" preset: 562.5 ms round trip, 1.44 Mbit/s
// down, 675 kbit/s up (bytes per second below), and a 4x CPU slowdown.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 };
const CPU_SLOWDOWN = 4;

// One full path through the questionnaire, including the two heavy steps
// (nationality -> country list, last answer -> result). Questions not listed
// get the harness's neutral default.
const PATH = {
  decision_when: 'gt_3m', appeal: 'lost', fear: 'no', understood: 'yes', new_facts: ['none'],
  nationality: 'one_country', wants: 'return_decided', country: 'NG', new_start: ['business', 'family'],
  past_return: 'no', can_pay: 'no', documents: 'valid',
};

// Runs in the page before any of its own scripts (CDP injects it, so the
// page's CSP does not apply): notes the frame in which the start screen and
// the first question are first laid out, and for every answer the time from
// the submit to the frame that shows the next screen.
const PROBE = `(() => {
  const b = window.__bench = { start: null, question: null, app: null, answers: [] };
  const shown = (sel) => { const e = document.querySelector(sel); return !!e && e.getBoundingClientRect().height > 0; };
  (function poll() {
    if (b.start === null && shown('#start')) {
      b.start = performance.now();
      // "Start clicked at once": in the same frame, not after a round trip
      // to Playwright (whose click also waits out the app's takeover).
      if (window.__clickStart) document.querySelector('#start').click();
    }
    if (b.question === null && shown('form[data-question]')) b.question = performance.now();
    // The app runs once it has taken over the pre-rendered page (the first
    // question shows before that, from the HTML).
    if (b.app === null && b.start !== null && !document.querySelector('[data-prerendered]')) b.app = performance.now();
    if (b.question === null || b.app === null) requestAnimationFrame(poll);
  })();
  // After a frame's callbacks the browser lays out and paints; a message
  // posted from rAF arrives after that.
  const afterFrame = (f) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = f; c.port2.postMessage(0); });
  addEventListener('submit', () => {
    const t0 = performance.now();
    const from = document.querySelector('form[data-question]')?.dataset.question;
    const moved = () => document.querySelector('section.result') || document.querySelector('form[data-question]')?.dataset.question !== from;
    (function check() {
      afterFrame(() => {
        if (!moved()) return check();
        b.answers.push({ from, ms: performance.now() - t0 });
        if (document.querySelector('section.result')) whole();
      });
    })();
    // The result's lower part follows its first frame: when it is all there.
    function whole() {
      afterFrame(() => document.querySelector('section.result[data-complete]') ? (b.whole = performance.now() - t0) : whole());
    }
  }, true);
})();`;

async function page(browser, origin, throttled, clickStart = false) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
  if (clickStart) await context.addInitScript(() => { window.__clickStart = true; });
  await context.addInitScript(PROBE);
  const p = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return { context, page: p };
}

/** Bytes and files as transferred (headers included) that finished before `t` (page time). */
const transferredBefore = (p, t) => p.evaluate((t) => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd > 0 && e.responseEnd <= t);
  return { bytes: entries.reduce((s, e) => s + e.transferSize, 0), files: entries.map((e) => new URL(e.name).pathname) };
}, t);

async function plainRun(browser, origin, throttled) {
  const { context, page: p } = await page(browser, origin, throttled);
  await p.goto(origin + '/', { waitUntil: 'commit' });
  await p.waitForFunction(() => window.__bench?.start !== null, null, { timeout: 60000 });
  const t = await p.evaluate(() => window.__bench.start);
  await context.close();
  return t;
}

async function appRun(browser, origin, throttled) {
  // Start is clicked as soon as it shows, as someone in a hurry would.
  const { context, page: p } = await page(browser, origin, throttled, true);
  await p.goto(origin + '/', { waitUntil: 'commit' });
  await p.waitForFunction(() => window.__bench.question !== null && window.__bench.app !== null, null, { timeout: 60000 });
  const { start, question, app } = await p.evaluate(() => window.__bench);
  const before = await transferredBefore(p, question);
  before.app = await transferredBefore(p, app);
  before.wasmEnd = await p.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? 0);
  const asked = await new Questionnaire(p).answerAll(PATH);
  await p.waitForFunction((n) => window.__bench.answers.length >= n, asked.length);
  await p.waitForFunction(() => window.__bench.whole !== undefined);
  const { answers, whole } = await p.evaluate(() => window.__bench);
  await context.close();
  return { start, question, app, before, answers, whole };
}

async function measure(browser, app, plain, throttled) {
  const r = { plain: [], start: [], question: [], app: [], appBytes: [], bytes: [], files: [], answers: [], wasm: [], whole: [] };
  for (let i = 0; i < RUNS; i++) {
    r.plain.push(await plainRun(browser, plain, throttled));
    const a = await appRun(browser, app, throttled);
    r.start.push(a.start);
    r.question.push(a.question);
    r.app.push(a.app);
    r.appBytes.push(a.before.app.bytes);
    r.bytes.push(a.before.bytes);
    r.files.push(a.before.files);
    r.wasm.push(a.before.wasmEnd);
    r.answers.push(...a.answers);
    r.whole.push(a.whole);
  }
  return r;
}

function report(title, r) {
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(8);
  const plain = median(r.plain);
  const slowest = r.answers.reduce((m, a) => (a.ms > m.ms ? a : m), { ms: 0 });
  const files = r.files[r.bytes.indexOf(median(r.bytes))];
  console.log(`\n${title} (median of ${RUNS})`);
  console.log(`start screen visible, plain HTML page   ${ms(plain)}`);
  console.log(`start screen visible, app               ${ms(median(r.start))}  (${(median(r.start) / plain).toFixed(2)}x plain)`);
  console.log(`first question visible (Start at once)  ${ms(median(r.question))}  (${(median(r.question) / plain).toFixed(2)}x plain start)`);
  console.log(`transferred before the first question  ${kb(median(r.bytes)).padStart(6)} KB in ${files.length} files: ${files.join(' ')}`);
  console.log(`(the wasm has arrived at                 ${ms(median(r.wasm))})`);
  console.log(`app running, answers go on from here    ${ms(median(r.app))}  (${(median(r.app) / plain).toFixed(2)}x plain start; ${kb(median(r.appBytes))} KB transferred by then)`);
  console.log(`answer, submit to next frame            ${ms(median(r.answers.map((a) => a.ms)))} median, ${ms(slowest.ms).trim()} max (after "${slowest.from}"; ${r.answers.length} answers)`);
  console.log(`(last answer to the whole result         ${ms(median(r.whole))})`);
}

// 1. Sizes: what the first question needs, and everything a first visit fetches.
const table = (title, rows) => {
  console.log(title);
  console.log('file'.padEnd(24) + 'raw KB'.padStart(8) + 'gzip KB'.padStart(9) + 'brotli KB'.padStart(11));
  for (const r of rows) console.log(r.file.padEnd(24) + kb(r.raw).padStart(8) + kb(r.gzip).padStart(9) + kb(r.brotli).padStart(11));
  const tot = (k) => rows.reduce((s, r) => s + r[k], 0);
  console.log('total'.padEnd(24) + kb(tot('raw')).padStart(8) + kb(tot('gzip')).padStart(9) + kb(tot('brotli')).padStart(11));
};
table('First question (the page holds it, pre-rendered)', await sizes(DIST, firstQuestionFiles(DIST)));
console.log('');
table('The app (needed from the second question on)', await sizes(DIST, criticalFiles(DIST)));
const all = await sizes(DIST, firstVisitFiles(DIST));
console.log(`\nWhole first visit incl. offline copy: ${all.length} files, ${kb(all.reduce((s, r) => s + r.brotli, 0))} KB brotli`);

// 2. Times. The plain page shows what the app's start screen shows, as static HTML.
const browser = await launch();
const appServer = await serve(DIST, 0, { brotli: true });
const app = `http://127.0.0.1:${appServer.address().port}`;
const plainDir = mkdtempSync(join(tmpdir(), 'plain-'));
copyFileSync(join(DIST, 'style.css'), join(plainDir, 'style.css'));
{
  const { context, page: p } = await page(browser, app, false);
  await p.goto(app + '/');
  await p.waitForFunction(() => window.__bench.start !== null);
  await p.waitForTimeout(500);
  const { lang, dir, body } = await p.evaluate(() => ({
    lang: document.documentElement.lang, dir: document.documentElement.dir,
    body: document.body.innerHTML.replace(/<script[\s\S]*?<\/script>/g, ''),
  }));
  writeFileSync(join(plainDir, 'index.html'), `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="style.css"><title>plain</title></head><body>${body}</body></html>`);
  await context.close();
}
const plainServer = await serve(plainDir, 0, { brotli: true });
const plain = `http://127.0.0.1:${plainServer.address().port}`;
// Compress every file once before timing (a real host sends precompressed files).
for (const f of firstVisitFiles(DIST)) await fetch(`${app}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
await fetch(`${plain}/index.html`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
await fetch(`${plain}/style.css`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());

// 3. The summary printed to A4 (Chromium's print to PDF), for three very
// different results, in Dutch, Arabic, and Tigrinya beside Dutch: the
// essentials alone, and with every card in the appendix.
async function summaryPages() {
  console.log('\nSummary, A4 pages: essentials (with the full cards as appendix)');
  console.log('case'.padEnd(34) + 'nl'.padStart(8) + 'ar'.padStart(8) + 'ti+nl'.padStart(8));
  for (const name of ['08-family-on-street', '04-appeal-deadline', '19-erso-partner-first']) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    const p = await context.newPage();
    await p.goto(app + '/');
    await p.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    const q = new Questionnaire(p);
    await q.start();
    await q.answerAll(await caseAnswers(name));
    await q.result();
    const row = [];
    for (const [lang, second] of [['nl', ''], ['ar', ''], ['ti', 'nl']]) {
      await q.language(lang);
      await p.click('#to-summary');
      await p.waitForSelector('#summary');
      await p.selectOption('#summary-second', second);
      const essentials = pdfPages(await printSummary(p));
      await p.check('#with-cards');
      const all = pdfPages(await printSummary(p));
      row.push(`${essentials} (${all})`);
      await p.click('.nav button.back');
      await p.waitForSelector('section.result[data-complete]');
    }
    console.log(name.padEnd(34) + row.map((c) => c.padStart(8)).join(''));
    await context.close();
  }
}
// 4. Importing a saved file at a 4x slower CPU: a real one, and two crafted
// near the 1 MB cap (the answers re-encrypted with the passphrase, as a
// person who knows it could): one whose multi-choice answer lists far more
// entries than the question has options (refused: that answer is dropped
// and asked again), and the largest the app accepts (thousands of unknown
// question ids, left out). From choosing the file to the passphrase field,
// and from "Open" to the frame that shows the outcome; and, in a run of its
// own, how long a tap on the quick exit 100 ms after "Open" takes to leave.
const IMPORT_PASS = 'correct horse battery';
const IMPORT_CAP = 1_000_000;

/** The saved envelope of a full path, re-encrypted with `craft` applied to its answers. */
async function importFiles() {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const p = await context.newPage();
  await p.goto(app + '/');
  await p.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
  const q = new Questionnaire(p);
  await q.start();
  await q.answerAll(PATH);
  await q.result();
  await p.click('details.save summary');
  await p.fill('#save-pass', IMPORT_PASS);
  await p.fill('#save-again', IMPORT_PASS);
  await p.click('#save-button');
  await p.waitForFunction(() => localStorage.getItem('wegwijzer.saved'));
  const saved = await p.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  const files = await p.evaluate(async ([envelope, pass, cap]) => {
    const e0 = JSON.parse(envelope);
    const bin = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const b64 = (bytes) => { let s = ''; for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b); return btoa(s); };
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(pass.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: e0.iter, salt: bin(e0.salt) },
      base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const plain = JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bin(e0.iv) }, key, bin(e0.data))));
    const seal = async (payload) => {
      const e = { ...e0 };
      const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: bin(e.iv) }, key, new TextEncoder().encode(JSON.stringify(payload))));
      e.data = b64(data);
      e.sum = b64(await crypto.subtle.digest('SHA-256', new Uint8Array([...bin(e.salt), ...bin(e.iv), ...data])));
      return JSON.stringify(e);
    };
    // base64 makes 4 bytes of 3: the payload may be about 3/4 of the cap.
    const room = Math.floor((cap - envelope.length) * 3 / 4) - 2000;
    const grow = (entry, fill) => { const n = Math.floor(room / entry); const copy = structuredClone(plain); fill(copy, n); return copy; };
    // The options in reverse content order, repeated: the worst order for a sort.
    const options = ['family', 'medical', 'housing', 'education', 'business', 'work'];
    const perOption = options.reduce((sum, o) => sum + JSON.stringify(o).length + 1, 0) / options.length;
    const tooMany = grow(perOption, (c, n) => {
      c.session.answers.new_start = { many: Array.from({ length: n }, (_, i) => options[i % options.length]) };
    });
    const ids = grow(JSON.stringify({ q_000000: { one: 'yes' } }).length, (c, n) => {
      for (let i = 0; i < n; i++) c.session.answers['q_' + String(i).padStart(6, '0')] = { one: 'yes' };
    });
    return { real: envelope, tooMany: await seal(tooMany), ids: await seal(ids),
      counts: { tooMany: tooMany.session.answers.new_start.many.length, ids: Object.keys(ids.session.answers).length } };
  }, [saved, IMPORT_PASS, IMPORT_CAP]);
  await context.close();
  return files;
}

// In the page before its scripts: choosing the file, the passphrase field
// shown, "Open", and the frame that shows the outcome (a question, the
// result, or a message).
const IMPORT_PROBE = `(() => {
  const b = window.__import = {};
  const afterFrame = (f) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = f; c.port2.postMessage(0); });
  const until = (done, then) => (function check() { afterFrame(() => done() ? then(performance.now()) : check()); })();
  addEventListener('change', (ev) => {
    if (ev.target.id !== 'import-file') return;
    b.chosen = performance.now();
    until(() => document.querySelector('#resume-pass'), (t) => { b.asked = t; });
  }, true);
  addEventListener('click', (ev) => {
    if (!ev.target.closest || !ev.target.closest('#resume-button')) return;
    b.open = performance.now();
    // A tap on the quick exit 100 ms after "Open": a tap is handled when the
    // main thread is free, as this timer is; how late it runs is the wait.
    if (window.__exitTap) {
      const planned = b.open + 100;
      setTimeout(() => { window.__exitTap(performance.now() - planned); document.querySelector('button.exit').click(); }, 100);
    }
    const message = () => (document.querySelector('.resume-message')?.textContent || '').trim();
    until(() => document.querySelector('section.result') || document.querySelector('form[data-question]') || message(),
      (t) => { b.shown = t; b.outcome = document.querySelector('section.result') ? 'result'
        : document.querySelector('form[data-question]') ? 'question ' + document.querySelector('form[data-question]').dataset.question : 'message'; });
  }, true);
})();`;

async function importRun(file, exitTap) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
  let tapped = null;
  let left = false;
  if (exitTap) await context.exposeFunction('__exitTap', (ms) => { tapped = ms; });
  await context.addInitScript(IMPORT_PROBE);
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  p.on('request', (r) => { if (r.url().endsWith('/exit.html')) left = true; });
  await p.goto(app + '/');
  await p.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), null, { timeout: 120000 });
  await p.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await p.waitForSelector('#resume-pass', { timeout: 120000 });
  await p.fill('#resume-pass', IMPORT_PASS);
  await p.click('#resume-button', { noWaitAfter: true });
  if (exitTap) {
    for (let i = 0; i < 1200 && !(tapped !== null && left); i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 10000))]);
    return { exit: tapped === null || !left ? Infinity : tapped };
  }
  await p.waitForFunction(() => window.__import.shown !== undefined, null, { timeout: 300000 });
  const b = await p.evaluate(() => window.__import);
  await context.close();
  return { read: b.asked - b.chosen, open: b.shown - b.open, outcome: b.outcome };
}

async function importTimes() {
  const files = await importFiles();
  console.log(`\nImport of a saved file, CPU ${CPU_SLOWDOWN}x slower (median of ${RUNS}; cap ${IMPORT_CAP / 1e6} MB)`);
  console.log('file'.padEnd(52) + 'KB'.padStart(6) + 'read'.padStart(9) + 'open'.padStart(9) + 'exit tap'.padStart(10) + '  outcome');
  for (const [name, file] of [
    ['a real one (full path)', files.real],
    [`${files.counts.tooMany} entries in one multi-choice answer (refused)`, files.tooMany],
    [`${files.counts.ids} unknown question ids (accepted, left out)`, files.ids],
  ]) {
    const runs = [];
    const exits = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await importRun(file, false));
      exits.push((await importRun(file, true)).exit);
    }
    const ms = (x) => `${Number.isFinite(x) ? x.toFixed(0) : '>60000'} ms`.padStart(9);
    console.log(name.padEnd(52) + kb(file.length).padStart(6) + ms(median(runs.map((r) => r.read))) +
      ms(median(runs.map((r) => r.open))) + ms(median(exits)).padStart(10) + `  ${runs[0].outcome}`);
  }
  console.log('read: choosing the file to the passphrase field; open: "Open" to the outcome shown (the passphrase key');
  console.log('derivation, 600,000 PBKDF2 rounds, included); exit tap: how long a tap on the quick exit 100 ms after "Open"');
  console.log('waits for the main thread (then it leaves for exit.html; >60000 ms: it did not leave within a minute).');
}

// ONLY=fast3g or ONLY=unthrottled runs one of the two timings; ONLY=summary
// only the page counts; ONLY=import only the import times.
const only = process.env.ONLY;
if (!only || only === 'import') await importTimes();
if (!only || only === 'summary') await summaryPages();
if (!only || only === 'fast3g') report(`Fast 3G (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up), CPU ${CPU_SLOWDOWN}x slower, brotli`, await measure(browser, app, plain, true));
if (!only || only === 'unthrottled') report('Unthrottled (loopback, full CPU), brotli', await measure(browser, app, plain, false));

await browser.close();
appServer.close();
plainServer.close();
