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
import { del, get, promisifyRequest, setMany, set, type UseStore } from 'idb-keyval';
import type { Annotation } from '../domain/notes/annotation';
import { deepEqual } from '../domain/notes/deepEqual';
import { announceChange, type AnnotationChange, type ChangeKind } from './channel';
import {
  allAnnotationsKeyRange,
  ANNOTATION_KEY_PREFIX,
  annotationKey,
  annotationStore,
  articleKeyRange,
  prefixBounds,
  SCHEMA_KEY,
} from './db';
import { StorageError, toStorageError } from './errors';
import { isValidAnnotationFast } from './fastCheck';
import { timingMark } from './marks';
import { migrateRecord, SCHEMA_VERSION } from './schema';


export { SCHEMA_VERSION };

/** What is stored under each `anno:` key. */
export interface StoredRecord {
  v: typeof SCHEMA_VERSION;
  annotation: Annotation;
}

export interface UnreadableRecord {
  key: string;
  /** Why migrateRecord refused it (technical, for logs / bug reports). */
  error: string;
  /** The stored value, untouched, so it can still be exported. */
  raw: unknown;
}

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
  /** UTF-8 bytes of the JSON of every note record plus its key. */
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
  listAnnotations(articleId: string): Promise<ReadResult>;
  listAllAnnotations(): Promise<ReadResult>;
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

function isCurrentVersion(raw: unknown): boolean {
  return isObj(raw) && raw.v === SCHEMA_VERSION;
}

function assertAvailable(): void {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', 'IndexedDB is not available in this environment (globalThis.indexedDB is missing)');
  }
  if (typeof IDBKeyRange === 'undefined') {
    throw new StorageError('unavailable', 'IDBKeyRange is not available in this environment');
  }
}

type Decoded =
  | { ok: true; annotation: Annotation; upgraded: boolean }
  | { ok: false; unreadable: UnreadableRecord };

function decode(key: string, raw: unknown): Decoded {
  // Most records are current and valid: the fast check says so in ~1 µs; anything else gets the schema's verdict and message.
  if (isObj(raw) && raw.v === SCHEMA_VERSION && isValidAnnotationFast(raw.annotation)) return { ok: true, annotation: raw.annotation, upgraded: false };
  let result: ReturnType<typeof migrateRecord>;
  try {
    result = migrateRecord(raw);
  } catch (e) {
    result = { ok: false, error: `migrateRecord threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!result.ok) return { ok: false, unreadable: { key, error: result.error, raw } };
  return { ok: true, annotation: result.record.annotation, upgraded: !isCurrentVersion(raw) };
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
    result = isValidAnnotationFast(annotation) ? { ok: true, record: { v: SCHEMA_VERSION, annotation } } : migrateRecord({ v: SCHEMA_VERSION, annotation });
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

/** Records migrated per readwrite transaction: few transactions, none long enough to stall a tab. */
export const MIGRATION_BATCH = 500;

interface UpgradeReport {
  migrated: number;
  unreadable: UnreadableRecord[];
}

/**
 * Upgrades one batch in one readwrite transaction: re-reads the records in `range` (at most `count`)
 * and writes back, migrated, only those that still hold an older version. A record another tab
 * rewrote in the current format meanwhile is left alone: transactions on the store run one at a
 * time, so what this transaction reads is what it would overwrite.
 */
function upgradeRange(store: UseStore, range: IDBKeyRange, count?: number): Promise<UpgradeReport & { lastKey: string | null; read: number }> {
  return store('readwrite', (s) => {
    const report = { migrated: 0, unreadable: [] as UnreadableRecord[], lastKey: null as string | null, read: 0 };
    const keysReq = s.getAllKeys(range, count);
    const valuesReq = s.getAll(range, count);
    valuesReq.onsuccess = () => {
      const keys = keysReq.result;
      const values = valuesReq.result;
      report.read = keys.length;
      report.lastKey = keys.length ? String(keys[keys.length - 1]) : null;
      keys.forEach((k, i) => {
        const key = String(k);
        const decoded = decode(key, values[i]);
        if (!decoded.ok) report.unreadable.push(decoded.unreadable);
        else if (decoded.upgraded) {
          s.put({ v: SCHEMA_VERSION, annotation: decoded.annotation } satisfies StoredRecord, key);
          report.migrated++;
        }
      });
    };
    return promisifyRequest(s.transaction).then(() => report);
  });
}

/** Migrates every annotation record, MIGRATION_BATCH keys per transaction, in key order. */
async function migrateAll(store: UseStore): Promise<UpgradeReport> {
  const total: UpgradeReport = { migrated: 0, unreadable: [] };
  const [, upper] = prefixBounds(ANNOTATION_KEY_PREFIX);
  let range = allAnnotationsKeyRange();
  for (;;) {
    // Each batch commits on its own: an interrupted migration resumes where it stopped.
    const batch = await upgradeRange(store, range, MIGRATION_BATCH);
    total.migrated += batch.migrated;
    total.unreadable.push(...batch.unreadable);
    if (batch.read < MIGRATION_BATCH || batch.lastKey === null) return total;
    range = IDBKeyRange.bound(batch.lastKey, upper, true, true);
  }
}

/** Upgrades the given keys (sorted), at most MIGRATION_BATCH per transaction; for records met on read. */
async function upgradeKeys(store: UseStore, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += MIGRATION_BATCH) {
    const part = keys.slice(i, i + MIGRATION_BATCH);
    // The range may hold current records between the stale ones: upgradeRange skips those.
    await upgradeRange(store, IDBKeyRange.bound(part[0]!, part[part.length - 1]!));
  }
}

const utf8 = new TextEncoder();

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

  async function readRange(op: string, range: () => IDBKeyRange): Promise<ReadResult> {
    const [keys, values] = await run(op, (store) =>
      store('readonly', (s) => {
        const r = range();
        // Both requests in one transaction: a consistent snapshot, both in key order.
        return Promise.all([promisifyRequest(s.getAllKeys(r)), promisifyRequest(s.getAll(r))]);
      }),
    );
    const annotations: Annotation[] = [];
    const unreadable: UnreadableRecord[] = [];
    const stale: string[] = [];
    keys.forEach((k, i) => {
      const key = String(k);
      const decoded = decode(key, values[i]);
      if (!decoded.ok) {
        unreadable.push(decoded.unreadable);
        return;
      }
      annotations.push(decoded.annotation);
      if (decoded.upgraded) stale.push(key);
    });
    if (stale.length > 0 && !newerVersion) {
      // Best effort: a failed write-back (e.g. quota) only means the record is migrated again next read.
      await upgradeKeys(getStore(), stale).catch(() => undefined);
    }
    return { annotations, unreadable };
  }

  return {
    async ensureSchema() {
      return run('ensureSchema', async (store) => {
        const stored: unknown = await get(SCHEMA_KEY, store);
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
        if (from === SCHEMA_VERSION) return { from, to: SCHEMA_VERSION, migrated: 0, unreadable: [] };

        const { migrated, unreadable } = await migrateAll(store);

        // Record the version only if no newer build got there first.
        const raced = await store('readwrite', (s) => {
          let newer: unknown;
          const req = s.get(SCHEMA_KEY);
          req.onsuccess = () => {
            const now: unknown = req.result;
            if (typeof now === 'number' && now > SCHEMA_VERSION) newer = now;
            else s.put(SCHEMA_VERSION, SCHEMA_KEY);
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
      await write('putAnnotation', (store) => set(key, record, store));
      safeNotify({ articleId: record.annotation.target.source, ids: [record.annotation.id], kind: 'put' });
    },

    async putAnnotations(list, opts = {}) {
      if (list.length === 0) return;
      const prepared = list.map((a, i) => prepare(a, i)); // throws 'invalid' before anything is written
      await write('putAnnotations', (store) =>
        setMany(
          prepared.map(({ key, record }) => [key, record]),
          store,
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
      await write('deleteAnnotation', (store) => del(annotationKey(articleId, annotationId), store));
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

    async listAnnotations(articleId) {
      const result = await readRange('listAnnotations', () => articleKeyRange(articleId));
      timingMark('margin:notes-read', { articleId, count: result.annotations.length });
      return result;
    },

    listAllAnnotations() {
      return readRange('listAllAnnotations', allAnnotationsKeyRange);
    },

    async clearAll() {
      await write('clearAll', (store) =>
        store('readwrite', (s) => {
          s.delete(allAnnotationsKeyRange());
          return promisifyRequest(s.transaction);
        }),
      );
      safeNotify({ articleId: null, ids: [], kind: 'import' });
    },

    async estimateUsage() {
      const usage = await run('estimateUsage', (store) =>
        store('readonly', (s) =>
          new Promise<{ bytes: number; records: number }>((resolve, reject) => {
            let bytes = 0;
            let records = 0;
            const req = s.openCursor(allAnnotationsKeyRange());
            req.onsuccess = () => {
              const cursor = req.result;
              if (!cursor) {
                resolve({ bytes, records });
                return;
              }
              records++;
              bytes += utf8.encode(String(cursor.key)).length + utf8.encode(JSON.stringify(cursor.value) ?? '').length;
              cursor.continue();
            };
            req.onerror = () => reject(req.error);
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
export const listAnnotations = (articleId: string): Promise<ReadResult> => repo().listAnnotations(articleId);
export const listAllAnnotations = (): Promise<ReadResult> => repo().listAllAnnotations();
export const clearAll = (): Promise<void> => repo().clearAll();
export const estimateUsage = (): Promise<UsageEstimate> => repo().estimateUsage();
