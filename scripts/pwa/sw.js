// Samenscan's service worker, written by scripts/pwa.mjs at build time: it keeps every file of
// this build (all pages, their wasm, styles and the lists) so that the app works offline after
// the first visit. It caches nothing from another origin and never sees answers: those stay in
// local storage. A new build waits until the page offers "Vernieuwen" and the user chooses it.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const scope = () => new URL(self.registration.scope);
// Named after the folder too: two copies of Samenscan on one origin (say two project sites on one
// GitHub Pages domain) each keep their own files, and neither deletes the other's on an update.
const CACHE = `samenscan-${VERSION} ${scope().pathname}`;
const ours = (key) => key.startsWith('samenscan-') && key.endsWith(` ${scope().pathname}`);
// Fetched fresh when online (a host may publish lists after the build), from the cache offline.
const FRESH = /\/instruments\/(manifest\.json|[^/]+\.lijst)$/;

const urlOf = (file) => new URL(file, scope()).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(urlOf))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map(async (k) => {
        // Older builds named their cache without the folder: theirs only if it holds this folder's start page.
        const older = /^samenscan-[0-9a-f]{16}$/.test(k) && Boolean(await (await caches.open(k)).match(urlOf('index.html')));
        if (ours(k) || older) await caches.delete(k);
      })))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'samenscan-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(scope().href)) return;
  // The folder itself is the start page.
  const key = url.pathname === scope().pathname ? urlOf('index.html') : url.origin + url.pathname;
  if (FRESH.test(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(key).then((hit) => hit || Response.error())));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key).then((hit) => hit || fetch(request))),
  );
});
