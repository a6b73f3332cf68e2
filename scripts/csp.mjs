// Makes the Content-Security-Policy strict after the build: the inline loader that Trunk writes
// into each page is allowed by its SHA-256 hash instead of 'unsafe-inline', and the same policy
// is written as HTTP headers (dist/_headers, the format Netlify and Cloudflare Pages read) with
// `frame-ancestors 'none'`, which a <meta> policy cannot carry. Usage: node scripts/csp.mjs dist
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const dist = process.argv[2] ?? 'dist';
const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
const headers = [];
for (const page of pages) {
  const path = join(dist, page);
  const html = readFileSync(path, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error(`csp: no inline loader in ${page}`);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`).join(' ');
  const meta = html.match(/<meta content="([^"]*)" http-equiv=Content-Security-Policy>/);
  if (!meta || !meta[1].includes("'unsafe-inline'")) throw new Error(`csp: no policy with 'unsafe-inline' to replace in ${page}`);
  const policy = meta[1].replace("'unsafe-inline'", hashes);
  writeFileSync(path, html.replace(meta[1], policy));
  const route = page === 'index.html' ? ['/', '/index.html'] : [`/${page}`];
  for (const r of route) headers.push(`${r}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`);
}
writeFileSync(join(dist, '_headers'), headers.join('\n'));
console.log(`csp: ${pages.length} pages hashed, dist/_headers written`);
