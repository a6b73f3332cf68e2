// Prints the gzipped size of what each page loads (the first visit is index.html; the profile
// page profiel.html is loaded only when it is opened) and fails when a page is above the budget.
// Usage: node scripts/size.mjs dist
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The first visit is what issue 2 budgets: 250 KB; the school scan's questions (scan.html) moved
// off it to make room for the lists, and keep that bar. The other pages load only when opened, each
// with its own bar: the profile page 275 KB (it gained the adviser's comments and sharing), the
// LEA meeting tool 300 KB, and the adviser workspace 350 KB (both lists, every profile view,
// comparison, and deflate for share links); the data page (backup and restore) 275 KB; the lists page 300 KB (the CSV parser and both whole lists); the peer-review page 300 KB (both lists, profiles and matching, guides). Each is its own wasm: see src/route.rs, `Page`.
const BUDGETS_KB = { 'index.html': 250, 'scan.html': 250, 'profiel.html': 275, 'lea.html': 300, 'werkplek.html': 350, 'gegevens.html': 275, 'lijsten.html': 300, 'consultatie.html': 300 };
const dist = process.argv[2] ?? 'dist';
const PAGES = [['index.html', 'first visit (index.html)'], ['scan.html', 'school scan (scan.html)'], ['profiel.html', 'profile page (profiel.html)'], ['lea.html', 'LEA screening page (lea.html)'], ['werkplek.html', 'adviser workspace (werkplek.html)'], ['gegevens.html', 'data page (gegevens.html)'], ['lijsten.html', 'lists page (lijsten.html)'], ['consultatie.html', 'peer review (consultatie.html)']];
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
let failed = false;

for (const [page, title] of PAGES) {
  const html = readFileSync(join(dist, page), 'utf8');
  // Everything the page pulls in: stylesheets, the JS glue, and the wasm it preloads.
  const refs = new Set();
    // Attribute values may be unquoted: the HTML is minified.
  for (const match of html.matchAll(/(?:href|src)=["']?(?:\.?\/)?([^"'\s>]+\.(?:css|js|wasm))/g)) refs.add(match[1]);
  if (![...refs].some((f) => f.endsWith('.wasm')) || ![...refs].some((f) => f.endsWith('.js'))) {
    console.error(`size: could not find the wasm and JS in ${dist}/${page}`);
    process.exit(1);
  }
  let total = 0;
  console.log(`\n${title}`);
  console.log('  file'.padEnd(50), 'raw'.padStart(10), 'gzipped'.padStart(10));
  // The page itself counts too (index.html carries the start page's static first paint).
  for (const file of [page, ...[...refs].sort()]) {
    const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    total += gz;
    console.log(`  ${file}`.padEnd(50), kb(statSync(join(dist, file)).size), kb(gz));
  }
  const budget = BUDGETS_KB[page];
  console.log(`  total (gzipped)`.padEnd(61), kb(total), ` budget ${budget} KB`);
  if (total > budget * 1024) {
    console.error(`SIZE BUDGET EXCEEDED for ${page}: ${(total / 1024).toFixed(1)} KB > ${budget} KB`);
    failed = true;
  }
}
if (failed) process.exit(1);
