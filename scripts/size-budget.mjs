// Fails the build when what a person waits for grows past its budget
// (brotli -q 11, as a host would send it):
// - the first question: the page, which holds the start screen and the first
//   question pre-rendered, its stylesheet and boot.js (scripts/sizes.mjs
//   firstQuestionFiles). The target, 150 KB.
// - the app, needed from the second question on: the page, what it links
//   and preloads, the scripts they import and the wasm (criticalFiles). Its
//   budget sits a little above today's size so nothing grows unnoticed while
//   the code is cut further (README "Figures": 271.4 KB after the cuts in
//   the wasm's data, 267.1 KB with one insertion sort, 270.8 KB with the
//   result and the country list drawn in two frames; 275.6 KB once every
//   fact, tag and referral carries its publisher, title and address and the
//   result prints them, issue 18 — the reviewers' notes and `says` are left
//   out of the wasm by crates/core/build.rs); 296.4 KB once the top-20
//   country cards carry their documents' summaries, every deadline its six
//   texts, the summary its one-page layout and the start screen the review
//   figures (docs/performance.md, "Size": what it cost and why); 305.9 KB
//   once the app's state is read-only with named actions (+7.4 KB), the page
//   before the app hands over one state object (+2.8 KB), and the document's
//   HTML is written with maud (-0.7 KB); 306.3 KB once lookups take a
//   message id type, never a string (+0.5 KB) (docs/performance.md, "Size
//   after the house").
// The language files fetched after the first screen count in neither; the
// whole first visit is printed for information.
import { criticalFiles, firstQuestionFiles, firstVisitFiles, sizes } from './sizes.mjs';

const FIRST_QUESTION = 150 * 1024;
const APP = 308 * 1024;
const dir = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
for (const [what, files, budget] of [
  ['the first question', firstQuestionFiles(dir), FIRST_QUESTION],
  ['the app', criticalFiles(dir), APP],
]) {
  const rows = await sizes(dir, files);
  const total = rows.reduce((s, r) => s + r.brotli, 0);
  console.log(`size budget: ${kb(total)} KB brotli for ${what} (${files.join(' ')}; budget ${kb(budget)} KB)`);
  if (total > budget) {
    failed = true;
    console.error(`size budget exceeded for ${what}:`);
    for (const r of rows) console.error(`  ${r.file}: ${r.brotli} B brotli`);
  }
}
const all = (await sizes(dir, firstVisitFiles(dir))).reduce((s, r) => s + r.brotli, 0);
console.log(`whole first visit with every language: ${kb(all)} KB brotli`);
if (failed) process.exit(1);
