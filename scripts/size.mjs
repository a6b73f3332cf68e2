// Prints the gzipped size of what each page loads (the first visit is index.html; the profile
// page profiel.html is loaded only when it is opened) and fails when a page is above the budget.
// Usage: node scripts/size.mjs dist
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appFilesOf } from './start/app-files.mjs';

// Issue 11 budgets the first visit at 150 KB: everything a first visitor's start page loads. With
// nothing stored that page is its own HTML (scripts/start/loader.js); the app, which its loader
// fetches for a returning user or when a first visitor uses the language switch or opens a
// profile, keeps issue 2's bar of 250 KB (the school scan's questions moved off it to make room
// for the lists). The other pages load only when opened, each with its own bar: the school scan
// 250 KB; the profile page 275 KB (it gained the adviser's comments and sharing), the LEA meeting
// tool 300 KB, and the adviser workspace 350 KB (both lists, every profile view, comparison, and
// deflate for share links); the data page (backup and restore) 275 KB; the lists page 300 KB (the
// CSV parser and both whole lists); the peer-review page 300 KB (both lists, profiles and
// matching, guides). Each is its own wasm: see src/route.rs, `Page`.
const dist = process.argv[2] ?? 'dist';
// [page, title, budget in KB, what counts]: 'page' is what the page's HTML pulls in (stylesheets,
// the JS glue, the wasm it preloads); 'first visit' adds the icon, the web app manifest and the
// list manifest that the browser and the page fetch too, and leaves the app its loader holds back;
// 'app' is the page with the app its loader fetches.
const PAGES = [
  ['index.html', 'first visit (index.html, nothing stored yet)', 150, 'first visit'],
  ['index.html', 'start page with something stored, or used (index.html and its app)', 250, 'app'],
  ['scan.html', 'school scan (scan.html)', 250, 'page'],
  ['profiel.html', 'profile page (profiel.html)', 275, 'page'],
  ['lea.html', 'LEA screening page (lea.html)', 300, 'page'],
  ['werkplek.html', 'adviser workspace (werkplek.html)', 350, 'page'],
  ['gegevens.html', 'data page (gegevens.html)', 275, 'page'],
  ['lijsten.html', 'lists page (lijsten.html)', 300, 'page'],
  ['consultatie.html', 'peer review (consultatie.html)', 300, 'page'],
];
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const clean = (ref) => ref.replace(/^\.?\//, '');
let failed = false;

for (const [page, title, budget, counts] of PAGES) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = new Set();
  // Attribute values may be unquoted: the HTML is minified.
  for (const match of html.matchAll(/\s(?:href|src)=["']?([^"'\s>]+\.(?:css|js|wasm))/g)) refs.add(clean(match[1]));
  const held = appFilesOf(html);
  if (counts === 'app') held.forEach((ref) => refs.add(ref));
  if (counts === 'first visit') {
    if (held.length !== 2) {
      console.error(`size: the start page's loader in ${dist}/${page} should hold back its JS glue and wasm`);
      process.exit(1);
    }
    for (const match of html.matchAll(/\shref=["']?([^"'\s>]+\.(?:svg|webmanifest))/g)) refs.add(clean(match[1]));
    refs.add('instruments/manifest.json');
  } else if (![...refs].some((f) => f.endsWith('.wasm')) || ![...refs].some((f) => f.endsWith('.js'))) {
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
  console.log(`  total (gzipped)`.padEnd(61), kb(total), ` budget ${budget} KB`);
  if (total > budget * 1024) {
    console.error(`SIZE BUDGET EXCEEDED for ${title}: ${(total / 1024).toFixed(1)} KB > ${budget} KB`);
    failed = true;
  }
}
if (failed) process.exit(1);
