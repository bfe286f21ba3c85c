// The summary a person carries (issue 22): its essentials on at most two
// A4 pages in one language for the busiest case in tests/cases/ (three in
// two languages), the appendix only as ticked, every page dated and numbered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, caseAnswers, pdfPages, printSummary, bottomMarginWords, BUSIEST_CASE } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PHONE = { width: 360, height: 740 };

test('summary: the essentials of the busiest case fit 2 A4 pages in one language, 3 in two; every page numbered and dated', async () => {
  const { page, context } = await newPage(browser, origin, { viewport: PHONE });
  const q = new Questionnaire(page);
  await q.start();
  await q.answerAll(await caseAnswers(BUSIEST_CASE));
  const r = await q.result();
  assert.deepEqual([r.urgent.length, r.routes.length], [4, 3], 'the busiest case');
  const directory = await page.locator('.directory .contact').count();
  const pages = { nl: pdfPages(await printSummary(page)) };
  // Page one holds what a person needs to act.
  const s = page.locator('#summary');
  const text = await s.innerText();
  assert.match(text, /Gemaakt op/);
  assert.match(text, /geen juridisch advies/i);
  assert.match(text, /112/);
  assert.match(text, /113/);
  assert.equal(await s.locator('.essentials .next-steps li').count(), 3);
  assert.deepEqual(await s.locator('.summary-routes [data-route]').evaluateAll((xs) => xs.map((x) => x.dataset.route)), [...r.urgent, ...r.routes]);
  // Every contact, with each number and address written out: a link on
  // paper is only its text.
  assert.equal(await s.locator('.summary-contacts li').count(), directory);
  const links = await s.locator('.essentials a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.ok(links.some(([h]) => h.startsWith('https://')), 'a website');
  for (const [href, text] of links) {
    if (href.startsWith('tel:')) assert.equal(text.replace(/\D/g, ''), href.slice(4).replace(/\D/g, ''), href);
    else assert.ok(href.endsWith(text) && text.includes('.'), `${href} written out as "${text}"`);
  }
  // Sensitive answers (fear of return, children) only when the answers are ticked.
  const routesText = () => s.locator('.essentials').innerText();
  assert.doesNotMatch(await routesText(), /Angst om terug te gaan/);
  assert.match(await routesText(), /Omdat je zei: Beroep/, 'other answers are there');
  await page.check('#with-answers');
  assert.match(await routesText(), /Angst om terug te gaan/, 'ticked: every answer behind a route');
  await page.uncheck('#with-answers');
  // Everything else only as ticked.
  assert.equal(await s.locator('.appendix').count(), 0, 'no appendix unless ticked');
  await page.check('#with-cards');
  assert.ok(await s.locator('.appendix article.route-card .fact-source, .appendix article.urgent-card').first().isVisible());
  pages.nlAppendix = pdfPages(await printSummary(page));
  await page.uncheck('#with-cards');
  await page.selectOption('#summary-second', 'ti');
  pages.nlTi = pdfPages(await printSummary(page));
  // The page margins carry the date made (the app sets it for them).
  assert.match(await page.evaluate(() => document.documentElement.style.getPropertyValue('--made')), /Gemaakt op .*2026/);
  console.log(`# summary of ${BUSIEST_CASE}: ${JSON.stringify(pages)} A4 pages`);
  assert.ok(pages.nl <= 2, `the essentials take ${pages.nl} pages in Dutch`);
  assert.ok(pages.nlTi <= 3, `the essentials take ${pages.nlTi} pages in Dutch beside Tigrinya`);
  assert.ok(pages.nlAppendix > pages.nl, 'the appendix adds pages');
  await context.close();
});

test('summary on paper: every page shows the date made where a line starts and its number where it ends, mirrored in Arabic', async () => {
  for (const [locale, made, dateSide] of [['nl-NL', 'Gemaakt', 'left'], ['ar', 'أُعدّ', 'right']]) {
    const { page, context } = await newPage(browser, origin, { viewport: PHONE, locale });
    const q = new Questionnaire(page);
    await q.start();
    await q.answerAll(await caseAnswers(BUSIEST_CASE));
    await q.result();
    await page.click('#to-summary');
    await page.check('#with-cards');
    const pages = await bottomMarginWords(await printSummary(page, { margins: true }));
    assert.ok(pages.length >= 2, `${locale}: the appendix makes more than one page`);
    for (const [n, { width, words }] of pages.entries()) {
      const side = (x) => (x < width / 2 ? 'left' : 'right');
      const number = words.filter((w) => w.text === '/');
      assert.equal(number.length, 1, `${locale} page ${n + 1}: one page number in the margin (${JSON.stringify(words)})`);
      assert.equal(side(number[0].x), dateSide === 'left' ? 'right' : 'left', `${locale} page ${n + 1}: the number where a line ends`);
      const date = words.filter((w) => /2026|2027/.test(w.text));
      assert.equal(date.length, 1, `${locale} page ${n + 1}: the date made in the margin`);
      assert.equal(side(date[0].x), dateSide, `${locale} page ${n + 1}: the date where a line starts`);
      assert.ok(words.some((w) => w.text.includes(made.normalize()) || made.includes(w.text)), `${locale}: "${made}" in the margin`);
    }
    await context.close();
  }
});
