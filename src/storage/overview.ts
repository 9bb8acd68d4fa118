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
import { allAnnotationsKeyRange, articleKeyRange } from './db';
import { decode, type UnreadableRecord } from './decode';
import { isSummary, SUMMARY_VERSION, SUMMARY_VERSION_KEY, summaryKeyRange, type ArticleSummary } from './summaries';

export interface NotesOverview {
  /** Every article's summary (key order), or null when they cannot be trusted: read everything then. */
  summaries: ArticleSummary[] | null;
  /** The notes of the articles with the newest activity: at least `limit` rows when the store has them. */
  annotations: Annotation[];
  /** Unreadable records among those articles' notes. */
  unreadable: UnreadableRecord[];
}

/** The articles whose notes the first `limit` rows can show: newest activity first, ties at the boundary included. */
export function articlesForFirstRows(summaries: readonly ArticleSummary[], limit: number): string[] {
  const byLatest = summaries.filter((x) => x.notes + x.highlights > 0).sort((a, b) => b.latest.localeCompare(a.latest));
  const chosen: string[] = [];
  let rows = 0;
  let boundary: string | null = null;
  for (const x of byLatest) {
    // Rows are ordered by article title among articles with the same latest change: take all of those.
    if (boundary !== null && x.latest !== boundary) break;
    chosen.push(x.articleId);
    rows += x.notes + x.highlights;
    if (rows >= limit) boundary ??= x.latest;
  }
  return chosen;
}

export function readOverview(s: IDBObjectStore, limit: number): Promise<NotesOverview> {
  const out: NotesOverview = { summaries: null, annotations: [], unreadable: [] };
  const version = s.get(SUMMARY_VERSION_KEY);
  const noteKeys = s.count(allAnnotationsKeyRange());
  const all = s.getAll(summaryKeyRange());
  all.onsuccess = () => {
    // Requests complete in the order they were made: the two before are done.
    const raw = all.result as unknown[];
    if (version.result !== SUMMARY_VERSION || !raw.every(isSummary)) return;
    const summaries = raw as ArticleSummary[];
    if (summaries.reduce((n, x) => n + x.records, 0) !== noteKeys.result) return;
    out.summaries = summaries;
    for (const articleId of articlesForFirstRows(summaries, limit)) {
      const keys = s.getAllKeys(articleKeyRange(articleId));
      const values = s.getAll(articleKeyRange(articleId));
      values.onsuccess = () => {
        keys.result.forEach((k, i) => {
          const d = decode(String(k), values.result[i]);
          if (d.ok) out.annotations.push(d.annotation);
          else out.unreadable.push(d.unreadable);
        });
      };
    }
  };
  return promisifyRequest(s.transaction).then(() => out);
}
