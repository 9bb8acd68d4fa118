// @vitest-environment node
import 'fake-indexeddb/auto';
import { createStore, entries, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/article/types';
import { makeRecord, type OwnRecord } from '../domain/own/record';
import { createAnnotationRepository } from './annotations';
import { annotationKey } from './db';
import { StorageError } from './errors';
import { createOwnArticleRepository, ownArticleKey } from './ownArticles';
import { staleSummaries } from './summaries';
import { makeAnnotation } from './testFixtures';

let n = 0;
function setup() {
  const tag = `${Date.now()}-${++n}`;
  const store = createStore(`margin-own-test-${tag}`, 'articles');
  const notesStore = createStore(`margin-notes-test-${tag}`, 'annotations');
  const changed: string[][] = [];
  const notesChanged: (string | null)[] = [];
  const repo = createOwnArticleRepository({ store, notesStore, notify: (ids) => changed.push([...ids]), notifyNotes: (c) => notesChanged.push(c.articleId) });
  return { repo, store, notesStore, changed, notesChanged };
}

const article = (id: string, title = 'Bài'): Article => ({
  id,
  title,
  published: '2022-01-25',
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text: 'Phó Bí thư Nguyễn Hồ Hải chủ trì.' }],
  entities: [],
});
const record = (id: string, at = '2026-01-01T00:00:00Z'): OwnRecord => makeRecord(article(id), { kind: 'paste', name: 'văn bản dán vào' }, new Date(at));

async function rejection(p: Promise<unknown>): Promise<StorageError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    return e as StorageError;
  }
  throw new Error('expected a rejection');
}

describe('own articles repository', () => {
  it('stores one key per article, reads them back newest first, and announces the change', async () => {
    const { repo, store, changed } = setup();
    await repo.putMany([record('own--a-1', '2026-01-01T00:00:00Z'), record('own--b-2', '2026-02-01T00:00:00Z')]);
    expect((await entries(store)).map(([k]) => k).sort()).toEqual(['art:own--a-1', 'art:own--b-2']);
    const list = await repo.list();
    expect(list.records.map((r) => r.article.id)).toEqual(['own--b-2', 'own--a-1']);
    expect(list.unreadable).toEqual([]);
    expect(await repo.get('own--a-1')).toEqual(record('own--a-1'));
    expect(await repo.get('own--none')).toBeUndefined();
    expect(changed).toEqual([['own--a-1', 'own--b-2']]);
  });

  it('writes nothing when one record of a batch is invalid', async () => {
    const { repo, store } = setup();
    const bad = { ...record('own--c-3'), article: { ...article('own--c-3'), blocks: [] } } as OwnRecord;
    const e = await rejection(repo.putMany([record('own--a-1'), bad]));
    expect(e.kind).toBe('invalid');
    expect(e.detail).toMatch(/own article 1: .*no blocks/);
    expect(await entries(store)).toEqual([]);
  });

  it('refuses a bundled id', async () => {
    const { repo } = setup();
    expect((await rejection(repo.putMany([{ ...record('x'), article: article('chu-trong') }]))).detail).toMatch(/not an own-article id/);
  });

  it('reports an unreadable record with its raw value and keeps it', async () => {
    const { repo, store } = setup();
    await repo.putMany([record('own--a-1')]);
    await set(ownArticleKey('own--bad-1'), { v: 1, article: { id: 'own--bad-1' } }, store);
    const list = await repo.list();
    expect(list.records.map((r) => r.article.id)).toEqual(['own--a-1']);
    expect(list.unreadable).toMatchObject([{ key: 'art:own--bad-1', raw: { v: 1 } }]);
    expect((await rejection(repo.get('own--bad-1'))).kind).toBe('corrupt');
    expect(await get(ownArticleKey('own--bad-1'), store)).toBeDefined();
  });

  it('ensureSchema records the version, and a newer store blocks writes without touching it', async () => {
    const { repo, store } = setup();
    expect(await repo.ensureSchema()).toEqual({ from: null, to: 1, migrated: 0, unreadable: [] });
    expect(await get('meta:schema', store)).toBe(1);
    expect((await repo.ensureSchema()).from).toBe(1);

    const other = setup();
    await set('meta:schema', 7, other.store);
    expect((await rejection(other.repo.ensureSchema())).kind).toBe('newer-version');
    expect((await rejection(other.repo.putMany([record('own--a-1')]))).kind).toBe('newer-version');
    expect(await entries(other.store)).toEqual([['meta:schema', 7]]);
  });

  it('remove keeps the notes (orphans) or deletes them, as the reader chose', async () => {
    const { repo, store, notesStore, notesChanged } = setup();
    await repo.putMany([record('own--a-1'), record('own--b-2')]);
    const notes = [makeAnnotation('own--a-1', 'n1'), makeAnnotation('own--a-1', 'n2'), makeAnnotation('own--b-2', 'n3'), makeAnnotation('bundled', 'n4')];
    for (const a of notes) await set(annotationKey(a.target.source, a.id), { v: 2, annotation: a }, notesStore);

    await repo.remove(['own--a-1'], 'keep');
    expect(await get(ownArticleKey('own--a-1'), store)).toBeUndefined();
    expect((await entries(notesStore)).length).toBe(4);
    expect(notesChanged).toEqual([]);

    await repo.remove(['own--b-2'], 'delete');
    expect(await entries(store)).toEqual([]);
    expect((await entries(notesStore)).map(([k]) => k).sort()).toEqual(['anno:bundled:n4', 'anno:own--a-1:n1', 'anno:own--a-1:n2']);
    expect(notesChanged).toEqual(['own--b-2']);
  });

  it('deleting an article\'s notes drops its summary in the same transaction', async () => {
    const { repo, notesStore } = setup();
    const notesRepo = createAnnotationRepository({ store: notesStore, notify: () => {} });
    await notesRepo.ensureSchema();
    await repo.putMany([record('own--a-1')]);
    await notesRepo.putAnnotations([makeAnnotation('own--a-1', 'n1'), makeAnnotation('bundled', 'n2')]);
    await repo.remove(['own--a-1'], 'delete');
    const overview = await notesRepo.readOverview(100);
    expect(overview.summaries?.map((x) => x.articleId)).toEqual(['bundled']);
    const full = await notesRepo.listAllAnnotations();
    expect(staleSummaries(overview.summaries!, full.annotations, full.unreadable)).toEqual([]);
  });
});
