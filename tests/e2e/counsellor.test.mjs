// Counsellor mode (two languages side by side, rule details, a checklist),
// the summary (print layout, a file made on the device), and the encrypted
// hand-off file (export on one device, import on another).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, newPage, Questionnaire, messageIn, caseAnswers, BUSIEST_CASE } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function counsellorMode(page, client, counsellor = 'nl') {
  const q = new Questionnaire(page);
  await q.language(client);
  await page.check('#mode-counsellor');
  await page.selectOption('#counsellor-lang', counsellor);
  return q;
}

test('counsellor mode: navigation and progress in both languages too', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const q = await counsellorMode(page, 'ar');
  await q.start();
  assert.match(await page.locator('.progress .bi-a[lang="ar"]').innerText(), /1/);
  assert.match(await page.locator('.progress .bi-b[lang="nl"]').innerText(), /^Vraag \u2068?1\u2069? van/);
  assert.equal(await page.locator('button.back .bi-b[lang="nl"]').innerText(), 'Terug');
  assert.equal(await page.locator('button[type=submit] .bi-b[lang="nl"]').innerText(), 'Verder');
  await context.close();
});

test('"+ Language" on the summary adds a language to the summary only, never counsellor mode', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'return_decided', crisis: 'often' });
  await q.result();
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  await page.selectOption('#summary-second', 'ar');
  assert.ok(await page.locator('#summary .bi-b[lang="ar"]').count() > 5, 'the summary is in two languages');
  await page.click('.nav button.back');
  await page.waitForSelector('section.result[data-complete]');
  assert.equal(await page.locator('section.checklist, .rule, .bi').count(), 0, 'the result is still the person\'s own view');
  await page.click('section.result .nav button.back');
  await page.waitForSelector('form[data-question]');
  assert.equal(await page.locator('.bi').count(), 0, 'questions in one language');
  await context.close();
});

for (const [client, dir] of [['ti', 'ltr'], ['ar', 'rtl']]) {
  test(`bilingual screens: Dutch beside ${client}, each text in its own language and direction`, async () => {
    const { page, context } = await newPage(browser, origin, { locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const q = await counsellorMode(page, client);
    await q.start();
    const legend = page.locator('legend');
    assert.equal(await legend.locator(`.bi-a[lang="${client}"][dir="${dir}"]`).count(), 1);
    assert.equal(await legend.locator('.bi-b[lang="nl"][dir="ltr"]').count(), 1);
    assert.match(await legend.locator('.bi-b').innerText(), /Welke datum staat op de brief/);
    const a = await legend.locator('.bi-a').boundingBox();
    const b = await legend.locator('.bi-b').boundingBox();
    assert.ok(Math.abs(a.y - b.y) < 5, 'side by side on a wide screen');
    await page.setViewportSize({ width: 360, height: 740 });
    // On a phone the counsellor's language is one tap away.
    assert.equal(await legend.locator('.bi-b').isVisible(), false, 'the person\'s language alone on a phone');
    await page.click('fieldset .second-toggle');
    const a2 = await legend.locator('.bi-a').boundingBox();
    const b2 = await legend.locator('.bi-b').boundingBox();
    assert.ok(b2.y > a2.y + 10, 'one under the other on a phone');
    // Options carry both languages too.
    assert.equal(await page.locator('.choice label .bi-b[lang="nl"]').count() > 3, true);
    await context.close();
  });
}

test('counsellor result: the rule and answers behind each route, the source, and what to check next', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = await counsellorMode(page, 'en');
  await q.start();
  await q.answerAll({ fear: 'yes', fear_of: ['persecution'], wants: 'return_decided', crisis: 'sometimes' });
  await q.result();
  assert.match(await q.cardText('legal_check'), /wants in \[stay, unsure, talk, return_thinking, return_decided\]/);
  const other = await q.cardText('reintegration');
  assert.match(other, /wants in \[return_thinking, return_decided\]/);
  assert.match(other, /I have decided to go back/);
  // The rule's label is in both languages, the rule itself left to right.
  const rule = page.locator('[data-route="reintegration"] .rule p').first();
  assert.match(await rule.locator('.bi-a[lang="en"]').innerText(), /^Rule:/);
  assert.match(await rule.locator('.bi-b[lang="nl"]').innerText(), /^Regel:/);
  assert.equal(await rule.locator('code[dir="ltr"]').count(), 2);
  await page.click('.directory summary');
  assert.match(await page.locator('.directory [data-referral="vwn"] .source').innerText(), /VluchtelingenWerk/);
  const check = await page.locator('section.checklist').innerText();
  assert.match(check, /urgent/i);
  assert.match(check, /flight-story|vluchtverhaal/i);
  // "I'd rather not say" stays possible in counsellor mode; nothing is stored.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});

test('summary: answers only when ticked, a clean A4 print layout, and a file made on the device', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ decision_when: 'lt_1w', appeal: 'not_yet', appeal_term: 'one_week', fear: 'yes', wants: 'stay' });
  await q.result();
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  const summary = page.locator('#summary');
  assert.match(await summary.innerText(), /Made on/);
  assert.match(await summary.innerText(), /the last day to appeal can be as early as/);
  assert.equal(await page.locator('#summary section.answers').count(), 0, 'no answers unless ticked');
  await page.check('#with-answers');
  assert.match(await page.locator('#summary section.answers').innerText(), /Appeal: No, not yet/);
  assert.equal(await page.locator('#summary article.route-card').count(), 0, 'the full cards only when ticked');
  await page.check('#with-cards');
  // Print layout: no buttons, no header; the cards remain.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('button.exit').isVisible(), false);
  assert.equal(await page.locator('#download').isVisible(), false);
  assert.equal(await page.locator('header.bar').isVisible(), false);
  assert.ok(await page.locator('#summary .appendix article.route-card').first().isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, 'prints to A4');
  await page.emulateMedia({ media: 'screen' });
  // Bilingual summary and the file.
  await page.selectOption('#summary-second', 'ar');
  // The readable file is written after the warning that anyone can read it.
  await page.click('#download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-readable')]);
  assert.equal(download.suggestedFilename(), 'notes.html');
  const html = await readFile(await download.path(), 'utf8');
  assert.match(html, /<html lang="en" dir="ltr">/);
  assert.match(html, /the last day to appeal can be as early as/);
  assert.match(html, /lang="ar" dir="rtl"/);
  assert.match(html, /Appeal: No, not yet/);
  assert.doesNotMatch(html, /<script/);
  await context.close();
});

test('hand-off: export to an encrypted file, import on another device; a wrong passphrase changes nothing', async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'return_decided', country: 'GH' });
  await q.result();
  await page.click('details.save summary');
  await page.fill('#save-pass', 'hand off 2026');
  await page.fill('#save-again', 'hand off 2026');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-button')]);
  // Keep the file after this context (the person's device) is closed.
  const file = join(tmpdir(), `handoff-${process.pid}.json`);
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  assert.match(text, /"format":"wegwijzer-saved"/);
  assert.doesNotMatch(text, /return_decided|"wants"|"country"/);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'export stores nothing on this device');
  await context.close();

  // The counsellor's device.
  const other = await newPage(browser, origin, { locale: 'nl-NL' });
  await other.page.setInputFiles('#import-file', file);
  await other.page.fill('#resume-pass', 'not the passphrase');
  await other.page.click('#resume-button');
    assert.match(await messageIn(other.page, '.resume-message'), /wachtwoord klopt niet/i);
  assert.ok(await other.page.locator('#start').isVisible(), 'nothing changed');
  await other.page.fill('#resume-pass', 'hand off 2026');
  await other.page.click('#resume-button');
  const r = await new Questionnaire(other.page).result();
  assert.ok(r.routes.includes('reintegration'));
  assert.equal(await other.page.getAttribute('html', 'lang'), 'en', 'the person\'s language comes along');
  await other.context.close();

  // Not a Wegwijzer file: a clear message before any passphrase, nothing lost.
  const third = await newPage(browser, origin, { locale: 'en-GB' });
  await third.page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"broken": true') });
  assert.match(await messageIn(third.page, '.resume-message'), /not saved by Wegwijzer/);
  assert.equal(await third.page.locator('#resume-pass').count(), 0);
  await third.context.close();
});

// Counsellor mode on a phone (issue 22): two languages on every screen had
// doubled each one. The person's language shows; the counsellor's is one tap
// away per block; navigation and buttons keep both.
const PHONE = { width: 360, height: 740 };

/** Heights of the screens of one path: start, the first question, the result, the summary. */
async function heights(page, answers) {
  const h = () => page.evaluate(() => document.documentElement.scrollHeight);
  const q = new Questionnaire(page);
  const out = { start: await h() };
  await q.start();
  out.question = await h();
  await q.answerAll(answers);
  await q.result();
  out.result = await h();
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  out.summary = await h();
  return out;
}

for (const [client, counsellor] of [['ti', 'nl'], ['ar', 'nl']]) {
  test(`counsellor mode on a phone (${client}+${counsellor}): every screen within 1.5x one language; buttons in both; the counsellor's language one tap away`, async () => {
    const answers = await caseAnswers(BUSIEST_CASE);
    const one = await newPage(browser, origin, { viewport: PHONE });
    await new Questionnaire(one.page).language(client);
    const single = await heights(one.page, answers);
    await one.context.close();

    const { page, context } = await newPage(browser, origin, { viewport: PHONE });
    const q = new Questionnaire(page);
    await q.language(client);
    await page.check('#mode-counsellor');
    await page.selectOption('#counsellor-lang', counsellor);
    const h = { start: await page.evaluate(() => document.documentElement.scrollHeight) };
    await q.start();
    h.question = await page.evaluate(() => document.documentElement.scrollHeight);
    // Navigation reads in both languages.
    for (const sel of ['#next', 'button.back']) {
      assert.ok(await page.locator(`${sel} .bi-b[lang="${counsellor}"]`).isVisible(), `${sel} in ${counsellor}`);
    }
    assert.ok(await page.locator(`.progress .bi-b[lang="${counsellor}"]`).isVisible());
    // The question in the person's language; the counsellor's one tap away.
    const legendB = page.locator(`legend .bi-b[lang="${counsellor}"]`);
    assert.equal(await legendB.isVisible(), false);
    const toggle = page.locator('fieldset .second-toggle');
    assert.equal(await toggle.getAttribute('lang'), counsellor);
    await toggle.click();
    assert.ok(await legendB.isVisible(), 'shown after one tap');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const first = await q.questionId();
    await q.answer(first, answers[first]);
    await q.movedOn(first);
    assert.ok(await legendB.isVisible(), 'the choice holds for the next question');
    await page.locator('fieldset .second-toggle').click();
    assert.equal(await legendB.isVisible(), false);
    await q.answerAll(answers);
    await q.result();
    h.result = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(await page.locator(`#to-summary .bi-b[lang="${counsellor}"]`).isVisible());
    assert.ok(await page.locator(`section.result .nav .back .bi-b[lang="${counsellor}"]`).isVisible());
    const urgentB = page.locator(`section.urgent h2 .bi-b[lang="${counsellor}"]`);
    assert.equal(await urgentB.isVisible(), false);
    await page.locator('section.urgent').locator('xpath=../..').locator('.second-toggle').click();
    assert.ok(await urgentB.isVisible(), 'a block of the result in the counsellor\'s language after one tap');
    await page.locator('section.urgent').locator('xpath=../..').locator('.second-toggle').click();
    await page.click('#to-summary');
    await page.waitForSelector('#summary');
    h.summary = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(await page.locator(`#print .bi-b[lang="${counsellor}"]`).isVisible());
    // In memory only.
    assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]), [[], []]);
    const ratios = Object.fromEntries(Object.keys(h).map((k) => [k, +(h[k] / single[k]).toFixed(2)]));
    console.log(`# ${client}+${counsellor} at 360x740: one language ${JSON.stringify(single)}, counsellor ${JSON.stringify(h)}, ratio ${JSON.stringify(ratios)}`);
    for (const [k, r] of Object.entries(ratios)) assert.ok(r <= 1.5, `${k}: ${h[k]}px in counsellor mode against ${single[k]}px (${r}x)`);
    await context.close();
  });
}
