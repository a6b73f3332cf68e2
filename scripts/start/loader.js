// The start page's loader, in place of Trunk's (index.html only; scripts/start-loader.mjs writes
// it in, with the app's files as data attributes). The first visit's start page is its static
// first paint: it already is the whole page for someone with nothing stored, and its links work.
// So for them the app (about 210 KB) is loaded only when something needs it: a language chosen, a
// profile file chosen or dropped, a list the website publishes, another tab that stores something,
// or another screen of this file. Everyone else gets the app at once, as before. Either way a
// control used before the app has come is not lost: it is done again by the app once it is there.
(() => {
  const root = document.documentElement;
  const { js, wasm, jsIntegrity, wasmIntegrity } = document.currentScript.dataset;
  // The first script of the head marks what the static page cannot show (English chosen, another
  // screen, something stored): then the app is needed now.
  const quiet = !['no-first-paint', 'no-first-paint-start', 'no-first-paint-rest'].some((name) => root.classList.contains(name));

  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
  const preload = (rel, href, integrity, as) => {
    const link = document.createElement('link');
    Object.assign(link, { rel, href, integrity, crossOrigin: 'anonymous' });
    if (as) Object.assign(link, { as, type: 'application/wasm' });
    document.head.append(link);
  };
  // The controls a person can reach, in document order, outside the update and offline bars.
  const focusable = (scope) => [...scope.querySelectorAll('a[href], button, input, [tabindex]')].filter((element) => !element.closest('.update-offer'));
  // The static page's controls, and the last of them that had the focus (set once it is parsed).
  let staticControls = [];
  let lastFocused = null;

  let starting = null;
  let tries = 0;
  /** Loads and starts the app once; resolves when it has drawn itself. */
  const start = () => {
    starting ??= (async () => {
      // A try after one that failed (offline, say) asks for both files by another name: the
      // browser keeps a module that failed to come as failed, and would hand the failed preload
      // of the wasm to its fetch. The service worker serves those names from its cache too.
      const again = tries++ ? `?try=${tries}` : '';
      preload('modulepreload', js + again, jsIntegrity);
      preload('preload', wasm + again, wasmIntegrity, 'fetch');
      // The app draws itself into the whole body: not before the page is parsed.
      await parsed;
      const bindings = await import(js + again);
      const instance = await bindings.default({ module_or_path: wasm + again });
      // The app removed the static page in the task in which it drew the same page. A control
      // that had the focus then leaves it nowhere: it goes to the same control in the app's page
      // (the same place among the page's controls).
      const lost = !document.activeElement || document.activeElement === document.body;
      const at = staticControls.indexOf(lastFocused);
      if (lost && lastFocused && !lastFocused.isConnected && at >= 0) focusable(document.body)[at]?.focus({ preventScroll: true });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
    })().catch((error) => {
      starting = null; // offline before the app was kept, say: the next use tries again
      throw error;
    });
    return starting;
  };
  // The page's first script says that the app could not be fetched (index.html). Not for a start
  // that no one asked for (another tab, a published list): that one waits for the next use.
  const failed = () => dispatchEvent(new Event('samenscan-app-failed'));
  /** Does `then` once the app is there (its effects have run): at once, or after starting it. */
  const whenStarted = (then) => {
    // A busy pointer, and for a screen reader a page that is being updated, until the app is there.
    const firstPaint = document.getElementById('first-paint');
    root.classList.add('app-starting');
    firstPaint?.setAttribute('aria-busy', 'true');
    start()
      .then(() => setTimeout(then))
      .catch(failed)
      .finally(() => {
        root.classList.remove('app-starting');
        firstPaint?.removeAttribute('aria-busy');
      });
  };
  const filesOf = (files) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    return transfer;
  };

  if (quiet) {
    root.dataset.start = 'quiet'; // pwa.js: this page is ready once it has loaded
    // Another screen of this file (an old link, say): the app sends it to its page.
    addEventListener('hashchange', () => {
      if (!/^#?\/?$/.test(location.hash)) start();
    });
    addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith('samenscan.')) start();
    });
    // Back from another page, which may have stored a scan.
    addEventListener('pageshow', (event) => {
      if (event.persisted) start();
    });
    // A website that publishes its own lists: the app takes them in and says so (published_lists.rs).
    fetch('instruments/manifest.json', { cache: 'no-cache' })
      .then((response) => (response.ok ? response.text() : '{"lists":[]}'))
      .then((text) => {
        let lists;
        try {
          lists = JSON.parse(text).lists;
        } catch {}
        if (!Array.isArray(lists) || lists.length > 0) start();
      })
      .catch(() => {});
  } else {
    start().catch(failed);
  }

  parsed.then(() => {
    const firstPaint = document.getElementById('first-paint');
    if (!firstPaint) return;
    for (const control of firstPaint.querySelectorAll(':disabled')) control.disabled = false;
    staticControls = focusable(firstPaint);
    if (firstPaint.contains(document.activeElement)) lastFocused = document.activeElement;
    firstPaint.addEventListener('focusin', (event) => {
      lastFocused = event.target;
    });
    firstPaint.addEventListener('click', (event) => {
      const option = event.target.closest('.language-switch__option');
      // The language already chosen: nothing to do, as in the app.
      if (option && option.getAttribute('aria-pressed') !== 'true') {
        whenStarted(() => {
          const chosen = document.querySelector(`.language-switch__option[lang="${option.lang}"]`);
          chosen?.click();
          chosen?.focus();
        });
      } else if (event.target.closest('.skip-link')) {
        // As the app's skip link: a plain #main would be taken for a screen.
        event.preventDefault();
        firstPaint.querySelector('#main')?.focus();
      }
    });
    firstPaint.addEventListener('change', (event) => {
      const input = event.target;
      if (!input.matches('.picker__input') || input.files.length === 0) return;
      const files = [...input.files];
      whenStarted(() => {
        const picker = document.querySelector(`[data-testid="${input.dataset.testid}"]`);
        if (!picker) return;
        picker.files = filesOf(files).files;
        picker.focus();
        picker.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
    // The whole start page takes a dropped profile file, as the app's does.
    firstPaint.addEventListener('dragover', (event) => {
      if (event.target.closest('[data-testid=drop-zone]')) event.preventDefault();
    });
    firstPaint.addEventListener('drop', (event) => {
      if (!event.target.closest('[data-testid=drop-zone]')) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      whenStarted(() => {
        document.querySelector('[data-testid=drop-zone]')?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: filesOf(files) }));
      });
    });
  });
})();
