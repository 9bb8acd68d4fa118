/**
 * Service-worker static routes (Chromium 123+; other browsers ignore this file's listeners), loaded
 * into the generated worker with workbox's importScripts (vite.config.ts).
 *
 * 1. When the whole library is kept offline (scripts/offlinePolicy.ts), the build lists its article
 *    pages in /sw-pages.json. At install they are stored in a cache of this worker's own, and a route
 *    answers a navigation to exactly one of those URLs from that cache: neither the network nor the
 *    worker is waited for (a warm visit raced the network against the worker, and the worker's start
 *    delayed the text; bench section 2). A page and the assets it names come from the same install,
 *    so they always match; a new version's pages replace them only when it activates.
 * 2. Every other navigation goes to the worker's fetch handler (the network, else the precached
 *    shell). It used to race the network against the handler; in Chromium 150, offline, that race
 *    sometimes aborted the handler's answer after it had begun, and the navigation hung (CI traces:
 *    the shell's 200 ending in net::ERR_ABORTED). A cache route could not do it either: it answers a
 *    miss from the network, never from the worker.
 *
 * Not routed: the assets. The browser's cache lookup honours `Vary` where workbox's does not: behind
 * a server that sends `Vary: Origin` (vite preview does) every module script missed, and offline the
 * app did not load. Navigations carry no Origin header, so a page's lookup is not affected.
 */
const PAGES_PREFIX = 'margin-pages-';
// A cache per installed worker: the active worker's route keeps reading its own pages while a new
// version installs beside it.
const PAGES_CACHE = PAGES_PREFIX + (self.crypto && typeof self.crypto.randomUUID === 'function' ? self.crypto.randomUUID() : String(Date.now()));

/** A URLPattern pathname matching exactly this path (its syntax characters escaped). */
function exactPath(path) {
  return path.replace(/[\\:*?+(){}]/g, (c) => '\\' + c);
}

/** The pages stored for the route, or none when there is no list or any page could not be stored. */
async function storePages() {
  try {
    const response = await fetch('/sw-pages.json', { cache: 'no-store' });
    if (!response.ok) return [];
    const list = await response.json();
    const pages = Array.isArray(list && list.pages) ? list.pages.filter((p) => typeof p === 'string' && p.startsWith('/a/')) : [];
    if (pages.length === 0) return [];
    const cache = await caches.open(PAGES_CACHE);
    // All or nothing: a route over a half-filled cache would send the missing pages to the network.
    await cache.addAll(pages);
    return pages;
  } catch {
    await caches.delete(PAGES_CACHE).catch(() => undefined);
    return [];
  }
}

self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  event.waitUntil(
    (async () => {
      const pages = await storePages();
      if (pages.length === 0) return;
      const condition = { or: pages.map((p) => ({ requestMode: 'navigate', urlPattern: { pathname: exactPath(p), search: '' } })) };
      try {
        await event.addRoutes([{ condition, source: { cacheName: PAGES_CACHE } }]);
      } catch {
        // Too many conditions for this browser, or a source it lacks: no route, the worker answers.
        await caches.delete(PAGES_CACHE).catch(() => undefined);
      }
    })().catch(() => undefined),
  );
});

self.addEventListener('activate', (event) => {
  // Earlier versions' pages: their routes went with them.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PAGES_PREFIX) && n !== PAGES_CACHE).map((n) => caches.delete(n))))
      .catch(() => undefined),
  );
});
