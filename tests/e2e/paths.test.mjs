// Complete paths through the release build, in Dutch and English, checking
// the routes shown, their order and their reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, daysAgo } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

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
  // The start screen says up to when the information was checked, so an old copy shows its age.
  await page.waitForSelector('#checked-until');
  assert.match(await page.locator('#checked-until').textContent(), /gecontroleerd tot \u2068?2 december 2026/);
  await q.start();
  await q.answerAll({ decision_when: 'gt_3m', appeal: 'lost', fear: 'no', understood: 'yes', new_facts: ['none'], wants: 'return_decided', country: 'NG', new_start: ['business', 'family'], past_return: 'no', can_pay: 'no', documents: 'valid' });
  const r = await q.result();
  for (const ret of ['reintegration', 'iom', 'return_orgs']) assert.ok(r.routes.includes(ret), `${ret} suggested`);
  assert.deepEqual(r.other, []);
  const erso = await q.cardText('reintegration');
  assert.match(erso, /Wat je nu wilt: Ik heb besloten om terug te gaan/);
  assert.ok(await page.locator('[data-route="reintegration"] [data-point="erso_partner"]').count() === 1, 'ERSO partner point for Nigeria');
  assert.ok(await page.locator('[data-route="iom"] [data-point="iom_ticket"]').count() === 1);
  // Every organisation once, with the date its details were checked and a pointer to VWN.
  await page.click('.directory summary');
  const iom = await page.locator('.directory [data-referral="iom"]').innerText();
  assert.match(iom, /Website: \u2068?iom-nederland\.nl/);
  assert.match(iom, /Telefoon: \u2068?\+31 88 7464466/);
  assert.match(iom, /Gecontroleerd op \u2068?2 december 2026\u2069?\. .*VluchtelingenWerk/);
  // What using IOM shares, in one sentence; ROS, without a public website or phone, through VWN.
  assert.match(iom, /vertrouwelijk.*DT&V/s);
  const ros = await page.locator('.directory [data-referral="ros"]').innerText();
  assert.match(ros, /Via VluchtelingenWerk/);
  assert.doesNotMatch(ros, /\(\s*\)/);
  assert.equal(await page.locator('.directory [data-referral="vwn"]').count(), 1);
  assert.match(await page.locator('.directory [data-referral="vwn"]').innerText(), /asielzoekerscentrum \(azc\)/);
  // The one note about links, and a source line that names its publisher and prints its address.
  assert.equal(await page.locator('.links-note').count(), 1);
  const source = page.locator('[data-route="iom"] [data-point="iom_ticket"] .fact-source');
  assert.match(await source.textContent(), /IOM Nederland.*https:\/\/www\.iom-nederland\.nl\/en\/return-programme-rean/s);
  assert.equal(await source.locator('a[target="_blank"]').getAttribute('href'), 'https://www.iom-nederland.nl/en/return-programme-rean');
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
  // A decision after 12 June 2026 with a short term: the earliest possible last day, 5 days after it.
  const due = new Date(); due.setDate(due.getDate() + 2);
  const expected = due.toLocaleDateString('en-US', { dateStyle: 'long' });
  assert.ok(appeal.includes(expected), `deadline ${expected} shown in: ${appeal}`);
  assert.match(await q.cardText('crisis'), /113 \(free\)/);
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
  await context.close();
});

test('a double tap on Continue answers once, moves one step, and shows no error on the next question', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await page.check('input[value="w1_4"]');
  await page.dblclick('form[data-question] button[type=submit]');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.waitForTimeout(300);
  assert.equal(await q.questionId(), 'appeal');
  assert.equal(await page.locator('.error-summary').isVisible(), false, 'no "choose an answer" on the next question');
  // Also when the next question already has an answer: it is not skipped.
  await q.answer('appeal', 'running');
  await q.movedOn('appeal');
  await page.click('button.back');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.click('button.back');
  await page.waitForSelector('form[data-question="decision_when"]');
  await page.dblclick('form[data-question] button[type=submit]');
  await page.waitForSelector('form[data-question="appeal"]');
  await page.waitForTimeout(300);
  assert.equal(await q.questionId(), 'appeal', 'the pre-filled next question waits for the person');
  await context.close();
});

/**
 * Goes back from the question after `id` and checks that `id` shows its
 * answer and continues with it. On the next question the person has first
 * ticked its last option without continuing: that tick used to untick the
 * answer on the screen before.
 */
async function backShows(page, q, id, check) {
  const next = await q.questionId();
  await page.locator('form[data-question] input[type=radio], form[data-question] input[type=checkbox]').last().check();
  await page.click('button.back');
  await page.waitForSelector(`form[data-question="${id}"]`);
  await check();
  await page.click('form[data-question] button[type=submit]');
  await page.waitForSelector(`form[data-question="${next}"]`);
  assert.equal(await page.locator('.error-summary').isVisible(), false, `${id}: continues with the visible answer`);
}

test('Back always shows the stored answer, for every question kind (the cases reported: fear, appeal, term)', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  const to = async (id) => {
    for (let i = 0; i < 40 && (await q.questionId()) !== id; i++) {
      const cur = await q.questionId();
      await q.answer(cur, { appeal_term: 'one_week', fear: 'yes' }[cur]);
      await q.movedOn(cur);
    }
  };
  const checked = (value) => async () => assert.ok(await page.isChecked(`form[data-question] input[value="${value}"]`), `${value} is shown selected`);
  await q.start();
  // Date: a typed date.
  const day = daysAgo(3);
  await q.answer('decision_when', { date: day });
  await q.movedOn('decision_when');
  await backShows(page, q, 'decision_when', async () => assert.equal(await page.inputValue('#date-input'), day));
  // Single: appeal "not yet", back from the term question.
  await q.answer('appeal', 'not_yet');
  await page.waitForSelector('form[data-question="appeal_term"]');
  await backShows(page, q, 'appeal', checked('not_yet'));
  // Single: term "one week", back from the next question (Dublin in the report).
  await q.answer('appeal_term', 'one_week');
  await q.movedOn('appeal_term');
  await backShows(page, q, 'appeal_term', checked('one_week'));
  // Yes/no: fear "yes", after two options of fear_of.
  await to('fear');
  await q.answer('fear', 'yes');
  await page.waitForSelector('form[data-question="fear_of"]');
  await page.check('input[value="persecution"]');
  await page.check('input[value="inhuman"]');
  await backShows(page, q, 'fear', checked('yes'));
  // Multi: both options, back from the next question.
  await q.answer('fear_of', ['persecution', 'war']);
  await q.movedOn('fear_of');
  await backShows(page, q, 'fear_of', async () => {
    await checked('persecution')();
    await checked('war')();
  });
  // Country.
  await to('country');
  await q.answer('country', 'SY');
  await q.movedOn('country');
  await backShows(page, q, 'country', checked('SY'));
  await context.close();
});

/** The result in a language, for answers. */
async function resultIn(code, answers) {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  await q.language(code);
  await q.start();
  await q.answerAll(answers);
  await q.result();
  return { page, context };
}

test('Tigrinya: dates use the month names of the language, not the browser\'s "2026 M12 3" fallback', async () => {
  const { page, context } = await resultIn('ti', { decision_when: { date: daysAgo(3) }, appeal: 'not_yet', appeal_term: 'one_week', fear: 'yes', wants: 'stay' });
  // A decision after 12 June 2026 with a short term: the earliest possible last day, 5 days after it.
  const due = new Date(); due.setDate(due.getDate() + 2);
  const months = ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'];
  const step = await page.locator('.next-steps [data-step="appeal_short"] .deadline').innerText();
  assert.ok(step.includes(`${due.getDate()}\u2069 \u2068${months[due.getMonth()]}`) || step.includes(`${due.getDate()} ${months[due.getMonth()]}`), step);
  const all = await page.locator('section.result').innerText();
  assert.doesNotMatch(all, /\bM\d{1,2}\b/, 'no "M11"-style month');
  await context.close();
});

test('Arabic: a Latin name in brackets stays inside its brackets, on the right side', async () => {
  const { page, context } = await resultIn('ar', { fear: 'no', wants: 'return_decided', country: 'NG' });
  // "… بعد العودة (ERSO)": read right to left, "(" comes right of ERSO and ")" left of it.
  const pos = await page.$eval('[data-route="reintegration"] h3', (h) => {
    const text = h.firstChild.textContent ?? h.textContent;
    const node = h.firstChild;
    const at = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
    const e = text.indexOf('ERSO');
    return { text, open: at(text.lastIndexOf('(', e)).x, name: at(e).x, close: at(text.indexOf(')', e)).x };
  });
  assert.match(pos.text, /\u2068ERSO\u2069/, 'the Latin name is isolated');
  assert.ok(pos.open > pos.name && pos.close < pos.name, `brackets around the name, right to left: ${JSON.stringify(pos)}`);
  // Also for a name that is all Latin in an Arabic line.
  const wereldwijd = await page.locator('.directory [data-referral="wereldwijd"] .contact-name').textContent();
  assert.equal(wereldwijd, '\u2068WereldWijd\u2069 (\u2068Limburg\u2069)');
  await context.close();
});
