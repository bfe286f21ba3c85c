// Screens that are left are let go: going back from the result to the last
// question and forward again, 30 times, must not keep the old results alive.
// Counted as Chromium counts live DOM nodes (shown or detached) after a
// garbage collection. One element kept from a left screen keeps that whole
// screen (a detached node holds its tree), so a leak shows as hundreds of
// nodes per visit.
//
// The test waits with locators, never `waitForSelector`: the element handle
// that returns is held by the page until disposed, and kept every old screen
// alive (about 730 nodes per visit, which is what issue 19 measured).
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

/** Listeners registered on a global object (`window`, `speechSynthesis`). */
async function listeners(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.map((l) => l.type).sort().join(' ');
}

test('30 visits to the result keep about one result alive, not thirty', async (t) => {
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
    await page.locator('form[data-question]').waitFor();
    await page.locator('form[data-question] button[type=submit]').click();
    await page.locator('section.result[data-complete]').waitFor();
  };
  await visit();
  const first = await liveNodes(cdp);
  const globals = ['window', 'speechSynthesis'];
  const before = await Promise.all(globals.map((g) => listeners(cdp, g)));
  t.diagnostic(`listeners: ${globals.map((g, i) => `${g}: ${before[i]}`).join('; ')}`);
  for (let i = 0; i < 30; i++) await visit();
  const last = await liveNodes(cdp);
  // A screen's listeners on the window or the speech synthesis go with it.
  for (const [i, g] of globals.entries()) {
    assert.equal(await listeners(cdp, g), before[i], `listeners on ${g} after 30 visits`);
  }
  const report = `${((last - first) / 30).toFixed(1)} nodes kept per visit (first ${first}, after 30 more ${last}; one screen shows ${shown} elements)`;
  t.diagnostic(report);
  // All thirty visits together keep fewer nodes than one result has elements.
  assert.ok(last - first < shown, report);
  await context.close();
});
