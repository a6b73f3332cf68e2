// Registers the service worker (offline use) and offers a new version when one is ready. Plain
// script, own file (the Content-Security-Policy allows only our own scripts). The offer never
// reloads by itself: every answer is saved as it is typed, and the user chooses when.
(() => {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const english = () => (localStorage.getItem('samenscan.lang') || '').includes('en');
  let chosen = false;
  const offer = (worker) => {
    if (document.getElementById('update-offer')) return;
    const box = document.createElement('div');
    box.id = 'update-offer';
    box.className = 'update-offer';
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = english() ? 'There is a new version of Samenscan.' : 'Er is een nieuwe versie van Samenscan.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--small';
    button.textContent = english() ? 'Refresh' : 'Vernieuwen';
    button.addEventListener('click', () => {
      chosen = true;
      // Still waiting: it takes over and every page reloads on `controllerchange`. Already taken
      // over (another tab chose it first, and this page's controller changed then): reload now.
      if (worker.state === 'installed') worker.postMessage('samenscan-update');
      else location.reload();
    });
    box.append(text, ' ', button);
    document.body.append(box);
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (chosen) location.reload();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      // The browser looks for a new build when a page is loaded. A page left open (the LEA meeting
      // on a projector, the workspace all day) looks too when it is shown again, and every hour.
      const look = () => registration.update().catch(() => {});
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') look();
      });
      setInterval(look, 60 * 60 * 1000);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }).catch(() => {});
  });
})();
