/**
 * What a per-article summary record is (summaries.ts computes and writes them): its key, version and
 * shape. Apart, with no validation library, so the all-notes page's first read (firstRows.ts) can
 * check summaries without the storage module.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../domain/notes/annotation';
import { escapePart, prefixBounds, unescapePart } from './db';

export const SUMMARY_KEY_PREFIX = 'sum:';
export const SUMMARY_VERSION_KEY = 'meta:summaries';
/** 2: `bytes` added (the storage footer's size without reading every note). */
export const SUMMARY_VERSION = 2;

export interface ArticleSummary {
  v: typeof SUMMARY_VERSION;
  articleId: string;
  /** Stored note records of the article, readable or not: compared with the store's keys to find a stale summary. */
  records: number;
  /** Readable notes with a comment, and highlights without one. */
  notes: number;
  highlights: number;
  /** The newest `modified` among its readable notes ('' when none is readable). */
  latest: string;
  colors: Partial<Record<HighlightColor, number>>;
  /** [first spelling in key order, count] per tag (tags compared with tagKey). */
  tags: [string, number][];
  /** UTF-8 bytes of its records' keys and JSON (recordBytes), readable or not: what the storage footer shows. */
  bytes: number;
}

export function summaryKey(articleId: string): string {
  return `${SUMMARY_KEY_PREFIX}${escapePart(articleId)}`;
}

export function articleOfSummaryKey(key: string): string {
  return unescapePart(key.slice(SUMMARY_KEY_PREFIX.length));
}

export function summaryKeyRange(): IDBKeyRange {
  const [lower, upper] = prefixBounds(SUMMARY_KEY_PREFIX);
  return IDBKeyRange.bound(lower, upper, false, true);
}

const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** A summary as this build writes it; anything else is treated as missing (and rebuilt). */
export function isSummary(x: unknown): x is ArticleSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  if (s.v !== SUMMARY_VERSION || typeof s.articleId !== 'string' || typeof s.latest !== 'string') return false;
  if (!count(s.records) || !count(s.notes) || !count(s.highlights) || s.notes + s.highlights > s.records || !count(s.bytes)) return false;
  const colors = s.colors;
  if (typeof colors !== 'object' || colors === null) return false;
  if (!Object.entries(colors).every(([c, n]) => (HIGHLIGHT_COLORS as readonly string[]).includes(c) && count(n))) return false;
  return Array.isArray(s.tags) && s.tags.every((t) => Array.isArray(t) && t.length === 2 && typeof t[0] === 'string' && count(t[1]));
}

