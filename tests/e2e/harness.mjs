// Shared set-up for the browser tests: serve dist/ with the production
// headers, start Debian's Chromium through playwright-core, and a page object
// for the questionnaire.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves `dir`. `hits` lists every path the server was asked for, whoever
 * asked (page, service worker, the browser itself): the last word on requests.
 */
export async function startServer(dir = 'dist') {
  const hits = [];
  const server = await serve(dir, 0, { onRequest: (url) => hits.push(url) });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, hits };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Waits until the app has taken over the pre-rendered start screen, has
 * fetched everything it ever fetches (the language files): `<html data-ready>`,
 * and its service worker has stored the offline copy (where there is one).
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
  await page.evaluate(() => Promise.race([
    navigator.serviceWorker?.ready,
    new Promise((done) => setTimeout(done, 5000)),
  ]));
}

/**
 * A fresh context, with every request made in it recorded: the page's and
 * its service worker's (the context sees both).
 */
export async function newPage(browser, origin, { locale = 'nl-NL', viewport = { width: 360, height: 740 } } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(origin + '/');
  await waitForApp(page);
  return { context, page, requests, errors };
}

/**
 * Waits until whatever the last act set off has reached the network or
 * never will: two frames drawn (the app has reacted), then no request in
 * flight and none started for `quiet` ms, in the page or its service worker
 * (the context sees both). Used before asserting that nothing was requested:
 * a fixed sleep would end while a request is still on its way.
 */
export async function settled(page, { quiet = 500, timeout = 15000 } = {}) {
  const context = page.context();
  let inFlight = 0;
  let lastEvent = Date.now();
  const started = () => { inFlight++; lastEvent = Date.now(); };
  const ended = () => { inFlight = Math.max(0, inFlight - 1); lastEvent = Date.now(); };
  context.on('request', started);
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  try {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    lastEvent = Date.now();
    for (const end = Date.now() + timeout; inFlight > 0 || Date.now() - lastEvent < quiet;) {
      assert.ok(Date.now() < end, `the network did not settle within ${timeout} ms (${inFlight} requests in flight)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    context.off('request', started);
    context.off('requestfinished', ended);
    context.off('requestfailed', ended);
  }
}

/** The questionnaire, as a person would use it. */
const CALM_SIGNALS = { trafficking: ['none'], minor_alone: 'no' };

export class Questionnaire {
  constructor(page) { this.page = page; }

  async language(code) {
    await this.page.selectOption('#language', code);
    await this.page.waitForFunction((c) => document.documentElement.lang === c, code);
  }

  async start() {
    await this.page.click('#start');
    // A locator, not `waitForSelector`: the element handle that returns
    // keeps the screen alive in the page after it is gone (leak.test.mjs).
    await this.page.locator('form[data-question]').waitFor();
  }

  async questionId() {
    return this.page.getAttribute('form[data-question]', 'data-question');
  }

  /**
   * Answers every question until the result, from `answers` (question id ->
   * option value, list of values, or {date: 'YYYY-MM-DD'}); questions not
   * listed get "I'd rather not say", or "none", or "I don't know", or the
   * first option. Returns the ids of the questions asked.
   */
  async answerAll(answers) {
    const asked = [];
    for (let i = 0; i < 60; i++) {
      if (await this.page.$('section.result')) return asked;
      const id = await this.questionId();
      assert.ok(id, 'a question or the result is shown');
      asked.push(id);
      await this.answer(id, answers[id]);
      await this.movedOn(id);
    }
    throw new Error('the questionnaire did not end');
  }

  /**
   * Waits until the question `id` has given way to the next one or to the
   * result, drawn whole: the result's lower part and the country list's
   * lower rows come a frame after the top (`data-complete`).
   */
  async movedOn(id) {
    await this.page.waitForFunction(
      (prev) => (document.querySelector('section.result[data-complete]') || document.querySelector('form[data-question]')?.dataset.question !== prev)
        && !document.querySelector('#country-list:not([data-complete])'),
      id,
    );
  }

  async answer(id, value) {
    // Unless a test says otherwise, a plain "none" / "no" to the questions of
    // the trafficking and child-alone signals: "rather not say" is itself a
    // protection signal there (uncertainty protects), like any answer to the
    // fear question but "no".
    if (value === undefined && id in CALM_SIGNALS) value = CALM_SIGNALS[id];
    const form = this.page.locator('form[data-question]');
    if (value && typeof value === 'object' && value.date) {
      await form.locator('input[type=date]').fill(value.date);
    } else if (value !== undefined) {
      for (const v of [].concat(value)) await form.locator(`input[value="${v}"]`).check();
    } else {
      const values = await form.locator('input[type=radio], input[type=checkbox]').evaluateAll((xs) => xs.map((x) => x.value));
      const pick = ['prefer_not', 'none', 'dont_know'].find((v) => values.includes(v)) ?? values[0];
      await form.locator(`input[value="${pick}"]`).check();
    }
    await form.locator('button[type=submit]').click();
  }

  /** Route ids shown as suggestions, urgent notes, and other options, in order. */
  async result() {
    await this.page.locator('section.result[data-complete]').waitFor();
    const ids = (sel) => this.page.locator(sel).evaluateAll((xs) => xs.map((x) => x.dataset.route));
    return {
      urgent: await ids('section.urgent [data-route]'),
      routes: await ids('section.routes [data-route]'),
      other: await ids('section.other [data-route]'),
    };
  }

  /** A card's whole text; a closed card on the result screen is opened first, as a person would. */
  async cardText(id) {
    const card = this.page.locator(`[data-route="${id}"]`).first();
    if (await card.evaluate((c) => c.tagName === 'DETAILS' && !c.open)) await card.locator('summary').click();
    return card.innerText();
  }
}

/** Waits until the (live) element shows text matching `pattern`, and returns that text. */
export async function messageIn(page, selector, pattern = /.+/) {
  await page.waitForFunction(([s, src, flags]) => new RegExp(src, flags).test(document.querySelector(s)?.textContent || ''),
    [selector, pattern.source, pattern.flags]);
  return page.locator(selector).innerText();
}

let axeSource;
/** Runs axe-core (WCAG 2.2 AA and best practice) on the page; fails on any violation. */
export async function assertNoAxeViolations(page, where) {
  axeSource ??= await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  const v = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(v, [], `${where}: axe violations`);
}

/** The case in tests/cases/ with the most urgent notes and routes (4 + 3). */
export const BUSIEST_CASE = '08-family-on-street';

/**
 * The day `n` days before `from` as the date field writes it (yyyy-mm-dd),
 * in the browser's time zone as the app counts days (not UTC's day).
 */
export function daysAgo(n, from = new Date()) {
  const d = new Date(from);
  d.setDate(d.getDate() - n);
  const two = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** A case's answers from tests/cases/, as `Questionnaire.answerAll` takes them. */
export async function caseAnswers(name) {
  const { answers } = JSON.parse(await readFile(new URL(`../cases/${name}.json`, import.meta.url), 'utf8'));
  return Object.fromEntries(Object.entries(answers)
    .map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? { date: v } : v]));
}

/** The number of pages of a PDF that Chromium printed (its page objects). */
export function pdfPages(pdf) {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

/**
 * The summary of a finished questionnaire printed to A4 by Chromium, as the
 * print button would: the essentials, and the appendix parts ticked.
 * `{ margins: true }` prints as the print dialog does, with the page's own
 * size and margins (and so its margin boxes). Returns the PDF.
 */
export async function printSummary(page, { margins = false } = {}) {
  if (!(await page.$('#summary'))) {
    await page.click('#to-summary');
    await page.waitForSelector('#summary');
  }
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf(margins ? { preferCSSPageSize: true } : { format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/**
 * The words in the bottom margin of each page of a PDF, with where each
 * starts and the page's width (pdftotext -bbox, from poppler-utils): what
 * the `@page` margin boxes printed.
 */
export async function bottomMarginWords(pdf, margin = 40) {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-'));
  try {
    await writeFile(join(dir, 'a.pdf'), pdf);
    const xml = execFileSync('pdftotext', ['-bbox', join(dir, 'a.pdf'), '-']).toString();
    return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
      width: Number(width),
      words: [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
        .filter(([, , y]) => Number(y) > Number(height) - margin)
        .map(([, x, , text]) => ({ x: Number(x), text })),
    }));
  } finally {
    await rm(dir, { recursive: true });
  }
}
