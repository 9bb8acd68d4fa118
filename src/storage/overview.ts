/**
 * What the all-notes page needs before its first paint: every article's summary, and the notes of
 * the articles with the newest activity — not all 10,000 notes. One readonly transaction, so the
 * summaries and the notes are one snapshot.
 *
 * Summaries are trusted only when they provably cover every stored note: `meta:summaries` is this
 * build's version, every summary is well formed, and their record counts add up to the number of
 * note keys in the store. Notes are written with their summary in one transaction, so that holds
 * after any crash; what can break it is an older build (without summaries) writing from another
 * tab. Then `summaries` is null and the caller reads everything, as before (and repairs them).
 */
import { promisifyRequest } from 'idb-keyval';
import type { Annotation } from '../domain/notes/annotation';
import { compareVietnamese } from '../domain/notes/collate';
import { allAnnotationsKeyRange, articleKeyRange } from './db';
import type { Decoded, UnreadableRecord } from './decode';
import { isSummary, SUMMARY_VERSION, SUMMARY_VERSION_KEY, summaryKeyRange, type ArticleSummary } from './summaryRecord';

export interface NotesOverview {
  /** Every article's summary (key order), or null when they cannot be trusted: read everything then. */
  summaries: ArticleSummary[] | null;
  /** The notes of the articles with the newest activity: at least `limit` rows when the store has them. */
  annotations: Annotation[];
  /** Unreadable records among those articles' notes. */
  unreadable: UnreadableRecord[];
}

/**
 * Articles in the order the page lists them: newest activity first, then by title (Vietnamese
 * collation). A stable sort of the key-ordered summaries, so equal keys keep key order, as the
 * page's grouping of the full list does.
 */
export function pageOrder(summaries: readonly ArticleSummary[], titleOf: (articleId: string) => string): ArticleSummary[] {
  const titled = summaries.filter((x) => x.notes + x.highlights > 0).map((x) => ({ x, title: titleOf(x.articleId) }));
  titled.sort((a, b) => b.x.latest.localeCompare(a.x.latest) || compareVietnamese(a.title, b.title));
  return titled.map((t) => t.x);
}

/** The articles whose notes fill the first `limit` rows. */
export function articlesForFirstRows(summaries: readonly ArticleSummary[], limit: number, titleOf: (articleId: string) => string): string[] {
  const chosen: string[] = [];
  let rows = 0;
  for (const x of pageOrder(summaries, titleOf)) {
    if (rows >= limit) break;
    chosen.push(x.articleId);
    rows += x.notes + x.highlights;
  }
  return chosen;
}

/**
 * Inside a transaction: every summary, if they can be trusted (see above), and the number of note
 * keys; `then` runs in the summaries' success callback, while the transaction is still active.
 */
export function readSummaries(s: IDBObjectStore, then: (summaries: ArticleSummary[] | null, noteKeys: number) => void): void {
  const version = s.get(SUMMARY_VERSION_KEY);
  const noteKeys = s.count(allAnnotationsKeyRange());
  const all = s.getAll(summaryKeyRange());
  all.onsuccess = () => {
    // Requests complete in the order they were made: the two before are done.
    const raw = all.result as unknown[];
    const trusted =
      version.result === SUMMARY_VERSION &&
      raw.every(isSummary) &&
      (raw as ArticleSummary[]).reduce((n, x) => n + x.records, 0) === noteKeys.result;
    then(trusted ? (raw as ArticleSummary[]) : null, noteKeys.result);
  };
}

/**
 * A stored record read: the storage module's `decode` (migrations, validation), or a cheaper reader
 * that answers null when it cannot tell (firstRows.ts): then the whole read answers null.
 */
export type RecordDecoder = (key: string, raw: unknown) => Decoded | null;

/**
 * Inside a readonly transaction: the summaries, then the notes of the articles the first `limit`
 * rows show. Resolves when the transaction completes; null when `decodeRecord` declined a record.
 */
export function readOverview(
  s: IDBObjectStore,
  limit: number,
  titleOf: (articleId: string) => string,
  decodeRecord: RecordDecoder,
): Promise<NotesOverview | null> {
  const out: NotesOverview = { summaries: null, annotations: [], unreadable: [] };
  let declined = false;
  readSummaries(s, (summaries) => {
    if (summaries === null) return;
    out.summaries = summaries;
    for (const articleId of articlesForFirstRows(summaries, limit, titleOf)) {
      const keys = s.getAllKeys(articleKeyRange(articleId));
      const values = s.getAll(articleKeyRange(articleId));
      values.onsuccess = () => {
        keys.result.forEach((k, i) => {
          const d = declined ? null : decodeRecord(String(k), values.result[i]);
          if (d === null) declined = true;
          else if (d.ok) out.annotations.push(d.annotation);
          else out.unreadable.push(d.unreadable);
        });
      };
    }
  });
  return promisifyRequest(s.transaction).then(() => (declined ? null : out));
}
