// Chromium's service-worker static routing (InstallEvent.addRoutes), imported into the generated
// worker: hashed assets come straight from the precache and navigations from the network, raced with
// the fetch handler (which still answers offline with the shell), without waiting for the worker
// to start. Browsers without static routing keep the fetch handler for everything.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  event.waitUntil(
    event
      .addRoutes([
        { condition: { urlPattern: { pathname: '/assets/*' } }, source: 'cache' },
        { condition: { requestMode: 'navigate' }, source: 'race-network-and-fetch-handler' },
      ])
      .catch(() => undefined),
  );
});
