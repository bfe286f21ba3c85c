// The layout on a 360×740 phone: the quick exit stays in view on every
// screen, Start is in the first screen, the result opens with next steps
// that fit one screen and is at most three screens long with every card
// closed, long words break at 200% text size, and the country list is part
// of the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, daysAgo } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PHONE = { width: 360, height: 740 };

// Four urgent notes and five routes, the busy result the issue measures.
export const BUSY_PATH = {
  decision_when: { date: daysAgo(3) }, appeal: 'not_yet', appeal_term: 'one_week', dublin: 'no', departure: 'running', dtv_contact: 'no',
  reception: 'coa', fear: 'no', understood: 'yes', new_facts: ['none'], health: ['none'], doctor: 'no',
  crisis: 'sometimes', unsafe_now: 'no', trafficking: ['none'], children: 'no', family_nl: ['none'], documents: 'valid',
  nationality: 'one_country', country: 'NG', wants: 'return_decided', new_start: ['business'], family_origin: 'yes',
  past_return: 'no', can_pay: 'no',
};

/** The result of the busy path on a phone, in Dutch. */
async function busyResult() {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll(BUSY_PATH);
  await q.result();
  return { page, context };
}

/** Where the quick-exit button is, and whether a tap on its centre reaches it. */
async function exitBox(page) {
  return page.evaluate(() => {
    const b = document.querySelector('button.exit').getBoundingClientRect();
    const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    return { top: Math.round(b.top), bottom: Math.round(b.bottom), left: Math.round(b.left), right: Math.round(b.right),
      width: innerWidth, height: innerHeight, tappable: !!hit?.closest('button.exit'), scrollY: Math.round(scrollY) };
  });
}

async function assertExitInView(page, where) {
  const b = await exitBox(page);
  assert.ok(b.top >= 0 && b.bottom <= b.height && b.left >= 0 && b.right <= b.width && b.tappable,
    `${where}: the quick exit is not in view and tappable: ${JSON.stringify(b)}`);
  return b.scrollY;
}

/**
 * The quick exit is in view once focus has moved to the new screen's
 * heading, and again with focus on the screen's last button (scrolled to).
 * Returns how far the page was scrolled there, so the test can show that it
 * covered long screens.
 */
async function checkScreen(page, where) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await assertExitInView(page, `${where} (focus on the heading)`);
  await page.locator('main button:visible').last().focus();
  return assertExitInView(page, `${where} (focus on the last button)`);
}

for (const code of ['nl', 'ar']) {
  test(`quick exit: in view and tappable on every screen type at 360×740 after focus moves (${code})`, async () => {
    const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
    const q = new Questionnaire(page);
    await q.language(code);
    const scrolled = [await checkScreen(page, 'start')];
    await q.start();
    const kinds = { decision_when: 'date', appeal: 'single', dublin: 'yes_no', fear_of: 'multi', country: 'country' };
    const seen = new Set();
    for (let i = 0; i < 60 && !(await page.$('section.result')); i++) {
      const id = await q.questionId();
      const kind = kinds[id];
      if (kind && !seen.has(kind)) {
        seen.add(kind);
        scrolled.push(await checkScreen(page, `${kind} question`));
        if (kind === 'date') {
          // An error message moves focus to itself.
          await page.click('form[data-question] button[type=submit]');
          await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
          await assertExitInView(page, 'error message');
        }
      }
      // Continue is clicked where it is, at the foot of the screen, as on a phone.
      await q.answer(id, { fear: 'yes', fear_of: ['war'], wants: 'return_decided', crisis: 'often', decision_when: 'lt_1w', appeal: 'not_yet', appeal_term: 'one_week' }[id]);
      await q.movedOn(id);
      if (kind) await assertExitInView(page, `the question after ${kind}`);
    }
    assert.equal(seen.size, 5, 'every question kind was seen');
    scrolled.push(await checkScreen(page, 'result'));
    await page.locator('section.urgent summary').first().click();
    await assertExitInView(page, 'result with a card open');
    await page.click('#to-summary');
    await page.waitForSelector('#summary');
    scrolled.push(await checkScreen(page, 'summary'));
    // Counsellor mode, two languages: the longest screens.
    await page.click('.forget button');
    await page.click('.confirm button.danger');
    await page.waitForSelector('#start');
    await page.check('#mode-counsellor');
    await q.start();
    scrolled.push(await checkScreen(page, 'question, counsellor mode'));
    await q.answerAll({ fear: 'no', wants: 'return_decided' });
    scrolled.push(await checkScreen(page, 'result, counsellor mode'));
    // The check covered screens much longer than the phone's.
    assert.ok(scrolled.filter((y) => y > 740).length >= 4, `long screens were scrolled: ${scrolled}`);
    await context.close();
  });
}

for (const code of ['nl', 'ar']) {
  test(`start: the Start button is in the first screen, with one compact language choice (${code})`, async () => {
    const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
    await new Questionnaire(page).language(code);
    const start = await page.locator('#start').boundingBox();
    assert.ok(start.y + start.height <= PHONE.height, `Start ends at ${start.y + start.height}px`);
    assert.equal(await page.evaluate(() => scrollY), 0);
    // One language picker, the current language first.
    assert.equal(await page.locator('select#language').count(), 1);
    assert.equal(await page.locator('main select, main .language-list').count(), 0, 'no second picker on the start screen');
    assert.equal(await page.$eval('#language option', (o) => o.value), code);
    await context.close();
  });
}

for (const code of ['nl', 'ar']) {
  test(`result: next steps first and within one screen; at most 3 screens with every card closed (${code})`, async () => {
    const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
    const q = new Questionnaire(page);
    await q.language(code);
    await q.start();
    await q.answerAll(BUSY_PATH);
    const r = await q.result();
    assert.equal(r.urgent.length, 4, `four urgent notes: ${r.urgent}`);
    assert.equal(r.routes.length, 5, `five routes: ${r.routes}`);
    // The first content after the heading is the list of next steps.
    const first = await page.$eval('section.result h1', (h) => {
      let el = h.nextElementSibling;
      while (el && !el.textContent.trim()) el = el.nextElementSibling;
      return el?.firstElementChild?.className;
    });
    assert.equal(first, 'next-steps');
    const steps = await page.$$eval('.next-steps li', (xs) => xs.map((x) => x.dataset.step));
    assert.deepEqual(steps, r.urgent.slice(0, 3), 'at most three, urgent first, in order');
    const box = await page.locator('.next-steps').boundingBox();
    assert.ok(box.y + box.height <= PHONE.height, `next steps end at ${Math.round(box.y + box.height)}px`);
    // Each step says when and whom to contact; phone numbers are tel: links.
    const appeal = page.locator('.next-steps [data-step="appeal_short"]');
    assert.equal(await appeal.locator('.deadline').count(), 1, 'the appeal step has its deadline');
    assert.equal(await page.locator('.next-steps [data-step="crisis"] a[href="tel:113"]').count(), 1);
    // Every card closed: the whole result is at most three screens.
    assert.equal(await page.locator('section.result details[open]').count(), 0, 'cards start closed');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`# ${code}: result ${height}px (${(height / PHONE.height).toFixed(2)} screens), next steps ${Math.round(box.height)}px, ending at ${Math.round(box.y + box.height)}px`);
    assert.ok(height <= 3 * PHONE.height, `the result is ${height}px, more than 3 screens`);
    // A card opens to show why, what to do and whom to contact.
    const card = page.locator('details[data-route="crisis"]');
    assert.equal(await card.locator('.card-body').isVisible(), false);
    await card.locator('summary').click();
    assert.ok(await card.locator('.because').isVisible());
    assert.ok(await card.locator('.next').isVisible());
    assert.ok(await card.locator('.contacts a[href="tel:113"]').isVisible());
    await context.close();
  });
}

test('links: websites open outside the app without a referrer, phone numbers are tel: links', async () => {
  const { page, context } = await busyResult();
  const links = await page.$$eval('section.result a[href]', (as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel })));
  const web = links.filter((l) => l.href.startsWith('https://'));
  assert.ok(web.length >= 3);
  for (const l of web) assert.deepEqual([l.target, l.rel], ['_blank', 'noreferrer noopener'], l.href);
  assert.ok(links.some((l) => l.href === 'tel:113'));
  for (const l of links) assert.match(l.href, /^(https:\/\/|tel:)/);
  await context.close();
});

test('print shows every card open', async () => {
  const { page, context } = await busyResult();
  // The browser's own print command: the cards open before, and close after.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('section.result details:not([open])').count(), 0, 'every card open for printing');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('section.result details[open]').count(), 0, 'closed again after');
  await page.emulateMedia({ media: 'print' });
  for (const id of ['crisis', 'iom']) assert.ok(await page.locator(`[data-route="${id}"] .next`).isVisible(), `${id} open in print`);
  assert.equal(await page.locator('button.exit').isVisible(), false);
  await context.close();
});

test('200% text size: long Dutch words break, nothing is wider than the screen', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
  const q = new Questionnaire(page);
  const bigText = () => page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const assertFits = async (where) => {
    const wide = await page.$$eval('h1, h2, h3, h4, legend, label, p, li, button, summary', (xs) => xs
      .filter((x) => x.checkVisibility())
      .filter((x) => x.getBoundingClientRect().right > innerWidth + 1 || x.scrollWidth > x.clientWidth + 1)
      .map((x) => `${x.tagName}.${x.className} ${Math.round(x.getBoundingClientRect().right)} ${x.scrollWidth}/${x.clientWidth}: ${x.textContent.slice(0, 30)}`));
    assert.deepEqual(wide, [], `${where}: text past the screen edge`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), `${where}: horizontal scroll`);
  };
  await bigText();
  await assertFits('start');
  await q.start();
  await bigText();
  await assertFits('question');
  await q.answerAll({ ...BUSY_PATH, wants: 'stay', nationality: 'stateless' });
  await bigText();
  for (const summary of await page.locator('section.result summary').all()) await summary.click();
  await assertFits('result, every card open');
  await context.close();
});

test('the country list is part of the page, not a scroll box that cuts its last item', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
  const q = new Questionnaire(page);
  await q.start();
  for (let i = 0; i < 40 && (await q.questionId()) !== 'country'; i++) {
    const id = await q.questionId();
    await q.answer(id, { fear: 'no', wants: 'return_decided' }[id]);
    await q.movedOn(id);
  }
  await page.waitForSelector('#country-list[data-complete]');
  const list = await page.$eval('#country-list', (l) => ({ overflow: getComputedStyle(l).overflowY, scroll: l.scrollHeight, client: l.clientHeight }));
  assert.ok(['visible', 'clip'].includes(list.overflow), `no inner scrolling: ${list.overflow}`);
  assert.ok(list.scroll <= list.client + 1, 'nothing hidden inside the list');
  const last = page.locator('#country-list .choice').last();
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  const listBox = await page.locator('#country-list').boundingBox();
  assert.ok(box.y + box.height <= listBox.y + listBox.height + 1, 'the last country is whole');
  await last.locator('label').click();
  assert.ok(await last.locator('input').isChecked());
  await context.close();
});

test('the hint "you can choose more than one" appears once on a multiple-choice question', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: PHONE });
  const q = new Questionnaire(page);
  await q.start();
  for (let i = 0; i < 20 && (await q.questionId()) !== 'fear_of'; i++) {
    const id = await q.questionId();
    await q.answer(id, { fear: 'yes' }[id]);
    await q.movedOn(id);
  }
  const text = await page.locator('form[data-question="fear_of"]').innerText();
  assert.equal(text.split('meer dan één antwoord kiezen').length - 1, 1, text);
  await context.close();
});

test('the save panel lays out every field on each question, not only the first (erased views once lost one)', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB', viewport: PHONE });
  const q = new Questionnaire(page);
  await q.start();
  for (let i = 0; i < 6; i++) {
    const id = await q.questionId();
    await page.click('details.save summary');
    const missing = await page.locator('.save-form').evaluate((form) =>
      [...form.querySelectorAll('input, button, label')].filter((e) => e.getClientRects().length === 0).map((e) => e.id || e.tagName));
    assert.deepEqual(missing, [], `${id}: the save panel has fields without a layout box`);
    await q.answer(id, BUSY_PATH[id]);
    await q.movedOn(id);
  }
  await context.close();
});
