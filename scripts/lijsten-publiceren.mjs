#!/usr/bin/env node
// Publishes the lists in a Samenscan site's instruments/ folder ("Eigen lijst publiceren" in the
// README). Every CSV file there is read with the app's own parser (compiled to wasm beside this
// script); each sound list gets its compiled form (name.lijst) beside it, and manifest.json names
// them. The app reads manifest.json at start. Needs Node.js 18 or newer; no Rust, no rebuild.
//
//   node publiceren/lijsten-publiceren.mjs [folder] [--en]
//
// The folder defaults to ../instruments beside this script. Exit code 1 when a file is refused:
// every problem is printed by line, and the manifest then names only the sound lists.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const lang = args.includes('--en') ? 'en' : 'nl';
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '..', 'instruments'));
const say = (nl, en) => (lang === 'nl' ? nl : en);

const { publish_lists: publishLists, read_list_file: readListFile } = createRequire(import.meta.url)(join(here, 'publish.js'));

let names;
try {
  names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
} catch (error) {
  console.error(say(`De map ${folder} kan niet worden gelezen: ${error.message}`, `The folder ${folder} cannot be read: ${error.message}`));
  process.exit(2);
}
// Read as the lists page reads a list: a file that a spreadsheet did not save as UTF-8 keeps its letters.
const sources = names.map((name) => {
  const { text, encoding } = JSON.parse(readListFile(readFileSync(join(folder, name))));
  if (encoding !== 'UTF-8') console.log(say(`${name}: gelezen als ${encoding} (niet als UTF-8 opgeslagen)`, `${name}: read as ${encoding} (not saved as UTF-8)`));
  return [name, text];
});
const result = JSON.parse(publishLists(JSON.stringify(sources), lang));

// Compiled lists of an earlier run that the manifest no longer names are removed.
for (const old of readdirSync(folder).filter((n) => n.endsWith('.lijst'))) {
  if (!result.files.some(([name]) => name === old)) unlinkSync(join(folder, old));
}
for (const [name, text] of result.files) writeFileSync(join(folder, name), text);
writeFileSync(join(folder, 'manifest.json'), result.manifest);

const manifest = JSON.parse(result.manifest);
for (const entry of manifest.lists) console.log(say(`gepubliceerd: ${entry.source} → ${entry.title} (${entry.version})`, `published: ${entry.source} → ${entry.title} (${entry.version})`));
for (const name of result.builtIn) console.log(say(`ingebouwd, niet nodig: ${name}`, `built in, not needed: ${name}`));
for (const [name, problems] of result.refused) {
  console.error(say(`NIET gepubliceerd: ${name}`, `NOT published: ${name}`));
  for (const problem of problems) console.error(`  ${problem}`);
}
console.log(say(`${join(folder, 'manifest.json')} noemt ${manifest.lists.length} lijst(en).`, `${join(folder, 'manifest.json')} names ${manifest.lists.length} list(s).`));
process.exit(result.refused.length > 0 ? 1 : 0);
