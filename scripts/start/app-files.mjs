// The files of the start page's app that its loader holds (scripts/start-loader.mjs writes them as
// the loader's `data-js` and `data-wasm`), as paths inside dist/. For the scripts that must count
// or keep them without the page asking for them in its head: size.mjs and pwa.mjs.
export const appFilesOf = (html) => [...html.matchAll(/\sdata-(?:js|wasm)=["']?([^"'\s>]+)/g)].map(([, ref]) => ref.replace(/^\.?\//, ''));
