// A small static file server that sends the headers the README recommends
// for production, so local runs and tests see the same policy. Every
// response, an error too, carries exactly those headers (and its type).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { HEADER_POLICY } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

export const HEADERS = {
  'Content-Security-Policy': HEADER_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cache-Control': 'no-cache',
};

/** The file a request path names inside the served folder, or null if the path is malformed. */
function fileFor(url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  path = normalize(path).replace(/^(\.\.[/\\])+/, '');
  return path.endsWith('/') ? path + 'index.html' : path;
}

/**
 * Serves `dir` on 127.0.0.1. `onRequest(path)` sees every request the
 * server receives, whoever made it (a page, a service worker, the browser).
 */
export function serve(dir, port = 0, { onRequest } = {}) {
  const server = createServer(async (req, res) => {
    onRequest?.(req.url);
    const path = fileFor(req.url);
    const fail = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS });
      res.end(text);
    };
    if (path === null) return fail(400, 'bad request');
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', ...HEADERS });
      res.end(body);
    } catch {
      fail(404, 'not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  serve(dir, Number(port));
}
