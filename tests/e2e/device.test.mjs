// Saving by choice (encrypted), resuming, bad saved data, blocked storage,
// the inactivity timeout, the neutral title, and working offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, newPage, Questionnaire, messageIn, settled } from './harness.mjs';

let server, origin, hits, browser, good;
before(async () => {
  ({ server, origin, hits } = await startServer());
  browser = await launch();
  good = await realEnvelope();
});
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
  const { page, context } = await atAppeal();
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
  // Forgetting on the start screen takes the offer to open them away too.
  await page2.evaluate((v) => localStorage.setItem('wegwijzer.saved', v), good);
  await page3.goto(origin + '/');
  await page3.waitForSelector('#resume-pass');
  await page3.click('.forget button');
  await page3.click('.confirm button.danger');
  await messageIn(page3, '.notice', /erased/);
  assert.equal(await page3.locator('#resume-pass').count(), 0);
  assert.equal(await page3.locator('.resume-message').innerText(), '');
  await context.close();
});

/** A context whose local storage holds `value` as the saved answers on the first load. */
async function seeded(value, init) {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(([v]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem('wegwijzer.saved', v); sessionStorage.setItem('seeded', '1'); }
  }, [value]);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  return { context, page, errors };
}

/** A fresh page at the question "appeal", one answer given. */
test('a second save on this device asks before it replaces the first, and tells nothing about the first', async () => {
  const { page, context } = await atAppeal();
  assert.match(await saveHere(page, 'first passphrase A'), /Saved/);
  const first = await page.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  // Later on the same device: a fresh start, other answers, another passphrase.
  const page2 = await context.newPage();
  await page2.goto(origin + '/');
  await page2.waitForSelector('#resume-pass');
  const q = new Questionnaire(page2);
  await q.start();
  await q.answer('decision_when', 'lt_1w');
  await page2.waitForSelector('form[data-question="appeal"]');
  await page2.click('details.save summary');
  await page2.fill('#save-pass', 'second passphrase B');
  await page2.fill('#save-again', 'second passphrase B');
  await page2.click('#save-button');
  assert.match(await messageIn(page2, '.save-message', /already saved/), /replaces them/);
  assert.equal(await page2.evaluate(() => localStorage.getItem('wegwijzer.saved')), first, 'nothing replaced yet');
  assert.doesNotMatch(await page2.locator('details.save').innerText(), /\d{4}|\d{1,2}:\d\d/, 'no date or time of the earlier save');
  assert.match(await page2.locator('#save-button').innerText(), /Replace/);
  await page2.click('#save-button');
  assert.match(await messageIn(page2, '.save-message', /Saved/), /Saved/);
  assert.notEqual(await page2.evaluate(() => localStorage.getItem('wegwijzer.saved')), first, 'replaced when asked twice');
  await context.close();
});

async function atAppeal() {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'm1_3');
  await page.waitForSelector('form[data-question="appeal"]');
  return { page, context };
}

/** A real envelope, saved by the app with PASS at the question "appeal". */
async function realEnvelope() {
  const { page, context } = await atAppeal();
  await saveHere(page);
  const value = await page.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  await context.close();
  return value;
}

/** `envelope` with its fields changed by `change(e)`. */
function edited(envelope, change) {
  const e = JSON.parse(envelope);
  change(e);
  return JSON.stringify(e);
}

const flip = (b64) => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);


// Each kind of problem has its own message, and none deletes anything. The
// first three are told before any passphrase is asked.
for (const [name, value, message] of [
  ['not ours', () => 'this is not what the app wrote', /not saved by Wegwijzer/],
  ['not ours (other JSON)', () => JSON.stringify({ hello: 'world' }), /not saved by Wegwijzer/],
  ['newer', () => edited(good, (e) => { e.v = 3; }), /newer version/],
  ['damaged', () => edited(good, (e) => { delete e.iv; }), /damaged/],
  ['of an unknown iteration count', () => edited(good, (e) => { e.iter = 4294967295; }), /damaged/],
]) {
  test(`saved data that is ${name}: its own message before any passphrase, and nothing deleted`, async () => {
    const v = value();
    const { page, context, errors } = await seeded(v);
    assert.match(await messageIn(page, '.resume-message'), message);
    assert.equal(await page.locator('#resume-pass').count(), 0, 'no passphrase is asked');
    assert.equal(await page.evaluate(() => localStorage.getItem('wegwijzer.saved')), v, 'nothing is deleted');
    await new Questionnaire(page).start();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [part, change] of [
  ['data', (e) => { e.data = flip(e.data); }],
  ['salt', (e) => { e.salt = flip(e.salt); }],
  ['IV', (e) => { e.iv = flip(e.iv); }],
]) {
  test(`a changed ${part} is reported as damage, not as a wrong passphrase, and kept`, async () => {
    const v = edited(good, change);
    const { page, context } = await seeded(v);
    await page.fill('#resume-pass', PASS);
    await page.click('#resume-button');
    assert.match(await messageIn(page, '.resume-message'), /damaged/);
    assert.equal(await page.evaluate(() => localStorage.getItem('wegwijzer.saved')), v);
    await context.close();
  });
}

test('a failure of the browser\'s own crypto says so and deletes nothing', async () => {
  const { page, context } = await seeded(good, () => {
    crypto.subtle.deriveKey = () => Promise.reject(new DOMException('broken', 'NotSupportedError'));
  });
  await page.fill('#resume-pass', PASS);
  await page.click('#resume-button');
  assert.match(await messageIn(page, '.resume-message'), /could not open the answers just now/);
  assert.equal(await page.evaluate(() => localStorage.getItem('wegwijzer.saved')), good, 'saved answers are kept');
  await context.close();
});

test('the stored value is not readable, and two saves of the same answers differ', async () => {
  const { page, context } = await atAppeal();
  await saveHere(page);
  const first = await page.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  // Decode the data as the browser stores it: it is no JSON and holds no answer.
  const decoded = await page.evaluate((v) => {
    const bytes = Uint8Array.from(atob(JSON.parse(v).data), (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    let json = true;
    try { JSON.parse(text); } catch { json = false; }
    return { json, text, length: bytes.length };
  }, first);
  assert.ok(decoded.length > 40, 'there is data');
  assert.equal(decoded.json, false, 'the stored data is not readable JSON');
  assert.doesNotMatch(decoded.text, /decision_when|m1_3|session|answers/);
  await page.evaluate(() => localStorage.removeItem('wegwijzer.saved'));
  await page.fill('#save-pass', PASS);
  await page.fill('#save-again', PASS);
  await page.click('#save-button');
  await page.waitForFunction(() => localStorage.getItem('wegwijzer.saved'));
  const second = await page.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  const [a, b] = [JSON.parse(first), JSON.parse(second)];
  assert.notEqual(a.salt, b.salt, 'a fresh salt');
  assert.notEqual(a.iv, b.iv, 'a fresh IV');
  assert.notEqual(a.data, b.data);
  await context.close();
});

test('the same passphrase typed another way (Unicode NFC) opens the answers', async () => {
  const decomposed = 'cafe\u0301 au lait';
  const composed = 'caf\u00e9 au lait';
  const { page, context } = await atAppeal();
  assert.match(await saveHere(page, decomposed), /Saved/);
  await page.reload();
  await page.fill('#resume-pass', composed);
  await page.click('#resume-button');
  await page.waitForSelector('form[data-question="appeal"]');
  await context.close();
});

/** Decrypts `envelope` with `pass`, sets the answer to `question` to `answer`, and seals it again as the app does. */
async function resealed(page, envelope, pass, question, answer) {
  return page.evaluate(async ([envelope, pass, question, answer]) => {
    const e = JSON.parse(envelope);
    const bin = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(pass.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: e.iter, salt: bin(e.salt) },
      base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const plain = JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bin(e.iv) }, key, bin(e.data))));
    if (plain.session.step !== 'result') throw new Error('not at the result');
    plain.session.answers[question] = answer;
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: bin(e.iv) }, key, new TextEncoder().encode(JSON.stringify(plain))));
    const summed = new Uint8Array([...bin(e.salt), ...bin(e.iv), ...data]);
    e.data = b64(data);
    e.sum = b64(await crypto.subtle.digest('SHA-256', summed));
    return JSON.stringify(e);
  }, [envelope, pass, question, answer]);
}

test('an imported answer with an unknown option is dropped and its question asked again, never a silent gap', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'talk' });
  await q.result();
  await saveHere(page);
  const saved = await page.evaluate(() => localStorage.getItem('wegwijzer.saved'));
  // A file from a version that knew an option this one does not.
  const file = await resealed(page, saved, PASS, 'appeal', { one: 'no_such_option' });
  const page2 = await context.newPage();
  await page2.goto(origin + '/');
  await page2.waitForSelector('#start');
  await page2.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page2.fill('#resume-pass', PASS);
  await page2.click('#resume-button');
  await page2.waitForSelector('form[data-question="appeal"]');
  assert.equal(await page2.locator('section.result').count(), 0, 'not the result');
  assert.match(await messageIn(page2, '.notice'), /answer those questions again/);
  assert.equal(await page2.locator('form[data-question="appeal"] input:checked').count(), 0);
  await context.close();
});

for (const [name, file, message] of [
  ['not a Wegwijzer file', () => Buffer.from('Dear diary'), /not saved by Wegwijzer/],
  ['made by a newer version', () => Buffer.from(edited(good, (e) => { e.v = 7; })), /newer version/],
  ['damaged', () => Buffer.from(edited(good, (e) => { e.sum = 'AAAA'; })), /damaged/],
  ['over 1 MB', () => Buffer.alloc(1_000_001, 0x20), /not saved by Wegwijzer/],
]) {
  test(`an imported file that is ${name} is refused before a passphrase is asked`, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    // Count how often a file is read, to show a large one is refused unread.
    await context.addInitScript(() => {
      window.fileReads = 0;
      const text = File.prototype.text;
      File.prototype.text = function () { window.fileReads++; return text.call(this); };
    });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForSelector('#start');
    const buffer = file();
    await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer });
    // The file may be chosen before the app runs (boot.js hands it over):
    // the message is then Dutch until English has arrived.
    assert.match(await messageIn(page, '.resume-message', message), message);
    assert.equal(await page.locator('#resume-pass').count(), 0, 'no passphrase is asked');
    if (buffer.length > 1_000_000) assert.equal(await page.evaluate(() => window.fileReads), 0, 'a large file is not read');
    await context.close();
  });
}

test('importing a good file works, and a wrong passphrase for it says so', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.fill('#resume-pass', 'not the passphrase');
  await page.click('#resume-button');
  assert.match(await messageIn(page, '.resume-message'), /password is not right/);
  await page.fill('#resume-pass', PASS);
  await page.click('#resume-button');
  await page.waitForSelector('form[data-question="appeal"]');
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

/** At a question, with the clock under the test's control. */
async function idlePage() {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 400 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'w1_4');
  await page.waitForSelector('form[data-question="appeal"]');
  return { context, page };
}

test('inactivity: a warning a minute before, then the answers are cleared', async () => {
  const { context, page } = await idlePage();
  await page.waitForTimeout(300); // the page's own late events (a scroll) first
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

test('a neutral tab title on request, switched without a single request; the tab icon is always neutral', async () => {
  const { page, context, requests } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  const [before, hitsBefore] = [requests.length, hits.length];
  assert.equal(await page.title(), 'Wegwijzer');
  await page.check('#neutral-title');
  assert.equal(await page.title(), 'Notes');
  assert.equal(await page.getAttribute('#favicon', 'href'), 'neutral.svg', 'the tab icon is neutral either way');
  await page.uncheck('#neutral-title');
  await page.check('#neutral-title');
  await settled(page);
  assert.deepEqual(requests.slice(before), [], 'no request seen in the browser');
  assert.deepEqual(hits.slice(hitsBefore), [], 'no request reached the server');
  await context.close();
});

test('inactivity: without activity the same steps do wipe (the control for the tests below)', async () => {
  const { context, page } = await idlePage();
  await page.waitForTimeout(300);
  await page.clock.fastForward('10:00');
  await page.waitForTimeout(200);
  await page.clock.fastForward('10:00');
  await page.waitForSelector('#start');
  await context.close();
});

for (const [name, act] of [
  // Scrolling by script: no pointer or key event comes with it.
  ['scrolling', (page) => page.evaluate(() => new Promise((done) => { addEventListener('scroll', done, { once: true }); scrollBy(0, 300); }))],
  ['moving the pointer', async (page) => { await page.mouse.move(50, 50); await page.mouse.move(120, 160, { steps: 3 }); }],
  ['typing', (page) => page.keyboard.type('ab')],
  ['coming back to the tab', async (page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })))],
]) {
  test(`inactivity: ${name} postpones the wipe`, async () => {
    const { context, page } = await idlePage();
    // Events the page sends on its own (a scroll after the question changed)
    // come in the next frames: let them pass first, so only the act counts.
    await page.waitForTimeout(300);
    await page.clock.fastForward('10:00');
    await act(page);
    await page.waitForTimeout(200);
    await page.clock.fastForward('10:00');
    // 20 minutes since the answer, 10 since the activity: no wipe, no warning yet.
    assert.equal(await page.locator('form[data-question="appeal"]').count(), 1, 'the answers are still there');
    assert.equal(await page.locator('.idle-warning').count(), 0);
    await page.clock.fastForward('05:10');
    await page.waitForSelector('#start');
    await context.close();
  });
}

test('offline: after the first visit the app loads and completes a path with no connection', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A quiet line says when the offline copy is whole.
  await page.waitForSelector('#offline-ready.ready');
  assert.match(await page.locator('#offline-ready').innerText(), /works without internet/);
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
  // A quiet line says when the offline copy is whole.
  await page.waitForSelector('#offline-ready.ready');
  assert.match(await page.locator('#offline-ready').innerText(), /works without internet/);
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

test('"Save as a file" first says anyone can read the file and offers a locked one; files have neutral names', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'yes', wants: 'stay' });
  await q.result();
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  await page.click('#download');
  assert.match(await page.locator('.file-warning').innerText(), /Anyone who opens this file can read it/);
  await page.waitForTimeout(300);
  assert.equal(downloads.length, 0, 'nothing is written before the warning is answered');
  // The locked file instead.
  await page.fill('.file-warning #save-pass', PASS);
  await page.fill('.file-warning #save-again', PASS);
  const locked = page.waitForEvent('download');
  await page.click('.file-warning #export-button');
  const lockedFile = await locked;
  assert.equal(lockedFile.suggestedFilename(), 'notes.json');
  const text = readFileSync(await lockedFile.path(), 'utf8');
  assert.equal(JSON.parse(text).format, 'wegwijzer-saved');
  assert.doesNotMatch(text, /fear|stay/);
  // Or the readable file, once the person has read the warning.
  const readable = page.waitForEvent('download');
  await page.click('#download-readable');
  const readableFile = await readable;
  assert.equal(readableFile.suggestedFilename(), 'notes.html');
  assert.doesNotMatch(readableFile.suggestedFilename(), /wegwijzer|summary|asiel|asylum/i);
  await context.close();
});
