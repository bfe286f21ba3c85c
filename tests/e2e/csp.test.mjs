// The Content-Security-Policy as served: the header on every response and
// the meta tag in the page say the same (one source, scripts/csp.mjs), the
// policy is strict, and the browser enforces both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch } from './harness.mjs';
import { HEADER_ONLY, parsePolicy, policyProblems } from '../../scripts/csp.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A fresh page, with the console errors it logs. */
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

const PATHS = ['/', '/index.html', '/exit.html', '/boot.js', '/wegwijzer_bg.wasm', '/sw.js', '/manifest.webmanifest', '/no-such-file'];

test('every response carries the policy header, and it is the meta tag\'s policy plus frame-ancestors', async () => {
  const { context, page } = await openPage();
  const response = await page.goto(origin + '/');
  const header = response.headers()['content-security-policy'];
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(header, 'the page is served with the header');
  assert.ok(meta, 'the page carries the meta tag');
  assert.deepEqual(policyProblems(meta), [], 'the meta policy is strict');
  assert.deepEqual(policyProblems(header), [], 'the header policy is strict');
  const withoutHeaderOnly = new Map(parsePolicy(header));
  for (const name of parsePolicy(HEADER_ONLY).keys()) {
    assert.ok(withoutHeaderOnly.delete(name), `the header has ${name}`);
  }
  assert.deepEqual(withoutHeaderOnly, parsePolicy(meta), 'header and meta tag are the same policy');
  for (const path of PATHS) {
    const r = await context.request.get(origin + path);
    assert.equal(r.headers()['content-security-policy'], header, `the same header on ${path}`);
  }
  // The exit page has no policy of its own to drift: the header covers it.
  await page.goto(origin + '/exit.html');
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 0);
  await context.close();
});

test('the browser enforces the meta tag and the header: no inline script, no framing', async () => {
  const { context, page, errors } = await openPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#start');
  assert.deepEqual(errors, [], 'the app loads without a console error');
  // An injected inline script is refused (script-src, in both).
  const refused = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.head.append(s);
    setTimeout(() => resolve(window.__ran ? 'ran' : 'no event'), 2000);
  }));
  assert.equal(refused, 'script-src-elem');
  // Framing the app is refused: frame-ancestors can only come from the header.
  const framer = await context.newPage();
  const framed = [];
  framer.on('console', (m) => framed.push(m.text()));
  await framer.setContent(`<iframe src="${origin}/"></iframe>`);
  await framer.waitForTimeout(1500);
  const frame = framer.frames().find((f) => f !== framer.mainFrame());
  assert.equal(await frame.$('#start').catch(() => null), null, 'the app does not run in a frame');
  assert.ok(framed.some((t) => /frame-ancestors/.test(t)), `refused by frame-ancestors: ${framed}`);
  await context.close();
});

test('the exit page loads its icon and nothing it may not', async () => {
  const { context, page, errors } = await openPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(origin + '/exit.html');
  assert.equal(await page.getAttribute('link[rel="icon"]', 'href'), 'neutral.svg');
  assert.ok(!requested.includes('/favicon.ico'));
  assert.deepEqual(errors, []);
  await context.close();
});
