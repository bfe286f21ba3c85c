// A reviewer's pack round-trips in a browser: the pack for French is opened
// in Chromium from a file, two messages are marked OK and one is corrected,
// the work survives a reload (kept in the browser), the export is downloaded
// and read back with `review --import` on a scratch copy of the repository;
// the .ftl and the sign-off record change as expected. The pack makes no
// request beyond its own file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './harness.mjs';

const review = (args) => spawnSync('cargo', ['run', '--release', '--quiet', '--bin', 'review', '--', ...args], { encoding: 'utf8' });

let browser, scratch;
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-pack-'));
  cpSync('content', join(scratch, 'content'), { recursive: true });
  cpSync('locales', join(scratch, 'locales'), { recursive: true });
  browser = await launch();
});
after(async () => { await browser?.close(); if (scratch) rmSync(scratch, { recursive: true, force: true }); });

test('a French pack: two OK, one corrected, exported and read back in', async () => {
  const mine = ['locales/fr/app.ftl', 'content/reviews/fr.toml'];
  const untouched = mine.map((f) => readFileSync(f, 'utf8'));
  const made = review(['--pack', 'fr', '--root', scratch, '--out', join(scratch, 'packs')]);
  assert.equal(made.status, 0, made.stderr);
  const pack = made.stdout.trim().split('\n')[0];
  const html = readFileSync(pack, 'utf8');
  assert.doesNotMatch(html, /<(link|img|iframe)[^>]+(href|src)=["']?https?:/i, 'no external resource');

  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(pack).href);

  assert.match(await page.locator('#length').innerText(), /\d+ messages, \d+ words: about [\d.]+ hours/);
  const first = page.locator('section.msg').first();
  assert.ok(await first.locator('.badge.critical').isVisible(), 'safety-critical messages come first');
  // A variable is shown filled in, with the Fluent source below it.
  const readback = page.locator('section.msg[data-id="date-readback"]');
  assert.match(await readback.innerText(), /12-03-2027/);

  await page.fill('#role', 'native speaker, French, test');
  await page.check('section.msg[data-id="quick-exit"] input.ok');
  await page.check('section.msg[data-id="start-not-advice"] input.ok');
  await page.check('section.msg[data-id="start-privacy-1"] input.fix');
  await page.fill('section.msg[data-id="start-privacy-1"] textarea', 'Rien de ce que vous répondez ne quitte cet appareil. (corrigé)');
  assert.match(await page.locator('#progress').innerText(), /^3 of \d+ done/);

  // Kept in the browser until exported.
  await page.reload();
  assert.ok(await page.locator('section.msg[data-id="quick-exit"] input.ok').isChecked(), 'the work survives a reload');
  assert.equal(await page.inputValue('#role'), 'native speaker, French, test');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const exported = join(scratch, 'export.json');
  await download.saveAs(exported);
  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith('file:') || u.startsWith('blob:')), `no request: ${requests}`);
  await context.close();

  const json = JSON.parse(readFileSync(exported, 'utf8'));
  assert.equal(json.items.length, 3);

  const read = review(['--import', exported, '--root', scratch]);
  assert.equal(read.status, 0, read.stderr);
  assert.match(read.stdout, /fr: 2 signed off as ok, 1 corrected/);
  const app = readFileSync(join(scratch, 'locales/fr/app.ftl'), 'utf8');
  assert.match(app, /^start-privacy-1 = Rien de ce que vous répondez ne quitte cet appareil\. \(corrigé\)$/m);
  const record = readFileSync(join(scratch, 'content/reviews/fr.toml'), 'utf8');
  assert.equal(record.match(/\[\[review\]\]/g).length, 3);
  for (const id of ['quick-exit', 'start-not-advice', 'start-privacy-1']) assert.match(record, new RegExp(`id = "${id}"`));
  assert.match(record, /verdict = "changed"/);
  assert.match(record, /role = "native speaker, French, test"/);

  // The status now counts them.
  const status = review(['--status', '--root', scratch]);
  assert.match(status.stdout, /\| fr \| Français \| ltr \| 3 \| 0 \| \d+ \| 3 of \d+ \| partly checked/);
  // The repository itself is untouched.
  assert.deepEqual(mine.map((f) => readFileSync(f, 'utf8')), untouched);
});
