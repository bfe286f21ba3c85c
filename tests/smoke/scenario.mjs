// The smoke test every browser engine runs (Firefox through puppeteer-core
// over WebDriver BiDi, WebKit through selenium-webdriver), written once
// against a small driver interface:
//   open(url), back(), run(fn, ...args) -> value, click(css),
//   type(css, text), key(name), url(), errors() -> console errors since the
//   last call, close().
// It checks what people rely on: the first question before the app has
// arrived, a path to the result in Dutch and in Arabic, the date question,
// quick exit, and save and resume.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, daysAgo } from '../e2e/harness.mjs';

const PASS = 'correct horse battery';

/** Polls `fn` in the page until it returns something truthy; returns it. */
export async function waitFor(b, fn, args = [], what = String(fn), ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await b.run(fn, ...args).catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const shown = (b, css) => waitFor(b, (s) => !!document.querySelector(s), [css], css);

/** Chooses the language on the start screen (nothing keeps it between visits). */
async function language(b, lang) {
  await b.run((code) => {
    const s = document.getElementById('language');
    s.value = code;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
  await waitFor(b, (c) => document.documentElement.lang === c, [lang], `lang=${lang}`);
}

/**
 * Opens the app. The start screen comes pre-rendered with the HTML; this
 * waits until the app has taken it over and has every language (else a
 * click can hit the pre-rendered copy as it is replaced).
 */
async function visit(b, origin) {
  await b.open(origin + '/');
  await waitFor(b, () => document.documentElement.hasAttribute('data-ready'), [], 'the app');
}

/** A fresh visit in `lang`, up to the first question. */
async function begin(b, origin, lang) {
  await visit(b, origin);
  await shown(b, '#start');
  await language(b, lang);
  await b.click('#start');
  await shown(b, 'form[data-question]');
}

/** The question on screen: its id, and the values of its options. */
const current = (b) => b.run(() => {
  if (document.querySelector('section.result[data-complete]')) return { result: true };
  const form = document.querySelector('form[data-question]');
  if (!form) return null;
  const inputs = [...form.querySelectorAll('input[type=radio], input[type=checkbox]')];
  return { id: form.dataset.question, options: inputs.map((i) => ({ value: i.value, id: i.id })) };
});

/** Answers one question as a person would: a click on each option's label, or a typed date; then Continue. */
async function answer(b, q, value) {
  if (value && value.date) {
    // A date field's own typing differs per engine and locale; set it as the picker would.
    await b.run((iso) => {
      const input = document.querySelector('form[data-question] input[type=date]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, iso);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value.date);
  } else {
    const values = q.options.map((o) => o.value);
    const want = value !== undefined ? [].concat(value)
      : [['prefer_not', 'none', 'dont_know'].find((v) => values.includes(v)) ?? values[0]];
    for (const v of want) {
      const option = q.options.find((o) => o.value === v);
      assert.ok(option, `${q.id} has option ${v}`);
      await b.click(`label[for="${option.id}"]`);
    }
  }
  await b.click('form[data-question] button[type=submit]');
  await waitFor(b, (prev) => !!document.querySelector('section.result[data-complete]')
    || document.querySelector('form[data-question]')?.dataset.question !== prev, [q.id], `past ${q.id}`);
}

/** Answers until the result; returns the route ids shown, by section. */
async function answerAll(b, answers) {
  for (let i = 0; i < 60; i++) {
    await shown(b, 'section.result[data-complete], form[data-question]');
    // The country list's lower rows come a frame after the question.
    await waitFor(b, () => !document.querySelector('#country-list:not([data-complete])'), [], 'the whole country list');
    const q = await current(b);
    if (q.result) {
      return b.run(() => {
        const ids = (s) => [...document.querySelectorAll(s)].map((a) => a.dataset.route);
        return { urgent: ids('section.urgent [data-route]'), routes: ids('section.routes [data-route]'), other: ids('section.other [data-route]') };
      });
    }
    await answer(b, q, answers[q.id]);
  }
  throw new Error('the questionnaire did not end');
}

const text = (b, css) => b.run((s) => document.querySelector(s)?.innerText ?? '', css);

export const SMOKE = {
  async 'before the app: Start shows the first question from the page; an answer, Back and the quick exit work'(b, origin, held) {
    // `held` serves the build with an app that never starts: the page as a
    // person on a slow line has it before the app arrives.
    await b.open(held + '/');
    await shown(b, '#start');
    await b.click('#start');
    await shown(b, 'form[data-question="decision_when"] h1');
    assert.equal(await b.run(() => document.activeElement?.tagName), 'H1', 'focus on the question');
    await b.click('label[for="decision_when-w1_4"]');
    assert.equal(await b.run(() => document.getElementById('decision_when-w1_4').checked), true);
    await b.click('form[data-question] button.back');
    await shown(b, '#start');
    assert.equal(await b.run(() => document.querySelector('form[data-question]')), null, 'back on the start screen');
    await b.click('#start');
    await b.click('label[for="decision_when-gt_3m"]');
    await b.click('#next');
    assert.equal(await b.run(() => [location.pathname, document.querySelector('main').getAttribute('aria-busy'), document.querySelector('main fieldset').inert].join()), '/,true,true', 'the answer waits for the app, and the page stays');
    await b.click('button.exit');
    await waitFor(b, () => location.pathname.endsWith('/exit.html'), [], 'exit page');
  },

  async 'before the app: an answer and Next (tapped twice) are taken further once when the app arrives'(b, origin, held) {
    await b.open(held + '/');
    await shown(b, '#start');
    await b.click('#start');
    await shown(b, 'form[data-question="decision_when"] h1');
    await b.click('label[for="decision_when-w1_4"]');
    await b.click('#next');
    await b.click('#next');
    await waitFor(b, () => typeof window.go === 'function', [], 'the held app');
    await b.run(() => { window.go(); });
    await shown(b, 'form[data-question="appeal"]');
    await waitFor(b, () => !document.querySelector('[data-prerendered]'), [], 'the app took over');
    assert.equal(await b.run(() => document.querySelectorAll('.error-summary:not(.hidden)').length), 0, 'the second question was not sent on empty');
    await b.click('form[data-question] button.back');
    await shown(b, 'form[data-question="decision_when"]');
    assert.equal(await b.run(() => document.getElementById('decision_when-w1_4').checked), true, 'the early answer is the answer');
  },

  async 'Dutch: the date question gives the appeal deadline, fear puts the conversation first'(b, origin) {
    await begin(b, origin, 'nl');
    const r = await answerAll(b, { decision_when: { date: daysAgo(3) }, appeal: 'not_yet', appeal_term: 'one_week', fear: 'yes', wants: 'stay' });
    assert.ok(r.urgent.includes('appeal_short'), `urgent: ${r.urgent}`);
    assert.equal(r.routes[0], 'conversation');
    // A decision from after 12 June 2026: the earliest last day EU law allows, 5 days after it.
    const due = await b.run(() => new Date(Date.now() + 2 * 864e5).toLocaleDateString('nl', { dateStyle: 'long' }));
    // The card is closed on screen: read all of it, as the summary would show it.
    const card = await b.run(() => document.querySelector('[data-route="appeal_short"]')?.textContent.replace(/[\u2068\u2069]/g, '') ?? '');
    assert.ok(card.includes(due), `deadline ${due} in: ${card}`);
    assert.equal(await b.run(() => document.documentElement.dir), 'ltr');
  },

  async 'Arabic: right to left through to the result'(b, origin) {
    await begin(b, origin, 'ar');
    assert.equal(await b.run(() => [document.documentElement.dir, getComputedStyle(document.body).direction].join()), 'rtl,rtl');
    const r = await answerAll(b, { decision_when: 'gt_3m', appeal: 'lost', fear: 'no', wants: 'talk' });
    assert.ok(r.routes.length > 0, 'routes are shown');
    assert.match(await text(b, 'section.result'), /[\u0600-\u06ff]{3}/, 'the result is in Arabic');
    assert.equal(await b.run(() => document.documentElement.dir), 'rtl');
  },

  async 'quick exit: the button and three Escapes leave for a neutral page, and Back shows no answers'(b, origin) {
    for (const how of ['button', 'Escape']) {
      const before = `${origin}/neutral.svg?before-${how}`;
      await b.open(before);
      await begin(b, origin, 'en');
      const q = await current(b);
      await answer(b, q, 'w1_4');
      await shown(b, 'form[data-question="appeal"]');
      if (how === 'button') await b.click('button.exit');
      else for (let i = 0; i < 3; i++) await b.key('Escape');
      await waitFor(b, () => location.pathname.endsWith('/exit.html') && document.title === 'Weather', [], `exit page (${how})`);
      // Back (the browser's own) lands before the app, or on the exit page, and never on the answers.
      await b.back();
      await new Promise((r) => setTimeout(r, 500));
      const where = await b.url();
      assert.ok(where === before || where.endsWith('/exit.html'), `Back went to ${where} (${how})`);
      assert.doesNotMatch(await text(b, 'body'), /appeal|1 to 4 weeks/i, `no answers after Back (${how})`);
    }
  },

  async 'save encrypts on the device; a later visit resumes with the passphrase, not with a wrong one'(b, origin) {
    await begin(b, origin, 'en');
    await answer(b, await current(b), 'm1_3');
    await shown(b, 'form[data-question="appeal"]');
    await b.click('details.save summary');
    await b.type('#save-pass', PASS);
    await b.type('#save-again', PASS);
    await b.click('#save-button');
    await waitFor(b, () => /Saved/.test(document.querySelector('.save-message')?.textContent), [], 'saved');
    const stored = await b.run(() => localStorage.getItem('wegwijzer.saved'));
    assert.ok(stored, 'something is saved');
    assert.doesNotMatch(stored, /decision_when|m1_3/, 'nothing readable is stored');

    await visit(b, origin);
    await shown(b, '#resume-pass');
    await language(b, 'en');
    await b.type('#resume-pass', 'wrong passphrase');
    await b.click('#resume-button');
    await waitFor(b, () => /not right/.test(document.querySelector('.resume-message')?.textContent), [], 'wrong passphrase message');
    assert.equal(await b.run(() => localStorage.getItem('wegwijzer.saved')), stored, 'a wrong passphrase deletes nothing');
    await b.run(() => { document.getElementById('resume-pass').value = ''; });
    await b.type('#resume-pass', PASS);
    await b.click('#resume-button');
    await shown(b, 'form[data-question="appeal"]');
    await b.click('button.back');
    await shown(b, 'form[data-question="decision_when"]');
    assert.equal(await b.run(() => document.querySelector('input[value="m1_3"]').checked), true, 'the answer came back');
    await b.click('.forget button');
    await b.click('.confirm button.danger');
    await waitFor(b, () => localStorage.length === 0, [], 'storage emptied');
  },
};

/**
 * Registers the smoke tests for one engine. `launch()` returns a driver (see
 * the top of this file); every test ends with no console error in it.
 */
export function smokeTests(engine, launch) {
  let server, origin, b, heldServer, held, heldDir;
  before(async () => {
    ({ server, origin } = await startServer());
    heldDir = mkdtempSync(join(tmpdir(), 'held-'));
    cpSync('dist', heldDir, { recursive: true });
    // The app starts only when the page calls window.go() (never, unless a
    // test does): the page as a person on a slow line has it before that.
    cpSync(join('dist', 'wegwijzer.js'), join(heldDir, 'wegwijzer.app.js'));
    writeFileSync(join(heldDir, 'wegwijzer.js'), "import init from './wegwijzer.app.js';\n"
      + 'export default (options) => new Promise((go) => { window.go = go; }).then(() => init(options));\n');
    ({ server: heldServer, origin: held } = await startServer(heldDir));
    const t0 = Date.now();
    b = await launch();
    console.log(`# ${engine}: started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
  after(async () => { await b?.close(); server?.close(); heldServer?.close(); rmSync(heldDir, { recursive: true, force: true }); });
  for (const [name, run] of Object.entries(SMOKE)) {
    test(`${engine}: ${name}`, async () => {
      await run(b, origin, held);
      assert.deepEqual(await b.errors(), [], 'no console errors');
    });
  }
}
