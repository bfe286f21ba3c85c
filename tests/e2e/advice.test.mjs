// What the advice work of issue 13 shows in the browser: a typed date is read
// back in words before the person goes on, impossible dates are refused
// there and then, people who fear their authorities are reassured before the
// embassy question, and every result says where to turn in immediate danger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, daysAgo } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The read-back text without Fluent's isolation marks. */
const readbackText = () => document.querySelector('#date-readback').textContent.replace(/[\u2068\u2069]/g, '');

test('a typed decision date is read back in words, in the person\'s language', async () => {
  const { page, context, errors } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  await q.start();
  await page.waitForSelector('form[data-question="decision_when"]');
  const readback = page.locator('#date-readback');
  await page.locator('input[type=date]').fill(daysAgo(20));
  await page.waitForFunction(`/20 dagen geleden/.test((${readbackText})())`);
  const text = await readback.innerText();
  const month = new Date(daysAgo(20)).toLocaleDateString('nl-NL', { month: 'long' });
  assert.ok(text.includes(month), `the month is written out (${month}): ${text}`);
  assert.equal(await readback.getAttribute('class'), 'date-readback', 'not marked as wrong');

  await q.language('en');
  await page.waitForFunction(`/20 days ago/.test((${readbackText})())`);

  // A date before the earliest plausible decision is refused on the spot and on submit.
  await page.locator('input[type=date]').fill('1999-11-09');
  await page.waitForFunction(() => document.querySelector('#date-readback').classList.contains('date-wrong'));
  assert.match(await readback.innerText(), /very long ago/);
  await page.click('form[data-question] button[type=submit]');
  await page.locator('[role=alert]').waitFor();
  assert.match(await page.locator('[role=alert]').innerText(), /order of day and month/);
  assert.equal(await q.questionId(), 'decision_when', 'nothing is lost, the question stays');

  await page.locator('input[type=date]').fill(daysAgo(3));
  await page.click('form[data-question] button[type=submit]');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('fear of the authorities: a reassurance above the embassy question; the result names 112 and 113', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  const answers = { fear: 'yes', fear_of: ['authorities'], documents: 'no_document', wants: 'stay' };
  for (let i = 0; i < 60; i++) {
    const id = await q.questionId();
    if (id === 'embassy') break;
    await q.answer(id, answers[id]);
    await q.movedOn(id);
  }
  assert.match(await page.locator('form[data-question="embassy"] .question-notice').innerText(), /do not have to contact your embassy/);
  await q.answerAll({ wants: 'stay' });
  assert.match(await page.locator('.danger-line').innerText(), /112.*113/s);
  await context.close();
});
