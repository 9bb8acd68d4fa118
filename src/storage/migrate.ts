/**
 * The one pass over every note record that ensureSchema runs when the store is older than this
 * build: records upgraded to the current version, and every article's summary (summaries.ts) built
 * from the same reads, MIGRATION_BATCH records per readwrite transaction.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { Annotation } from '../domain/notes/annotation';
import { allAnnotationsKeyRange, ANNOTATION_KEY_PREFIX, parseAnnotationKey, prefixBounds } from './db';
import { decode, type UnreadableRecord } from './decode';
import { SCHEMA_VERSION } from './schema';
import { articleOfSummaryKey, isSummary, recordBytes, refreshSummaries, summarize, summaryKey, summaryKeyRange } from './summaries';

/** Records migrated per readwrite transaction: few transactions, none long enough to stall a tab. */
export const MIGRATION_BATCH = 500;

export interface UpgradeReport {
  migrated: number;
  unreadable: UnreadableRecord[];
}

interface Batch extends UpgradeReport {
  lastKey: string | null;
  read: number;
  /** The batch's last article, when the next batch may hold more of its notes. */
  open: string | null;
  articles: string[];
}

/**
 * One batch in one readwrite transaction: re-reads the records in `range` (at most `count`) and
 * writes back, migrated, only those that still hold an older version. A record another tab rewrote
 * in the current format meanwhile is left alone: transactions on the store run one at a time, so
 * what this transaction reads is what it would overwrite.
 *
 * With `summaries`, also writes the summary of every article whose notes all lie in this batch; the
 * article left open by the previous batch (`summaries.open`) is summarised from a fresh read of its
 * whole range here, and the last article is left open unless this is the final batch.
 */
function upgradeRange(store: UseStore, range: IDBKeyRange, count?: number, summaries?: { open: string | null }): Promise<Batch> {
  return store('readwrite', (s) => {
    const report: Batch = { migrated: 0, unreadable: [], lastKey: null, read: 0, open: null, articles: [] };
    const keysReq = s.getAllKeys(range, count);
    const valuesReq = s.getAll(range, count);
    valuesReq.onsuccess = () => {
      const keys = keysReq.result;
      const values = valuesReq.result;
      report.read = keys.length;
      report.lastKey = keys.length ? String(keys[keys.length - 1]) : null;
      const byArticle = new Map<string, { readable: Annotation[]; records: number; bytes: number }>();
      keys.forEach((k, i) => {
        const key = String(k);
        const decoded = decode(key, values[i]);
        const articleId = parseAnnotationKey(key)?.articleId;
        const group = articleId === undefined ? undefined : (byArticle.get(articleId) ?? { readable: [], records: 0, bytes: 0 });
        if (articleId !== undefined && group) byArticle.set(articleId, group);
        if (group) group.records++;
        if (!decoded.ok) {
          report.unreadable.push(decoded.unreadable);
          if (summaries && group) group.bytes += recordBytes(key, values[i]);
          return;
        }
        group?.readable.push(decoded.annotation);
        const record = decoded.upgraded ? { v: SCHEMA_VERSION, annotation: decoded.annotation } : values[i];
        if (decoded.upgraded) {
          s.put(record, key);
          report.migrated++;
        }
        // The size of what the store holds after this batch (only when summaries are built).
        if (summaries && group) group.bytes += recordBytes(key, record);
      });
      if (!summaries) return;
      const articles = [...byArticle.keys()];
      report.articles = articles;
      const final = count === undefined || keys.length < count;
      report.open = final ? null : (articles[articles.length - 1] ?? null);
      // Its earlier notes were read by another transaction: read them again here (after this batch's puts).
      if (summaries.open !== null) refreshSummaries(s, [summaries.open]);
      for (const [articleId, { readable, records, bytes }] of byArticle) {
        if (articleId === summaries.open || articleId === report.open) continue;
        s.put(summarize(articleId, readable, records, bytes), summaryKey(articleId));
      }
    };
    return promisifyRequest(s.transaction).then(() => report);
  });
}

/**
 * Migrates every annotation record and writes every article's summary, MIGRATION_BATCH keys per
 * transaction, in key order (`seen`: the articles met). Each batch commits on its own: an
 * interrupted pass is simply run again at the next start.
 */
export async function migrateAll(store: UseStore): Promise<UpgradeReport & { seen: Set<string> }> {
  const seen = new Set<string>();
  const total = { migrated: 0, unreadable: [] as UnreadableRecord[], seen };
  const [, upper] = prefixBounds(ANNOTATION_KEY_PREFIX);
  let range = allAnnotationsKeyRange();
  let open: string | null = null;
  for (;;) {
    const batch = await upgradeRange(store, range, MIGRATION_BATCH, { open });
    total.migrated += batch.migrated;
    total.unreadable.push(...batch.unreadable);
    for (const a of batch.articles) seen.add(a);
    open = batch.open;
    if (batch.read < MIGRATION_BATCH || batch.lastKey === null) break;
    range = IDBKeyRange.bound(batch.lastKey, upper, true, true);
  }
  return total;
}

/**
 * The pass's last step, inside the transaction that records the versions: summaries of articles
 * the pass did not meet are recomputed (deleted when the article has no notes), not deleted
 * blindly, since another tab may have added notes to one after the pass went by.
 */
export function dropStaleSummaries(s: IDBObjectStore, seen: ReadonlySet<string>): void {
  const keysReq = s.getAllKeys(summaryKeyRange());
  const valuesReq = s.getAll(summaryKeyRange());
  valuesReq.onsuccess = () => {
    const stale = keysReq.result.flatMap((k, i) => {
      const articleId = articleOfSummaryKey(String(k));
      return !isSummary(valuesReq.result[i]) || !seen.has(articleId) ? [articleId] : [];
    });
    refreshSummaries(s, stale);
  };
}

/** Upgrades the given keys (sorted), at most MIGRATION_BATCH per transaction; for records met on read. */
export async function upgradeKeys(store: UseStore, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += MIGRATION_BATCH) {
    const part = keys.slice(i, i + MIGRATION_BATCH);
    // The range may hold current records between the stale ones: upgradeRange skips those. Summaries
    // need no update: an upgraded record says what it said before.
    await upgradeRange(store, IDBKeyRange.bound(part[0]!, part[part.length - 1]!));
  }
}
