// Measures the release build in headless Chromium. Figures, not assertions.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstVisitFiles, sizes } from './sizes.mjs';
import { startServer, launch } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.argv[2] || 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

// 1. Bytes of the first visit.
const rows = await sizes('dist', firstVisitFiles('dist'));
console.log('First visit (every language included)');
console.log('file'.padEnd(22) + 'raw KB'.padStart(8) + 'gzip KB'.padStart(9) + 'brotli KB'.padStart(11));
for (const r of rows) console.log(r.file.padEnd(22) + kb(r.raw) + ' ' + kb(r.gzip) + '   ' + kb(r.brotli));
const tot = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log('total'.padEnd(22) + kb(tot('raw')) + ' ' + kb(tot('gzip')) + '   ' + kb(tot('brotli')));

// 2. Times, in one browser run: the app against a plain page with the same text.
const browser = await launch();
const app = await startServer('dist');
const plainDir = mkdtempSync(join(tmpdir(), 'plain-'));
copyFileSync('dist/style.css', join(plainDir, 'style.css'));

// The plain page shows what the app's start screen shows, as static HTML.
{
  const ctx = await browser.newContext({ locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(app.origin + '/');
  await page.waitForSelector('#start');
  const body = await page.evaluate(() => document.body.innerHTML.replace(/<script[\s\S]*?<\/script>/g, ''));
  writeFileSync(join(plainDir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="style.css"><title>plain</title></head><body>${body}</body></html>`);
  await ctx.close();
}
const plain = await startServer(plainDir);

async function timeTo(origin, selector) {
  const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'visible' });
  const t = await page.evaluate(() => performance.now());
  return { t, page, ctx };
}

const appStart = [], plainStart = [], firstQuestion = [], perAnswer = [];
for (let i = 0; i < RUNS; i++) {
  const p = await timeTo(plain.origin, '#start');
  plainStart.push(p.t);
  await p.ctx.close();
  const a = await timeTo(app.origin, '#start');
  appStart.push(a.t);
  // From navigation to the first question: the start screen plus one click.
  await a.page.click('#start');
  await a.page.waitForSelector('form[data-question="decision_when"]');
  firstQuestion.push(await a.page.evaluate(() => performance.now()));
  // Time per answer: click Continue until the next question is on screen.
  for (const v of ['gt_3m', 'running', 'no', 'running', 'several']) {
    const before = await a.page.getAttribute('form[data-question]', 'data-question');
    const t0 = await a.page.evaluate(() => performance.now());
    await a.page.check(`form[data-question] input[value="${v}"]`);
    await a.page.click('form[data-question] button[type=submit]');
    await a.page.waitForFunction((b) => document.querySelector('form[data-question]')?.dataset.question !== b, before);
    perAnswer.push((await a.page.evaluate(() => performance.now())) - t0);
  }
  await a.ctx.close();
}
await browser.close();
app.server.close();
plain.server.close();

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`\nHeadless Chromium, ${RUNS} runs each, medians (loopback, no throttling)`);
console.log(`first screen, app:            ${ms(median(appStart))}`);
console.log(`first screen, plain HTML:     ${ms(median(plainStart))}`);
console.log(`ratio app / plain:            ${(median(appStart) / median(plainStart)).toFixed(2)}`);
console.log(`navigation to first question: ${ms(median(firstQuestion))} (includes one click)`);
console.log(`time per answer:              ${ms(median(perAnswer))} (includes Playwright's click round trip)`);
