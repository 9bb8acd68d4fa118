import type { Article } from '../article/types';
import { foldVietnamese } from '../search/fold';
import type { Facet, LibraryHead, LibraryRow } from './types';

export const PAGE_SIZE = 50;

export function facetKey(value: string | null): string {
  if (value === null) return 'none';
  return foldVietnamese(value).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

export interface ViewFilter {
  source?: string | null; // facet key
  year?: string | null; // facet key
}

/** "all", "s-<source>", "y-<year>" or "s-<source>_y-<year>": also the folder of its pages. */
export function viewKey(filter: ViewFilter): string {
  const parts: string[] = [];
  if (filter.source) parts.push(`s-${filter.source}`);
  if (filter.year) parts.push(`y-${filter.year}`);
  return parts.length > 0 ? parts.join('_') : 'all';
}

export const viewPagePath = (key: string, page: number) => `/library/v/${key}/${page}.json`;

export function libraryRow(article: Article, bytes: number): LibraryRow {
  const people = new Set(article.entities.filter((e) => e.type === 'official').map((e) => e.name ?? e.text));
  const words = article.blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    people: people.size,
    figures: article.entities.filter((e) => e.type === 'figure').length,
    words,
    bytes,
  };
}

/** Newest first; undated last; then by id so every build orders the same. */
export function compareRows(a: LibraryRow, b: LibraryRow): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const yearOf = (row: LibraryRow) => row.published?.slice(0, 4) ?? null;

/** Every view's rows, newest first: the files library/v/<key>/<n>.json are their pages. */
export function buildViews(rows: readonly LibraryRow[]): { head: LibraryHead; views: Map<string, LibraryRow[]> } {
  const sorted = [...rows].sort(compareRows);
  const views = new Map<string, LibraryRow[]>();
  const add = (key: string, row: LibraryRow) => {
    const list = views.get(key) ?? [];
    list.push(row);
    views.set(key, list);
  };
  const sources = new Map<string, Facet>();
  const years = new Map<string, Facet>();
  for (const row of sorted) {
    const s = facetKey(row.source);
    const y = facetKey(yearOf(row));
    add('all', row);
    add(viewKey({ source: s }), row);
    add(viewKey({ year: y }), row);
    add(viewKey({ source: s, year: y }), row);
    count(sources, s, row.source);
    count(years, y, yearOf(row));
  }
  const head: LibraryHead = {
    version: 1,
    total: sorted.length,
    pageSize: PAGE_SIZE,
    sources: [...sources.values()].sort((a, b) => Number(a.value === null) - Number(b.value === null) || b.count - a.count || (a.value ?? '').localeCompare(b.value ?? '', 'vi')),
    years: [...years.values()].sort((a, b) => (b.value ?? '0').localeCompare(a.value ?? '0')),
    views: Object.fromEntries([...views].map(([k, list]) => [k, { count: list.length, bytes: list.reduce((n, r) => n + r.bytes, 0) }])),
    first: sorted.slice(0, PAGE_SIZE),
  };
  return { head, views };
}

function count(map: Map<string, Facet>, key: string, value: string | null): void {
  const facet = map.get(key) ?? { key, value, count: 0 };
  facet.count++;
  map.set(key, facet);
}

export type SortOrder = 'newest' | 'oldest';

/**
 * Which stored pages (newest-first) and which of their rows make page `page` of a view in `order`.
 * Oldest-first pages are the stored rows read backwards, so they may straddle two stored pages.
 */
export function pageSlices(count: number, pageSize: number, order: SortOrder, page: number): { file: number; from: number; to: number }[] {
  const start = page * pageSize;
  if (start >= count || page < 0) return [];
  const end = Math.min(count, start + pageSize);
  // Positions in newest-first order.
  const [lo, hi] = order === 'newest' ? [start, end] : [count - end, count - start];
  const out: { file: number; from: number; to: number }[] = [];
  for (let f = Math.floor(lo / pageSize); f * pageSize < hi; f++) {
    out.push({ file: f, from: Math.max(lo, f * pageSize) - f * pageSize, to: Math.min(hi, (f + 1) * pageSize) - f * pageSize });
  }
  return out;
}

/** The rows of one page from the stored pages fetched for it (in the order pageSlices named them). */
export function assemblePage(slices: ReturnType<typeof pageSlices>, files: readonly LibraryRow[][], order: SortOrder): LibraryRow[] {
  const rows = slices.flatMap((s, i) => (files[i] ?? []).slice(s.from, s.to));
  return order === 'newest' ? rows : rows.reverse();
}

export const pageCount = (count: number, pageSize: number) => Math.max(1, Math.ceil(count / pageSize));
