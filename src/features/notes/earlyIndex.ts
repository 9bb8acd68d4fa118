/** The article titles, asked for before the application is there (boot.ts, earlyStart.ts). */

/** The article index (src/articles/getIndex.ts, INDEX_URL; earlyStart.test.ts checks they agree). */
export const EARLY_INDEX_URL = '/articles/index.json';

/**
 * The index's JSON, or undefined for anything but a JSON answer (offline, missing, an HTML fallback,
 * a bad body): the page's own fetch then asks again and says what went wrong.
 */
export function fetchIndexJson(): Promise<unknown> {
  return fetch(EARLY_INDEX_URL)
    .then((r) => (r.ok && !(r.headers.get('content-type') ?? '').includes('text/html') ? (r.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
}

/** The titles in the index's JSON by article id (entries without a string id and title are left out). */
export function titleMap(index: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  const articles = (index as { articles?: unknown } | null | undefined)?.articles;
  if (Array.isArray(articles)) {
    for (const a of articles as { id?: unknown; title?: unknown }[]) {
      if (typeof a?.id === 'string' && typeof a.title === 'string') titles.set(a.id, a.title);
    }
  }
  return titles;
}
