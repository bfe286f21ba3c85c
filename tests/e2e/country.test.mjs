// Country information and "thinking it through", in the release build:
// the country page from the start screen (Dutch and Arabic, zero requests),
// the card on the result under the safety rule, the summary when ticked,
// and the printed worksheet in two languages with nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, assertNoAxeViolations } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

/** Text without Unicode isolation marks (Fluent puts them around variables). */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

const sections = (page, sel = '.country-card') =>
  page.locator(`${sel} section[data-section]`).evaluateAll((xs) => xs.map((x) => x.dataset.section));

test('Dutch then Arabic: information about a country from the start screen, without questions and without requests', async () => {
  const { page, requests, errors, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const loaded = requests.length;
  await page.click('#country-info');
  await page.waitForSelector('#country-pick');
  assert.equal(await page.locator('form[data-question]').count(), 0, 'no question is asked');
  await page.selectOption('#country-pick', 'SY');
  const card = page.locator('article.country-card[data-country="SY"]');
  await card.waitFor();
  const nl = plain(await card.innerText());
  assert.match(nl, /Informatie over Syrië/);
  assert.match(nl, /Updated EUAA Country Guidance/, 'the document title, in its own language');
  assert.match(nl, /Asielagentschap van de EU \(EUAA\), 3 december 2025/, 'publisher and date, the Dutch way');
  assert.match(nl, /VluchtelingenWerk kan uitleggen/);
  assert.match(nl, /Dat weten we niet\. Vraag het aan VluchtelingenWerk/, 'unknown facts say whom to ask');
  // Without answers the card keeps to the situation and staying.
  assert.deepEqual(await sections(page), ['situation', 'procedure', 'stay']);
  assert.doesNotMatch(nl, /ERSO|Goedwerk/);
  // Each fact says where it comes from, folded.
  const source = card.locator('li.fact[data-kind="EuaaGuidance"] details.country-source');
  await source.locator('summary').click();
  assert.match(plain(await source.innerText()), /Gecontroleerd op 2 december 2026\. Bron: een kopie of samenvatting\./);

  await page.selectOption('#language', 'ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  const ar = await card.innerText();
  assert.match(ar, /معلومات عن/);
  assert.match(ar, /\u2068[^\u2069]*Updated EUAA Country Guidance/, 'the Latin title is isolated in Arabic');
  assert.equal(await page.locator('#country-pick').inputValue(), 'SY', 'the choice survives a language switch');

  await page.click('#country-info-back');
  await page.waitForSelector('#start');
  assert.deepEqual(requests.slice(loaded), [], 'no request after the app loaded');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing stored');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the result shows the chosen country after the routes: support on return without fear, none with fear', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', understood: 'yes', wants: 'return_decided', country: 'NG', past_return: 'no', can_pay: 'no' });
  await q.result();
  // Closed like every card on the result: its title and one line; it opens on demand.
  const card = page.locator('section.country details.country-card[data-country="NG"]');
  await card.waitFor();
  assert.match(plain(await card.innerText()), /^Informatie over Nigeria/);
  await card.locator('summary').first().click();
  assert.deepEqual(await sections(page), ['situation', 'procedure', 'stay', 'return', 'practical']);
  const text = plain(await card.innerText());
  assert.match(text, /Informatie over Nigeria/);
  assert.match(text, /In eerdere projecten \(2008–2017\) was daar een partnerorganisatie\. VluchtelingenWerk bevestigt/);
  const after = await page.evaluate(() => {
    const routes = document.querySelector('section.routes');
    const country = document.querySelector('section.country');
    return Boolean(routes.compareDocumentPosition(country) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(after, 'the country card comes after the routes');
  assert.equal(await page.locator('#to-consider').count(), 1, 'thinking it through is offered when return is considered');

  // In the summary only when ticked.
  await page.click('#to-summary');
  await page.waitForSelector('#summary');
  assert.equal(await page.locator('#summary article.country-card').count(), 0, 'not in the summary unless ticked');
  await page.check('#country-in-summary');
  await page.waitForSelector('#summary article.country-card[data-country="NG"]');

  await context.close();

  // Fear: the same wish to return, but the card speaks of the situation and staying.
  const fresh = await newPage(browser, origin, { locale: 'nl-NL' });
  const q3 = new Questionnaire(fresh.page);
  await q3.start();
  await q3.answerAll({ fear: 'yes', fear_of: ['authorities'], wants: 'return_thinking', country: 'SY' });
  await q3.result();
  const sy = fresh.page.locator('section.country details.country-card[data-country="SY"]');
  await sy.waitFor();
  await sy.locator('summary').first().click();
  assert.deepEqual(await sections(fresh.page), ['situation', 'procedure', 'stay']);
  assert.doesNotMatch(await sy.innerText(), /IOM|ERSO|Goedwerk|Reisdocumenten/);
  assert.equal(await fresh.page.locator('#to-consider').count(), 1, 'still offered: the person is thinking of return');
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.context.close();
});

test('thinking it through: optional questions, what was said, and a printable worksheet in two languages', async () => {
  const { page, requests, errors, context } = await newPage(browser, origin, { locale: 'nl-NL' });
  const loaded = requests.length;
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', understood: 'yes', wants: 'return_thinking', family_origin: 'yes', country: 'GE' });
  await q.result();
  await page.click('#to-consider');
  await page.waitForSelector('section.consider');
  const sheet = page.locator('section.consider');
  assert.equal(await sheet.locator('li.topic').count(), 9);
  assert.match(await sheet.locator('li.topic[data-topic="safety"]').innerText(), /Wat je ons vertelde:[\s\S]*Nee/);
  assert.match(await sheet.innerText(), /Je kunt op elk moment van gedachten veranderen/);
  assert.match(await sheet.innerText(), /Nu niet terugkeren is ook een keuze die mag/);
  assert.equal(await sheet.locator('input, textarea').count(), 0, 'nothing to fill in on screen: answers stay on paper');

  await page.selectOption('#worksheet-second', 'ar');
  await page.waitForSelector('section.consider h1 [lang="ar"]');
  assert.equal(await sheet.locator('li.topic h2 [lang="ar"][dir="rtl"]').count(), 9, 'every question in the second language too');

  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.ok(await shown('section.consider .write-lines'), 'lines to write on, on paper');
  assert.ok(!(await shown('header.bar')), 'no app header on the worksheet');
  assert.ok(!(await shown('.worksheet-controls')), 'no controls on the worksheet');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'the worksheet prints');
  await page.emulateMedia({ media: 'screen' });

  await page.click('#consider-back');
  await page.waitForSelector('section.result[data-complete]');
  assert.deepEqual(requests.slice(loaded), [], 'no request after the app loaded');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing stored');
  assert.deepEqual(errors, []);
  await context.close();
});

const axe = assertNoAxeViolations;

for (const locale of ['nl-NL', 'ar']) {
  test(`axe: no violations on the country page, the result card and the worksheet (${locale})`, async () => {
    const { page, context } = await newPage(browser, origin, { locale });
    await page.click('#country-info');
    await page.selectOption('#country-pick', 'IQ');
    await page.waitForSelector('article.country-card');
    await page.locator('details.country-source summary').first().click();
    await axe(page, 'country page');
    await page.click('#country-info-back');
    const q = new Questionnaire(page);
    await q.start();
    await q.answerAll({ fear: 'no', understood: 'yes', wants: 'return_thinking', country: 'MA' });
    await q.result();
    await page.waitForSelector('section.country details.country-card');
    await page.evaluate(() => { document.querySelector('section.country details.country-card').open = true; window.scrollTo(0, 0); });
    await axe(page, 'result with country card');
    await page.click('#to-consider');
    await page.waitForSelector('section.consider');
    await page.selectOption('#worksheet-second', 'en');
    await axe(page, 'worksheet');
    await context.close();
  });
}

test('"forget everything" closes the country page and the worksheet and leaves nothing behind', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await page.click('#country-info');
  await page.selectOption('#country-pick', 'ER');
  await page.waitForSelector('article.country-card');
  await page.click('.forget button');
  await page.click('.confirm button.danger');
  await page.waitForSelector('#start');
  assert.equal(await page.locator('article.country-card').count(), 0);
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll({ fear: 'no', wants: 'return_thinking', country: 'GE' });
  await q.result();
  await page.click('#to-consider');
  await page.waitForSelector('section.consider');
  await page.click('.forget button');
  await page.click('.confirm button.danger');
  await page.waitForSelector('#start');
  assert.equal(await page.locator('section.consider').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the country search ignores case and accents, also in Cyrillic', async () => {
  const { page, errors, context } = await newPage(browser, origin, { locale: 'ru-RU' });
  const q = new Questionnaire(page);
  await q.start();
  while ((await q.questionId()) !== 'country') {
    const id = await q.questionId();
    await q.answer(id);
    await q.movedOn(id);
  }
  // Country codes shown ("other" and "rather not say" always are).
  const shown = () => page.locator('.choice:not(.hidden) input[name="country"]')
    .evaluateAll((xs) => xs.map((x) => x.value).filter((v) => /^[A-Z]{2}$/.test(v)));
  const all = (await shown()).length;
  await page.fill('#country-search', 'TURKIYE');
  assert.deepEqual(await shown(), ['TR'], 'Türkiye without its accent, in capitals');
  // The Russian name comes from the browser (Intl.DisplayNames): "Сирия".
  await page.fill('#country-search', 'СИРИЯ');
  assert.deepEqual(await shown(), ['SY'], 'Cyrillic capitals find the Russian name');
  await page.fill('#country-search', '');
  assert.equal((await shown()).length, all);
  assert.deepEqual(errors, []);
  await context.close();
});
