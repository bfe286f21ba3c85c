// The privacy promise, proven in the browser under the production policy:
// the app starts under a strict CSP, makes no request after loading, stores
// nothing, and the quick exit leaves no way back to the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer, launch, newPage, Questionnaire, CHROMIUM_ARGS, messageIn, settled } from './harness.mjs';
import { policyProblems, HEADER_POLICY } from '../../scripts/csp.mjs';

let server, origin, hits, browser;
before(async () => { ({ server, origin, hits } = await startServer()); browser = await launch(); });
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
  // Wait until the offline copy is made: its requests belong to loading.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState('networkidle');
  for (const url of requests) assert.ok(url.startsWith(origin + '/'), `only own origin: ${url}`);
  assert.ok(requests.some((u) => u.endsWith('/exit.html')), 'the context sees the service worker\'s requests too');
  const [loaded, hitsAtLoad] = [requests.length, hits.length];
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
  await page.waitForSelector('section.result[data-complete]');
  await page.click('button.back');
  await page.waitForSelector('form[data-question]');
  await settled(page);
  assert.deepEqual(requests.slice(loaded), [], 'no request after the app loaded, from the page or its service worker');
  assert.deepEqual(hits.slice(hitsAtLoad), [], 'and none reached the server');
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
    '/icon-192.png', '/icon-512.png', '/manifest.webmanifest', '/exit.html', '/sw.js',
    ...readdirSync('locales').map((code) => `/locales/${code}.ftl`)];
  for (const path of state.caches) assert.ok(ownFiles.includes(path), `only the app's own files are cached: ${path}`);
  await context.close();
});

test('"Forget everything" also removes the offline copy: no service worker, no cache; the start screen says what remains', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  assert.match(await page.locator('#start-remains').innerText(), /copy of this tool.*"Forget everything" removes that copy too.*browser history/s);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const offline = () => page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
  }));
  const before = await offline();
  assert.equal(before.registrations, 1, 'the offline copy is there for every visitor');
  assert.ok(before.caches.length > 0);
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'w1_4');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.click('.forget button');
  await page.click('.confirm button.danger');
  await page.waitForSelector('#start');
  assert.match(await messageIn(page, '.notice'), /erased/);
  assert.deepEqual(await offline(), { registrations: 0, caches: [] });
  // Using the page afterwards does not bring the cache back.
  await page.check('#neutral-title');
  await page.evaluate(() => fetch('style.css'));
  await settled(page);
  assert.deepEqual(await offline(), { registrations: 0, caches: [] });
  assert.deepEqual(await storageState(page), { local: [], session: [], cookies: '', idb: [], caches: [] });
  await context.close();
});

test('the service worker caches only its listed files, never a response to anything else', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(async () => {
    for (const url of ['sw.js', 'no-such-file', 'index.html?answer=fear', 'style.css?x=1', 'style.css']) await fetch(url).catch(() => {});
  });
  await page.waitForTimeout(300);
  const listed = ['/', '/index.html', '/boot.js', '/wegwijzer.js', '/wegwijzer_bg.wasm', '/style.css', '/icon.svg', '/neutral.svg',
    '/icon-192.png', '/icon-512.png', '/manifest.webmanifest', '/exit.html',
    // Every language but Dutch (compiled in), fetched after the first screen.
    ...readdirSync('locales').filter((code) => code !== 'nl').map((code) => `/locales/${code}.ftl`)];
  const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) =>
    (await (await caches.open(k)).keys()).map((r) => { const u = new URL(r.url); return u.pathname + u.search; })))).flat());
  assert.deepEqual([...cached].sort(), [...listed].sort(), 'exactly the listed files');
  await context.close();
});

/**
 * A page on another origin, visited before the app. It notes whether it was
 * shown from the back-forward cache, so the test knows the cache was on.
 */
async function pageBefore() {
  const html = '<!doctype html><title>Before</title><h1>News</h1><script>'
    + "addEventListener('pageshow', (e) => { document.title = e.persisted ? 'Before (from cache)' : 'Before'; });</script>";
  const s = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(html); });
  await new Promise((done) => s.listen(0, '127.0.0.1', done));
  return { close: () => s.close(), url: `http://127.0.0.1:${s.address().port}/` };
}

test('quick exit with the back-forward cache on: Back lands on the page before the app, and shows no answers', async () => {
  // Playwright turns the back-forward cache off by default; a phone has it on.
  const bf = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const other = await pageBefore();
  try {
    for (const exit of ['escape', 'button']) {
      const context = await bf.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(other.url);
      await page.goto(origin + '/');
      await page.waitForSelector('#start');
      const historyAtLoad = await page.evaluate(() => history.length);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
      // "Skip to content" first, as a keyboard user does: focus moves, and
      // no '#main' entry is left for Back to find after quick exit.
      await page.focus('a.skip');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.equal(await page.evaluate(() => history.length), historyAtLoad, 'the skip link adds no history entry');
      assert.equal(new URL(page.url()).hash, '', 'no #main in the address');
      const q = new Questionnaire(page);
      await q.start();
      await q.answer('decision_when', 'w1_4');
      await page.waitForSelector('form[data-question="appeal"]');
      assert.equal(await page.evaluate(() => history.length), historyAtLoad, 'the questionnaire adds no history entries');
      assert.equal(new URL(page.url()).search + new URL(page.url()).hash, '', 'no answers in the URL');
      if (exit === 'escape') {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      } else {
        await page.click('button.exit');
      }
      await page.waitForURL(/exit\.html$/);
      assert.match(await page.title(), /Weather/);
      // Back as a person does it; the page may come from the cache, which
      // Playwright's goBack() does not wait for, so wait for the URL instead.
      await page.evaluate(() => history.back());
      for (let i = 0; i < 50 && page.url().endsWith('exit.html'); i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(page.url(), other.url, `Back (${exit}) lands on the page visited before the app`);
      await page.waitForFunction(() => document.title.startsWith('Before'));
      assert.equal(await page.title(), 'Before (from cache)', 'the back-forward cache was on');
      assert.doesNotMatch(await page.locator('body').innerText(), /appeal|1 to 4 weeks|Wegwijzer/i, 'no answers after Back');
      await context.close();
    }
  } finally {
    other.close();
    await bf.close();
  }
});

test('the quick-exit button works too', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.click('button.exit');
  await page.waitForURL(/exit\.html$/);
  await context.close();
});

test('if the app cannot load, a short message in Dutch and English instead of a blank page', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.route('**/wegwijzer_bg.wasm', (r) => r.abort());
  const page = await context.newPage();
  await page.goto(origin + '/');
  const text = await messageIn(page, '#boot-failed', /could not start/);
  assert.match(text, /Deze hulp kon niet starten/);
  assert.match(text, /This tool could not start/);
  assert.equal(await page.locator('#boot-failed p[lang="nl"]').count(), 1);
  await context.close();
});

/** The headers the README's "Deployment" section lists, by lowercase name. */
function readmeHeaders() {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.split('## Deployment')[1].split('```')[1];
  return Object.fromEntries(block.trim().split('\n').map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
  }));
}

test('the test server survives a malformed URL escape and sends exactly the headers the README lists', async () => {
  const listed = readmeHeaders();
  // The README names the policy's one source (scripts/csp.mjs), not a copy.
  assert.equal(listed['content-security-policy'], '<node scripts/csp.mjs>');
  listed['content-security-policy'] = HEADER_POLICY;
  // What HTTP itself adds, and the type of each file, are not policy.
  const transport = ['content-type', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];
  for (const [path, status] of [['/', 200], ['/style.css', 200], ['/no-such-file', 404], ['/%E0%A4%A', 400], ['/%', 400]]) {
    const res = await fetch(origin + path);
    assert.equal(res.status, status, path);
    const sent = Object.fromEntries([...res.headers].filter(([k]) => !transport.includes(k)));
    assert.deepEqual(sent, listed, `headers of ${path}`);
  }
  assert.equal((await fetch(origin + '/')).status, 200, 'the server is still up');
});
