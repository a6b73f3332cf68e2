// A static server for dist/ that gzips every answer, as a real host does (python's does not):
// for the throttled loads of scripts/bench.mjs and the Lighthouse run of scripts/lighthouse.mjs.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };

/**
 * Serves `dir` on 127.0.0.1:`port`; returns the server (call `.close()`).
 *
 * With `line` ({ latencyMs, bitsPerSecond }) the server is itself a slow line: every answer
 * starts one round trip late, and all answers share the bandwidth, a page's and its service
 * worker's alike. Chromium's own throttling (DevTools Protocol) slows only the page's requests,
 * never its service worker's, so it cannot show the two competing on a slow line.
 * With `keepSeconds`, browsers may keep every answer that long without asking again (GitHub
 * Pages says ten minutes), instead of `no-cache`.
 */
export function serveGzipped(dir, port, { line, keepSeconds } = {}) {
  const sending = [];
  let pump;
  if (line) {
    const TICK_MS = 10;
    const bytesPerTick = (line.bitsPerSecond / 8 / 1000) * TICK_MS;
    pump = setInterval(() => {
      // Answers the browser stopped (a closed socket) leave the line.
      for (let i = sending.length - 1; i >= 0; i--) if (sending[i].response.destroyed) sending.splice(i, 1);
      // The line's bytes of this tick, shared alike between the answers under way.
      let left = bytesPerTick;
      while (left >= 1 && sending.length) {
        const share = Math.max(1, Math.floor(left / sending.length));
        for (const answer of [...sending]) {
          const chunk = answer.body.subarray(answer.sent, answer.sent + share);
          answer.response.write(chunk);
          answer.sent += chunk.length;
          left -= chunk.length;
          if (answer.sent >= answer.body.length) {
            answer.response.end();
            sending.splice(sending.indexOf(answer), 1);
          }
        }
      }
    }, TICK_MS);
    pump.unref();
  }
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, normalize(path).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) { response.writeHead(404); response.end(); return; }
    const body = gzipSync(readFileSync(file), { level: 9 });
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Cache-Control': keepSeconds ? `max-age=${keepSeconds}` : 'no-cache', 'Content-Length': body.length };
    if (!line) {
      response.writeHead(200, headers);
      response.end(body);
      return;
    }
    setTimeout(() => {
      response.writeHead(200, headers);
      sending.push({ body, sent: 0, response });
    }, line.latencyMs);
  }).listen(port, '127.0.0.1');
  server.on('close', () => clearInterval(pump));
  return server;
}
