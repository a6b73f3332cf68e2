// Registers the service worker (offline use) and offers a new version when one is ready. Plain
// script, own file (the Content-Security-Policy allows only our own scripts). The offer never
// reloads by itself: every answer is saved as it is typed, and the user chooses when.
(() => {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const english = () => (localStorage.getItem('samenscan.lang') || '').includes('en');
  let chosen = false;
  // Room below the page for the bars, so that they never hide the end of the page, nor a field
  // that gets the focus behind them (the browser scrolls it above the padding).
  const room = () => {
    const bars = [...document.querySelectorAll('.update-offer')];
    const height = bars.length ? `${Math.max(...bars.map((b) => b.offsetHeight)) + 32}px` : '';
    document.documentElement.style.scrollPaddingBottom = height;
    document.body.style.paddingBottom = height;
  };
  const drop = (id) => {
    document.getElementById(id)?.remove();
    room();
  };
  const button = (label, onClick) => {
    const made = document.createElement('button');
    made.type = 'button';
    made.className = 'button button--small';
    made.textContent = label;
    made.addEventListener('click', onClick);
    return made;
  };
  /** A bar at the foot of the page, with one button. */
  const bar = (id, message, label, onClick) => {
    if (document.getElementById(id)) return;
    const box = document.createElement('div');
    box.id = id;
    box.className = 'update-offer';
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = message;
    box.append(text, ' ', button(label, onClick));
    document.body.append(box);
    room();
  };
  const offer = (worker) => {
    drop('offline-ready');
    bar('update-offer', english() ? 'There is a new version of Samenscan.' : 'Er is een nieuwe versie van Samenscan.', english() ? 'Refresh' : 'Vernieuwen', () => {
      chosen = true;
      // Still waiting: it takes over and every page reloads on `controllerchange`. Already taken
      // over (another tab chose it first, and this page's controller changed then): reload now.
      if (worker.state === 'installed') worker.postMessage('samenscan-update');
      else location.reload();
    });
  };
  // Chromium lets a page offer installing (`beforeinstallprompt`; Safari has no such event, and
  // the start page's reminder names the home screen there). The first visit's bar below offers
  // it, at the moment it says that Samenscan works offline. Later visits leave the offer to the
  // browser's own toolbar and banner.
  let installing = null;
  const offerInstall = () => {
    const ready = document.getElementById('offline-ready');
    if (!installing || !ready || document.getElementById('install-app')) return;
    const install = button(english() ? 'Install as an app' : 'Installeren als app', () => {
      const prompt = installing;
      installing = null;
      install.remove();
      prompt.prompt();
      prompt.userChoice.then((choice) => {
        if (choice.outcome === 'accepted') drop('offline-ready');
      }, () => {});
    });
    install.id = 'install-app';
    // Two buttons side by side, or one above the other on a narrow screen (app.css).
    const close = ready.querySelector('button');
    const buttons = document.createElement('span');
    buttons.className = 'update-offer__buttons';
    close.replaceWith(buttons);
    buttons.append(install, close);
    ready.classList.add('update-offer--two');
    room();
  };
  // A first visit is one whose page no worker served: the worker may take it over soon after (and
  // sooner on a first visit's start page, which waits for no app), before the browser offers.
  const firstVisit = !navigator.serviceWorker.controller;
  window.addEventListener('beforeinstallprompt', (event) => {
    if (!firstVisit) return;
    event.preventDefault();
    installing = event;
    offerInstall();
  });
  window.addEventListener('appinstalled', () => {
    installing = null;
    document.getElementById('install-app')?.remove();
  });
  // Said once, at the first visit, when every file is kept: people in a building with poor wifi
  // want to know that they can go on without it.
  const offlineReady = () => {
    drop('not-kept-yet');
    bar(
      'offline-ready',
      english() ? 'Samenscan now also works without internet in this browser.' : 'Samenscan werkt nu ook zonder internet in deze browser.',
      english() ? 'Close' : 'Sluiten',
      () => drop('offline-ready'),
    );
    offerInstall();
  };
  // The connection drops before every file is kept (a first visit, a meeting's wifi): this page
  // goes on working and keeps what is typed, but another page would not open yet.
  window.addEventListener('offline', () => {
    if (navigator.serviceWorker.controller) return;
    bar(
      'not-kept-yet',
      english()
        ? 'There is no internet, and Samenscan is not yet fully kept in this browser. What you fill in is saved. Stay on this page until the internet is back.'
        : 'Er is geen internet, en Samenscan staat nog niet helemaal in deze browser. Wat u invult, wordt bewaard. Blijf op deze pagina tot er weer internet is.',
      english() ? 'Close' : 'Sluiten',
      () => drop('not-kept-yet'),
    );
  });
  window.addEventListener('online', () => drop('not-kept-yet'));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (chosen) location.reload();
  });
  // The worker keeps every file of every page, about 2 MB. On a slow line that would take the line
  // from the page a person waits for. So this page says on a channel while it loads (the worker
  // then waits, sw.js), and registers the worker only once its own app has started and the
  // browser is idle.
  const page = `${Date.now()} ${Math.random()}`;
  const open = () => ('BroadcastChannel' in window ? new BroadcastChannel(`samenscan-load ${new URL('./', location.href).pathname}`) : null);
  let channel = open();
  const say = (state, ms) => channel?.postMessage({ page, state, ms });
  say('loading', 30_000);
  // Leaving: the next page is on its way, and says so itself once its HTML has come. The channel
  // is closed meanwhile: Chromium drops a kept page (back-forward cache) that a message reaches,
  // and the next page's would, so Back would load the page again instead of showing it at once.
  window.addEventListener('pagehide', () => {
    say('loading', 3_000);
    channel?.close();
    channel = null;
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    channel = open();
    say('ready');
  });
  const watchedWorkers = new WeakSet();
  const watch = (worker) => {
    if (!worker || watchedWorkers.has(worker)) return;
    watchedWorkers.add(worker);
    const first = !navigator.serviceWorker.controller;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      if (worker.state === 'activated' && first) offlineReady();
    });
  };
  const followed = new WeakSet();
  const follow = (registration) => {
    if (followed.has(registration)) return;
    followed.add(registration);
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    // The first install may be under way before `updatefound` can be heard.
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  };
  const registering = () => navigator.serviceWorker.register('sw.js').then(follow).catch(() => {});
  // The browser looks for a new build when a page is loaded. A page left open (the LEA meeting on
  // a projector, the workspace all day) looks too when it is shown again, when the connection
  // comes back, and every hour. A first install cut short (the connection dropped) leaves no
  // worker: then it registers again, and the install goes on where it stopped.
  const look = () => navigator.serviceWorker.getRegistration()
    .then((registration) => (registration?.active ? registration.update() : registering()))
    .catch(() => {});
  const register = () => {
    registering();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') look();
    });
    window.addEventListener('online', look);
    setInterval(look, 60 * 60 * 1000);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    say('ready');
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5_000 });
    else setTimeout(register, 500);
  };
  // Trunk's loader sets `wasmBindings` and then says the app has started; a page whose app never
  // starts still gets the worker, later. A first visit's start page needs no app until it is used
  // (scripts/start/loader.js): it is ready once it has loaded.
  if (window.wasmBindings) start();
  else window.addEventListener('TrunkApplicationStarted', start);
  const quiet = document.documentElement.dataset.start === 'quiet';
  window.addEventListener('load', () => (quiet ? start() : setTimeout(start, 10_000)));
})();
