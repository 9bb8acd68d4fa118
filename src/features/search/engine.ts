/**
 * The search engine: Pagefind's pagefind.js, built into /pagefind/ at build time (scripts/library).
 * It is loaded on the first search only, and fetches just the index chunks and fragments a query
 * needs. Searches run one at a time (rankedSearch toggles a global option); while one runs, only
 * the latest query typed waits, the ones typed in between are skipped.
 */
import { excerptParts, type ExcerptPart } from '../../domain/search/excerpt';
import { fromIndexText } from '../../domain/search/fold';
import { rankedSearch, type PagefindLike, type PagefindResult } from '../../domain/search/ranked';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
type Pagefind = PagefindLike<PagefindData> & { init(): Promise<void> };

export interface SearchHit {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  excerpt: ExcerptPart[];
}

export interface SearchFilters {
  source?: string | null;
  year?: string | null;
}

export interface SearchOutcome {
  query: string;
  filters: SearchFilters;
  total: number;
  hits: SearchHit[];
  /** Loads the data of the next results (Pagefind fetches their fragments then). */
  more: (n: number) => Promise<SearchHit[]>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let engine: Promise<Pagefind> | null = null;

export function loadEngine(): Promise<Pagefind> {
  if (!engine) {
    engine = (async () => {
      const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pf.options({ basePath: '/pagefind/', excerptLength: 28 });
      await pf.init();
      return pf;
    })();
    // A failed load (offline before the index was cached) is tried again at the next search.
    engine.catch(() => (engine = null));
  }
  return engine;
}

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

async function runSearch(query: string, filters: SearchFilters, first: number): Promise<SearchOutcome> {
  const pf = await loadEngine();
  const pfFilters: Record<string, string> = {};
  if (filters.source) pfFilters.source = filters.source;
  if (filters.year) pfFilters.year = filters.year;
  const results = await rankedSearch(pf, query, Object.keys(pfFilters).length > 0 ? { filters: pfFilters } : {});
  let shown = Math.min(first, results.length);
  const hits = await Promise.all(results.slice(0, shown).map(toHit));
  return {
    query,
    filters,
    total: results.length,
    hits,
    more: async (n) => {
      const next = await Promise.all(results.slice(shown, shown + n).map(toHit));
      shown += next.length;
      return next;
    },
  };
}

let running = false;
let waiting: { query: string; filters: SearchFilters; first: number; done: (o: SearchOutcome | Error) => void } | null = null;

/**
 * Searches, one at a time; a request that is overtaken by a newer one before it starts resolves
 * with null (its results would be stale by the time they painted). `first` is 10, a screenful: each
 * hit shown is one fragment request, and at 20 those were half of a keystroke's time.
 */
export function search(query: string, filters: SearchFilters = {}, first = 10): Promise<SearchOutcome | null> {
  return new Promise((resolve, reject) => {
    waiting?.done(new Error('superseded'));
    waiting = { query, filters, first, done: (o) => (o instanceof Error ? (o.message === 'superseded' ? resolve(null) : reject(o)) : resolve(o)) };
    void pump();
  });
}

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (waiting) {
      const job = waiting;
      waiting = null;
      try {
        job.done(await runSearch(job.query, job.filters, job.first));
      } catch (e) {
        job.done(e instanceof Error ? e : new Error(String(e)));
      }
    }
  } finally {
    running = false;
  }
}
