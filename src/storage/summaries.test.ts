// @vitest-environment node
import 'fake-indexeddb/auto';
import { entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/notes/annotation';
import { withColor, withNote } from '../domain/notes/model';
import { createAnnotationRepository, MIGRATION_BATCH, SCHEMA_VERSION, type AnnotationRepository } from './annotations';
import { annotationKey, parseAnnotationKey, SCHEMA_KEY } from './db';
import { articlesForFirstRows } from './overview';
import { staleSummaries, summarize, utf8Length, SUMMARY_VERSION, SUMMARY_VERSION_KEY, summaryKey, type ArticleSummary } from './summaries';
import { freshStore, makeAnnotation } from './testFixtures';
import { v1Record } from './v1Fixture';

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;
const note = (articleId: string, id: string, day: number, text = '') =>
  withNote(makeAnnotation(articleId, id, { created: at(day), modified: at(day) }), text, new Date(at(day)));

async function repoWith(notes: readonly Annotation[] = []): Promise<{ repo: AnnotationRepository; store: UseStore }> {
  const { store } = freshStore();
  const repo = createAnnotationRepository({ store, notify: () => {} });
  await repo.ensureSchema();
  if (notes.length) await repo.putAnnotations(notes);
  return { repo, store };
}

const enc = new TextEncoder();

/** Per article, UTF-8 bytes of every stored note record's key and JSON, counted from the raw store. */
async function storedBytes(store: UseStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [k, v] of await entries(store)) {
    const articleId = parseAnnotationKey(k)?.articleId;
    if (articleId === undefined) continue;
    out[articleId] = (out[articleId] ?? 0) + enc.encode(String(k)).length + enc.encode(JSON.stringify(v)).length;
  }
  return out;
}

/** The summaries are trusted, equal what a full read of the notes gives, and their sizes what the store holds. */
async function expectSummariesRight(repo: AnnotationRepository, store: UseStore): Promise<ArticleSummary[]> {
  const overview = await repo.readOverview(100);
  expect(overview.summaries).not.toBeNull();
  const full = await repo.listAllAnnotations();
  expect(staleSummaries(overview.summaries!, full.annotations, full.unreadable)).toEqual([]);
  expect(Object.fromEntries(overview.summaries!.map((x) => [x.articleId, x.bytes]))).toEqual(await storedBytes(store));
  return overview.summaries!;
}

describe('summarize', () => {
  it('counts notes, highlights, colours and tags (first spelling), and keeps the newest change', () => {
    const a = withNote(note('x', 'a', 3), 'ghi #Ngân-sách', new Date(at(3)));
    const b = withColor(note('x', 'b', 9), 'blue', new Date(at(9)));
    const c = { ...note('x', 'c', 5), body: [...note('x', 'c', 5).body, { type: 'TextualBody' as const, purpose: 'tagging' as const, value: 'ngân-sách' }] };
    expect(summarize('x', [a, b, c], 4, 1234)).toEqual({
      v: SUMMARY_VERSION,
      articleId: 'x',
      records: 4,
      notes: 1,
      highlights: 2,
      latest: at(9),
      colors: { yellow: 2, blue: 1 },
      tags: [['Ngân-sách', 2]],
      bytes: 1234,
    });
  });
});

describe('utf8Length', () => {
  it.each([
    ['ASCII', 'anno:a:1'],
    ['Vietnamese (2 and 3 bytes)', 'Thủ tướng chỉ đạo Đà Nẵng'],
    ['astral (a surrogate pair is 4 bytes)', 'ghi chú 🙂𝒜'],
    ['a lone surrogate (TextEncoder writes U+FFFD: 3 bytes)', 'a\ud800b\udc00'],
    ['empty', ''],
  ])('%s: as TextEncoder counts', (_name, text) => expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length));
});

describe('articlesForFirstRows', () => {
  const s = (articleId: string, rows: number, latest: string): ArticleSummary => ({ ...summarize(articleId, [], rows, 0), highlights: rows, latest });
  const titles: Record<string, string> = { a: 'Ba', b: 'Ấn', c: 'An', d: 'Bà' };
  it.each<[string, ArticleSummary[], number, string[]]>([
    ['newest first until the rows are filled', [s('a', 60, at(1)), s('b', 60, at(3)), s('c', 60, at(2))], 100, ['b', 'c']],
    ['equal activity: by title in Vietnamese order, as the page lists them', [s('a', 60, at(2)), s('b', 60, at(2)), s('c', 60, at(2)), s('d', 5, at(2))], 100, ['c', 'b']],
    ['fewer rows than the page: all', [s('a', 2, at(1)), s('b', 3, at(2))], 100, ['b', 'a']],
    ['articles with nothing readable are skipped', [s('a', 0, ''), s('b', 3, at(2))], 100, ['b']],
  ])('%s', (_name, summaries, limit, expected) => expect(articlesForFirstRows(summaries, limit, (id) => titles[id] ?? id)).toEqual(expected));
});

describe('every write keeps the summaries equal to the notes, in the same transaction', () => {
  const base = [note('a', '1', 1, 'có ghi chú'), note('a', '2', 2), note('b', '1', 3), note('c:1', '1', 4)];
  it.each<[string, (repo: AnnotationRepository) => Promise<unknown>]>([
    ['putAnnotation (new article)', (r) => r.putAnnotation(note('d', '1', 9))],
    ['putAnnotation (edit)', (r) => r.putAnnotation(withNote(base[1]!, 'mới', new Date(at(20))))],
    ['putAnnotations across articles (import)', (r) => r.putAnnotations([note('a', '3', 7), note('e', '1', 8)], { kind: 'import' })],
    ['deleteAnnotation', (r) => r.deleteAnnotation('a', '1')],
    ['deleteAnnotation of an article\'s last note', (r) => r.deleteAnnotation('b', '1')],
    ['replaceAnnotation (edit)', (r) => r.replaceAnnotation('a', '2', base[1]!, withColor(base[1]!, 'pink', new Date(at(21))))],
    ['replaceAnnotation (delete)', (r) => r.replaceAnnotation('c:1', '1', base[3]!, null)],
    ['clearAll', (r) => r.clearAll()],
  ])('%s', async (_name, change) => {
    const { repo, store } = await repoWith(base);
    await expectSummariesRight(repo, store);
    await change(repo);
    const summaries = await expectSummariesRight(repo, store);
    const full = await repo.listAllAnnotations();
    expect(summaries.map((x) => x.articleId).sort()).toEqual([...new Set(full.annotations.map((a) => a.target.source))].sort());
  });

  it('a write whose transaction aborts changes neither the note nor the summary', async () => {
    const { repo, store } = await repoWith([note('a', '1', 1)]);
    const before = await entries(store);
    const aborting: UseStore = (mode, cb) =>
      store(mode, (s) => {
        const done = cb(s);
        if (mode === 'readwrite') s.transaction.abort();
        return done;
      });
    const crashed = createAnnotationRepository({ store: aborting, notify: () => {} });
    await expect(crashed.putAnnotation(note('a', '2', 5))).rejects.toMatchObject({ name: 'StorageError' });
    await expect(crashed.deleteAnnotation('a', '1')).rejects.toMatchObject({ name: 'StorageError' });
    expect(await entries(store)).toEqual(before);
    await expectSummariesRight(repo, store);
  });
});

describe('the first page read', () => {
  it('reads the summaries and only the notes of the newest articles', async () => {
    const notes = Array.from({ length: 30 }, (_, i) => note(`art-${i % 3}`, `n${i}`, 1 + (i % 3) * 10 + (i % 7)));
    const { repo } = await repoWith(notes);
    const overview = await repo.readOverview(10);
    expect(overview.summaries).toHaveLength(3);
    expect(new Set(overview.annotations.map((a) => a.target.source))).toEqual(new Set(['art-2']));
    expect(overview.annotations).toHaveLength(10);
  });

  it('does not trust summaries that miss a note written without one (an older build in another tab), and a rebuild repairs them', async () => {
    const { repo, store } = await repoWith([note('a', '1', 1), note('b', '1', 2)]);
    // The older build: one key per note, no summary.
    await set(annotationKey('z', 'old'), { v: SCHEMA_VERSION, annotation: note('z', 'old', 30) }, store);
    expect((await repo.readOverview(100)).summaries).toBeNull();
    await repo.rebuildSummaries();
    const summaries = await expectSummariesRight(repo, store);
    expect(articlesForFirstRows(summaries, 1, (id) => id)).toEqual(['z']);
  });

  it('finds a summary an older build left stale by an edit (same count), and refreshing it repairs it', async () => {
    const { repo, store } = await repoWith([note('a', '1', 1), note('b', '1', 2)]);
    await set(annotationKey('a', '1'), { v: SCHEMA_VERSION, annotation: withNote(note('a', '1', 1), 'sửa', new Date(at(28))) }, store);
    const overview = await repo.readOverview(100);
    const full = await repo.listAllAnnotations();
    expect(staleSummaries(overview.summaries!, full.annotations, full.unreadable)).toEqual(['a']);
    await repo.refreshSummaries(['a']);
    expect((await expectSummariesRight(repo, store)).find((x) => x.articleId === 'a')?.latest).toBe(at(28));
  });

  it('does not trust summaries before the store has them (meta:summaries missing)', async () => {
    const { repo, store } = await repoWith([note('a', '1', 1)]);
    await set(SUMMARY_VERSION_KEY, undefined, store);
    expect((await repo.readOverview(100)).summaries).toBeNull();
  });
});

describe('migration: summaries built from existing notes', () => {
  async function seedV1(store: UseStore, count: number, articles: number): Promise<void> {
    for (let i = 0; i < count; i++) await set(annotationKey(`art-${i % articles}`, `old-${i}`), v1Record(`art-${i % articles}`, `old-${i}`), store);
  }

  it.each([
    ['v1 records, articles spanning batches', 1, MIGRATION_BATCH * 2 + 37, 3],
    ['v1 records, an article ending exactly at a batch boundary', 1, MIGRATION_BATCH * 2, 2],
    [`v${SCHEMA_VERSION} records written before summaries existed`, SCHEMA_VERSION, 40, 4],
  ])('%s', async (_name, version, count, articles) => {
    const { store } = freshStore();
    if (version === 1) await seedV1(store, count, articles);
    else for (let i = 0; i < count; i++) await set(annotationKey(`art-${i % articles}`, `n${i}`), { v: version, annotation: note(`art-${i % articles}`, `n${i}`, 1 + (i % 20)) }, store);
    await set(SCHEMA_KEY, version, store);
    // A leftover summary of an article without notes goes away.
    await set(summaryKey('gone'), summarize('gone', [note('gone', '1', 1)], 1, 99), store);
    const repo = createAnnotationRepository({ store, notify: () => {} });
    const report = await repo.ensureSchema();
    expect(report.migrated).toBe(version === 1 ? count : 0);
    expect(await get(SUMMARY_VERSION_KEY, store)).toBe(SUMMARY_VERSION);
    const summaries = await expectSummariesRight(repo, store);
    expect(summaries.map((x) => x.articleId).sort()).toEqual(Array.from({ length: articles }, (_, i) => `art-${i}`));
    expect(summaries.reduce((n, x) => n + x.records, 0)).toBe(count);
    // Idempotent: nothing more to do at the next start.
    const snapshot = await entries(store);
    expect((await createAnnotationRepository({ store, notify: () => {} }).ensureSchema()).migrated).toBe(0);
    expect(await entries(store)).toEqual(snapshot);
  });

  it('summaries of the previous version (no sizes) are not trusted, and the next start rebuilds them', async () => {
    const { repo, store } = await repoWith([note('a', '1', 1), note('b', '1', 2, 'ghi')]);
    // As the previous build left them: version 1, without `bytes`.
    for (const [k, v] of await entries(store)) {
      if (!String(k).startsWith('sum:')) continue;
      const { bytes: _bytes, ...old } = v as ArticleSummary;
      await set(k, { ...old, v: 1 }, store);
    }
    await set(SUMMARY_VERSION_KEY, 1, store);
    expect((await repo.readOverview(100)).summaries).toBeNull();
    const next = createAnnotationRepository({ store, notify: () => {} });
    expect((await next.ensureSchema()).migrated).toBe(0);
    expect(await get(SUMMARY_VERSION_KEY, store)).toBe(SUMMARY_VERSION);
    await expectSummariesRight(next, store);
  });

  it('unreadable records count in their article\'s records and size', async () => {
    const { store } = freshStore();
    await seedV1(store, 12, 2);
    await set(annotationKey('art-0', 'bad'), { v: 1, id: 'bad', articleId: 'art-0', quote: '' }, store);
    await set(SCHEMA_KEY, 1, store);
    const repo = createAnnotationRepository({ store, notify: () => {} });
    expect((await repo.ensureSchema()).unreadable.map((u) => u.key)).toEqual([annotationKey('art-0', 'bad')]);
    const summaries = await expectSummariesRight(repo, store);
    expect(summaries.find((x) => x.articleId === 'art-0')).toMatchObject({ records: 7, notes: 2, highlights: 4 });
  });

  it('another tab writing between batches keeps its note and a right summary', async () => {
    const { store } = freshStore();
    await seedV1(store, MIGRATION_BATCH * 2 + 10, 3);
    await set(SCHEMA_KEY, 1, store);
    const otherTab = createAnnotationRepository({ store, notify: () => {} });
    let batch = 0;
    // Before each batch, the other tab (a current build) adds a note to an article the pass already went through.
    const racing: UseStore = async (mode, cb) => {
      if (mode === 'readwrite' && batch < 3) await otherTab.putAnnotation(note('art-0', `new-${batch++}`, 28));
      return store(mode, cb);
    };
    await createAnnotationRepository({ store: racing, notify: () => {} }).ensureSchema();
    const summaries = await expectSummariesRight(otherTab, store);
    expect(summaries.find((x) => x.articleId === 'art-0')?.latest).toBe(at(28));
  });
});

describe('two tabs', () => {
  it('concurrent writes from two tabs to the same article leave every note and a right summary', async () => {
    const { store } = freshStore();
    const tabA = createAnnotationRepository({ store, notify: () => {} });
    const tabB = createAnnotationRepository({ store, notify: () => {} });
    await tabA.ensureSchema();
    await tabB.ensureSchema();
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => tabA.putAnnotation(note('a', `A${i}`, 1 + i))),
      ...Array.from({ length: 20 }, (_, i) => tabB.putAnnotation(note('a', `B${i}`, 2 + i, 'ghi chú'))),
      tabB.putAnnotations([note('b', '1', 3), note('a', 'C', 4)]),
      tabA.deleteAnnotation('a', 'A0'),
    ]);
    const summaries = await expectSummariesRight(tabB, store);
    expect(summaries.find((x) => x.articleId === 'a')).toMatchObject({ records: 40, notes: 20, highlights: 20 });
  });
});
