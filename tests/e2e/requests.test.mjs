// The requests are the same for every visitor, whatever they choose or
// answer: the server must not learn a language, an answer, counsellor mode
// or the neutral title from what is fetched. Two very different visits are
// compared as the server saw them (page and service worker alike). And the
// languages fetched after the first screen all work offline afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForApp, Questionnaire, settled } from './harness.mjs';
import { readdirSync } from 'node:fs';

const LANGUAGES = readdirSync('locales');

let server, origin, browser;
const seen = [];
before(async () => {
  ({ server, origin } = await startServer());
  server.on('request', (req) => seen.push(`${req.method} ${new URL(req.url, origin).pathname}`));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

/** What the server saw during one visit, sorted (timing may interleave). */
async function visit(locale, act) {
  seen.length = 0;
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await act(page, new Questionnaire(page));
  // Anything a choice might have set off has reached the server.
  await settled(page);
  await context.close();
  assert.deepEqual(errors, []);
  return [...seen].sort();
}

test('two very different visits make the same requests', async () => {
  const plain = await visit('nl-NL', async (page, q) => {
    await q.start();
    await q.answerAll({ fear: 'no', wants: 'return_decided', country: 'NG' });
    await q.result();
  });
  const different = await visit('ar-SY', async (page, q) => {
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.check('#neutral-title');
    await page.check('#mode-counsellor');
    await page.selectOption('#counsellor-lang', 'ti');
    await q.language('fa');
    await q.start();
    await q.answerAll({ fear: 'yes', fear_of: ['authorities'], wants: 'stay', nationality: 'stateless' });
    await q.result();
    await page.click('#to-summary');
    await page.waitForSelector('#summary');
    await q.language('am');
  });
  for (const code of LANGUAGES.filter((c) => c !== 'nl')) {
    assert.ok(plain.includes(`GET /locales/${code}.ftl`), `every language file is fetched, also ${code}`);
  }
  assert.deepEqual(different, plain);
});

test('after the first visit every language works offline, and a second language shows at once', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  const q = new Questionnaire(page);
  const dutch = await page.locator('h1').innerText();
  for (const code of LANGUAGES.filter((c) => c !== 'nl')) {
    await q.language(code);
    assert.notEqual(await page.locator('h1').innerText(), dutch, `${code} shows its own text offline`);
  }
  await q.language('nl');
  await page.check('#mode-counsellor');
  await page.selectOption('#counsellor-lang', 'ar');
  await q.start();
  const second = page.locator('form[data-question] .bi-b[lang="ar"]').first();
  assert.notEqual(await second.innerText(), '', 'the counsellor\'s language is there at once');
  await context.close();
});
