// Puts the start page's own loader (scripts/start/loader.js) in place of the one Trunk writes into
// dist/index.html: the app's JS glue and wasm, with their integrity hashes, become data attributes
// of the loader, which fetches them at once or when they are first needed (a first visit with
// nothing stored needs them only when a person uses the language switch or opens a profile).
// After scripts/minify-js.mjs (which sets the final hashes), before scripts/csp.mjs (which allows
// the loader by its hash). Usage: node scripts/start-loader.mjs dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const path = join(dist, 'index.html');
let html = readFileSync(path, 'utf8');

/** Takes the one element `pattern` matches out of the page, and returns it. */
const takeOut = (pattern, what) => {
  const found = html.match(pattern);
  if (!found) throw new Error(`start-loader: no ${what} in ${path}`);
  html = html.replace(found[0], '');
  return found[0];
};
const attribute = (element, name) => {
  const found = element.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  if (!found) throw new Error(`start-loader: no ${name} in ${element}`);
  return found[1] ?? found[2] ?? found[3];
};

const trunkLoader = takeOut(/<script type=["']?module["']?>[\s\S]*?<\/script>/, "Trunk's loader");
const glue = takeOut(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/, 'modulepreload link');
const binary = takeOut(/<link\b[^>]*\bhref=["']?[^"'\s>]*_bg\.wasm["']?[^>]*>/, 'wasm preload link');
const js = attribute(glue, 'href');
const wasm = attribute(binary, 'href');
// Trunk's loader must name the same two files: else this step no longer knows what it replaces.
if (!trunkLoader.includes(js) || !trunkLoader.includes(wasm)) throw new Error(`start-loader: Trunk's loader names other files than ${js} and ${wasm}`);

const { code } = await minify(readFileSync(new URL('./start/loader.js', import.meta.url), 'utf8'), { compress: true, mangle: true });
if (!code) throw new Error('start-loader: terser gave nothing');
const data = { js, wasm, 'js-integrity': attribute(glue, 'integrity'), 'wasm-integrity': attribute(binary, 'integrity') };
const loader = `<script ${Object.entries(data).map(([name, value]) => `data-${name}="${value}"`).join(' ')}>${code}</script>`;
// Right after the head's first script, whose classes say whether the app is needed at once: that
// script stays first (before the stylesheets), and the wasm's fetch starts as early as before.
const firstScript = html.indexOf('</script>');
if (firstScript < 0 || html.lastIndexOf('<link', firstScript) >= 0) throw new Error(`start-loader: the first script of ${path} is not before the stylesheets`);
html = html.slice(0, firstScript + 9) + loader + html.slice(firstScript + 9);
writeFileSync(path, html);
console.log(`start-loader: index.html loads ${js} and ${wasm} by its own loader`);
