// @vitest-environment node
import 'fake-indexeddb/auto';
import { set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/notes/annotation';
import { withNote } from '../domain/notes/model';
import { createAnnotationRepository, SCHEMA_VERSION } from './annotations';
import { annotationKey, SCHEMA_KEY } from './db';
import { readFirstRows } from './firstRows';
import { SUMMARY_VERSION_KEY } from './summaries';
import { freshStore, makeAnnotation } from './testFixtures';
import { v1Record } from './v1Fixture';

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;
const note = (articleId: string, id: string, day: number, text = '') =>
  withNote(makeAnnotation(articleId, id, { created: at(day), modified: at(day) }), text, new Date(at(day)));
// Five articles of six notes; b, c and d end on the same day, so their titles decide which come first.
const notes: Annotation[] = ['a', 'b', 'c', 'd', 'e'].flatMap((aid, i) =>
  Array.from({ length: 6 }, (_, j) => note(aid, `n${j}`, i === 0 ? 20 + j : i <= 3 ? 5 + j : 1 + j, j % 2 ? `ghi chú ${j}` : '')),
);
const titles: Record<string, string> = { a: 'Một', b: 'Xuân', c: 'Bình', d: 'An', e: 'Cuối' };
const titleOf = (id: string) => titles[id] ?? id;

async function stored(list: readonly Annotation[]): Promise<UseStore> {
  const { store } = freshStore();
  const repo = createAnnotationRepository({ store, notify: () => {} });
  await repo.ensureSchema();
  if (list.length) await repo.putAnnotations(list);
  return store;
}

const viaStorage = (store: UseStore, limit: number) => createAnnotationRepository({ store, notify: () => {} }).readOverview(limit, titleOf);

describe('readFirstRows: the storage module\'s first page read, without it', () => {
  it.each([
    ['no notes', [] as Annotation[], 10],
    ['the newest article only', notes, 6],
    ['articles tied on activity, ordered by title', notes, 14],
    ['more rows than notes', notes, 100],
  ])('%s: the same overview as listOverview', async (_name, list, limit) => {
    const store = await stored(list);
    const light = await readFirstRows(limit, titleOf, store);
    expect(light).not.toBeNull();
    expect(light).toEqual(await viaStorage(store, limit));
  });

  it('picks the tied articles by title (d "An", then c "Bình")', async () => {
    const light = await readFirstRows(14, titleOf, await stored(notes));
    expect([...new Set(light!.annotations.map((a) => a.target.source))]).toEqual(['a', 'd', 'c']);
  });

  // Each of these needs the storage module (a migration, a rebuild, the full validation): the light read declines.
  it.each<[string, (store: UseStore) => Promise<void>]>([
    ['an older schema (the start migrates)', (s) => set(SCHEMA_KEY, SCHEMA_VERSION - 1, s)],
    ['a newer schema (this build must not read it as its own)', (s) => set(SCHEMA_KEY, SCHEMA_VERSION + 1, s)],
    ['no schema mark (a store never checked)', (s) => set(SCHEMA_KEY, undefined, s)],
    ['summaries not built yet', (s) => set(SUMMARY_VERSION_KEY, undefined, s)],
    ['a note written without its summary (an older build in another tab)', (s) => set(annotationKey('z', 'old'), { v: SCHEMA_VERSION, annotation: note('z', 'old', 30) }, s)],
    ['an older record among the first rows', (s) => set(annotationKey('a', 'n5'), v1Record('a', 'n5'), s)],
    ['an unreadable record among the first rows', (s) => set(annotationKey('a', 'n5'), { v: SCHEMA_VERSION, annotation: { id: 'n5' } }, s)],
  ])('declines: %s', async (_name, change) => {
    const store = await stored(notes);
    await change(store);
    expect(await readFirstRows(6, titleOf, store)).toBeNull();
  });

  it('an unreadable record outside the first rows is not read, so it does not stop the light read', async () => {
    const store = await stored(notes);
    const repo = createAnnotationRepository({ store, notify: () => {} });
    // Written through the repository's own path (summary included), then broken in place.
    await set(annotationKey('e', 'n0'), { v: SCHEMA_VERSION, annotation: { id: 'n0' } }, store);
    await repo.refreshSummaries(['e']);
    const light = await readFirstRows(6, titleOf, store);
    expect(light).toEqual(await viaStorage(store, 6));
    expect(light!.unreadable).toEqual([]);
  });

  it('answers null, not an error, when the store cannot be opened', async () => {
    const failing: UseStore = () => Promise.reject(new Error('blocked'));
    expect(await readFirstRows(6, titleOf, failing)).toBeNull();
  });
});
