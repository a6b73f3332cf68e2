// Prints the gzipped size of the files a first visit loads (from dist/index.html) and fails
// above the budget. Usage: node scripts/size.mjs dist
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

// Everything index.html pulls in: stylesheets, the JS glue, and the wasm it preloads.
const refs = new Set();
for (const match of html.matchAll(/(?:href|src)="\/?([^"]+\.(?:css|js|wasm))"/g)) refs.add(match[1]);
if (![...refs].some((f) => f.endsWith('.wasm')) || ![...refs].some((f) => f.endsWith('.js'))) {
  console.error(`size: could not find the wasm and JS in ${dist}/index.html`);
  process.exit(1);
}

let total = 0;
const rows = [];
for (const file of [...refs].sort()) {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  rows.push([file, statSync(join(dist, file)).size, gz]);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzipped'.padStart(10));
for (const [file, raw, gz] of rows) console.log(file.padEnd(48), kb(raw), kb(gz));
console.log('first visit total (gzipped)'.padEnd(59), kb(total), ` budget ${BUDGET_KB} KB`);
if (total > BUDGET_KB * 1024) {
  console.error(`SIZE BUDGET EXCEEDED: ${(total / 1024).toFixed(1)} KB > ${BUDGET_KB} KB`);
  process.exit(1);
}
