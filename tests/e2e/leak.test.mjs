// Screens that are left are let go: going back from the result to the last
// question and forward again, 30 times, must not keep the old results alive.
// Counted as Chromium counts live DOM nodes (shown or detached) after a
// garbage collection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire, waitForApp } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

/** Live DOM nodes after a full garbage collection. */
async function liveNodes(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'Nodes').value;
}

// Known open (issue 19): about 650 nodes are kept per visit, the whole old
// result. Marked `todo` so the figure shows in every run without failing it;
// drop the `todo` once the screen's listeners and effects let go.
test('30 visits to the result keep about one result alive, not thirty', { todo: 'the old result is still kept alive (issue 19)' }, async () => {
  const { page, context } = await newPage(browser, origin, { locale: 'en-GB' });
  await waitForApp(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const q = new Questionnaire(page);
  await q.start();
  // A busy result: fear, a near deadline, children, so many cards and a read-aloud button.
  await q.answerAll({ fear: 'yes', appeal: 'not_yet', appeal_term: 'one_week', children: 'yes' });
  await q.result();
  const shown = await page.evaluate(() => document.getElementsByTagName('*').length);
  const visit = async () => {
    await page.click('button.back');
    await page.waitForSelector('form[data-question]');
    await page.locator('form[data-question] button[type=submit]').click();
    await page.waitForSelector('section.result[data-complete]');
  };
  await visit();
  const first = await liveNodes(cdp);
  for (let i = 0; i < 30; i++) await visit();
  const last = await liveNodes(cdp);
  const perVisit = (last - first) / 30;
  // One result is about `shown` elements (plus text nodes); thirty kept
  // results would add tens of thousands.
  assert.ok(perVisit < shown / 20, `${perVisit.toFixed(0)} nodes kept per visit (first ${first}, after 30 more ${last}; one screen shows ${shown} elements)`);
  await context.close();
});
