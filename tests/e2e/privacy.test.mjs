// The privacy promise, proven in the browser under the production policy:
// the app starts under a strict CSP, makes no request after loading, stores
// nothing, and the quick exit leaves no way back to the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire } from './harness.mjs';
import { policyProblems } from '../../scripts/csp.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function storageState(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    // The service worker's copy of the app's own files is the only cache;
    // list what is in it so a test can see that no answer is.
    caches: 'caches' in self
      ? (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat()
      : [],
  }));
}

test('the strict CSP is in force, the app runs under it, and nothing violates it', async () => {
  const { page, errors, context } = await newPage(browser, origin);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.deepEqual(policyProblems(csp), []);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'talk' });
  await q.result();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy/.test(e)), []);
  await context.close();
});

test('loading fetches only the app\'s own files; answering, switching language, the result and the summary make zero requests', async () => {
  const { page, requests, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.waitForSelector('#start');
  for (const url of requests) assert.ok(url.startsWith(origin + '/'), `only own origin: ${url}`);
  const loaded = requests.length;
  const q = new Questionnaire(page);
  await q.start();
  await q.language('ar');
  await q.answerAll({ fear: 'no', wants: 'return_thinking', country: 'GE' });
  await q.result();
  await q.language('nl');
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  await page.check('#with-answers');
  await page.selectOption('#summary-second', 'ti');
  await page.click('.nav button.back');
  await page.waitForSelector('section.result');
  await page.click('button.back');
  await page.waitForSelector('form[data-question]');
  assert.deepEqual(requests.slice(loaded), [], 'no request after the app loaded');
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('nothing is stored on the device after a full path, and "forget everything" clears the answers', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'yes', wants: 'stay' });
  await q.result();
  const state = await storageState(page);
  assert.deepEqual({ ...state, caches: [] }, { local: [], session: [], cookies: '', idb: [], caches: [] });
  const ownFiles = ['/', '/index.html', '/boot.js', '/wegwijzer.js', '/wegwijzer_bg.wasm', '/style.css', '/icon.svg', '/neutral.svg',
    '/icon-192.png', '/icon-512.png', '/manifest.webmanifest', '/exit.html', '/sw.js'];
  for (const path of state.caches) assert.ok(ownFiles.includes(path), `only the app's own files are cached: ${path}`);
  await page.click('.forget button');
  await page.click('.confirm button.danger');
  await page.waitForSelector('#start');
  assert.match(await page.locator('.notice').innerText(), /erased/);
  await context.close();
});

test('quick exit: three Escapes replace the page with a neutral one, and Back shows no answers', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const historyAtLoad = await page.evaluate(() => history.length);
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'w1_4');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.equal(await page.evaluate(() => history.length), historyAtLoad, 'the questionnaire adds no history entries');
  assert.equal(new URL(page.url()).search + new URL(page.url()).hash, '', 'no answers in the URL');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(/exit\.html$/);
  assert.match(await page.title(), /Weather/);
  await page.goBack().catch(() => {});
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /appeal|1 to 4 weeks/i, 'no answers after Back');
  await context.close();
});

test('the quick-exit button works too', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.click('button.exit');
  await page.waitForURL(/exit\.html$/);
  await context.close();
});
