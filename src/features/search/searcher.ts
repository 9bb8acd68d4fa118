/**
 * The search worker's logic (search.worker.ts wires it to messages; tests drive it directly).
 * Pagefind runs here, in this worker, not in its own: its worker posts every result of a query to
 * the page (8,000+ with their word positions for "ngu" at 10,000 articles) and keeps a callback per
 * result until the page's garbage collector releases it. Here only the hits shown cross to the page,
 * and only the last search's results are kept.
 */
import { excerptParts } from '../../domain/search/excerpt';
import { fromIndexText } from '../../domain/search/fold';
import { ExactCache, rankedSearch, type PagefindLike, type PagefindResult } from '../../domain/search/ranked';
import type { SearchAnswer, SearchFilters, SearchHit, SearchRequest } from './protocol';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
export type Pagefind = PagefindLike<PagefindData> & { preload(query: string, options?: Record<string, unknown>): Promise<void> };

async function toHit(result: PagefindResult<PagefindData>): Promise<SearchHit> {
  const d = await result.data();
  return {
    id: d.meta.id ?? d.url.replace(/^\/a\//, '').replace(/\/$/, ''),
    title: fromIndexText(d.meta.title ?? d.url),
    published: d.meta.date ?? null,
    source: d.meta.source ?? null,
    excerpt: excerptParts(d.excerpt),
  };
}

function pagefindOptions(filters: SearchFilters): Record<string, unknown> {
  const f: Record<string, string> = {};
  if (filters.source) f.source = filters.source;
  if (filters.year) f.year = filters.year;
  return Object.keys(f).length > 0 ? { filters: f } : {};
}

export function createSearcher(load: () => Promise<Pagefind>): (request: SearchRequest) => Promise<SearchAnswer | SearchHit[] | null> {
  const cache = new ExactCache();
  /** The newest search received: older ones still waiting are skipped, a running one stops at its next step. */
  let newest = 0;
  let current: { of: number; results: PagefindResult<PagefindData>[]; shown: number } | null = null;
  // One search at a time: rankedSearch toggles Pagefind's global exactDiacritics option.
  let queue: Promise<unknown> = Promise.resolve();

  const search = (id: number, query: string, filters: SearchFilters, first: number) => {
    newest = id;
    const run = queue.then(async (): Promise<SearchAnswer | null> => {
      if (id !== newest) return null;
      const results = await rankedSearch(await load(), query, pagefindOptions(filters), cache);
      if (id !== newest) return null;
      const hits = await Promise.all(results.slice(0, first).map(toHit));
      if (id !== newest) return null;
      current = { of: id, results, shown: hits.length };
      return { total: results.length, hits };
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return async (request) => {
    switch (request.kind) {
      case 'search':
        return search(request.id, request.query, request.filters, request.first);
      case 'more': {
        const c = current;
        if (!c || c.of !== request.of) return [];
        const next = c.results.slice(c.shown, c.shown + request.n);
        c.shown += next.length;
        return Promise.all(next.map(toHit));
      }
      case 'preload': {
        const pf = await load();
        if (request.query.trim()) await pf.preload(request.query);
        return null;
      }
    }
  };
}
