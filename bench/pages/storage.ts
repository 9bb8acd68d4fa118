/**
 * A page bundling Margin's real storage module for bench/run.ts (built into <dist>/bench/ and
 * served from the app's own origin, so it shares the app's IndexedDB). Not part of the app.
 */
import { setMany } from 'idb-keyval';
import type { Annotation } from '../../src/domain/notes/annotation';
import {
  annotationKey,
  annotationStore,
  clearAll,
  ensureSchema,
  estimateUsage,
  listAllAnnotations,
  listAnnotations,
  listOverview,
  rebuildSummaries,
  putAnnotations,
  SCHEMA_KEY,
  SCHEMA_VERSION,
} from '../../src/storage';

export interface StartTiming {
  ensureSchemaMs: number;
  listMs: number;
  totalMs: number;
  migrated: number;
  loaded: number;
  unreadable: number;
}

async function replaceAll(entries: [string, unknown][], schema: number): Promise<number> {
  await ensureSchema().catch(() => undefined);
  await clearAll();
  await setMany([...entries, [SCHEMA_KEY, schema]], annotationStore());
  return entries.length;
}

/** Ensure the schema, then one read; times both. `loaded` says how many notes the read gave. */
async function timeStart<R extends { unreadable: readonly unknown[] }>(read: () => Promise<R>, loaded: (r: R) => number): Promise<StartTiming> {
  const t0 = performance.now();
  const report = await ensureSchema();
  const t1 = performance.now();
  const result = await read();
  const t2 = performance.now();
  return {
    ensureSchemaMs: t1 - t0,
    listMs: t2 - t1,
    totalMs: t2 - t0,
    migrated: report.migrated,
    loaded: loaded(result),
    unreadable: result.unreadable.length,
  };
}

const api = {
  /**
   * Replace every stored note with these, written straight into the store in the repository's key
   * layout and record format ({ v, annotation } under anno:<article>:<id>), in one transaction.
   */
  async seed(annotations: Annotation[]): Promise<number> {
    const n = await replaceAll(annotations.map((a) => [annotationKey(a.target.source, a.id), { v: SCHEMA_VERSION, annotation: a }]), SCHEMA_VERSION);
    // As the app leaves the store after its writes: every article's summary in place.
    await rebuildSummaries();
    return n;
  },

  /** Replace every stored note with old-format (v1) records and mark the store as schema 1. */
  async seedV1(records: { articleId: string; id: string; value: unknown }[]): Promise<number> {
    return replaceAll(records.map((r) => [annotationKey(r.articleId, r.id), r.value]), 1);
  },

  /** The same through the repository's own write path (validation, one transaction per call). */
  async put(annotations: Annotation[]): Promise<number> {
    await putAnnotations(annotations, { kind: 'import' });
    return annotations.length;
  },

  /**
   * The app's storage start on each kind of page, as it issues it: the schema check, then the page's
   * own read and the storage footer's usage figure together (both wait for the check).
   */
  timeAppStart: (page: 'article' | 'library' | 'notes', articleId: string, limit: number): Promise<StartTiming> =>
    timeStart(
      async () => {
        const read = page === 'article' ? listAnnotations(articleId) : listOverview(page === 'library' ? 0 : limit);
        const [result, usage] = await Promise.all([read, estimateUsage()]);
        return { ...result, usage };
      },
      (r) => ('summaries' in r && r.summaries === null ? -1 : r.usage.records),
    ),

  /** The full read (the all-notes page after its first page, export, import): the schema check, then every note. */
  timeStartAll: (): Promise<StartTiming> => timeStart(listAllAnnotations, (all) => all.annotations.length),

  /** What the all-notes page reads before its first paint: every summary and the newest articles' notes. */
  timeOverview: (limit: number): Promise<StartTiming> =>
    timeStart(() => listOverview(limit), (o) => (o.summaries === null ? -1 : o.annotations.length)),

  /** What an article page reads: one article's notes. */
  timeStartArticle: (articleId: string): Promise<StartTiming> =>
    timeStart(() => listAnnotations(articleId), (one) => one.annotations.length),
};

export type StorageBenchApi = typeof api;

(window as Window & { marginBench?: StorageBenchApi }).marginBench = api;
document.body.dataset.ready = 'true';
