/**
 * Per-article summaries of the notes, so `/notes` can order articles and count notes without
 * reading all of them. Stored in the annotations object store itself, one key per article:
 *   sum:<articleId>     → ArticleSummary
 *   meta:summaries      → SUMMARY_VERSION (set once every article has its summary)
 * The same object store, not a new one, so a summary is written in the same transaction as the
 * notes it counts (IndexedDB transactions are atomic: no crash can separate them), and no database
 * version change is needed (one would stay "blocked" while an older tab keeps the database open).
 *
 * A summary is never patched: it is recomputed from the article's stored notes (one getAll of its
 * key range) inside the transaction that wrote them. So it is a pure function of what is stored,
 * and "repair" is the same operation.
 */
import type { HighlightColor } from '../domain/notes/annotation';
import type { Annotation } from '../domain/notes/annotation';
import { deepEqual } from '../domain/notes/deepEqual';
import { colorOf, noteOf, tagsOf } from '../domain/notes/model';
import { tagKey } from '../domain/notes/tags';
import { articleKeyRange, parseAnnotationKey } from './db';
import { decode } from './decode';
import {
  articleOfSummaryKey,
  isSummary,
  summaryKey,
  summaryKeyRange,
  SUMMARY_KEY_PREFIX,
  SUMMARY_VERSION,
  SUMMARY_VERSION_KEY,
  type ArticleSummary,
} from './summaryRecord';

export { articleOfSummaryKey, isSummary, summaryKey, summaryKeyRange, SUMMARY_KEY_PREFIX, SUMMARY_VERSION, SUMMARY_VERSION_KEY, type ArticleSummary };

/** UTF-8 length of a string without encoding it (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 2 code units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/** What the storage footer counts for one stored record: UTF-8 bytes of its key and of its JSON. */
export function recordBytes(key: string, value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined; // e.g. a BigInt in a damaged record: its key still counts
  }
  return utf8Length(key) + utf8Length(json ?? '');
}

/** The summary of one article's notes (`records` and `bytes` count the unreadable ones too). */
export function summarize(articleId: string, annotations: readonly Annotation[], records: number, bytes: number): ArticleSummary {
  let notes = 0;
  let latest = '';
  const colors: Partial<Record<HighlightColor, number>> = {};
  const tags = new Map<string, [string, number]>();
  for (const a of annotations) {
    if (noteOf(a) !== '') notes++;
    if (a.modified > latest) latest = a.modified;
    const c = colorOf(a);
    colors[c] = (colors[c] ?? 0) + 1;
    for (const t of tagsOf(a)) {
      const entry = tags.get(tagKey(t));
      if (entry) entry[1]++;
      else tags.set(tagKey(t), [t, 1]);
    }
  }
  return { v: SUMMARY_VERSION, articleId, records, notes, highlights: annotations.length - notes, latest, colors, tags: [...tags.values()], bytes };
}

/** The summary of `articleId` from its stored records (values of its key range), or null when it has none. */
export function summaryOfRecords(articleId: string, keys: readonly IDBValidKey[], values: readonly unknown[]): ArticleSummary | null {
  if (values.length === 0) return null;
  const readable: Annotation[] = [];
  let bytes = 0;
  values.forEach((raw, i) => {
    const key = String(keys[i]);
    bytes += recordBytes(key, raw);
    const d = decode(key, raw);
    if (d.ok) readable.push(d.annotation);
  });
  return summarize(articleId, readable, values.length, bytes);
}

/**
 * Inside a readwrite transaction, after its writes: recompute the summary of each article from
 * what the store holds now (requests run in order, so the reads see this transaction's writes).
 * An article left without notes loses its summary.
 */
export function refreshSummaries(s: IDBObjectStore, articleIds: Iterable<string>): void {
  for (const articleId of new Set(articleIds)) {
    const range = articleKeyRange(articleId);
    const keysReq = s.getAllKeys(range);
    const valuesReq = s.getAll(range);
    valuesReq.onsuccess = () => {
      const summary = summaryOfRecords(articleId, keysReq.result, valuesReq.result);
      if (summary) s.put(summary, summaryKey(articleId));
      else s.delete(summaryKey(articleId));
    };
  }
}

/**
 * Articles whose stored summary differs from the one computed from a full read of the notes (key
 * order, as listAllAnnotations returns them): missing, stale, or left over from deleted notes.
 * `bytes` is not compared (a full read gives decoded notes, not the stored JSON): a write that
 * changes it also changes `records` or `latest`, and the refresh recomputes it from the store.
 */
export function staleSummaries(
  stored: readonly ArticleSummary[],
  notes: readonly Annotation[],
  unreadable: readonly { key: string }[],
): string[] {
  const readable = new Map<string, Annotation[]>();
  const records = new Map<string, number>();
  for (const a of notes) {
    const list = readable.get(a.target.source);
    if (list) list.push(a);
    else readable.set(a.target.source, [a]);
    records.set(a.target.source, (records.get(a.target.source) ?? 0) + 1);
  }
  for (const { key } of unreadable) {
    const articleId = parseAnnotationKey(key)?.articleId;
    if (articleId !== undefined) records.set(articleId, (records.get(articleId) ?? 0) + 1);
  }
  const byId = new Map(stored.map((x) => [x.articleId, x]));
  const stale = [...records]
    .filter(([id, n]) => {
      const had = byId.get(id);
      return !had || !deepEqual(had, summarize(id, readable.get(id) ?? [], n, had.bytes));
    })
    .map(([id]) => id);
  return [...stale, ...stored.filter((x) => !records.has(x.articleId)).map((x) => x.articleId)];
}
