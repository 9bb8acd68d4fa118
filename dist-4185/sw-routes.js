/**
 * A service-worker static route (Chromium 123+; other browsers ignore this file's listener),
 * loaded into the generated worker with workbox's importScripts (vite.config.ts).
 *
 * Without it a warm visit waits for the worker to start before the page is even requested (bench
 * section 2's diagnostic row). With it navigations race the network against the worker's fetch
 * handler: online the network usually wins without waiting for the worker; offline the handler
 * answers with the precached shell.
 *
 * Not routed: the assets. A `cache` route answers a miss from the network, never from the worker,
 * and the browser's cache lookup honours `Vary` where workbox's does not: behind a server that sends
 * `Vary: Origin` (vite preview does) every module script missed, and offline the app did not load.
 */
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  try {
    event.waitUntil(
      event.addRoutes({ condition: { requestMode: 'navigate' }, source: 'race-network-and-fetch-handler' }).catch(() => undefined),
    );
  } catch {
    // A browser without this source may throw at once: the worker still installs, without the route.
  }
});
