// Where the wasm's bytes go, by crate and by function: reads the code and
// name sections of the cargo output (before wasm-bindgen and wasm-opt, which
// drop the names; proportions carry over). A size-hunting tool, not a test.
//   node scripts/wasm-breakdown.mjs [file.wasm] [top-n]
import { readFileSync } from 'node:fs';

const file = process.argv[2] || 'target/wasm32-unknown-unknown/release/wegwijzer.wasm';
const top = Number(process.argv[3] || 40);
const b = readFileSync(file);
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
const str = () => { const n = leb(); const s = b.toString('utf8', p, p + n); p += n; return s; };
const limits = () => { const f = leb(); leb(); if (f & 1) leb(); };

let imported = 0, data = 0;
const sizes = new Map(), names = new Map();
while (p < b.length) {
  const id = b[p++], size = leb(), end = p + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      str(); str();
      const kind = b[p++];
      if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; limits(); } else if (kind === 2) limits(); else if (kind === 3) p += 2; else { p++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const s = leb(); sizes.set(imported + i, s); p += s; }
  } else if (id === 11) {
    data = size;
  } else if (id === 0 && str() === 'name') {
    while (p < end) {
      const sub = b[p++], len = leb(), subEnd = p + len;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, str()); }
      p = subEnd;
    }
  }
  p = end;
}

// Rust's legacy mangling: _ZN <len><segment>... E, with $LT$-style escapes.
const ESC = { LT: '<', GT: '>', RF: '&', C: ',', SP: '@', BP: '*', u20: ' ', u7b: '{', u7d: '}', u27: "'", u5b: '[', u5d: ']', u3b: ';', u7e: '~', u21: '!' };
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    const m = name.slice(i).match(/^(\d+)/);
    if (!m) break;
    i += m[1].length;
    parts.push(name.slice(i, i + Number(m[1])));
    i += Number(m[1]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) || '')) parts.pop();
  return parts.join('::').replace(/^_\$/, '$').replace(/\$([A-Za-z0-9]+)\$/g, (_, e) => ESC[e] ?? e).replace(/\.\./g, '::');
}
const crateOf = (name) => {
  const d = demangle(name);
  const v0 = name.match(/^_R.*?C[sa-zA-Z0-9_]*?_(\d+)([a-z_][a-z0-9_]*)/);
  if (name.startsWith('_R') && v0) return v0[2];
  return (d.match(/([A-Za-z_][A-Za-z0-9_]*)::/) || [null, d])[1];
};
const byCrate = new Map();
let code = 0;
for (const [i, s] of sizes) {
  code += s;
  const c = crateOf(names.get(i) || '?');
  byCrate.set(c, (byCrate.get(c) || 0) + s);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${file}: code ${kb(code)} KB in ${sizes.size} functions, data ${kb(data)} KB`);
console.log('\nby crate (first path segment):');
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(kb(s), c);
console.log(`\nlargest ${top} functions:`);
for (const [i, s] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(kb(s), demangle(names.get(i) || `#${i}`).slice(0, 160));
