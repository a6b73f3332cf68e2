// Makes the build work offline and installable (issue 11), after every other build step:
// writes dist/sw.js (the service worker, with the list of this build's files and a version from
// their content), dist/pwa.js (registration and the update offer), dist/manifest.webmanifest, and
// links them from every page. Usage: node scripts/pwa.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { appFilesOf } from './start/app-files.mjs';

const dist = process.argv[2] ?? 'dist';
const here = new URL('./pwa/', import.meta.url);
const THEME = '#154273';

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split('\\').join('/')];
});

const icon = readdirSync(dist).find((f) => /^favicon.*\.svg$/.test(f));
if (!icon) throw new Error('pwa: no favicon in dist');
writeFileSync(join(dist, 'manifest.webmanifest'), readFileSync(new URL('manifest.webmanifest', here), 'utf8').replace('__THEME__', THEME).replace('__ICON__', icon));
// Every page loads it: minified like the JS glue (scripts/minify-js.mjs).
const register = await minify(readFileSync(new URL('register.js', here), 'utf8'), { compress: true, mangle: true });
writeFileSync(join(dist, 'pwa.js'), register.code);

const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
const head = `<link rel=manifest href=manifest.webmanifest><meta name=theme-color content="${THEME}"><script src=pwa.js defer></script>`;
for (const page of pages) {
  const path = join(dist, page);
  const html = readFileSync(path, 'utf8');
  if (html.includes('src=pwa.js')) continue;
  if (!html.includes('</head>')) throw new Error(`pwa: no </head> in ${page}`);
  writeFileSync(path, html.replace('</head>', `${head}</head>`));
}

// Everything a page can ask for, except the host's tools and the worker itself.
const files = walk(dist)
  .filter((f) => !f.startsWith('publiceren/') && f !== 'sw.js' && f !== '_headers')
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
// The worker fetches them in this order, a few at a time: each page with the files its head asks
// for, the pages people open most first (a new scan follows the start page), then the rest (the lists).
const PAGES_FIRST = ['index.html', 'scan.html', 'lea.html', 'profiel.html', 'werkplek.html', 'gegevens.html', 'lijsten.html', 'consultatie.html'];
const order = [];
const take = (file) => {
  if (files.includes(file) && !order.includes(file)) order.push(file);
};
// The start page's app, which its loader fetches only when needed on a first visit (data
// attributes, scripts/start-loader.mjs): after the new scan's page, which a first visit opens next.
const startApp = appFilesOf(readFileSync(join(dist, 'index.html'), 'utf8'));
for (const page of [...PAGES_FIRST, ...pages.sort()]) {
  if (!files.includes(page)) continue;
  take(page);
  const html = readFileSync(join(dist, page), 'utf8');
  for (const [, ref] of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)=["']?([^"' >]+)/g)) take(ref.replace(/^\.\//, '').replace(/[?#].*$/, ''));
  if (page === 'scan.html') startApp.forEach(take);
}
files.forEach(take);
const digest = (file) => createHash('sha256').update(readFileSync(join(dist, file))).digest('base64');
const entries = order.map((file) => [file, digest(file)]);
const worker = readFileSync(new URL('sw.js', here), 'utf8').replace('__VERSION__', version).replace('__FILES__', JSON.stringify(entries));
writeFileSync(join(dist, 'sw.js'), worker);
console.log(`pwa: ${files.length} files precached, version ${version}`);
