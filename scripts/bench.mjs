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
// ONLY=fast3g or ONLY=unthrottled runs one of the two timings; ONLY=summary
// only the page counts.
const only = process.env.ONLY;
if (!only || only === 'summary') await summaryPages();
if (!only || only === 'fast3g') report(`Fast 3G (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up), CPU ${CPU_SLOWDOWN}x slower, brotli`, await measure(browser, app, plain, true));
if (!only || only === 'unthrottled') report('Unthrottled (loopback, full CPU), brotli', await measure(browser, app, plain, false));

await browser.close();
appServer.close();
plainServer.close();
