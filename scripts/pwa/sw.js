// Samenscan's service worker, written by scripts/pwa.mjs at build time: it keeps every file of
// this build (all pages, their wasm, styles and the lists) so that the app works offline after
// the first visit. It caches nothing from another origin and never sees answers: those stay in
// local storage. A new build waits until the page offers "Vernieuwen" and the user chooses it.
const VERSION = '__VERSION__';
const FILES = __FILES__; // [path, SHA-256 of the content (base64)], in the order they are fetched
const scope = () => new URL(self.registration.scope);
// Named after the folder too: two copies of Samenscan on one origin (say two project sites on one
// GitHub Pages domain) each keep their own files, and neither deletes the other's on an update.
const CACHE = `samenscan-${VERSION} ${scope().pathname}`;
const ours = (key) => key.startsWith('samenscan-') && key.endsWith(` ${scope().pathname}`);
// Fetched fresh when online (a host may publish lists after the build), from the cache offline.
const FRESH = /\/instruments\/(manifest\.json|[^/]+\.lijst)$/;

const urlOf = (file) => new URL(file, scope()).href;

// On a slow line the install would take the line from the page a person waits for (measured in
// scripts/bench.mjs: a new scan 4.5 s instead of 2.1 s). So the files come a few at a time, the
// most used pages first (scripts/pwa.mjs orders them), and while a page of this folder loads
// (pwa.js says so on a channel) the install waits, and the files under way are stopped and
// fetched again later. A page that never says it is ready stops holding the install after `until`.
const loading = new Map(); // page → until (ms)
const underWay = new Set(); // the AbortControllers of the files being fetched
// Three at a time: one round trip each would add up on a line with a long one (36 files).
const AT_ONCE = 3;
// Pages that load again and again (a reload loop) must not hold the install for ever: after this
// much waiting in all, it goes on regardless. A person's visit waits a few seconds at most.
const WAIT_AT_MOST_MS = 20_000;
let waited = 0;
let counted = 0; // the last moment counted in `waited` (the fetchers wait side by side)
const pageLoading = () => {
  for (const [page, until] of loading) if (until <= Date.now()) loading.delete(page);
  return loading.size > 0;
};
// A browser without the channel (Safari before 15.4) fetches without waiting, as before.
const channel = 'BroadcastChannel' in self ? new BroadcastChannel(`samenscan-load ${scope().pathname}`) : undefined;
channel?.addEventListener('message', ({ data }) => {
  if (!data || typeof data.page !== 'string') return;
  if (data.state === 'loading') {
    loading.set(data.page, Date.now() + Math.min(Number(data.ms) || 0, 30_000));
    if (waited < WAIT_AT_MOST_MS) for (const stop of underWay) stop.abort();
  } else if (data.state === 'ready') {
    loading.delete(data.page);
  }
  pageLoading(); // forgets pages that never said they were ready
});
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pagesLoaded = async () => {
  while (pageLoading() && waited < WAIT_AT_MOST_MS) {
    const from = Date.now();
    await pause(200);
    const to = Date.now();
    waited += Math.max(0, to - Math.max(from, counted));
    counted = Math.max(counted, to);
  }
};

const base64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const digestOf = async (response) => base64(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));

// A file whose content did not change since an older build of this folder is copied from that
// build's cache instead of downloaded again: an update fetches only what changed. The content is
// compared (SHA-256), not the name: a name keeps its hash when only a later build step changed
// the file. Responses are kept as they came, headers and all.
const olderBuilds = async () => Promise.all((await caches.keys()).filter((key) => key !== CACHE && ours(key)).map((key) => caches.open(key)));
const fromOlderBuild = async (older, url, digest) => {
  for (const build of older) {
    const hit = await build.match(url);
    if (hit && (await digestOf(hit)) === digest) return hit;
  }
  return undefined;
};

// The browser's HTTP cache may still hold a file of the build before (a host that lets browsers
// keep index.html for ten minutes, as GitHub Pages does): kept with this build, that page would
// ask for files this build no longer has. A file whose content is not this build's is asked of the
// host itself; a host that changes files as it serves them (say, minifying) is taken as it is.
const download = async (url, digest, signal) => {
  const response = await fetch(url, { signal });
  if (response.ok && (await digestOf(response)) === digest) return response;
  const again = await fetch(url, { signal, cache: 'reload' });
  if (!again.ok) throw new Error(`${url}: ${again.status}`);
  return again;
};

const keep = async (cache, older, [file, digest]) => {
  const url = urlOf(file);
  // Kept by an earlier try of this same build (an install cut short), or unchanged since an older one.
  if (await cache.match(url)) return;
  const unchanged = await fromOlderBuild(older, url, digest);
  if (unchanged) return cache.put(url, unchanged);
  for (;;) {
    await pagesLoaded();
    const stop = new AbortController();
    underWay.add(stop);
    try {
      await cache.put(url, await download(url, digest, stop.signal));
      return;
    } catch (error) {
      if (!stop.signal.aborted) throw error; // a real failure fails the install; the next visit tries again
    } finally {
      underWay.delete(stop);
    }
  }
};

// Once this build is kept, the browser answers its files from the cache by itself (the static
// routing API, Chromium 123 and later), without starting this worker and running its fetch
// handler for each one: the answer is the same, but a page after the first visit loads sooner.
// The folder's own address (the start page under another name), the lists fetched fresh and any
// address with a query still go to the fetch handler below; so does everything where the API is
// missing. A file missing from the cache goes to the network, as the handler does.
const escapePattern = (path) => path.replace(/[\\:*?+(){}]/g, '\\$&');
const routes = () => FILES.map(([file]) => new URL(urlOf(file)).pathname)
  .filter((path) => !FRESH.test(path))
  .map((pathname) => ({ condition: { urlPattern: { pathname: escapePattern(pathname), search: '' }, requestMethod: 'GET' }, source: { cacheName: CACHE } }));

self.addEventListener('install', (event) => {
  // Routes are only a shortcut: a browser that refuses them (too many, say) still has the fetch handler.
  try {
    if (typeof event.addRoutes === 'function') event.waitUntil(event.addRoutes(routes()).catch(() => {}));
  } catch {}
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    const older = await olderBuilds();
    const queue = [...FILES];
    const fetcher = async () => {
      while (queue.length) await keep(cache, older, queue.shift());
    };
    await Promise.all(Array.from({ length: AT_ONCE }, fetcher));
  }));
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
