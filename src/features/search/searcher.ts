/**
 * The search worker's logic (search.worker.ts wires it to messages; tests drive it directly).
 * Pagefind runs here, in this worker, not in its own: its worker posts every result of a query to
 * the page (8,000+ with their word positions for "ngu" at 10,000 articles) and keeps a callback per
 * result until the page's garbage collector releases it. Here only the hits shown cross to the page,
 * and only the last search's results are kept.
 */
import { excerptParts } from '../../domain/search/excerpt';
import { fromIndexText } from '../../domain/search/fold';
import { chunksWorthLoading } from '../../domain/search/plan';
import { ExactCache, rankedSearch, RecentCache, type PagefindLike, type PagefindResult } from '../../domain/search/ranked';
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
    id: d.url.replace(/^\/a\//, '').replace(/\/$/, ''),
    title: fromIndexText(d.meta.title ?? d.url),
    published: d.meta.date ? fromIndexText(d.meta.date) : null,
    source: d.meta.source ? fromIndexText(d.meta.source) : null,
    excerpt: excerptParts(d.excerpt),
  };
}

function pagefindOptions(filters: SearchFilters): Record<string, unknown> {
  const f: Record<string, string> = {};
  if (filters.source) f.source = filters.source;
  if (filters.year) f.year = filters.year;
  return Object.keys(f).length > 0 ? { filters: f } : {};
}

/** The value remembered for `key`, or `make`'s, then remembered. */
async function remembered<T>(cache: RecentCache<T>, key: string, make: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = await make();
  cache.set(key, value);
  return value;
}

/** The answer stored at build time for a planned query with no filters, or null (scripts/library/searchAnswers.ts). */
export type StoredAnswers = {
  lookup(plannedQuery: string): Promise<SearchAnswer | null>;
  /** Starts fetching what `lookup` will need for queries starting like `text` (for '': what every query needs). */
  warm(text: string): void;
};

export function createSearcher(load: () => Promise<Pagefind>, stored?: StoredAnswers): (request: SearchRequest) => Promise<SearchAnswer | SearchHit[] | null> {
  const cache = new ExactCache();
  // The ranked results of the last few searches, by query and options (the same whatever came before):
  // "bo tr" falls back to "bo", searched a keystroke before; backspace goes back to a query just made.
  const recent = new RecentCache<PagefindResult<PagefindData>[]>(4);
  const indexed = new RecentCache<boolean>(64);
  /** The newest search received: older ones still waiting are skipped, a running one stops at its next step. */
  let newest = 0;
  // The results behind the hits shown; for a stored answer they are searched only when more are asked for.
  let current: { of: number; results: () => Promise<PagefindResult<PagefindData>[]>; shown: number } | null = null;
  // One search at a time: rankedSearch toggles Pagefind's global exactDiacritics option.
  let queue: Promise<unknown> = Promise.resolve();

  const ranked = async (query: string, options: Record<string, unknown>) =>
    query === '' ? [] : remembered(recent, JSON.stringify([query, options]), async () => rankedSearch(await load(), query, options, cache));

  /** How many pages `query` matches, if known without searching: searched a moment ago, or stored (no filters). */
  const knownTotal = async (query: string, options: Record<string, unknown>): Promise<number | null> => {
    const previous = recent.peek(JSON.stringify([query, options]));
    if (previous) return previous.length;
    if (!stored || Object.keys(options).length > 0) return null;
    return (await stored.lookup(query))?.total ?? null;
  };

  /**
   * Whether the last word of `query` (after `before`) is in the index. Pagefind leaves out a query
   * word no indexed word matches, so "bo tr" would answer for "bo" without saying so. Fewer results
   * than `before` had prove it is — its count from the keystroke before, or from its stored answer
   * (typing "nguyen xu" after a stored "nguyen": the lookup cost 20–40 ms); otherwise the word alone
   * is looked up by Pagefind's exact search (quoted: no prefix), one lookup per word.
   */
  const lastWordIndexed = async (query: string, before: string, found: number, options: Record<string, unknown>): Promise<boolean> => {
    const total = await knownTotal(before, options);
    if (total !== null && total !== found) return true;
    const word = query.slice(before.length).trim();
    return remembered(indexed, word, async () => ((await (await load()).search(`"${word}"`))?.results.length ?? 0) > 0);
  };

  /** Runs `task` after the searches before it (one Pagefind search at a time). */
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** For a stored answer: the query whose live results continue it ("more"). */
  const answerSource = (fallback: string | null) => (query: string, answer: SearchAnswer) => (answer.fallback && fallback !== null ? fallback : query);

  /**
   * The answer stored for `query` (no filters), its first hits, or null; `fellBack`: it answers a
   * query whose last word matched nothing. "More" continues it with the live search of `source`.
   */
  const storedAnswer = async (
    id: number,
    query: string,
    source: (query: string, answer: SearchAnswer) => string,
    first: number,
    fellBack: boolean,
  ): Promise<SearchAnswer | null> => {
    const answer = stored ? await stored.lookup(query) : null;
    if (!answer || answer.hits.length < Math.min(first, answer.total) || id !== newest) return null;
    const from = source(query, answer);
    let all: Promise<PagefindResult<PagefindData>[]> | undefined;
    const shown = Math.min(first, answer.hits.length);
    current = { of: id, results: () => (all ??= queued(() => ranked(from, {}))), shown };
    return { ...answer, hits: answer.hits.slice(0, shown), fallback: fellBack || answer.fallback };
  };

  const search = (id: number, query: string, fallback: string | null, filters: SearchFilters, first: number) => {
    newest = id;
    return queued(async (): Promise<SearchAnswer | null> => {
      if (id !== newest) return null;
      const options = pagefindOptions(filters);
      const none = Object.keys(options).length === 0;
      const direct = none ? await storedAnswer(id, query, answerSource(fallback), first, false) : null;
      if (id !== newest) return null;
      if (direct) {
        // Meanwhile the chunks the next keystroke's live search will need (it waits for the same loads).
        if (chunksWorthLoading(query)) void load().then((pf) => pf.preload(query), () => undefined).catch(() => undefined);
        return direct;
      }
      let results = await ranked(query, options);
      // The last word, matched whole, matched nothing (no page, or not with the words before it).
      const fellBack =
        fallback !== null && (results.length === 0 || (fallback !== '' && !(await lastWordIndexed(query, fallback, results.length, options))));
      if (fellBack) {
        if (id !== newest) return null;
        // "tăng tr" answers for "tăng", whose answer may be stored.
        const before = none && fallback !== '' ? await storedAnswer(id, fallback, () => fallback, first, true) : null;
        if (id !== newest) return null;
        if (before) return before;
        results = await ranked(fallback, options);
      }
      if (id !== newest) return null;
      const hits = await Promise.all(results.slice(0, first).map(toHit));
      if (id !== newest) return null;
      const found = results;
      current = { of: id, results: async () => found, shown: hits.length };
      return { total: results.length, hits, fallback: fellBack };
    });
  };

  return async (request) => {
    switch (request.kind) {
      case 'search':
        return search(request.id, request.query, request.fallback, request.filters, request.first);
      case 'more': {
        const c = current;
        if (!c || c.of !== request.of) return [];
        const results = await c.results();
        if (current !== c) return [];
        const next = results.slice(c.shown, c.shown + request.n);
        c.shown += next.length;
        return Promise.all(next.map(toHit));
      }
      case 'preload': {
        stored?.warm(request.query);
        const pf = await load();
        if (request.index && request.query.trim()) await pf.preload(request.query);
        return null;
      }
    }
  };
}
