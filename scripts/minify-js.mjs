// Minifies the JS glue that wasm-bindgen writes (Trunk minifies CSS and HTML, not this file) and
// puts the new sub-resource-integrity hash into every page that loads it. About 2 KB gzipped per
// page, measured with scripts/size.mjs. Usage: node scripts/minify-js.mjs dist
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');

for (const file of files.filter((f) => f.endsWith('.js'))) {
  const path = join(dist, file);
  const source = readFileSync(path, 'utf8');
  const before = sri(source);
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  if (!code) throw new Error(`terser gave nothing for ${file}`);
  writeFileSync(path, code);
  const after = sri(code);
  let used = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    if (!html.includes(before)) continue;
    writeFileSync(join(dist, page), html.split(before).join(after));
    used += 1;
  }
  if (used === 0) throw new Error(`no page names the integrity hash of ${file}`);
}
