// The smoke test in Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi (no browser download: PUPPETEER_SKIP_DOWNLOAD=1).
import puppeteer from 'puppeteer-core';
import { smokeTests } from './scenario.mjs';

smokeTests('Firefox', async () => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
  });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  let errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Firefox reports a policy violation as a page error, so this catches those too.
  page.on('pageerror', (e) => errors.push(String(e)));
  async function navigate(how, arg, to) {
    const from = await page.evaluate(() => [location.href, performance.timeOrigin]);
    await page.evaluate(how, arg).catch(() => {}); // the page may go away mid-call
    for (const end = Date.now() + 20000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      const [href, origin, ready] = await page.evaluate(() => [location.href, performance.timeOrigin, document.readyState]).catch(() => []);
      // Arrived: at `to` (or anywhere new, for Back), in a new document, parsed.
      if (href && origin !== from[1] && (to ? href === to : true) && ready !== 'loading') return;
    }
    throw new Error(`did not arrive at ${to ?? 'the previous page'} from ${from[0]}`);
  }
  return {
    // After the app's own location.replace() (quick exit), puppeteer's goto
    // and goBack in Firefox wait forever; so the page navigates itself.
    open: (url) => navigate((u) => { location.href = u; }, url, url),
    back: () => navigate(() => history.back(), null, null),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    key: (name) => page.keyboard.press(name),
    // page.url() misses a return from the back-forward cache; the page knows.
    url: () => page.evaluate(() => location.href),
    errors: async () => { const e = errors; errors = []; return e; },
    close: () => browser.close(),
  };
});
