// The start screen comes with the HTML (pre-rendered at build time) and the
// app takes it over without a flash or a jump; until the app has loaded, a
// tap on Start is kept and the quick exit works. The app's code is held back
// (page.route) to look at the page before it runs. Served with the real CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForApp, Questionnaire } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A page whose wasm is held until `release()` is called. */
async function heldPage() {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/wegwijzer_bg.wasm', async (route) => { await held; await route.continue(); });
  // Every frame notes whether Start was on screen, to catch a blank frame.
  await page.addInitScript(() => {
    window.__frames = [];
    (function f() { window.__frames.push(!!document.querySelector('#start')); requestAnimationFrame(f); })();
  });
  await page.goto(origin + '/');
  return { context, page, errors, release };
}

const layout = (page) => page.evaluate(() => ['header', '#language', 'h1', '#mode-counsellor', '#start', '.promise']
  .map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return [s, r && [r.x, r.y, r.width, r.height].map(Math.round)]; }));
const text = (page) => page.evaluate(() => document.querySelector('main').innerText);

test('the start screen is in the HTML, and the app takes it over with no flash and no jump', async () => {
  const html = await (await fetch(origin + '/')).text();
  assert.match(html, /id="start"/);
  assert.match(html, /data-prerendered/);
  const { context, page, errors, release } = await heldPage();
  await page.waitForSelector('#start', { state: 'visible' });
  const before = { layout: await layout(page), text: await text(page) };
  assert.ok(before.layout.every(([, r]) => r), 'the whole start screen is there before the app runs');
  await page.evaluate(() => { window.__frames.length = 0; });
  release();
  await waitForApp(page);
  assert.equal(await page.locator('[data-prerendered]').count(), 0, 'the pre-rendered copy is gone');
  assert.equal(await page.locator('#start').count(), 1);
  assert.deepEqual(await layout(page), before.layout, 'nothing moved');
  assert.equal(await text(page), before.text, 'the same text');
  assert.ok(!(await page.evaluate(() => window.__frames)).includes(false), 'no frame without the start screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('taps before the app has loaded are kept: a language, then Start', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.waitForFunction(() => window.__frames.length > 0 && document.querySelector('#start'));
  await page.selectOption('#language', 'en');
  await page.click('#start');
  release();
  await page.waitForSelector('form[data-question]');
  assert.equal(await new Questionnaire(page).questionId(), 'decision_when');
  // English arrives after the app (it is not compiled in) and is then shown.
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('form[data-question] h1').innerText(), /letter that said no/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quick exit works before the app has loaded', async () => {
  const { context, page } = await heldPage();
  await page.waitForSelector('button.exit');
  // boot.js is a small module that arrives with the stylesheet.
  await page.waitForFunction(() => performance.getEntriesByName(new URL('boot.js', location.href).href).length > 0);
  await page.waitForTimeout(200);
  await page.click('button.exit');
  await page.waitForURL(/exit\.html$/);
  await context.close();
});
