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
  return {
    open: (url) => page.goto(url, { waitUntil: 'domcontentloaded' }).catch((e) => { throw new Error(`opening ${url}: ${e.message}`); }),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    key: (name) => page.keyboard.press(name),
    url: async () => page.url(),
    errors: async () => { const e = errors; errors = []; return e; },
    close: () => browser.close(),
  };
});
