// Sizes of the files a visit downloads: raw, gzip -9 and brotli -q 11.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** What a first visit fetches: the page, and everything the service worker keeps for offline use. */
export function firstVisitFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.map'))
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
    .sort();
}

/** A reference in the page as a path in the build: `./x.js` and `/x.js` are `x.js`. */
const clean = (ref) => ref.replace(/^\.?\//, '');

/**
 * What the first question needs to show and to be answered: the page (it
 * holds the start screen and the first question, pre-rendered), its
 * stylesheets and its classic scripts (boot.js). Not the preloads.
 */
export function firstQuestionFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"#?:]+)"/g)],
    ...[...html.matchAll(/<script\b(?![^>]*type="module")[^>]*\bsrc="([^"#?:]+)"/g)],
  ].map((m) => clean(m[1]));
  return ['index.html', ...new Set(refs)];
}

/**
 * What the app needs to run (from the second question on): the page, what it links to (stylesheet,
 * scripts, preloads, icon, manifest), what those scripts import, and the
 * wasm beside wasm-bindgen's `<name>.js`. Read from the build, so a new early
 * file counts without a change here.
 */
export function criticalFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set(['index.html', ...[...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"#?:]+)"/g)].map((m) => clean(m[1]))]);
  for (const f of files) {
    if (!f.endsWith('.js')) continue;
    const js = readFileSync(join(dir, f), 'utf8');
    for (const m of js.matchAll(/\bimport\b[^'"]*?['"](\.\/[^'"]+\.js)['"]/g)) files.add(clean(m[1]));
    if (existsSync(join(dir, f.replace(/\.js$/, '_bg.wasm')))) files.add(f.replace(/\.js$/, '_bg.wasm'));
  }
  return [...files];
}

export async function sizes(dir, files) {
  return files.map((file) => {
    const buf = readFileSync(join(dir, file));
    return {
      file,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    };
  });
}
