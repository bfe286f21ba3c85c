// The smoke test in WebKit (the engine of Safari on iPhones): Debian's
// WebKitGTK MiniBrowser driven by selenium-webdriver through WebKitWebDriver.
// Needs a display: run under `xvfb-run -a`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key } from 'selenium-webdriver';
import { smokeTests } from './scenario.mjs';
import { startServer } from '../e2e/harness.mjs';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// WebDriver gives no console log here, so each page collects its own errors:
// script errors, rejected promises, policy violations and console.error.
// (Messages from loading the page itself are checked in the last test.)
function collectErrors() {
  if (window.__smokeErrors) return;
  const errors = (window.__smokeErrors = []);
  addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => errors.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  const original = console.error;
  console.error = (...args) => { errors.push(args.join(' ')); original.apply(console, args); };
}

smokeTests('WebKit', async () => {
  const port = await freePort();
  const driverProcess = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/status`).then((r) => r.ok, () => false)) break;
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Without browserName 'MiniBrowser' and --automation the session never starts.
  const driver = await new Builder().usingServer(url).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  }).build();
  // MiniBrowser goes no narrower than 447 px.
  await driver.manage().window().setRect({ width: 447, height: 800 });
  const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  return {
    open: async (to) => { await driver.get(to); await run(collectErrors); },
    back: () => driver.navigate().back(),
    run,
    click: async (css) => (await driver.findElement(By.css(css))).click(),
    type: async (css, text) => (await driver.findElement(By.css(css))).sendKeys(text),
    key: (name) => driver.actions().sendKeys(Key[name.toUpperCase()]).perform(),
    url: () => driver.getCurrentUrl(),
    errors: async () => (await run(() => { const e = window.__smokeErrors || []; window.__smokeErrors = []; return e; })) || [],
    close: async () => { await driver.quit().catch(() => {}); driverProcess.kill(); },
  };
});

test('WebKit: loading the app and the exit page writes nothing to the console (CSP, icon, manifest)', async () => {
  // A plain MiniBrowser, which can print its console, in a fresh profile.
  const { server, origin } = await startServer();
  const seen = new Set();
  server.on('request', (req) => seen.add(req.url));
  const home = mkdtempSync(join(tmpdir(), 'wegwijzer-webkit-'));
  // stdbuf: line-buffered, so no message is lost in a buffer when the browser is stopped.
  const browser = spawn('stdbuf', ['-oL', MINIBROWSER, '--enable-write-console-messages-to-stdout=true', `${origin}/`, `${origin}/exit.html`], {
    env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let console_ = '';
  // Some messages come on stdout, policy errors on stderr.
  for (const out of [browser.stdout, browser.stderr]) out.on('data', (d) => { console_ += d; });
  try {
    // Loaded once both pages are fetched and the app has asked for its manifest and service worker.
    const end = Date.now() + 30000;
    while (!['/exit.html', '/manifest.webmanifest', '/sw.js'].every((p) => seen.has(p))) {
      assert.ok(Date.now() < end, `pages did not load; requests: ${[...seen]}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 3000));
  } finally {
    const exited = new Promise((r) => browser.once('exit', r));
    browser.kill();
    await exited;
    server.close();
    rmSync(home, { recursive: true, force: true, maxRetries: 5 });
  }
  assert.ok(!seen.has('/favicon.ico'), 'no request for /favicon.ico');
  const messages = console_.split('\n').filter((l) => /CONSOLE/.test(l));
  assert.deepEqual(messages.filter((l) => /ERROR|WARN/.test(l)), [], 'no console errors or warnings');
});
