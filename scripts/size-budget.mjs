// Fails the build when what the first question needs grows past the budget
// (brotli -q 11, as a host would send it): the page, what it links and
// preloads, the scripts they import and the wasm (scripts/sizes.mjs
// criticalFiles). The language files fetched after the first screen do not
// count here; the whole first visit is printed for information.
//
// The target is 150 KB. The build is at about 283 KB (README
// "Figures"): the wasm alone is ~268 KB, of which Leptos views and the
// reactive system are the largest part. The budget sits a little above
// today's size so nothing grows unnoticed while the code is cut further.
import { criticalFiles, firstVisitFiles, sizes } from './sizes.mjs';

const TARGET = 150 * 1024;
const BUDGET = 288 * 1024;
const dir = process.argv[2] || 'dist';
const critical = await sizes(dir, criticalFiles(dir));
const total = critical.reduce((s, r) => s + r.brotli, 0);
const all = (await sizes(dir, firstVisitFiles(dir))).reduce((s, r) => s + r.brotli, 0);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`size budget: ${kb(total)} KB brotli before the first question (budget ${kb(BUDGET)} KB, target ${kb(TARGET)} KB); whole first visit with every language ${kb(all)} KB`);
if (total > BUDGET) {
  console.error('size budget exceeded:');
  for (const r of critical) console.error(`  ${r.file}: ${r.brotli} B brotli`);
  process.exit(1);
}
