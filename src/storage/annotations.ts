/**
 * The annotations repository: one IndexedDB key per note (see db.ts for the key layout).
 *
 * - Every operation is async and rejects only with a `StorageError` (errors.ts).
 * - Every record read goes through `migrateRecord`; a record that fails is never dropped or
 *   deleted, it is returned in `unreadable` (key + error + raw value) so the UI can say so.
 * - Records upgraded from an older version are written back in batches (one transaction per
 *   MIGRATION_BATCH keys), each record only if it still holds an old version when the batch's
 *   transaction re-reads it (a newer write from another tab wins).
 * - Writes never read-modify-write a list, so concurrent tabs can't overwrite each other's notes.
 * - After a write resolves the change is announced to other tabs (channel.ts).
 */
import { get, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Annotation } from '../domain/notes/annotation';
import { deepEqual } from '../domain/notes/deepEqual';
import { announceChange, type AnnotationChange, type ChangeKind } from './channel';
import {
  allAnnotationsKeyRange,
  annotationKey,
  annotationStore,
  articleKeyRange,
  SCHEMA_KEY,
} from './db';
import { StorageError, toStorageError } from './errors';
import { decode, type UnreadableRecord } from './decode';
import { readOverview, readSummaries, type NotesOverview } from './overview';
import { timingMark } from './marks';
import { dropStaleSummaries, MIGRATION_BATCH, migrateAll, upgradeKeys } from './migrate';
import { recordBytes, refreshSummaries as refreshIn, SUMMARY_VERSION, SUMMARY_VERSION_KEY, summaryKeyRange } from './summaries';
import { migrateRecord, SCHEMA_VERSION } from './schema';


export { SCHEMA_VERSION };

/** What is stored under each `anno:` key. */
export interface StoredRecord {
  v: typeof SCHEMA_VERSION;
  annotation: Annotation;
}

export type { NotesOverview, UnreadableRecord };

export interface ReadResult {
  /** In key order (i.e. by article, then by annotation id). */
  annotations: Annotation[];
  unreadable: UnreadableRecord[];
}

export interface SchemaReport {
  /** Version found in `meta:schema` (null: none stored yet). */
  from: number | null;
  to: number;
  /** Records rewritten in the current format. */
  migrated: number;
  /** Records that could not be migrated; left in place untouched. */
  unreadable: UnreadableRecord[];
}

export interface UsageEstimate {
  /** UTF-8 bytes of the JSON of every note record plus its key (summed from the summaries when they can be trusted). */
  notesBytes: number;
  /** Number of annotation records (readable or not). */
  records: number;
  /** `navigator.storage.estimate()` for the whole origin, when the browser offers it. */
  origin: { usage: number; quota: number } | null;
}

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

export interface PutOptions {
  /** Kind announced to other tabs; 'import' for bulk restores. Default 'put'. */
  kind?: Extract<ChangeKind, 'put' | 'import'>;
}

export interface AnnotationRepository {
  /** Read `meta:schema`, migrate older stores key by key, then record the new version. */
  ensureSchema(): Promise<SchemaReport>;
  putAnnotation(annotation: Annotation): Promise<void>;
  /** All or nothing: validated first, then written in a single transaction. */
  putAnnotations(annotations: readonly Annotation[], options?: PutOptions): Promise<void>;
  deleteAnnotation(articleId: string, annotationId: string): Promise<void>;
  /**
   * Compare-and-set, in one transaction: the record becomes `next` (null: deleted) only if it is still
   * `expected` (null: absent). Otherwise nothing is written and it rejects with kind 'conflict'.
   */
  replaceAnnotation(articleId: string, annotationId: string, expected: Annotation | null, next: Annotation | null): Promise<void>;
  /** undefined when absent; rejects with kind 'corrupt' when the record exists but can't be read. */
  getAnnotation(articleId: string, annotationId: string): Promise<Annotation | undefined>;
  /**
   * One article's notes. `onFound` is called as soon as the first key is seen, before the values
   * are read and decoded (so a caller can start loading what it needs to show them meanwhile).
   */
  listAnnotations(articleId: string, options?: { onFound?: () => void }): Promise<ReadResult>;
  listAllAnnotations(): Promise<ReadResult>;
  /** Every article's summary and the notes of the newest `limit` rows' articles (overview.ts). */
  readOverview(limit: number, titleOf?: (articleId: string) => string): Promise<NotesOverview>;
  /** Recompute these articles' summaries from their stored notes (when a full read found them stale). */
  refreshSummaries(articleIds: readonly string[]): Promise<void>;
  /** Recompute every summary (the pass ensureSchema runs), when they could not be trusted. */
  rebuildSummaries(): Promise<void>;
  /** Delete every note (keeps `meta:schema`). For tests and import-with-replace. */
  clearAll(): Promise<void>;
  estimateUsage(): Promise<UsageEstimate>;
}

export interface RepositoryOptions {
  /** idb-keyval store function; default the `margin/annotations` store. */
  store?: UseStore;
  /** Called after each successful write; default `announceChange` (BroadcastChannel). */
  notify?: (change: AnnotationChange) => void;
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function assertAvailable(): void {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', 'IndexedDB is not available in this environment (globalThis.indexedDB is missing)');
  }
  if (typeof IDBKeyRange === 'undefined') {
    throw new StorageError('unavailable', 'IDBKeyRange is not available in this environment');
  }
}

/** Validate a note before writing it; returns its key and the record to store. */
function prepare(annotation: Annotation, index?: number): { key: string; record: StoredRecord } {
  const where = index === undefined ? '' : ` (item ${index})`;
  if (!isObj(annotation)) throw new StorageError('invalid', `annotation${where} is not an object`);
  const id: unknown = annotation.id;
  const source: unknown = isObj(annotation.target) ? annotation.target.source : undefined;
  if (typeof id !== 'string' || id === '') throw new StorageError('invalid', `annotation${where} has no id`);
  if (typeof source !== 'string' || source === '') {
    throw new StorageError('invalid', `annotation ${id}${where} has no target.source (article id)`);
  }
  const key = annotationKey(source, id);
  let result: ReturnType<typeof migrateRecord>;
  try {
    result = migrateRecord({ v: SCHEMA_VERSION, annotation });
  } catch (e) {
    throw new StorageError('invalid', `annotation ${id}${where}: migrateRecord threw`, { cause: e, key });
  }
  if (!result.ok) throw new StorageError('invalid', `annotation ${id}${where}: ${result.error}`, { key });
  try {
    // IndexedDB clones with the structured clone algorithm: fail here, before any write,
    // rather than half-way through a multi-put transaction.
    structuredClone(result.record);
  } catch (e) {
    throw new StorageError('invalid', `annotation ${id}${where} is not cloneable`, { cause: e, key });
  }
  return { key, record: result.record };
}

export { MIGRATION_BATCH };

/** Puts (a record) or deletes (undefined) notes, and refreshes their articles' summaries, in one transaction. */
function writeNotes(store: UseStore, entries: readonly [string, StoredRecord | undefined][], articleIds: Iterable<string>): Promise<void> {
  return store('readwrite', (s) => {
    for (const [key, record] of entries) {
      if (record) s.put(record, key);
      else s.delete(key);
    }
    refreshIn(s, articleIds);
    return promisifyRequest(s.transaction);
  });
}

export function createAnnotationRepository(options: RepositoryOptions = {}): AnnotationRepository {
  const getStore = (): UseStore => options.store ?? annotationStore();
  const notify = options.notify ?? announceChange;
  /** Set once ensureSchema found a newer store: from then on this tab must not write. */
  let newerVersion: StorageError | undefined;

  async function run<T>(op: string, fn: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      assertAvailable();
      return await fn(getStore());
    } catch (e) {
      throw toStorageError(e, op);
    }
  }

  async function write<T>(op: string, fn: (store: UseStore) => Promise<T>): Promise<T> {
    if (newerVersion) throw newerVersion;
    return run(op, fn);
  }

  function safeNotify(change: AnnotationChange): void {
    timingMark('margin:notes-written', { articleId: change.articleId, count: change.ids.length });
    try {
      notify(change);
    } catch {
      // Notifications are best effort; the write itself succeeded.
    }
  }

  /**
   * Every record in `range`, decoded, in key order. The values alone in the common case: their keys
   * (a second request over the same range) are fetched only when a record is unreadable or older,
   * in the same transaction, so they pair with the values by position.
   */
  async function readRange(op: string, range: () => IDBKeyRange, onFound?: () => void): Promise<ReadResult> {
    const { annotations, unreadable, stale } = await run(op, (store) =>
      store('readonly', (s) =>
        new Promise<ReadResult & { stale: string[] }>((resolve, reject) => {
          const r = range();
          const out: ReadResult & { stale: string[] } = { annotations: [], unreadable: [], stale: [] };
          if (onFound) {
            // Answered before the values below: one key, no value read.
            const first = s.getKey(r);
            first.onsuccess = () => {
              if (first.result === undefined) return;
              try {
                onFound();
              } catch {
                // the caller's hint only: the read goes on
              }
            };
          }
          const valuesReq = s.getAll(r);
          valuesReq.onerror = () => reject(valuesReq.error);
          valuesReq.onsuccess = () => {
            const values = valuesReq.result as unknown[];
            const decoded = values.map((raw) => decode('', raw));
            const pending: number[] = [];
            decoded.forEach((d, i) => {
              if (!d.ok || d.upgraded) pending.push(i);
            });
            const finish = (keys: readonly IDBValidKey[] | null) => {
              decoded.forEach((d, i) => {
                const key = keys ? String(keys[i]) : '';
                if (!d.ok) out.unreadable.push({ ...d.unreadable, key });
                else {
                  out.annotations.push(d.annotation);
                  if (d.upgraded) out.stale.push(key);
                }
              });
              resolve(out);
            };
            if (pending.length === 0) {
              finish(null);
              return;
            }
            const keysReq = s.getAllKeys(r);
            keysReq.onerror = () => reject(keysReq.error);
            keysReq.onsuccess = () => finish(keysReq.result);
          };
        }),
      ),
    );
    if (stale.length > 0 && !newerVersion) {
      // Best effort: a failed write-back (e.g. quota) only means the record is migrated again next read.
      await upgradeKeys(getStore(), stale).catch(() => undefined);
    }
    return { annotations, unreadable };
  }

  return {
    async ensureSchema() {
      return run('ensureSchema', async (store) => {
        const [stored, summaries] = (await getMany([SCHEMA_KEY, SUMMARY_VERSION_KEY], store)) as unknown[];
        if (stored !== undefined && (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 0)) {
          throw new StorageError('corrupt', `ensureSchema: ${SCHEMA_KEY} holds ${JSON.stringify(stored)}, not a version number`, {
            key: SCHEMA_KEY,
          });
        }
        const from = stored === undefined ? null : stored;
        if (from !== null && from > SCHEMA_VERSION) {
          newerVersion = new StorageError(
            'newer-version',
            `ensureSchema: store is at schema ${from}, this build understands up to ${SCHEMA_VERSION}`,
            { key: SCHEMA_KEY },
          );
          throw newerVersion;
        }
        if (from === SCHEMA_VERSION && summaries === SUMMARY_VERSION) return { from, to: SCHEMA_VERSION, migrated: 0, unreadable: [] };

        // Older records, or notes without summaries yet (stores written before summaries existed).
        const { migrated, unreadable, seen } = await migrateAll(store);

        // Record the versions only if no newer build got there first.
        const raced = await store('readwrite', (s) => {
          let newer: unknown;
          const req = s.get(SCHEMA_KEY);
          req.onsuccess = () => {
            const now: unknown = req.result;
            if (typeof now === 'number' && now > SCHEMA_VERSION) newer = now;
            else s.put(SCHEMA_VERSION, SCHEMA_KEY);
          };
          dropStaleSummaries(s, seen);
          const sums = s.get(SUMMARY_VERSION_KEY);
          sums.onsuccess = () => {
            const now: unknown = sums.result;
            if (!(typeof now === 'number' && now > SUMMARY_VERSION)) s.put(SUMMARY_VERSION, SUMMARY_VERSION_KEY);
          };
          return promisifyRequest(s.transaction).then(() => newer);
        });
        if (raced !== undefined) {
          newerVersion = new StorageError(
            'newer-version',
            `ensureSchema: a newer build moved the store to schema ${String(raced)} during migration`,
            { key: SCHEMA_KEY },
          );
          throw newerVersion;
        }
        return { from, to: SCHEMA_VERSION, migrated, unreadable };
      });
    },

    async putAnnotation(annotation) {
      const { key, record } = prepare(annotation);
      await write('putAnnotation', (store) => writeNotes(store, [[key, record]], [record.annotation.target.source]));
      safeNotify({ articleId: record.annotation.target.source, ids: [record.annotation.id], kind: 'put' });
    },

    async putAnnotations(list, opts = {}) {
      if (list.length === 0) return;
      const prepared = list.map((a, i) => prepare(a, i)); // throws 'invalid' before anything is written
      await write('putAnnotations', (store) =>
        writeNotes(
          store,
          prepared.map(({ key, record }) => [key, record]),
          prepared.map(({ record }) => record.annotation.target.source),
        ),
      );
      const byArticle = new Map<string, string[]>();
      for (const { record } of prepared) {
        const ids = byArticle.get(record.annotation.target.source) ?? [];
        ids.push(record.annotation.id);
        byArticle.set(record.annotation.target.source, ids);
      }
      for (const [articleId, ids] of byArticle) safeNotify({ articleId, ids, kind: opts.kind ?? 'put' });
    },

    async deleteAnnotation(articleId, annotationId) {
      await write('deleteAnnotation', (store) => writeNotes(store, [[annotationKey(articleId, annotationId), undefined]], [articleId]));
      safeNotify({ articleId, ids: [annotationId], kind: 'delete' });
    },

    async replaceAnnotation(articleId, annotationId, expected, next) {
      const key = annotationKey(articleId, annotationId);
      const prepared = next ? prepare(next) : null;
      if (prepared && prepared.key !== key) throw new StorageError('invalid', `replaceAnnotation: ${prepared.key} is not ${key}`, { key });
      const conflict = await write('replaceAnnotation', (store) =>
        store('readwrite', (s) => {
          let found: string | null = null;
          const req = s.get(key);
          req.onsuccess = () => {
            const raw: unknown = req.result;
            const decoded = raw === undefined ? null : decode(key, raw);
            const current = decoded === null ? null : decoded.ok ? decoded.annotation : undefined;
            if (current === undefined || !deepEqual(current, expected)) {
              found = current === undefined ? 'an unreadable record' : current === null ? 'no record' : `a record modified ${current.modified}`;
              return;
            }
            if (prepared) s.put(prepared.record, key);
            else s.delete(key);
            refreshIn(s, [articleId]);
          };
          return promisifyRequest(s.transaction).then(() => found);
        }),
      );
      if (conflict !== null) throw new StorageError('conflict', `replaceAnnotation ${key}: found ${conflict}, not what this tab wrote`, { key });
      safeNotify({ articleId, ids: [annotationId], kind: next ? 'put' : 'delete' });
    },

    async getAnnotation(articleId, annotationId) {
      const key = annotationKey(articleId, annotationId);
      const raw: unknown = await run('getAnnotation', (store) => get(key, store));
      if (raw === undefined) return undefined;
      const decoded = decode(key, raw);
      if (!decoded.ok) {
        throw new StorageError('corrupt', `getAnnotation ${key}: ${decoded.unreadable.error}`, { key });
      }
      if (decoded.upgraded && !newerVersion) await upgradeKeys(getStore(), [key]).catch(() => undefined);
      return decoded.annotation;
    },

    async listAnnotations(articleId, options) {
      const result = await readRange('listAnnotations', () => articleKeyRange(articleId), options?.onFound);
      timingMark('margin:notes-read', { articleId, count: result.annotations.length });
      return result;
    },

    listAllAnnotations() {
      return readRange('listAllAnnotations', allAnnotationsKeyRange);
    },

    readOverview(limit, titleOf) {
      // `decode` always answers, so the read does too.
      return run('readOverview', (store) => store('readonly', (s) => readOverview(s, limit, titleOf ?? ((id) => id), decode) as Promise<NotesOverview>));
    },

    async refreshSummaries(articleIds) {
      if (articleIds.length === 0) return;
      await write('refreshSummaries', (store) => writeNotes(store, [], articleIds));
    },

    async rebuildSummaries() {
      await write('rebuildSummaries', async (store) => {
        const { seen } = await migrateAll(store);
        await store('readwrite', (s) => {
          dropStaleSummaries(s, seen);
          return promisifyRequest(s.transaction);
        });
      });
    },

    async clearAll() {
      await write('clearAll', (store) =>
        store('readwrite', (s) => {
          s.delete(allAnnotationsKeyRange());
          s.delete(summaryKeyRange());
          return promisifyRequest(s.transaction);
        }),
      );
      safeNotify({ articleId: null, ids: [], kind: 'import' });
    },

    async estimateUsage() {
      const usage = await run('estimateUsage', (store) =>
        store('readonly', (s) =>
          new Promise<{ bytes: number; records: number }>((resolve, reject) => {
            // From the summaries (one small read) when they can be trusted: no note is read.
            readSummaries(s, (summaries, records) => {
              if (summaries) {
                resolve({ bytes: summaries.reduce((n, x) => n + x.bytes, 0), records });
                return;
              }
              let bytes = 0;
              const req = s.openCursor(allAnnotationsKeyRange());
              req.onsuccess = () => {
                const cursor = req.result;
                if (!cursor) {
                  resolve({ bytes, records });
                  return;
                }
                bytes += recordBytes(String(cursor.key), cursor.value);
                cursor.continue();
              };
              req.onerror = () => reject(req.error);
            });
            s.transaction.addEventListener('error', () => reject(s.transaction.error));
          }),
        ),
      );
      let origin: UsageEstimate['origin'] = null;
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      if (storage && typeof storage.estimate === 'function') {
        try {
          const e = await storage.estimate();
          origin = { usage: e.usage ?? 0, quota: e.quota ?? 0 };
        } catch {
          origin = null;
        }
      }
      return { notesBytes: usage.bytes, records: usage.records, origin };
    },
  };
}

/** Ask the browser not to evict Margin's storage under pressure. */
export async function requestPersistence(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

// ---- The app's default repository: margin/annotations store + BroadcastChannel notifications.

let defaultRepo: AnnotationRepository | undefined;
function repo(): AnnotationRepository {
  defaultRepo ??= createAnnotationRepository();
  return defaultRepo;
}

export const ensureSchema = (): Promise<SchemaReport> => repo().ensureSchema();
export const putAnnotation = (a: Annotation): Promise<void> => repo().putAnnotation(a);
export const putAnnotations = (list: readonly Annotation[], options?: PutOptions): Promise<void> =>
  repo().putAnnotations(list, options);
export const deleteAnnotation = (articleId: string, id: string): Promise<void> => repo().deleteAnnotation(articleId, id);
export const replaceAnnotation = (
  articleId: string,
  id: string,
  expected: Annotation | null,
  next: Annotation | null,
): Promise<void> => repo().replaceAnnotation(articleId, id, expected, next);
export const getAnnotation = (articleId: string, id: string): Promise<Annotation | undefined> =>
  repo().getAnnotation(articleId, id);
export const listAnnotations = (articleId: string, options?: { onFound?: () => void }): Promise<ReadResult> =>
  repo().listAnnotations(articleId, options);
export const listAllAnnotations = (): Promise<ReadResult> => repo().listAllAnnotations();
export const listOverview = (limit: number, titleOf?: (articleId: string) => string): Promise<NotesOverview> =>
  repo().readOverview(limit, titleOf);
export const refreshSummaries = (articleIds: readonly string[]): Promise<void> => repo().refreshSummaries(articleIds);
export const rebuildSummaries = (): Promise<void> => repo().rebuildSummaries();
export const clearAll = (): Promise<void> => repo().clearAll();
export const estimateUsage = (): Promise<UsageEstimate> => repo().estimateUsage();
