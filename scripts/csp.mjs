// The Content-Security-Policy has one source: the meta tag in index.html.
// The server's header (scripts/static-server.mjs, and the README's nginx
// lines, printed by `node scripts/csp.mjs nginx`) is that policy plus what
// only a header can carry. The browser tests check both as served.
import { readFileSync } from 'node:fs';

/** Directives a meta tag cannot carry, so only the header has them. */
export const HEADER_ONLY = "frame-ancestors 'none'";

/** The policy in a page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function metaPolicy(html) {
  const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  return m ? m[1] : null;
}

const source = metaPolicy(readFileSync(new URL('../index.html', import.meta.url), 'utf8'));
if (!source) throw new Error('index.html has no Content-Security-Policy meta tag');

export const META_POLICY = source;
export const HEADER_POLICY = `${source}; ${HEADER_ONLY}`;

/** Directive name -> list of sources, in order. */
export function parsePolicy(policy) {
  const out = new Map();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    if (out.has(name.toLowerCase())) throw new Error(`directive written twice: ${name}`);
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

// Nothing leaves the device: every source is this origin or nothing, and the
// only exception to "no eval" is compiling the app's own wasm.
const ALLOWED = new Set(["'self'", "'none'"]);
const MUST = { 'default-src': null, 'script-src': null, 'object-src': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] };

/** What is wrong with a policy for this app (an empty list if nothing). */
export function policyProblems(policy) {
  let directives;
  try { directives = parsePolicy(policy); } catch (e) { return [e.message]; }
  const problems = [];
  for (const [name, sources] of directives) {
    for (const s of sources) {
      const ok = ALLOWED.has(s) || (name === 'script-src' && s === "'wasm-unsafe-eval'");
      if (!ok) problems.push(`${name} allows ${s}`);
    }
    if (sources.includes("'none'") && sources.length > 1) problems.push(`${name} mixes 'none' with other sources`);
  }
  for (const [name, want] of Object.entries(MUST)) {
    if (!directives.has(name)) problems.push(`${name} is missing`);
    else if (want && directives.get(name).join(' ') !== want.join(' ')) problems.push(`${name} must be ${want.join(' ')}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const line = process.argv[2] === 'nginx'
    ? `add_header Content-Security-Policy "${HEADER_POLICY}" always;`
    : `Content-Security-Policy: ${HEADER_POLICY}`;
  console.log(line);
}
