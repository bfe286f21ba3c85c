// Complete paths through the release build, in Dutch and English, checking
// the routes shown, their order and their reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

function daysAgo(n) {
  const d = new Date(); d.setDate(d.getDate() - n);
  return d.toISOString().slice(0, 10);
}

test('English: fear and a wish to return: conversation and legal check first, return only as an option to ask about', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await q.start();
  await q.answerAll({ decision_when: 'gt_3m', appeal: 'lost', fear: 'yes', fear_of: ['authorities'], understood: 'no', wants: 'return_decided', country: 'IQ' });
  const r = await q.result();
  assert.deepEqual(r.routes.slice(0, 2), ['conversation', 'legal_check']);
  assert.ok(r.routes.includes('flight_story'));
  for (const ret of ['reintegration', 'iom', 'return_orgs']) {
    assert.ok(!r.routes.includes(ret), `${ret} is not suggested`);
    assert.ok(r.other.includes(ret), `${ret} is listed to ask about`);
  }
  assert.match(await q.cardText('reintegration'), /Fear of going back: Yes/);
  assert.match(await q.cardText('flight_story'), /Whether your story was understood: No/);
  assert.match(await page.locator('section.other').innerText(), /Other options you can ask about/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Dutch: no fear, decided to return to Nigeria: ERSO, IOM and return organisations with reasons', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await q.start();
  await q.answerAll({ decision_when: 'gt_3m', appeal: 'lost', fear: 'no', understood: 'yes', new_facts: ['none'], wants: 'return_decided', country: 'NG', new_start: ['business', 'family'], past_return: 'no', can_pay: 'no', documents: 'valid' });
  const r = await q.result();
  for (const ret of ['reintegration', 'iom', 'return_orgs']) assert.ok(r.routes.includes(ret), `${ret} suggested`);
  assert.deepEqual(r.other, []);
  const erso = await q.cardText('reintegration');
  assert.match(erso, /Wat je nu wilt: Ik heb besloten om terug te gaan/);
  assert.ok(await page.locator('article[data-route="reintegration"] [data-point="erso_partner"]').count() === 1, 'ERSO partner point for Nigeria');
  assert.ok(await page.locator('article[data-route="iom"] [data-point="iom_ticket"]').count() === 1);
  // Every organisation once, with the date its details were checked and a pointer to VWN.
  const iom = await page.locator('.directory [data-referral="iom"]').innerText();
  assert.match(iom, /Website: \u2068?netherlands\.iom\.int/);
  assert.match(iom, /Gecontroleerd op \u2068?28 november 2026\u2069?\. .*VluchtelingenWerk/);
  assert.equal(await page.locator('.directory [data-referral="vwn"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('English: crisis, a short appeal deadline from a date and a child out of school come first as urgent notes', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'en-US' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ decision_when: { date: daysAgo(3) }, appeal: 'not_yet', appeal_term: 'one_week', crisis: 'often', children: 'yes', school: 'no', fear: 'not_sure', wants: 'stay', reception: 'coa' });
  const r = await q.result();
  assert.equal(r.urgent[0], 'crisis');
  assert.ok(r.urgent.includes('appeal_short'));
  assert.ok(r.urgent.includes('school'));
  assert.equal(r.routes[0], 'conversation');
  const appeal = await q.cardText('appeal_short');
  const due = new Date(); due.setDate(due.getDate() + 4);
  const expected = due.toLocaleDateString('en-US', { dateStyle: 'long' });
  assert.ok(appeal.includes(expected), `deadline ${expected} shown in: ${appeal}`);
  assert.match(await q.cardText('crisis'), /0800-0113/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Dutch: going back, changing an answer, and switching language keep the answers that still apply', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answer('decision_when', 'lt_1w');
  await page.waitForSelector('form[data-question="appeal"]');
  await q.answer('appeal', 'not_yet');
  await page.waitForSelector('form[data-question="appeal_term"]');
  await page.click('button.back');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.ok(await page.isChecked('input[value="not_yet"]'), 'the earlier answer is pre-filled');
  await q.language('en');
  assert.match(await page.locator('legend').innerText(), /appeal/i);
  assert.ok(await page.isChecked('input[value="not_yet"]'), 'switching language keeps the choice');
  await q.answer('appeal', 'running');
  await page.waitForSelector('form[data-question="lawyer"]');
  await q.language('ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.close();
});

test('an empty submit shows an announced error that says what to do, and loses nothing', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await page.click('form[data-question] button[type=submit]');
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Choose an answer/);
  assert.equal(await q.questionId(), 'decision_when');
  // A double click on Continue answers once and moves one step.
  await page.check('input[value="w1_4"]');
  await page.dblclick('form[data-question] button[type=submit]');
  await page.waitForSelector('form[data-question="appeal"]');
  assert.equal(await q.questionId(), 'appeal');
  await context.close();
});
