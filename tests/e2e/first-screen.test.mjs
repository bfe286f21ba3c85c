// The start screen comes with the HTML (pre-rendered at build time) and the
// app takes it over without a flash or a jump; until the app has loaded, a
// tap on Start shows the first question (pre-rendered too), what is answered
// there is kept, and the quick exit works. The app's code is held back
// (page.route) to look at the page before it runs. Served with the real CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForApp, Questionnaire, daysAgo } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A page whose wasm is held until `release()` is called. */
async function heldPage({ locale = 'nl-NL', viewport = { width: 360, height: 740 } } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/wegwijzer_bg.wasm', async (route) => { await held; await route.continue(); });
  // Every frame notes whether Start was on screen, to catch a blank frame,
  // and which question was.
  await page.addInitScript(() => {
    window.__frames = [];
    window.__questions = [];
    (function f() {
      window.__frames.push(!!document.querySelector('#start'));
      window.__questions.push(document.querySelector('form[data-question]')?.dataset.question ?? null);
      requestAnimationFrame(f);
    })();
  });
  await page.goto(origin + '/');
  return { context, page, errors, release };
}

const layout = (page) => page.evaluate(() => ['header', '#language', 'h1', '#mode-counsellor', '#start', '.promise']
  .map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return [s, r && [r.x, r.y, r.width, r.height].map(Math.round)]; }));
// The main region's text, less the line that says the offline copy is whole:
// it shows when the service worker is done, whether the app took over or not.
const text = (page) => page.evaluate(() => {
  const offline = document.querySelector('#offline-ready.ready')?.innerText;
  const all = document.querySelector('main').innerText;
  return offline ? all.replace(`\n\n${offline}`, '') : all;
});

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

test('the quick exit works before the app has loaded, after "skip to content" too, and Back does not reopen the page', async () => {
  const { context, page } = await heldPage();
  await page.waitForSelector('button.exit');
  // boot.js is a small module that arrives with the stylesheet.
  await page.waitForFunction(() => performance.getEntriesByName(new URL('boot.js', location.href).href).length > 0);
  await page.waitForTimeout(200);
  const atLoad = await page.evaluate(() => history.length);
  // "Skip to content" first, as a keyboard user does: focus moves, and no
  // '#main' entry is left for Back to find after quick exit.
  await page.focus('a.skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(await page.evaluate(() => history.length), atLoad, 'the skip link adds no history entry');
  assert.equal(new URL(page.url()).hash, '', 'no #main in the address');
  assert.equal(await page.locator('[data-prerendered]').count() > 0, true, 'still before the app');
  await page.click('button.exit');
  await page.waitForURL(/exit\.html$/);
  // Back leaves the exit page for what was open before (here, a blank tab).
  await page.evaluate(() => history.back()).catch(() => {});
  await page.waitForTimeout(500);
  assert.ok(!page.url().startsWith(origin), `Back does not return to the page (${page.url()})`);
  await context.close();
});

test('Escape three times before the app has loaded leaves too', async () => {
  const { context, page } = await heldPage();
  await page.waitForSelector('#start', { state: 'visible' });
  await page.waitForFunction(() => performance.getEntriesByName(new URL('boot.js', location.href).href).length > 0);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.waitForURL(/exit\.html$/);
  await context.close();
});

test('boot.js holds no copy of the exit page or the neutral title: it reads both from the page the app rendered', async () => {
  const boot = await (await fetch(origin + '/boot.js')).text();
  assert.doesNotMatch(boot, /exit\.html|Notes/);
  const html = await (await fetch(origin + '/')).text();
  assert.match(html, /<button [^>]*class="exit" [^>]*data-exit="exit\.html"/);
  assert.match(html, /data-neutral-title="Notes"/);
});

const questionLayout = (page) => page.evaluate(() => ['header', '#progress-text', 'h1', '#date-input', '#decision_when-gt_3m', '#next']
  .map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return [s, r && [r.x, r.y, r.width, r.height].map(Math.round)]; }));

test('Start before the app has loaded shows the first question at once; the app takes it over as it is', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.waitForSelector('#start', { state: 'visible' });
  await page.click('#start');
  await page.waitForSelector('form[data-question="decision_when"] h1', { state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the question, as the app does');
  assert.equal(await page.locator('details.save').count(), 0, 'the save panel comes with the app');
  await page.click('#decision_when-gt_3m');
  const before = { layout: await questionLayout(page), text: await text(page) };
  assert.ok(before.layout.every(([, r]) => r), 'the whole question is there before the app runs');
  await page.evaluate(() => { window.__questions.length = 0; });
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  assert.ok(await page.isChecked('#decision_when-gt_3m'), 'the choice is kept');
  assert.deepEqual(await questionLayout(page), before.layout, 'nothing moved');
  assert.ok((await text(page)).startsWith(before.text.trim().split('\n')[0]), 'the same question');
  assert.ok((await page.evaluate(() => window.__questions)).every((q) => q === 'decision_when'), 'no frame without the question');
  await page.click('#next');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer given before the app has loaded is taken further by it, once, however often Next was tapped', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.waitForSelector('#start', { state: 'visible' });
  await page.click('#start');
  const day = daysAgo(10);
  await page.fill('#date-input', day);
  await page.click('#next');
  await page.click('#next', { force: true }).catch(() => {});
  assert.equal(await page.getAttribute('main', 'aria-busy'), 'true', 'the question shows it is waiting');
  release();
  await page.waitForSelector('form[data-question="appeal"]');
  await waitForApp(page);
  assert.equal(await page.locator('.error-summary:not(.hidden)').count(), 0, 'the second question was not sent on empty');
  await page.click('form[data-question] button.back');
  await page.waitForSelector('form[data-question="decision_when"]');
  assert.equal(await page.inputValue('#date-input'), day, 'the typed date is the answer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Next on the early question with nothing chosen: the app says what is missing, on that question', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#start');
  await page.click('#next');
  assert.equal(await page.getAttribute('main', 'aria-busy'), 'true');
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  await waitForApp(page);
  assert.equal(await new Questionnaire(page).questionId(), 'decision_when', 'still on the first question');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.equal(await page.locator('.error-summary:not(.hidden)').count(), 1, 'the error is shown');
  assert.equal(await page.getAttribute('main', 'aria-busy'), null, 'no longer waiting');
  await page.click('#decision_when-lt_1w');
  await page.click('#next');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back on the early first question returns to the start screen, and nothing of it is kept', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.waitForSelector('#start', { state: 'visible' });
  await page.click('#start');
  await page.click('#decision_when-lt_1w');
  await page.click('form[data-question] button.back');
  await page.waitForSelector('#start', { state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'start');
  release();
  await waitForApp(page);
  assert.equal(await page.locator('form[data-question]').count(), 0, 'the app is on the start screen');
  await new Questionnaire(page).start();
  assert.ok(!(await page.isChecked('#decision_when-lt_1w')), 'the choice made before Back is not kept');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The focused element, as `TAG#id`. */
const focused = (page) => page.evaluate(() => `${document.activeElement.tagName}#${document.activeElement.id}`);
/** Presses Tab until `css` has focus (at most 20 times). */
async function tabTo(page, css) {
  for (let i = 0; i < 20 && !(await page.evaluate((s) => document.activeElement.matches(s), css)); i++) await page.keyboard.press('Tab');
  assert.ok(await page.evaluate((s) => document.activeElement.matches(s), css), `Tab reaches ${css}`);
}

test('keyboard only: Enter on Start, arrows in the answers, and the focus stays there when the app takes over', async () => {
  const { context, page, errors, release } = await heldPage();
  await tabTo(page, '#start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form[data-question="decision_when"]');
  await tabTo(page, 'input[type=radio]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'INPUT#decision_when-m1_3');
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  await waitForApp(page);
  assert.ok(await page.isChecked('#decision_when-m1_3'), 'the choice is kept');
  assert.equal(await focused(page), 'INPUT#decision_when-m1_3', 'focus is where it was, not on the heading');
  // Enter in the form sends it (implicit submission), as on the live app.
  await page.keyboard.press('Enter');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('someone on the start screen when the app arrives stays where they were: focus and scroll', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 600 }]) {
    const { context, page, errors, release } = await heldPage({ viewport });
    await tabTo(page, '#start');
    await page.mouse.wheel(0, 150);
    await page.waitForFunction(() => scrollY > 0);
    const before = await page.evaluate(() => scrollY);
    release();
    await waitForApp(page);
    assert.equal(await page.locator('[data-prerendered]').count(), 0);
    assert.equal(await focused(page), 'BUTTON#start', `focus stays on Start (${viewport.width} px)`);
    assert.equal(await page.evaluate(() => scrollY), before, `the page does not jump (${viewport.width} px)`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a date typed halfway when the app arrives is not lost', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#start');
  await page.click('#date-input');
  // The field's order depends on the browser; the date is whole after 8 digits.
  await page.keyboard.type('0203');
  release();
  await page.waitForTimeout(1500);
  assert.ok(await page.locator('[data-prerendered]').count() > 0, 'the app waits while the date is half typed');
  await page.keyboard.type('2026');
  const early = await page.inputValue('#date-input');
  assert.match(early, /^2026-\d\d-\d\d$/);
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  await waitForApp(page);
  assert.equal(await page.inputValue('#date-input'), early, 'the whole date is in the live field');
  assert.equal(await focused(page), 'INPUT#date-input');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an early question in Dutch turns Arabic, right to left, when the app and Arabic arrive; the answer and focus stay', async () => {
  const { context, page, errors, release } = await heldPage({ locale: 'ar' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  await page.click('#start');
  await page.click('#decision_when-w1_4');
  release();
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  await waitForApp(page);
  assert.ok(await page.isChecked('#decision_when-w1_4'));
  assert.equal(await focused(page), 'INPUT#decision_when-w1_4');
  assert.match(await page.locator('form[data-question] h1').innerText(), /[\u0600-\u06FF]/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Forget everything" tapped before the app has loaded asks its question once the app is there', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#start');
  await page.click('.forget button');
  release();
  await waitForApp(page);
  assert.equal(await page.locator('.forget [role=alertdialog]').count(), 1, 'the confirmation is open');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file chosen to resume before the app has loaded is read by the app, with no second file picker', async () => {
  const { context, page, release } = await heldPage();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import-file')]);
  await chooser.setFiles({ name: 'wegwijzer.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}') });
  let pickers = 0;
  page.on('filechooser', () => { pickers++; });
  release();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.getElementById('import-file').files[0]?.name), 'wegwijzer.json');
  await page.waitForFunction(() => document.querySelector('.resume-message').textContent.trim() !== '');
  assert.equal(pickers, 0);
  await context.close();
});

test('Next before the app has loaded keeps focus on Next; the answer can no longer change, and Next counts once', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#start');
  await page.click('#decision_when-lt_1w');
  await page.focus('#next');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'BUTTON#next', 'focus is not dropped to the page');
  assert.equal(await page.getAttribute('main', 'aria-busy'), 'true');
  assert.ok(await page.evaluate(() => document.querySelector('main fieldset').inert && document.querySelector('main .back').inert));
  // A language chosen in between, then Next again: still one step on.
  await page.selectOption('#language', 'en');
  await page.focus('#next');
  await page.keyboard.press('Enter');
  release();
  await page.waitForSelector('form[data-question="appeal"]');
  await waitForApp(page);
  assert.equal(await page.locator('.error-summary:not(.hidden)').count(), 0, 'the second question was not sent on empty');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the early question a date clears the choice and a choice the date, as on the live one: nothing vanishes at takeover', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#start');
  await page.fill('#date-input', daysAgo(3));
  await page.click('#decision_when-w1_4');
  assert.equal(await page.inputValue('#date-input'), '', 'the choice clears the date');
  await page.fill('#date-input', daysAgo(3));
  assert.ok(!(await page.isChecked('#decision_when-w1_4')), 'the date clears the choice');
  const shown = { date: await page.inputValue('#date-input'), checked: await page.locator('input:checked').count() };
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  await waitForApp(page);
  assert.deepEqual({ date: await page.inputValue('#date-input'), checked: await page.locator('input:checked').count() }, shown);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the early page clears by the marks the app renders (data-alternative), keeping no rule of its own: without them, a date and a choice both stay', async () => {
  const { context, page, release } = await heldPage();
  const marks = await page.evaluate(() => {
    const parts = document.querySelector('template[data-first-question]').content.querySelectorAll('[data-alternative]');
    for (const part of parts) part.removeAttribute('data-alternative');
    return [...parts].map((p) => p.className);
  });
  assert.deepEqual(marks, ['date-field', 'choices'], 'the app marks the date and the choices as alternatives');
  await page.click('#start');
  await page.fill('#date-input', daysAgo(3));
  await page.click('#decision_when-w1_4');
  assert.equal(await page.inputValue('#date-input'), daysAgo(3), 'unmarked, the choice leaves the date');
  assert.ok(await page.isChecked('#decision_when-w1_4'));
  release();
  await context.close();
});

test('the neutral tab title is there at once when chosen before the app has loaded, and stays', async () => {
  const { context, page, errors, release } = await heldPage();
  await page.click('#neutral-title');
  assert.equal(await page.title(), 'Notes');
  await page.click('#neutral-title');
  assert.equal(await page.title(), 'Wegwijzer', 'and back');
  await page.click('#neutral-title');
  release();
  await waitForApp(page);
  assert.ok(await page.isChecked('#neutral-title'));
  assert.equal(await page.title(), 'Notes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page that arrives in parts is taken over only once it is whole: no pre-rendered part is left behind', async () => {
  // The page stops after the header for a while; everything else comes at
  // once, so the app is ready before the rest of the page has arrived.
  const { createServer } = await import('node:http');
  const html = await (await fetch(origin + '/')).text();
  const cut = html.indexOf('<main');
  const split = createServer(async (req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), 1500);
      return;
    }
    const r = await fetch(origin + req.url);
    res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? '' });
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise((done) => split.listen(0, '127.0.0.1', done));
  const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${split.address().port}/`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), null, { timeout: 20000 });
    assert.equal(await page.locator('[data-prerendered]').count(), 0, 'nothing pre-rendered is left');
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    split.closeAllConnections();
    split.close();
  }
});
