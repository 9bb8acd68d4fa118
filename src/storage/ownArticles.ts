/**
 * The reader's own articles: database `margin-own`, store `articles` (idb-keyval), one key per article
 *   art:<articleId>  → { v: 1, article, addedAt, origin }   (src/domain/own/record.ts)
 *   meta:schema      → number
 * Every read goes through migrateOwnRecord (same article schema as bundled articles); a record that
 * cannot be read is reported with its raw value, never dropped. Errors reach callers as StorageError.
 */
import { refreshSummaries } from './summaries';
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { migrateOwnRecord, OWN_SCHEMA_VERSION, type OwnRecord } from '../domain/own/record';
import { announceChange } from './channel';
import { annotationStore, articleKeyRange, prefixBounds } from './db';
import { StorageError, toStorageError } from './errors';

export const OWN_DB = 'margin-own';
export const OWN_STORE = 'articles';
export const OWN_KEY_PREFIX = 'art:';
const SCHEMA_KEY = 'meta:schema';
export const OWN_CHANNEL = 'margin-own';

export const ownArticleKey = (id: string) => `${OWN_KEY_PREFIX}${id}`;

export interface UnreadableOwnRecord {
  key: string;
  error: string;
  raw: unknown;
}

export interface OwnList {
  /** Newest first. */
  records: OwnRecord[];
  unreadable: UnreadableOwnRecord[];
}

export type NotesChoice = 'keep' | 'delete';

export interface OwnArticleRepository {
  /** Checks `meta:schema`; a store written by a newer Margin makes every write refuse (kind 'newer-version'). */
  ensureSchema(): Promise<{ from: number | null; to: number; migrated: number; unreadable: UnreadableOwnRecord[] }>;
  get(id: string): Promise<OwnRecord | undefined>;
  list(): Promise<OwnList>;
  /** All or nothing: every record is validated, then all are written in one transaction. */
  putMany(records: readonly OwnRecord[]): Promise<void>;
  /** Removes the articles (and, with 'delete', their notes); used by delete and by import's undo. */
  remove(ids: readonly string[], notes: NotesChoice): Promise<void>;
}

export interface OwnRepositoryOptions {
  store?: UseStore;
  notesStore?: UseStore;
  notify?: (ids: readonly string[]) => void;
  /** Default: the notes channel, so open readers drop deleted notes. */
  notifyNotes?: typeof announceChange;
}

let ownStoreFn: UseStore | undefined;
export function ownArticleStore(): UseStore {
  ownStoreFn ??= createStore(OWN_DB, OWN_STORE);
  return ownStoreFn;
}

/** Other tabs hear which own articles changed (best effort). */
export function announceOwnChange(ids: readonly string[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    const ch = new BroadcastChannel(OWN_CHANNEL);
    ch.postMessage({ type: 'margin/own-articles-changed', ids: [...ids] });
    ch.close();
  } catch {
    // Best effort, like the notes channel.
  }
}

export function onOwnChange(cb: (ids: string[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const ch = new BroadcastChannel(OWN_CHANNEL);
  ch.onmessage = (ev: MessageEvent<unknown>) => {
    const data = ev.data as { type?: unknown; ids?: unknown };
    if (data?.type === 'margin/own-articles-changed' && Array.isArray(data.ids)) cb(data.ids.filter((x): x is string => typeof x === 'string'));
  };
  return () => ch.close();
}

function ownRange(): IDBKeyRange {
  const [lower, upper] = prefixBounds(OWN_KEY_PREFIX);
  return IDBKeyRange.bound(lower, upper, false, true);
}

function prepare(record: OwnRecord, i: number): [string, OwnRecord] {
  const checked = migrateOwnRecord(record);
  if (!checked.ok) throw new StorageError('invalid', `own article ${i}: ${checked.error}`);
  try {
    structuredClone(checked.record);
  } catch (e) {
    throw new StorageError('invalid', `own article ${i} is not cloneable`, { cause: e });
  }
  return [ownArticleKey(checked.record.article.id), checked.record];
}

export function createOwnArticleRepository(options: OwnRepositoryOptions = {}): OwnArticleRepository {
  const store = () => options.store ?? ownArticleStore();
  const notesStore = () => options.notesStore ?? annotationStore();
  const notify = options.notify ?? announceOwnChange;
  const notifyNotes = options.notifyNotes ?? announceChange;
  let newer: StorageError | undefined;

  async function run<T>(op: string, fn: () => Promise<T>): Promise<T> {
    try {
      if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', 'IndexedDB is not available');
      return await fn();
    } catch (e) {
      throw toStorageError(e, op);
    }
  }
  const write = <T>(op: string, fn: () => Promise<T>) => (newer ? Promise.reject(newer) : run(op, fn));

  return {
    ensureSchema: () =>
      run('own.ensureSchema', async () => {
        const stored: unknown = await get(SCHEMA_KEY, store());
        const from = typeof stored === 'number' ? stored : null;
        if (stored !== undefined && from === null) throw new StorageError('corrupt', `${SCHEMA_KEY} holds ${JSON.stringify(stored)}`);
        if (from !== null && from > OWN_SCHEMA_VERSION) {
          newer = new StorageError('newer-version', `own articles store at schema ${from}, this build reads ${OWN_SCHEMA_VERSION}`);
          throw newer;
        }
        let migrated = 0;
        const unreadable: UnreadableOwnRecord[] = [];
        if (from !== OWN_SCHEMA_VERSION) {
          // Older records are rewritten key by key; one that fails stays as it was and is reported.
          const [keys, values] = await store()('readonly', (s) => Promise.all([promisifyRequest(s.getAllKeys(ownRange())), promisifyRequest(s.getAll(ownRange()))]));
          for (let i = 0; i < keys.length; i++) {
            const raw: unknown = values[i];
            const r = migrateOwnRecord(raw);
            if (!r.ok) unreadable.push({ key: String(keys[i]), error: r.error, raw });
            else if ((raw as { v?: unknown }).v !== OWN_SCHEMA_VERSION) {
              await set(String(keys[i]), r.record, store());
              migrated++;
            }
          }
          await set(SCHEMA_KEY, OWN_SCHEMA_VERSION, store());
        }
        return { from, to: OWN_SCHEMA_VERSION, migrated, unreadable };
      }),

    get: (id) =>
      run('own.get', async () => {
        const raw: unknown = await get(ownArticleKey(id), store());
        if (raw === undefined) return undefined;
        const r = migrateOwnRecord(raw);
        if (!r.ok) throw new StorageError('corrupt', `own article ${id}: ${r.error}`, { key: ownArticleKey(id) });
        return r.record;
      }),

    list: () =>
      run('own.list', async () => {
        const [keys, values] = await store()('readonly', (s) => Promise.all([promisifyRequest(s.getAllKeys(ownRange())), promisifyRequest(s.getAll(ownRange()))]));
        const records: OwnRecord[] = [];
        const unreadable: UnreadableOwnRecord[] = [];
        keys.forEach((k, i) => {
          const r = migrateOwnRecord(values[i]);
          if (r.ok) records.push(r.record);
          else unreadable.push({ key: String(k), error: r.error, raw: values[i] });
        });
        records.sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.article.id.localeCompare(b.article.id));
        return { records, unreadable };
      }),

    async putMany(list) {
      if (list.length === 0) return;
      const prepared = list.map(prepare); // throws before anything is written
      await write('own.putMany', () =>
        store()('readwrite', (s) => {
          for (const [key, record] of prepared) s.put(record, key);
          return promisifyRequest(s.transaction);
        }),
      );
      notify(prepared.map(([, r]) => r.article.id));
    },

    async remove(ids, notes) {
      if (ids.length === 0) return;
      await write('own.remove', async () => {
        await store()('readwrite', (s) => {
          for (const id of ids) s.delete(ownArticleKey(id));
          return promisifyRequest(s.transaction);
        });
        if (notes === 'delete') {
          // After the article: if this fails the notes stay, as orphans, rather than an article without its notes.
          await notesStore()('readwrite', (s) => {
            for (const id of ids) s.delete(articleKeyRange(id));
            refreshSummaries(s, ids); // their summaries go in the same transaction
            return promisifyRequest(s.transaction);
          });
          for (const id of ids) notifyNotes({ articleId: id, ids: [], kind: 'import' });
        }
      });
      notify(ids);
    },
  };
}

let defaultRepo: OwnArticleRepository | undefined;
export function ownArticles(): OwnArticleRepository {
  defaultRepo ??= createOwnArticleRepository();
  return defaultRepo;
}
