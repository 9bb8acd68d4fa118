// Chromium's service-worker static routing (InstallEvent.addRoutes), imported into the generated
// worker: hashed assets come straight from the precache (or the network when missing) without
// starting the worker. Navigations stay with the fetch handler, which answers offline with the
// shell (a raced network route broke that under emulated offline); navigation preload starts their
// network request while the worker boots. Browsers without static routing use the fetch handler.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  event.waitUntil(event.addRoutes([{ condition: { urlPattern: { pathname: '/assets/*' } }, source: 'cache' }]).catch(() => undefined));
});
