// Sizes of the files a first visit downloads: raw, gzip -9 and brotli -q 11.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** What a first visit fetches: the page, and everything the service worker keeps for offline use. */
export function firstVisitFiles(dir) {
  return readdirSync(dir).filter((f) => !f.endsWith('.map')).sort();
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
