/**
 * Offline policy by size (README, "Offline"), shared by the service worker's build (vite.config.ts)
 * and the prerender: a library of up to PRECACHE_ALL_UP_TO articles is kept whole at the first visit;
 * a larger one keeps the app shell and entry points, and what the reader opens or saves.
 */
export const PRECACHE_ALL_UP_TO = 200;

export function precachesAll(articleCount: number): boolean {
  return articleCount <= PRECACHE_ALL_UP_TO;
}

/**
 * The prerendered pages the service worker keeps in Cache Storage and answers navigations from by a
 * static route (public/sw-routes.js reads this file at install): only for libraries kept whole, since
 * a route answers a miss from the network, never from the worker's offline fallback.
 */
export const SW_PAGES_FILE = 'sw-pages.json';

export function swPages(articleIds: readonly string[]): { pages: string[] } | null {
  if (!precachesAll(articleIds.length)) return null;
  return { pages: articleIds.map((id) => `/a/${encodeURIComponent(id)}`) };
}
