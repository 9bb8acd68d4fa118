// @vitest-environment node
import 'fake-indexeddb/auto';
import { entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createAnnotationRepository, MIGRATION_BATCH, SCHEMA_VERSION } from './annotations';
import { annotationKey, SCHEMA_KEY } from './db';
import { StorageError } from './errors';
import { SUMMARY_VERSION, SUMMARY_VERSION_KEY } from './summaries';
import { freshStore, makeAnnotation } from './testFixtures';
import { v1Record } from './v1Fixture';

async function rejection(p: Promise<unknown>): Promise<StorageError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    return e as StorageError;
  }
  throw new Error('expected a rejection');
}

async function seedV1(store: UseStore, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const articleId = `art-${i % 3}`;
    const id = `old-${i}`;
    const key = annotationKey(articleId, id);
    await set(key, v1Record(articleId, id), store);
    keys.push(key);
  }
  return keys;
}

describe('ensureSchema', () => {
  it('upgrades every v1 record to the current version key by key, then records the version; idempotent', async () => {
    const { store } = freshStore();
    const keys = await seedV1(store, 12);
    await set(SCHEMA_KEY, 1, store);
    const repo = createAnnotationRepository({ store, notify: () => {} });

    const report = await repo.ensureSchema();
    expect(report).toEqual({ from: 1, to: SCHEMA_VERSION, migrated: 12, unreadable: [] });
    expect(await get(SCHEMA_KEY, store)).toBe(SCHEMA_VERSION);
    for (const key of keys) {
      const rec = (await get(key, store)) as { v: number; annotation: { id: string; type: string; target: { source: string } } };
      expect(rec.v).toBe(SCHEMA_VERSION);
      expect(rec.annotation.type).toBe('Annotation');
      expect(annotationKey(rec.annotation.target.source, rec.annotation.id)).toBe(key);
    }

    // The v1 note text and colour survive as W3C bodies.
    const old0 = await repo.getAnnotation('art-0', 'old-0');
    expect(old0?.motivation).toBe('commenting');
    expect(old0?.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'commenting', value: 'Ghi chú cũ' }),
        expect.objectContaining({ purpose: 'classifying', value: 'yellow' }),
      ]),
    );
    expect(old0?.target.selector[0].exact).toBe('Thủ tướng');

    const snapshot = await entries(store);
    const again = await repo.ensureSchema();
    expect(again).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, migrated: 0, unreadable: [] });
    expect(await entries(store)).toEqual(snapshot);

    // A fresh repository (another page load) sees nothing to do either.
    expect((await createAnnotationRepository({ store, notify: () => {} }).ensureSchema()).migrated).toBe(0);
    expect((await repo.listAllAnnotations()).annotations).toHaveLength(12);
  });

  it('reports records it cannot migrate and leaves them in place', async () => {
    const { store } = freshStore();
    await seedV1(store, 3);
    const broken = { v: 1, nothing: 'useful' };
    await set(annotationKey('art-0', 'broken'), broken, store);
    await set(SCHEMA_KEY, 1, store);
    const repo = createAnnotationRepository({ store, notify: () => {} });

    const report = await repo.ensureSchema();
    expect(report.migrated).toBe(3);
    expect(report.unreadable).toHaveLength(1);
    expect(report.unreadable[0]).toMatchObject({ key: annotationKey('art-0', 'broken'), raw: broken });
    expect(await get(annotationKey('art-0', 'broken'), store)).toEqual(broken);
    expect(await get(SCHEMA_KEY, store)).toBe(SCHEMA_VERSION);
    // Still visible (as unreadable) to the UI afterwards.
    expect((await repo.listAnnotations('art-0')).unreadable.map((u) => u.key)).toEqual([annotationKey('art-0', 'broken')]);
  });

  it('leaves current records untouched and counts only upgraded ones', async () => {
    const { store } = freshStore();
    const repo = createAnnotationRepository({ store, notify: () => {} });
    await repo.putAnnotation(makeAnnotation('art-0', 'new'));
    await seedV1(store, 2);
    await set(SCHEMA_KEY, 1, store);
    expect((await repo.ensureSchema()).migrated).toBe(2);
    expect(await repo.getAnnotation('art-0', 'new')).toEqual(makeAnnotation('art-0', 'new'));
  });

  it('a brand-new store just gets the versions written', async () => {
    const { store } = freshStore();
    const repo = createAnnotationRepository({ store, notify: () => {} });
    expect(await repo.ensureSchema()).toEqual({ from: null, to: SCHEMA_VERSION, migrated: 0, unreadable: [] });
    expect(await entries(store)).toEqual([
      [SCHEMA_KEY, SCHEMA_VERSION],
      [SUMMARY_VERSION_KEY, SUMMARY_VERSION],
    ]);
  });

  it('a store from a newer Margin → "newer-version", nothing written, later writes refused', async () => {
    const { store } = freshStore();
    await seedV1(store, 2);
    await set(annotationKey('art-9', 'future'), { v: 3, annotation: { whatever: true } }, store);
    await set(SCHEMA_KEY, SCHEMA_VERSION + 1, store);
    const before = await entries(store);
    const repo = createAnnotationRepository({ store, notify: () => {} });

    const err = await rejection(repo.ensureSchema());
    expect(err.kind).toBe('newer-version');
    expect(err.userMessage).toMatch(/phiên bản Margin mới hơn/);
    expect(await entries(store)).toEqual(before);

    // Reads don't write back either, and writes are refused.
    await repo.listAllAnnotations();
    expect(await entries(store)).toEqual(before);
    expect((await rejection(repo.putAnnotation(makeAnnotation('art-0', 'x')))).kind).toBe('newer-version');
    expect((await rejection(repo.deleteAnnotation('art-0', 'old-0'))).kind).toBe('newer-version');
    expect(await entries(store)).toEqual(before);
  });

  it('a garbage schema marker → "corrupt", nothing written', async () => {
    const { store } = freshStore();
    await seedV1(store, 1);
    await set(SCHEMA_KEY, 'two', store);
    const before = await entries(store);
    const err = await rejection(createAnnotationRepository({ store, notify: () => {} }).ensureSchema());
    expect(err.kind).toBe('corrupt');
    expect(await entries(store)).toEqual(before);
  });
});

describe('ensureSchema: batched migration', () => {
  const many = MIGRATION_BATCH * 2 + 37;
  const counting = (store: UseStore) => {
    const seen = { readwrite: 0 };
    const wrapped: UseStore = (mode, cb) => {
      if (mode === 'readwrite') seen.readwrite++;
      return store(mode, cb);
    };
    return { seen, wrapped };
  };

  it(`migrates ${many} records in ${Math.ceil(many / MIGRATION_BATCH)} batch transactions, not one per record`, async () => {
    const { store } = freshStore();
    const keys = await seedV1(store, many);
    await set(SCHEMA_KEY, 1, store);
    const { seen, wrapped } = counting(store);
    const report = await createAnnotationRepository({ store: wrapped, notify: () => {} }).ensureSchema();
    expect(report.migrated).toBe(many);
    // The batches plus the one that writes the schema version.
    expect(seen.readwrite).toBe(Math.ceil(many / MIGRATION_BATCH) + 1);
    const values = new Map((await entries(store)).map(([k, v]) => [String(k), v]));
    for (const key of keys) expect(values.get(key)).toMatchObject({ v: SCHEMA_VERSION, annotation: { target: { source: expect.any(String) } } });
  });

  it('never overwrites a newer record another tab wrote between the listing and the batch', async () => {
    const { store } = freshStore();
    const keys = (await seedV1(store, many)).sort();
    await set(SCHEMA_KEY, 1, store);
    // One key in each batch is rewritten by "another tab" just before that batch's transaction.
    const victims = [keys[3]!, keys[MIGRATION_BATCH + 5]!, keys[many - 1]!];
    const newer = new Map(
      victims.map((k, i) => {
        const id = k.split(':').pop()!;
        const articleId = k.split(':')[1]!;
        return [k, { v: SCHEMA_VERSION, annotation: makeAnnotation(articleId, id, { modified: `2030-01-0${i + 1}T00:00:00.000Z` }) }];
      }),
    );
    let batch = 0;
    const racing: UseStore = async (mode, cb) => {
      if (mode === 'readwrite' && batch < victims.length) {
        const k = victims[batch++]!;
        await set(k, newer.get(k), store);
      }
      return store(mode, cb);
    };
    const report = await createAnnotationRepository({ store: racing, notify: () => {} }).ensureSchema();
    expect(batch).toBe(victims.length);
    expect(report.migrated).toBe(many - victims.length);
    for (const k of victims) expect(await get(k, store)).toEqual(newer.get(k));
    expect(await get(SCHEMA_KEY, store)).toBe(SCHEMA_VERSION);
  });

  it('keeps an unreadable record in place in the middle of a batch and migrates the rest', async () => {
    const { store } = freshStore();
    const keys = (await seedV1(store, MIGRATION_BATCH + 3)).sort();
    const broken = { v: 1, id: 'x', articleId: 'art-0', start: 'nope' };
    await set(keys[10]!, broken, store);
    await set(SCHEMA_KEY, 1, store);
    const report = await createAnnotationRepository({ store, notify: () => {} }).ensureSchema();
    expect(report.migrated).toBe(MIGRATION_BATCH + 2);
    expect(report.unreadable.map((u) => u.key)).toEqual([keys[10]]);
    expect(await get(keys[10]!, store)).toEqual(broken);
  });
});

describe('v2 → v3 (tags beside colours)', () => {
  it('a v2 store: colour bodies become classifying, #tags in notes become tags, nothing else changes', async () => {
    const { store } = freshStore();
    const v2 = (id: string, body: unknown[]) => ({ v: 2, annotation: { ...makeAnnotation('art', id), motivation: 'commenting', body } });
    await set(annotationKey('art', 'a'), v2('a', [{ type: 'TextualBody', purpose: 'tagging', value: 'pink' }]), store);
    await set(
      annotationKey('art', 'b'),
      v2('b', [
        { type: 'TextualBody', purpose: 'commenting', value: 'Hỏi lại #ngân-sách', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'blue' },
      ]),
      store,
    );
    await set(SCHEMA_KEY, 2, store);
    const repo = createAnnotationRepository({ store, notify: () => {} });
    expect(await repo.ensureSchema()).toEqual({ from: 2, to: SCHEMA_VERSION, migrated: 2, unreadable: [] });
    const a = (await get(annotationKey('art', 'a'), store)) as { v: number; annotation: { body: unknown[] } };
    expect(a.v).toBe(3);
    expect(a.annotation.body).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'pink' }]);
    const b = await repo.getAnnotation('art', 'b');
    expect(b?.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Hỏi lại #ngân-sách', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'ngân-sách' },
      { type: 'TextualBody', purpose: 'classifying', value: 'blue' },
    ]);
  });
});

describe('upgrade on read', () => {
  it('an old record read through list/get is returned upgraded and written back once', async () => {
    const { store } = freshStore();
    const key = annotationKey('art', 'old');
    await set(key, v1Record('art', 'old'), store);
    const repo = createAnnotationRepository({ store, notify: () => {} });

    const { annotations, unreadable } = await repo.listAnnotations('art');
    expect(unreadable).toEqual([]);
    expect(annotations).toHaveLength(1);
    expect(await get(key, store)).toEqual({ v: SCHEMA_VERSION, annotation: annotations[0] });

    await set(annotationKey('art', 'old2'), v1Record('art', 'old2'), store);
    const got = await repo.getAnnotation('art', 'old2');
    expect(await get(annotationKey('art', 'old2'), store)).toEqual({ v: SCHEMA_VERSION, annotation: got });
  });

  it('the write-back never overwrites a newer record written meanwhile by another tab', async () => {
    const { store } = freshStore();
    const key = annotationKey('art', 'n');
    await set(key, v1Record('art', 'n'), store);
    const newer = { v: SCHEMA_VERSION, annotation: makeAnnotation('art', 'n', { modified: '2030-01-01T00:00:00.000Z' }) };
    let injected = false;
    // Before the first readwrite transaction (the write-back), "another tab" saves a newer version.
    const racing: UseStore = async (mode, cb) => {
      if (mode === 'readwrite' && !injected) {
        injected = true;
        await set(key, newer, store);
      }
      return store(mode, cb);
    };
    const repo = createAnnotationRepository({ store: racing, notify: () => {} });
    const { annotations } = await repo.listAnnotations('art');
    expect(annotations).toHaveLength(1);
    expect(injected).toBe(true);
    expect(await get(key, store)).toEqual(newer);
  });
});
