// A static server for dist/ that gzips every answer, as a real host does (python's does not):
// for the throttled loads of scripts/bench.mjs and the Lighthouse run of scripts/lighthouse.mjs.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };

/** Serves `dir` on 127.0.0.1:`port`; returns the server (call `.close()`). */
export function serveGzipped(dir, port) {
  return createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, normalize(path).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) { response.writeHead(404); response.end(); return; }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' });
    response.end(gzipSync(readFileSync(file), { level: 9 }));
  }).listen(port, '127.0.0.1');
}
