// Every language renders completely with the right lang and dir; RTL is
// mirrored by position; axe finds no violations on any screen type in Dutch
// and Arabic; the whole questionnaire works with the keyboard alone; read
// aloud uses only an on-device voice in the chosen language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, assertNoAxeViolations } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

const RTL = ['ar', 'fa', 'prs', 'ps', 'ckb'];

async function assertNoRawText(page, where) {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\[(q|opt|route|urgent|point|ref|start|result)-[a-z-]+(\.[a-z]+)?\]/, `${where}: a raw message id`);
  const emptyLabels = await page.$$eval('label, legend, h1, h2, h3, button', (xs) => xs.filter((x) => x.checkVisibility() && !x.innerText.trim() && !x.getAttribute('aria-label')).length);
  assert.equal(emptyLabels, 0, `${where}: empty labels`);
}

test('every language renders start, a question and the result with the right lang and dir', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const codes = await page.$$eval('#language option', (os) => os.map((o) => o.value));
  assert.equal(codes.length, 16);
  await context.close();
  for (const code of codes) {
    const { page, context, errors } = await newPage(browser, origin, { locale: 'nl-NL' });
    const q = new Questionnaire(page);
    await q.language(code);
    assert.equal(await page.getAttribute('html', 'dir'), RTL.includes(code) ? 'rtl' : 'ltr');
    await assertNoRawText(page, `${code} start`);
    assert.ok(await page.locator('.unreviewed').isVisible(), `${code}: says it is not reviewed`);
    await q.start();
    await assertNoRawText(page, `${code} question`);
    await q.answerAll({ fear: 'yes', wants: 'return_thinking', crisis: 'often' });
    await q.result();
    await assertNoRawText(page, `${code} result`);
    assert.deepEqual(errors, [], code);
    await context.close();
  }
});

for (const code of ['ar', 'fa']) {
  test(`${code}: the layout is mirrored (checked by positions)`, async () => {
    const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
    const q = new Questionnaire(page);
    await q.language(code);
    await q.start();
    const back = await page.locator('button.back').boundingBox();
    const next = await page.locator('form[data-question] button[type=submit]').boundingBox();
    assert.ok(next.x < back.x, 'continue is on the left, back on the right');
    const radio = await page.locator('.choice input').first().boundingBox();
    const label = await page.locator('.choice label').first().boundingBox();
    assert.ok(radio.x > label.x, 'the radio button sits at the right of its label');
    const h1 = await page.locator('legend h1').boundingBox();
    const form = await page.locator('form[data-question]').boundingBox();
    assert.ok(Math.abs((h1.x + h1.width) - (form.x + form.width)) < 24, 'the heading starts at the right edge');
    await q.language('nl');
    const backL = await page.locator('button.back').boundingBox();
    const nextL = await page.locator('form[data-question] button[type=submit]').boundingBox();
    assert.ok(nextL.x > backL.x, 'and back to left-to-right in Dutch');
    await context.close();
  });
}

const axe = assertNoAxeViolations;

for (const code of ['nl', 'ar']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations on every screen type (${code}, ${scheme})`, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true, colorScheme: scheme, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(origin + '/');
      await page.waitForSelector('#start');
      const q = new Questionnaire(page);
      await q.language(code);
      await axe(page, 'start');
      await q.start();
      const seen = new Set();
      const kinds = { decision_when: 'date', appeal: 'single', dublin: 'yes_no', fear_of: 'multi', country: 'country' };
      for (let i = 0; i < 60 && !(await page.$('section.result')); i++) {
        const id = await q.questionId();
        if (kinds[id] && !seen.has(kinds[id])) {
          seen.add(kinds[id]);
          if (id === 'decision_when') {
            await page.click('form[data-question] button[type=submit]');
            await page.waitForSelector('[role=alert] p');
            await axe(page, 'error message');
          }
          if (id === 'appeal') {
            await page.click('details.save summary');
            await axe(page, 'save panel');
          }
          await axe(page, `${kinds[id]} question`);
        }
        await q.answer(id, { fear: 'yes', fear_of: ['war'], wants: 'return_decided' }[id]);
        await q.movedOn(id);
      }
      assert.equal(seen.size, 5, 'every question kind was checked');
      await axe(page, 'result');
      for (const summary of await page.locator('section.result summary').all()) await summary.click();
      await axe(page, 'result, every card open');
      await page.click('#to-summary');
      await page.waitForSelector('#summary');
      await page.check('#with-answers');
      await axe(page, 'summary');
      // Counsellor view: start again in counsellor mode.
      await page.click('.forget button');
      await page.click('.confirm button.danger');
      await page.waitForSelector('#start');
      await page.check('#mode-counsellor');
      await axe(page, 'start, counsellor mode');
      await q.start();
      await axe(page, 'question, counsellor mode');
      await q.answerAll({ fear: 'no', wants: 'return_decided' });
      await axe(page, 'result, counsellor mode');
      await context.close();
    });
  }
}

test('the whole questionnaire can be completed with the keyboard alone; focus moves to each new question', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e.tagName, type: e.type || '', id: e.id, inForm: !!e.closest('fieldset'), text: e.innerText?.slice(0, 40) };
  });
  async function tabTo(pred, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (pred(await focused())) return;
    }
    throw new Error('could not reach it with Tab');
  }
  await tabTo((f) => f.id === 'start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form[data-question]');
  for (let step = 0; step < 60 && !(await page.$('section.result')); step++) {
    const id = await page.getAttribute('form[data-question]', 'data-question');
    const f = await focused();
    assert.equal(f.tag, 'H1', `focus is on the question heading (${id})`);
    await tabTo((x) => x.inForm && (x.type === 'radio' || x.type === 'checkbox'));
    await page.keyboard.press('Space');
    await tabTo((x) => x.tag === 'BUTTON' && x.type === 'submit');
    await page.keyboard.press('Enter');
    await new Questionnaire(page).movedOn(id);
  }
  await page.waitForSelector('section.result[data-complete]');
  assert.equal((await focused()).tag, 'H1', 'focus moves to the result heading');
  // The cards open and close from the keyboard.
  await tabTo((x) => x.tag === 'SUMMARY');
  const card = page.locator('details:has(> summary:focus)');
  assert.equal(await card.evaluate((d) => d.open), false);
  await page.keyboard.press('Enter');
  assert.equal(await card.evaluate((d) => d.open), true, 'Enter opens the card');
  await page.keyboard.press('Space');
  assert.equal(await card.evaluate((d) => d.open), false, 'Space closes it');
  await context.close();
});

for (const code of ['en', 'ar', 'am']) test(`touch targets are at least 44 by 44 CSS pixels; no horizontal scrolling at 320 px (${code})`, async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB', viewport: { width: 320, height: 640 } });
  const q = new Questionnaire(page);
  await q.language(code);
  const check = async (where) => {
    const small = await page.$$eval('button, select, input, summary, .choice', (xs) => xs
      .filter((x) => x.offsetParent !== null && !x.closest('.choice') || x.classList.contains('choice'))
      .map((x) => ({ r: x.getBoundingClientRect(), d: x.outerHTML.slice(0, 60) }))
      .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44)).map(({ d }) => d));
    assert.deepEqual(small, [], `${where}: small targets`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${where}: horizontal scroll`);
  };
  await check('start');
  await q.start();
  await check('question');
  await q.answerAll({ fear: 'no', wants: 'return_decided', crisis: 'often', decision_when: 'lt_1w', appeal: 'not_yet' });
  await check('result');
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  await check('summary');
  await context.close();
});

test('read aloud speaks the question in its language with an on-device voice only, and says when there is none', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    window.__spoken = [];
    const voices = [
      { name: 'Cloud Dutch', lang: 'nl-NL', localService: false, default: true },
      { name: 'Local Dutch', lang: 'nl-NL', localService: true, default: false },
      { name: 'Cloud Arabic', lang: 'ar-SA', localService: false, default: false },
      { name: 'Local English', lang: 'en-GB', localService: true, default: false },
    ];
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
      getVoices: () => voices, cancel() {}, onvoiceschanged: null,
      speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
    } });
  });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  const q = new Questionnaire(page);
  await q.language('nl');
  await q.start();
  await page.click('button.read');
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Local Dutch', 'never the network voice');
  assert.equal(spoken[0].lang, 'nl-NL');
  assert.match(spoken[0].text, /Welke datum staat op de brief/);
  assert.match(spoken[0].text, /Minder dan 1 week geleden/, 'the options are read too');
  assert.match(spoken[0].text, /Waarom/i, 'and why we ask');
  // Arabic has only a network voice here: no control, a message instead.
  await q.language('ar');
  assert.equal(await page.locator('button.read').count(), 0);
  assert.ok(await page.locator('.no-voice').isVisible());
  assert.equal((await page.evaluate(() => window.__spoken)).length, 1, 'nothing read in another language');
  await context.close();
});
