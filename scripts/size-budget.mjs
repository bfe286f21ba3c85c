// Fails the build when the first visit grows past the budget (brotli bytes).
// The project's target is 200 KB with every language; the build is above it
// today (see README "Figures": 16 languages of text alone are ~110 KB brotli,
// the Leptos code ~230 KB). The budget sits just above today's size so that
// nothing grows unnoticed while the code is cut towards the target.
import { firstVisitFiles, sizes } from './sizes.mjs';

const BUDGET = 400 * 1024;
const rows = await sizes('dist', firstVisitFiles('dist'));
const total = rows.reduce((s, r) => s + r.brotli, 0);
console.log(`size budget: first visit ${(total / 1024).toFixed(1)} KB brotli (budget ${BUDGET / 1024} KB, target 200 KB)`);
if (total > BUDGET) {
  console.error('size budget exceeded:');
  for (const r of rows) console.error(`  ${r.file}: ${r.brotli} B brotli`);
  process.exit(1);
}
