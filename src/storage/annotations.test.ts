// @vitest-environment node
import 'fake-indexeddb/auto';
import { createStore, entries, get, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationChange } from './channel';
import { annotationKey, SCHEMA_KEY } from './db';
import {
  createAnnotationRepository,
  requestPersistence,
  SCHEMA_VERSION,
  type AnnotationRepository,
} from './annotations';
import { StorageError } from './errors';
import { freshStore, makeAnnotation } from './testFixtures';
import { v1Record } from './v1Fixture';

function setup(): { repo: AnnotationRepository; store: UseStore; dbName: string; changes: AnnotationChange[] } {
  const { store, dbName } = freshStore();
  const changes: AnnotationChange[] = [];
  const repo = createAnnotationRepository({ store, notify: (c) => changes.push(c) });
  return { repo, store, dbName, changes };
}

async function rejection(p: Promise<unknown>): Promise<StorageError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    return e as StorageError;
  }
  throw new Error('expected a rejection');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('annotations repository: basic CRUD', () => {
  it('puts, gets, lists and deletes', async () => {
    const { repo, store } = setup();
    const a = makeAnnotation('art-1', 'n1');
    await repo.putAnnotation(a);
    expect(await repo.getAnnotation('art-1', 'n1')).toEqual(a);
    expect(await get(annotationKey('art-1', 'n1'), store)).toEqual({ v: SCHEMA_VERSION, annotation: a });

    const b = makeAnnotation('art-1', 'n2', { motivation: 'commenting' });
    await repo.putAnnotation(b);
    expect((await repo.listAnnotations('art-1')).annotations).toEqual([a, b]);

    const a2 = { ...a, modified: '2025-02-01T00:00:00.000Z' };
    await repo.putAnnotation(a2);
    expect(await repo.getAnnotation('art-1', 'n1')).toEqual(a2);

    await repo.deleteAnnotation('art-1', 'n1');
    expect(await repo.getAnnotation('art-1', 'n1')).toBeUndefined();
    expect(await repo.listAnnotations('art-1')).toEqual({ annotations: [b], unreadable: [] });
    // Deleting something absent is fine.
    await repo.deleteAnnotation('art-1', 'nope');
  });

  it('lists by article without leaking other articles (including look-alike ids)', async () => {
    const { repo } = setup();
    const ids = ['a', 'a:b', 'ab', 'a%3A', 'b', 'A'];
    await repo.putAnnotations(ids.flatMap((art) => [makeAnnotation(art, `${art}-1`), makeAnnotation(art, `${art}-2`)]));
    for (const art of ids) {
      const { annotations, unreadable } = await repo.listAnnotations(art);
      expect(unreadable).toEqual([]);
      expect(annotations.map((x) => x.id).sort()).toEqual([`${art}-1`, `${art}-2`]);
      expect(annotations.every((x) => x.target.source === art)).toBe(true);
    }
    expect((await repo.listAnnotations('missing')).annotations).toEqual([]);
  });

  it.each([
    { name: 'an article with notes', art: 'a', found: 1 },
    { name: 'an article without notes (only look-alike ids)', art: 'a:', found: 0 },
    { name: 'an unknown article', art: 'zz', found: 0 },
  ])('onFound: called once for $name, before the read resolves, with the same result', async ({ art, found }) => {
    const { repo } = setup();
    await repo.putAnnotations(['a', 'a:b', 'ab'].flatMap((x) => [makeAnnotation(x, `${x}-1`), makeAnnotation(x, `${x}-2`)]));
    const events: string[] = [];
    const read = repo.listAnnotations(art, { onFound: () => events.push('found') }).then((r) => {
      events.push('read');
      return r;
    });
    const result = await read;
    expect(events).toEqual([...Array<string>(found).fill('found'), 'read']);
    expect(result).toEqual(await repo.listAnnotations(art));
  });

  it('a throwing onFound does not fail the read', async () => {
    const { repo } = setup();
    const a = makeAnnotation('art-1', 'n1');
    await repo.putAnnotation(a);
    const result = await repo.listAnnotations('art-1', {
      onFound: () => {
        throw new Error('caller bug');
      },
    });
    expect(result.annotations).toEqual([a]);
  });

  it('listAllAnnotations returns every article and skips meta keys', async () => {
    const { repo, store } = setup();
    await set(SCHEMA_KEY, SCHEMA_VERSION, store);
    await repo.putAnnotations([makeAnnotation('x', '1'), makeAnnotation('y', '2'), makeAnnotation('z', '3')]);
    const all = await repo.listAllAnnotations();
    expect(all.unreadable).toEqual([]);
    expect(all.annotations.map((a) => `${a.target.source}/${a.id}`)).toEqual(['x/1', 'y/2', 'z/3']);
  });

  it('clearAll removes notes but keeps the schema version', async () => {
    const { repo, store } = setup();
    await set(SCHEMA_KEY, SCHEMA_VERSION, store);
    await repo.putAnnotations([makeAnnotation('x', '1'), makeAnnotation('y', '2')]);
    await repo.clearAll();
    expect((await repo.listAllAnnotations()).annotations).toEqual([]);
    expect(await get(SCHEMA_KEY, store)).toBe(SCHEMA_VERSION);
  });

  it('lists one article among 10,000 notes via a key range', async () => {
    const { repo } = setup();
    const list = Array.from({ length: 10_000 }, (_, i) => makeAnnotation(`art-${i % 100}`, `n-${i}`));
    await repo.putAnnotations(list);
    const t0 = performance.now();
    const { annotations } = await repo.listAnnotations('art-7');
    const ms = performance.now() - t0;
    expect(annotations).toHaveLength(100);
    expect(annotations.every((a) => a.target.source === 'art-7')).toBe(true);
    // fake-indexeddb is far slower than a browser; this only guards against a full scan + decode.
    expect(ms).toBeLessThan(2000);
  }, 30_000);
});

describe('annotations repository: atomic batches and validation', () => {
  it('putAnnotations is all or nothing: one invalid note → nothing written', async () => {
    const { repo, store, changes } = setup();
    const bad = { ...makeAnnotation('art', 'bad'), id: '' };
    const err = await rejection(repo.putAnnotations([makeAnnotation('art', 'ok1'), bad, makeAnnotation('art', 'ok2')]));
    expect(err.kind).toBe('invalid');
    expect(err.userMessage).toMatch(/không hợp lệ/);
    expect(await entries(store)).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('a note with an unexpected (uncloneable) field is refused before any write', async () => {
    const { repo, store } = setup();
    const weird = { ...makeAnnotation('art', 'w'), extra: () => 1 } as unknown as ReturnType<typeof makeAnnotation>;
    const err = await rejection(repo.putAnnotations([makeAnnotation('art', 'ok1'), weird]));
    expect(err.kind).toBe('invalid');
    expect(await entries(store)).toEqual([]);
  });

  it('a note without target.source is refused', async () => {
    const { repo } = setup();
    const a = makeAnnotation('art', 'n');
    const noSource = { ...a, target: { ...a.target, source: '' } };
    expect((await rejection(repo.putAnnotation(noSource))).kind).toBe('invalid');
  });

  it('a failing transaction writes nothing (idb-keyval setMany is one transaction)', async () => {
    const { store } = freshStore();
    // Wrap the real store so the 3rd put inside the batch transaction fails.
    const failing: UseStore = (mode, cb) =>
      store(mode, (s) => {
        let puts = 0;
        const realPut = s.put.bind(s);
        s.put = ((value: unknown, key?: IDBValidKey) => {
          if (++puts === 3) {
            s.transaction.abort();
            throw new DOMException('simulated', 'QuotaExceededError');
          }
          return realPut(value, key);
        }) as typeof s.put;
        return cb(s);
      });
    const repo = createAnnotationRepository({ store: failing, notify: () => {} });
    const err = await rejection(repo.putAnnotations([1, 2, 3, 4].map((i) => makeAnnotation('art', `n${i}`))));
    expect(err.kind).toBe('quota');
    expect(await entries(store)).toEqual([]);
  });
});

describe('annotations repository: concurrency', () => {
  it('two tabs writing concurrently to the same database keep every note', async () => {
    const { dbName } = freshStore();
    // Two independent connections, like two tabs.
    const tab1 = createAnnotationRepository({ store: createStore(dbName, 'annotations'), notify: () => {} });
    const tab2 = createAnnotationRepository({ store: createStore(dbName, 'annotations'), notify: () => {} });
    const seq = async (repo: AnnotationRepository, tag: string) => {
      for (let i = 0; i < 50; i++) {
        await repo.putAnnotation(makeAnnotation(i % 2 ? 'shared' : `own-${tag}`, `${tag}-${i}`));
      }
    };
    await Promise.all([seq(tab1, 't1'), seq(tab2, 't2'), tab1.putAnnotations([makeAnnotation('shared', 'batch-1')])]);
    const all = await tab2.listAllAnnotations();
    expect(all.annotations).toHaveLength(101);
    expect((await tab1.listAnnotations('shared')).annotations).toHaveLength(51);
  });
});

describe('annotations repository: reading old and broken records', () => {
  it.each([
    ['only current records: the values alone, no key request', false],
    ['an unreadable and an older record among them: keys read in the same transaction, each paired with its value', true],
  ])('listAllAnnotations gives every record in key order: %s', async (_name, mixed) => {
    const { repo, store } = setup();
    const notes = ['b', 'a:1', 'c', 'a'].flatMap((art, i) => [makeAnnotation(art, `n${i}`), makeAnnotation(art, `m${i}`)]);
    await repo.putAnnotations(notes);
    const junk = { v: SCHEMA_VERSION, annotation: { nope: true } };
    const old = v1Record('b', 'old');
    if (mixed) {
      await set(annotationKey('a:1', 'junk'), junk, store);
      await set(annotationKey('c', 'old'), { ...old, articleId: 'c' }, store);
    }
    const keysRead = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
    let all: Awaited<ReturnType<AnnotationRepository['listAllAnnotations']>>;
    try {
      all = await repo.listAllAnnotations();
      // Over the whole range (the write-back of the older record reads its own key again).
      expect(keysRead.mock.calls.filter(([q]) => q instanceof IDBKeyRange && q.lower === 'anno:')).toHaveLength(mixed ? 1 : 0);
    } finally {
      keysRead.mockRestore();
    }
    const expected = [...(await entries(store))]
      .map(([k]) => String(k))
      .filter((k) => k.startsWith('anno:') && k !== annotationKey('a:1', 'junk'))
      .sort();
    expect(all.annotations.map((a) => annotationKey(a.target.source, a.id))).toEqual(expected);
    expect(all.unreadable.map((u) => [u.key, u.raw])).toEqual(mixed ? [[annotationKey('a:1', 'junk'), junk]] : []);
    // The older record was written back in the current format, under its own key.
    if (mixed) expect(await get(annotationKey('c', 'old'), store)).toMatchObject({ v: SCHEMA_VERSION, annotation: { id: 'old', target: { source: 'c' } } });
  });

  it('returns unreadable records separately and never deletes them', async () => {
    const { repo, store } = setup();
    await repo.putAnnotation(makeAnnotation('art', 'good'));
    const junk = { v: 2, annotation: { nope: true } };
    await set(annotationKey('art', 'junk'), junk, store);
    await set(annotationKey('art', 'str'), 'not even an object', store);
    const res = await repo.listAnnotations('art');
    expect(res.annotations.map((a) => a.id)).toEqual(['good']);
    expect(res.unreadable.map((u) => u.key).sort()).toEqual([annotationKey('art', 'junk'), annotationKey('art', 'str')]);
    expect(res.unreadable.every((u) => typeof u.error === 'string' && u.error.length > 0)).toBe(true);
    expect(res.unreadable.find((u) => u.key === annotationKey('art', 'junk'))?.raw).toEqual(junk);
    // Still there.
    expect(await get(annotationKey('art', 'junk'), store)).toEqual(junk);
    expect((await repo.listAllAnnotations()).unreadable).toHaveLength(2);
    const err = await rejection(repo.getAnnotation('art', 'junk'));
    expect(err.kind).toBe('corrupt');
    expect(err.key).toBe(annotationKey('art', 'junk'));
  });
});

describe('annotations repository: error mapping', () => {
  it('maps QuotaExceededError to kind "quota" with a Vietnamese message', async () => {
    const quotaStore: UseStore = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const repo = createAnnotationRepository({ store: quotaStore, notify: () => {} });
    const err = await rejection(repo.putAnnotation(makeAnnotation('art', 'n')));
    expect(err.kind).toBe('quota');
    expect(err.userMessage).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(err.detail).toMatch(/putAnnotation: QuotaExceededError/);
    expect(err.cause).toBeInstanceOf(DOMException);
    expect((await rejection(repo.putAnnotations([makeAnnotation('art', 'n')]))).kind).toBe('quota');
  });

  it('maps a store that throws synchronously, and unknown errors', async () => {
    const throwing: UseStore = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const repo = createAnnotationRepository({ store: throwing, notify: () => {} });
    expect((await rejection(repo.listAnnotations('a'))).kind).toBe('unavailable');
    const weird = createAnnotationRepository({ store: () => Promise.reject(new Error('boom')), notify: () => {} });
    const err = await rejection(weird.getAnnotation('a', 'b'));
    expect(err.kind).toBe('unknown');
    expect(err.userMessage).toMatch(/Vui lòng thử lại/);
  });

  it('missing IndexedDB → "unavailable" with a clear message', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error deliberately removing the global
    delete globalThis.indexedDB;
    try {
      expect(typeof indexedDB).toBe('undefined');
      const repo = createAnnotationRepository({ notify: () => {} }); // default store, never opened
      for (const p of [
        repo.putAnnotation(makeAnnotation('a', '1')),
        repo.listAnnotations('a'),
        repo.ensureSchema(),
        repo.estimateUsage(),
      ]) {
        const err = await rejection(p);
        expect(err.kind).toBe('unavailable');
        expect(err.userMessage).toMatch(/Trình duyệt không cho phép lưu ghi chú/);
        expect(err.detail).toMatch(/IndexedDB is not available/);
      }
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('annotations repository: change notifications', () => {
  it('notifies after each write, grouped by article', async () => {
    const { repo, changes } = setup();
    await repo.putAnnotation(makeAnnotation('a', '1'));
    await repo.putAnnotations([makeAnnotation('a', '2'), makeAnnotation('b', '3'), makeAnnotation('a', '4')]);
    await repo.putAnnotations([makeAnnotation('c', '5')], { kind: 'import' });
    await repo.putAnnotations([]);
    await repo.deleteAnnotation('a', '1');
    await repo.clearAll();
    expect(changes).toEqual([
      { articleId: 'a', ids: ['1'], kind: 'put' },
      { articleId: 'a', ids: ['2', '4'], kind: 'put' },
      { articleId: 'b', ids: ['3'], kind: 'put' },
      { articleId: 'c', ids: ['5'], kind: 'import' },
      { articleId: 'a', ids: ['1'], kind: 'delete' },
      { articleId: null, ids: [], kind: 'import' },
    ]);
  });

  it('does not notify when the write fails', async () => {
    const changes: AnnotationChange[] = [];
    const repo = createAnnotationRepository({
      store: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      notify: (c) => changes.push(c),
    });
    await rejection(repo.putAnnotation(makeAnnotation('a', '1')));
    await rejection(repo.deleteAnnotation('a', '1'));
    expect(changes).toEqual([]);
  });
});

describe('usage and persistence', () => {
  it('estimateUsage sums UTF-8 JSON bytes of the records; origin null without navigator.storage', async () => {
    const { repo } = setup();
    expect(await repo.estimateUsage()).toEqual({ notesBytes: 0, records: 0, origin: null });
    const a = makeAnnotation('bài', 'một');
    await repo.putAnnotation(a);
    const enc = new TextEncoder();
    const expected =
      enc.encode(annotationKey('bài', 'một')).length + enc.encode(JSON.stringify({ v: SCHEMA_VERSION, annotation: a })).length;
    const u = await repo.estimateUsage();
    expect(u.records).toBe(1);
    expect(u.notesBytes).toBe(expected);
  });

  it.each([
    ['summaries trusted: counted from them, no note is read', true],
    ["summaries not trusted (an older build's note without one): every record is read", false],
  ])('estimateUsage equals the UTF-8 bytes of every stored record, readable or not: %s', async (_name, trusted) => {
    const { repo, store } = setup();
    await repo.ensureSchema();
    await repo.putAnnotations([makeAnnotation('bài', 'một'), makeAnnotation('bài', 'hai', { modified: '2025-02-01T00:00:00.000Z' }), makeAnnotation('b:2', 'x')]);
    // An unreadable record, counted with its article's summary.
    await set(annotationKey('hỏng', '1'), { v: SCHEMA_VERSION, annotation: { id: 1, note: 'Tôi 🙂' } }, store);
    await repo.refreshSummaries(['hỏng']);
    if (!trusted) await set(annotationKey('z', 'old'), { v: SCHEMA_VERSION, annotation: makeAnnotation('z', 'old') }, store);
    const enc = new TextEncoder();
    let expected = 0;
    let records = 0;
    for (const [k, v] of await entries(store)) {
      if (!String(k).startsWith('anno:')) continue;
      records++;
      expected += enc.encode(String(k)).length + enc.encode(JSON.stringify(v)).length;
    }
    const cursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    try {
      const u = await repo.estimateUsage();
      expect(u).toMatchObject({ records, notesBytes: expected });
      expect(records).toBe(trusted ? 4 : 5);
      expect(cursor).toHaveBeenCalledTimes(trusted ? 0 : 1);
    } finally {
      cursor.mockRestore();
    }
  });

  it('estimateUsage includes navigator.storage.estimate() when available', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 1234, quota: 99999 }) } });
    const { repo } = setup();
    expect((await repo.estimateUsage()).origin).toEqual({ usage: 1234, quota: 99999 });
  });

  it('requestPersistence: unsupported / granted / denied', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistence()).toBe('unsupported');
    vi.stubGlobal('navigator', { storage: {} });
    expect(await requestPersistence()).toBe('unsupported');
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) } });
    expect(await requestPersistence()).toBe('granted');
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(true), persist: () => Promise.resolve(false) } });
    expect(await requestPersistence()).toBe('granted');
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.resolve(false) } });
    expect(await requestPersistence()).toBe('denied');
  });
});
