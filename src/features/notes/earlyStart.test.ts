// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { notesOverviewQueryOptions, overviewKey } from '../../annotations/getNotesOverview';
import { INDEX_URL, indexQueryOptions } from '../../articles/getIndex';
import type { ArticleIndex } from '../../domain/article/types';
import { withNote } from '../../domain/notes/model';
import { buildNotesView } from '../../domain/notes/notesView';
import { createQueryClient } from '../../lib/queryClient';
import * as storage from '../../storage';
import type { NotesOverview } from '../../storage/annotations';
import { makeAnnotation } from '../../storage/testFixtures';
import { dataFromSummaries } from './notesData';
import { NOTES_PAGE_SIZE } from './paging';

const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/articles/index.json'), 'utf8')) as ArticleIndex;
// Titles of the three tied articles (below) in the reverse of their ids' order, which is the store's key order.
const tiedTitles = ['Xuân', 'Nam', 'An'];
const articles = bundled.articles.slice(0, 6).map((a, i) => (i >= 1 && i <= 3 ? { ...a, id: `tie-${i}`, title: tiedTitles[i - 1]! } : a));
const index: ArticleIndex = { ...bundled, articles };
const titles = new Map(articles.map((a) => [a.id, a.title]));
const titleOf = (id: string) => titles.get(id) ?? id;
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));

// Six articles of 40 notes: the newest, three that end at the same minute (which of them fill the first
// 100 rows depends on their titles), two older.
const minute = (i: number, j: number) => (i === 0 ? 200 + j : i <= 3 ? j : j - 100 - i * 50);
const notes = articles.flatMap((a, i) =>
  Array.from({ length: 40 }, (_, j) => withNote(makeAnnotation(a.id, `n${j}`), `ghi chú ${j}`, at(minute(i, j)))),
);

/** The page's first rows, in its order: from the whole store, as a full read would list them. */
const firstRowsOfAll = () => buildNotesView(notes, titleOf).groups.flatMap((g) => g.items.map((a) => a.id + '@' + a.target.source)).slice(0, NOTES_PAGE_SIZE);
const firstRowsOf = (o: NotesOverview) => {
  const data = dataFromSummaries(o.summaries!, o.annotations, titleOf);
  return buildNotesView(data.all, titleOf).groups.flatMap((g) => g.items.map((a) => a.id + '@' + a.target.source)).slice(0, NOTES_PAGE_SIZE);
};

let fetched: string[] = [];
beforeAll(async () => {
  await storage.ensureSchema();
  await storage.putAnnotations(notes, { kind: 'import' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  fetched = [];
});
/** The server's answers, in order (the last one repeated): the index as JSON unless told otherwise. */
const stubFetch = (...answers: (() => Response)[]) =>
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    const answer = answers[Math.min(fetched.length - 1, answers.length - 1)] ?? asJson;
    return Promise.resolve(answer());
  });
const asJson = () => new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
/** Both halves, fresh: the boot script's (earlyStart) and the page's (primeNotesPage), sharing one module state. */
const load = async () => ({ ...(await import('./earlyStart')), ...(await import('./primeNotesPage')) });

describe("the all-notes page's first read", () => {
  it('on a direct visit: started before there is a query client, found by the page under its own keys, the index fetched once', async () => {
    stubFetch();
    const early = await load();
    early.startNotesPageEarly();
    const client = createQueryClient();
    early.primeNotesPage(client);
    // What the page's own queries get (staleTime Infinity, as in the app): the early reads, not new ones.
    const overview = await client.fetchQuery(notesOverviewQueryOptions(NOTES_PAGE_SIZE, titleOf));
    await client.fetchQuery(indexQueryOptions());
    expect(fetched).toEqual([INDEX_URL]);
    expect(client.getQueryData(overviewKey(NOTES_PAGE_SIZE))).toBe(overview);
    expect(overview.summaries).toHaveLength(articles.length);
    // Articles with equal activity picked by title, as the page lists them: exactly its first rows, in their order.
    expect(firstRowsOf(overview)).toEqual(firstRowsOfAll());
    expect(overview.annotations).toHaveLength(120); // the newest and the two tied ones first by title

    expect(early.loadedNotesView()).toBeUndefined(); // the code is still on its way (never awaited here)
    await early.loadNotesView();
    expect(early.loadedNotesView()).toBeTypeOf('function');
  });

  it('reads that arrived before the page\'s first render are in its cache at once: that render shows the rows', async () => {
    stubFetch();
    const early = await load();
    const reads = early.startNotesPageEarly();
    const [json, read] = await Promise.all([reads.indexJson, reads.overview]);
    const client = createQueryClient();
    early.primeNotesPage(client);
    // Synchronously, with nothing pending: the same objects the early reads gave.
    expect(client.getQueryState(overviewKey(NOTES_PAGE_SIZE))?.status).toBe('success');
    expect(client.getQueryData(overviewKey(NOTES_PAGE_SIZE))).toBe(read);
    expect(client.getQueryData(indexQueryOptions().queryKey)).toEqual(json);
    expect(firstRowsOf(read)).toEqual(firstRowsOfAll());
    expect(fetched).toEqual([INDEX_URL]);
  });

  it('an early index that arrived but is not an index is not taken: the page fails it as it would', async () => {
    stubFetch(() => new Response('{"articles": 3}', { headers: { 'content-type': 'application/json' } }));
    const early = await load();
    const reads = early.startNotesPageEarly();
    await reads.indexJson;
    const client = createQueryClient();
    early.primeNotesPage(client);
    await expect(client.fetchQuery({ ...indexQueryOptions(), retry: false })).rejects.toMatchObject({ name: 'LoadError', kind: 'invalid' });
  });

  it('on a visit from another page: the titles already in the cache are not fetched again', async () => {
    stubFetch();
    const early = await load();
    const client = createQueryClient();
    client.setQueryData(indexQueryOptions().queryKey, index);
    early.primeNotesPage(client);
    const overview = await client.fetchQuery(notesOverviewQueryOptions(NOTES_PAGE_SIZE, titleOf));
    expect(fetched).toEqual([]);
    expect(firstRowsOf(overview)).toEqual(firstRowsOfAll());
  });

  it('adopts the early reads once: a second page render starts nothing new', async () => {
    stubFetch();
    const early = await load();
    early.startNotesPageEarly();
    early.startNotesPageEarly();
    const client = createQueryClient();
    early.primeNotesPage(client);
    early.primeNotesPage(client);
    await client.fetchQuery(notesOverviewQueryOptions(NOTES_PAGE_SIZE, titleOf));
    await client.fetchQuery(indexQueryOptions());
    expect(fetched).toEqual([INDEX_URL]);
  });

  it.each<[string, () => Response]>([
    ['an HTML fallback page', () => new Response('<!doctype html><title>Margin</title>', { headers: { 'content-type': 'text/html' } })],
    ['a server error', () => new Response('oops', { status: 500 })],
  ])('the early index came as %s: the page fetches it itself (and would say what went wrong); the first rows are still right', async (_name, first) => {
    stubFetch(first, asJson);
    const early = await load();
    early.startNotesPageEarly();
    const client = createQueryClient();
    early.primeNotesPage(client);
    expect(await client.fetchQuery(indexQueryOptions())).toEqual(index);
    expect(fetched).toEqual([INDEX_URL, INDEX_URL]);
    const overview = await client.fetchQuery(notesOverviewQueryOptions(NOTES_PAGE_SIZE, titleOf));
    // Read with ids for titles: the same articles, so the page's rows are still all there.
    expect(overview.summaries).toHaveLength(articles.length);
  });

  it('an early index that is JSON but not an index fails as the page would fail it', async () => {
    stubFetch(() => new Response('{"articles": 3}', { headers: { 'content-type': 'application/json' } }));
    const early = await load();
    early.startNotesPageEarly();
    const client = createQueryClient();
    early.primeNotesPage(client);
    await expect(client.fetchQuery({ ...indexQueryOptions(), retry: false })).rejects.toMatchObject({ name: 'LoadError', kind: 'invalid' });
  });

  it('asks for the same file as the page', async () => {
    const { EARLY_INDEX_URL } = await import('./earlyIndex');
    expect(EARLY_INDEX_URL).toBe(INDEX_URL);
  });

  it.each<[string, boolean | null]>([
    ['before the page has taken the first read', true],
    ['after it has', false],
    ['never', null],
  ])('another tab writes %s: the first read is read again, so older rows never stay on screen', async (_name, before) => {
    stubFetch();
    const early = await load();
    const reads = early.startNotesPageEarly();
    await Promise.all([reads.indexJson, reads.overview]);
    const otherTab = new BroadcastChannel('margin');
    const write = async () => {
      otherTab.postMessage({ type: 'margin/annotations-changed', change: { articleId: articles[0]!.id, ids: ['n1'], kind: 'put' } });
      await new Promise((r) => setTimeout(r, 30)); // delivered in another task
    };
    const client = createQueryClient();
    if (before === true) await write();
    early.primeNotesPage(client);
    expect(client.getQueryData(overviewKey(NOTES_PAGE_SIZE))).toBe(await reads.overview); // shown first, as painted
    if (before === false) await write();
    if (before === null) await new Promise((r) => setTimeout(r, 30));
    expect(client.getQueryState(overviewKey(NOTES_PAGE_SIZE))?.isInvalidated).toBe(before !== null);
    otherTab.close();
  });
});
