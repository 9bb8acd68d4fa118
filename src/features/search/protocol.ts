import type { ExcerptPart } from '../../domain/search/excerpt';

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
 * results of search `of` (empty once a newer search replaced them); `preload` fetches the index
 * chunks a query will need (the worker and Pagefind start too, so an empty query only warms up).
 */
export type SearchRequest =
  | { id: number; kind: 'search'; query: string; fallback: string | null; filters: SearchFilters; first: number }
  | { id: number; kind: 'more'; of: number; n: number }
  | { id: number; kind: 'preload'; query: string };

export type SearchReply =
  | { id: number; ok: true; value: SearchAnswer | SearchHit[] | null }
  | { id: number; ok: false; error: string };
