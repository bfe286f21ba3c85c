// Writes screenshots of the main screens in every language, for review by
// people who read them: screenshots/<lang>-<screen>.png at phone width (and
// desktop width with --desktop; counsellor mode with --counsellor). Run scripts/build.sh first, or use
// scripts/screenshots.sh which does.
import { mkdirSync } from 'node:fs';
import { startServer, launch, Questionnaire } from '../tests/e2e/harness.mjs';

const desktop = process.argv.includes('--desktop');
// --counsellor: counsellor mode, with Dutch beside the language shown.
const counsellor = process.argv.includes('--counsellor');
const only = process.argv.filter((a) => /^[a-z]{2,3}$/.test(a));
const viewport = desktop ? { width: 1280, height: 900 } : { width: 360, height: 740 };
const { server, origin } = await startServer('dist');
const browser = await launch();
mkdirSync('screenshots', { recursive: true });

const probe = await browser.newPage();
await probe.goto(origin + '/');
await probe.waitForSelector('#start');
const codes = only.length ? only : await probe.$$eval('#language option', (os) => os.map((o) => o.value));
await probe.close();

for (const code of codes) {
  const ctx = await browser.newContext({ viewport, locale: code });
  const page = await ctx.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  const q = new Questionnaire(page);
  await q.language(code);
  if (counsellor) {
    await page.check('#mode-counsellor');
    await page.selectOption('#counsellor-lang', 'nl');
  }
  const suffix = (desktop ? '-desktop' : '') + (counsellor ? '-counsellor' : '');
  await page.screenshot({ path: `screenshots/${code}-1-start${suffix}.png`, fullPage: true });
  await q.start();
  await page.screenshot({ path: `screenshots/${code}-2-question${suffix}.png`, fullPage: true });
  await q.answerAll({ decision_when: 'lt_1w', appeal: 'not_yet', appeal_term: 'one_week', fear: 'yes', fear_of: ['authorities'], wants: 'return_thinking', country: 'SY', crisis: 'no', health: ['pregnant'] });
  await page.screenshot({ path: `screenshots/${code}-3-result${suffix}.png`, fullPage: true });
  await ctx.close();
  console.log(`screenshots/${code}-*${suffix}.png`);
}
await browser.close();
server.close();
