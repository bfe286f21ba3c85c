// Saving by choice (encrypted), resuming, bad saved data, blocked storage,
// the inactivity timeout, the neutral title, and working offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, newPage, Questionnaire, messageIn } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PASS = 'correct horse battery';

async function saveHere(page, pass = PASS) {
  await page.click('details.save summary');
  await page.fill('#save-pass', pass);
  await page.fill('#save-again', pass);
  await page.click('#save-button');
  return messageIn(page, '.save-message', /Saved|not possible/);
}

test('save encrypts the answers on the device; resume asks for the passphrase; a wrong one deletes nothing', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'm1_3');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.check('input[value="running"]');
  // Too short and mismatched passphrases are refused with a message.
  await page.click('details.save summary');
  await page.fill('#save-pass', 'short');
  await page.fill('#save-again', 'short');
  await page.click('#save-button');
  assert.match(await page.locator('.save-message').innerText(), /too short/);
  await page.fill('#save-pass', PASS);
  await page.fill('#save-again', PASS + 'x');
  await page.click('#save-button');
  assert.match(await page.locator('.save-message').innerText(), /not the same/);
  await page.click('details.save summary');
  assert.match(await saveHere(page), /Saved/);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  assert.deepEqual(Object.keys(stored), ['wegwijzer.saved']);
  assert.doesNotMatch(stored['wegwijzer.saved'], /decision_when|m1_3/, 'nothing readable is stored');
  const envelope = JSON.parse(stored['wegwijzer.saved']);
  assert.equal(envelope.kdf, 'PBKDF2-SHA256');
  assert.ok(envelope.iter >= 600000);

  // A new visit on the same device: resume.
  const page2 = await context.newPage();
  await page2.goto(origin + '/');
  await page2.waitForSelector('#resume-pass');
  await page2.fill('#resume-pass', 'wrong passphrase');
  await page2.click('#resume-button');
    assert.match(await messageIn(page2, '.resume-message'), /not right/);
  assert.ok(await page2.evaluate(() => localStorage.getItem('wegwijzer.saved')), 'a wrong passphrase deletes nothing');
  await page2.fill('#resume-pass', PASS);
  await page2.click('#resume-button');
  await page2.waitForSelector('form[data-question]');
  assert.equal(await new Questionnaire(page2).questionId(), 'appeal', 'back where the person was');
  await page2.click('button.back');
  await page2.waitForSelector('form[data-question="decision_when"]');
  assert.ok(await page2.isChecked('input[value="m1_3"]'));
  // Leaving quickly keeps the locked answers; forget everything removes them.
  const page3 = await context.newPage();
  await page3.goto(origin + '/');
  await page3.waitForSelector('#start');
  await page3.click('button.exit');
  await page3.waitForURL(/exit\.html$/);
  assert.ok(await page2.evaluate(() => localStorage.getItem('wegwijzer.saved')), 'quick exit keeps what was saved, locked');
  await page2.click('.forget button');
  await page2.click('.confirm button.danger');
  assert.deepEqual(await page2.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});

for (const [name, value, message] of [
  ['corrupt', 'this is not what the app wrote', /could not be read/],
  ['old', JSON.stringify({ format: 'wegwijzer-saved', v: 0, kdf: 'PBKDF2-SHA256', iter: 600000, salt: '', iv: '', data: '', sum: '' }), /older version/],
]) {
  test(`${name} saved data gives a clear notice and a fresh start, never a crash`, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addInitScript(([v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('wegwijzer.saved', v); sessionStorage.setItem('seeded', '1'); } }, [value]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(origin + '/');
    await page.fill('#resume-pass', PASS);
    await page.click('#resume-button');
    assert.match(await messageIn(page, '.resume-message'), message);
    assert.equal(await page.evaluate(() => localStorage.getItem('wegwijzer.saved')), null, 'unusable data is removed');
    await new Questionnaire(page).start();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('tampered saved data is reported as damaged, not as a wrong passphrase', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await saveHere(page);
  await page.evaluate(() => {
    const e = JSON.parse(localStorage.getItem('wegwijzer.saved'));
    e.data = (e.data[0] === 'A' ? 'B' : 'A') + e.data.slice(1);
    localStorage.setItem('wegwijzer.saved', JSON.stringify(e));
  });
  await page.reload();
  await page.fill('#resume-pass', PASS);
  await page.click('#resume-button');
    assert.match(await messageIn(page, '.resume-message'), /could not be read/);
  await context.close();
});

test('storage blocked (private browsing): the tool works and says saving is unavailable', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  const q = new Questionnaire(page);
  await q.start();
  await page.click('details.save summary');
  assert.match(await page.locator('details.save').innerText(), /not possible in this browser/);
  assert.equal(await page.locator('#save-button').count(), 0);
  await q.answerAll({ fear: 'no', wants: 'talk' });
  await q.result();
  await page.click('.forget button');
  await page.click('.confirm button.danger');
  await page.waitForSelector('#start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('inactivity: a warning a minute before, then the answers are cleared', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'w1_4');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.clock.fastForward('14:10');
  await page.waitForSelector('.idle-warning');
  assert.match(await page.locator('.idle-warning').innerText(), /one minute/);
  await page.clock.fastForward('01:00');
  await page.waitForSelector('#start');
  assert.match(await page.locator('.notice').innerText(), /erased/);
  await page.click('#start');
  await page.waitForSelector('form[data-question="decision_when"]');
  assert.equal(await page.isChecked('input[value="w1_4"]'), false, 'the answer is gone');
  await context.close();
});

test('a neutral tab title and icon on request', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  assert.equal(await page.title(), 'Wegwijzer');
  await page.check('#neutral-title');
  assert.equal(await page.title(), 'Notes');
  assert.equal(await page.getAttribute('#favicon', 'href'), 'neutral.svg');
  await context.close();
});

test('offline: after the first visit the app loads and completes a path with no connection', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector('#start');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#start');
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'return_thinking', country: 'GE' });
  const r = await q.result();
  assert.ok(r.routes.includes('reintegration'));
  const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((x) => new URL(x.url).pathname));
  assert.ok(cached.includes('/wegwijzer_bg.wasm'));
  await context.close();
});

test('a new version is picked up on the next visit with a connection, not held back by the offline copy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-v-'));
  cpSync('dist', dir, { recursive: true });
  const v = await startServer(dir);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(v.origin + '/');
  await page.waitForSelector('#start');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Deploy a "new version" of the page and the stylesheet.
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'index.html'), index.replace('<title>', '<meta name="release" content="2"><title>'));
  writeFileSync(join(dir, 'style.css'), readFileSync(join(dir, 'style.css'), 'utf8') + '\n.release-2 { color: red; }\n');
  await page.reload();
  await page.waitForSelector('#start');
  assert.equal(await page.getAttribute('meta[name="release"]', 'content'), '2', 'the new page is served');
  // And the new version is what is kept for offline use.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#start');
  assert.equal(await page.getAttribute('meta[name="release"]', 'content'), '2');
  await context.close();
  v.server.close();
});
