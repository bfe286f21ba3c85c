// Trunk post-build hook (Trunk.toml), run on the staging folder:
// 1. locales/<code>.ftl: every locales/<code>/*.ftl joined in file-name order,
//    without comments, as build.rs joins them for the compiled-in Dutch. The
//    app fetches all of them after the first screen; their codes fill in
//    the service worker's list (sw.js) of files to keep for offline use.
// 2. The start screen pre-rendered into index.html: the built app is opened
//    in headless Chromium (Dutch, under the real CSP) and what it shows is
//    written into the page, so the text appears as soon as the HTML arrives.
//    Each pre-rendered element is marked `data-prerendered`; the app removes
//    them and mounts in the same task (src/main.rs), so nothing flashes.
// 3. The first question, pre-rendered the same way into a <template> (inert:
//    not shown, no duplicate ids): boot.js shows it when Start is tapped
//    before the app runs, so on a slow line the question is there at once.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { launch } from '../tests/e2e/harness.mjs';

const out = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const src = process.env.TRUNK_SOURCE_DIR || '.';

// 1. One Fluent file per language, and the service worker's list of them
// (every language but Dutch, which is compiled in): the files written here
// are the list, so sw.js cannot name a language that is not there or miss one.
mkdirSync(join(out, 'locales'), { recursive: true });
const fetched = [];
for (const code of readdirSync(join(src, 'locales')).sort()) {
  const dir = join(src, 'locales', code);
  if (!statSync(dir).isDirectory()) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  // Without the translators' comments, as build.rs does.
  const text = (f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');
  writeFileSync(join(out, 'locales', `${code}.ftl`), files.map((f) => text(f) + '\n').join(''));
  if (code !== 'nl') fetched.push(code);
}
const sw = readFileSync(join(out, 'sw.js'), 'utf8');
const MARK = '[/* LANGUAGES */]';
if (!sw.includes(MARK)) throw new Error(`post-build: sw.js has no ${MARK} to fill in`);
writeFileSync(join(out, 'sw.js'), sw.replace(MARK, JSON.stringify(fetched)));

// 2. and 3. The start screen and the first question, as the app renders them.
const server = await serve(out, 0);
const browser = await launch();
try {
  const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('#start');
  await page.waitForLoadState('networkidle');
  if (errors.length) throw new Error(`the app failed while pre-rendering: ${errors.join('; ')}`);
  const snapshot = () => page.evaluate(() => {
    // Properties the app set (checked boxes, chosen options) become attributes.
    for (const i of document.querySelectorAll('input')) i.toggleAttribute('checked', i.checked);
    for (const o of document.querySelectorAll('option')) o.toggleAttribute('selected', o.selected);
    const copy = document.body.cloneNode(true);
    // In the first question: the date limit is today's (the app sets it),
    // whether there is a voice depends on the device (kept in place, unseen,
    // until the app knows), and the save panel comes with the app.
    copy.querySelector('#date-input')?.removeAttribute('max');
    copy.querySelector('.read-aloud')?.setAttribute('data-pending', '');
    copy.querySelector('details.save')?.remove();
    return [...copy.children]
      .filter((e) => !['SCRIPT', 'NOSCRIPT'].includes(e.tagName))
      .map((e) => { e.setAttribute('data-prerendered', ''); return e.outerHTML; })
      .join('\n');
  });
  const start = await snapshot();
  await page.click('#start');
  await page.waitForSelector('form[data-question] h1');
  const question = await snapshot();
  if (errors.length) throw new Error(`the app failed while pre-rendering: ${errors.join('; ')}`);
  await context.close();
  const html = `${start}\n<template data-prerendered data-first-question>${question}</template>`;
  const file = join(out, 'index.html');
  const page0 = readFileSync(file, 'utf8');
  if (page0.includes('data-prerendered')) throw new Error('index.html is pre-rendered already');
  writeFileSync(file, page0.replace('</body>', `${html}\n</body>`));
  console.log(`post-build: ${readdirSync(join(out, 'locales')).length} language files, start screen (${start.length} bytes) and first question (${question.length} bytes) pre-rendered`);
} finally {
  await browser.close();
  server.close();
}
