import type { ExcerptPart } from '../../domain/search/excerpt';

/**
 * Hits fetched per search: each is one fragment request, and a browser opens at most 6 HTTP/1.1
 * connections to a host, so 6 go out in one wave (10 took two). 6 fill two screens at 1280×900.
 */
export const FIRST_HITS = 6;

/** Pagefind's options in the worker, and when the build answers queries ahead (scripts/library/searchAnswers.ts). */
export const PAGEFIND_OPTIONS = { excerptLength: 28 } as const;

/** One search result as the page shows it (what the worker sends: plain data). */
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

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  /** The query matched nothing and these are the results of its `fallback` (the words before its last). */
  fallback: boolean;
}

/**
 * Page → search worker. `search` answers null when a newer search overtook it; when its query
 * matches nothing and `fallback` is not null, it answers with the results of `fallback` (none for '');
 * `more` continues the
 * results of search `of` (empty once a newer search replaced them); `preload` starts the worker and
 * Pagefind, fetches the stored answers for queries starting like `query` and, with `index`, the
 * index chunks it will need (an empty query only warms up).
 */
export type SearchRequest =
  | { id: number; kind: 'search'; query: string; fallback: string | null; filters: SearchFilters; first: number }
  | { id: number; kind: 'more'; of: number; n: number }
  | { id: number; kind: 'preload'; query: string; index: boolean };

export type SearchReply =
  | { id: number; ok: true; value: SearchAnswer | SearchHit[] | null }
  | { id: number; ok: false; error: string };
