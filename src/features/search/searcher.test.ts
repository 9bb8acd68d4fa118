import { describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchHit, SearchRequest } from './protocol';
import { createSearcher, type Pagefind, type PagefindData } from './searcher';

/** A Pagefind stand-in whose searches wait until released, recording what was searched and fetched. */
function fakePagefind(ids: string[], found: (query: string) => boolean | string[] = () => true) {
  const log: string[] = [];
  const gates: (() => void)[] = [];
  const pf: Pagefind = {
    options: async () => undefined,
    preload: async (q) => void log.push(`preload ${q}`),
    search: async (q) => {
      log.push(`search ${q}`);
      await new Promise<void>((r) => gates.push(r));
      return {
        results: ((f) => (f === true ? ids : f === false ? [] : f))(found(q)).map((id) => ({
          id,
          data: async (): Promise<PagefindData> => {
            log.push(`fragment ${id}`);
            return { url: `/a/${id}`, excerpt: `<mark>${q}</mark> ${id}`, meta: { id, title: `Bài ${id}` } };
          },
        })),
      };
    },
  };
  const releaseAll = async () => {
    for (let i = 0; i < 20; i++) {
      gates.splice(0).forEach((r) => r());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { pf, log, releaseAll };
}

const searchFor = (id: number, query: string, first = 2, fallback: string | null = null): SearchRequest => ({ id, kind: 'search', query, fallback, filters: {}, first });

describe('createSearcher', () => {
  it('answers only the newest search: one overtaken while waiting is skipped, one overtaken while running fetches no fragments', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b', 'c']);
    const handle = createSearcher(async () => pf);
    const first = handle(searchFor(1, 'ng'));
    await new Promise((r) => setTimeout(r, 0)); // "ng" is running
    const second = handle(searchFor(2, 'ngu'));
    const third = handle(searchFor(3, 'nguy'));
    await releaseAll();
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    const answer = (await third) as SearchAnswer;
    expect(answer.total).toBe(3);
    expect(answer.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(answer.hits[0]!.excerpt).toEqual([
      { text: 'nguy', mark: true },
      { text: ' a', mark: false },
    ]);
    expect(log).toEqual(['search ng', 'search nguy', 'fragment a', 'fragment b']);
  });

  it('fetches the fragments of the first hits only; "more" continues the current search, not an older one', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b', 'c', 'd']);
    const handle = createSearcher(async () => pf);
    const answer = handle(searchFor(1, 'ha noi', 1));
    await releaseAll();
    expect(((await answer) as SearchAnswer).hits.map((h) => h.id)).toEqual(['a']);
    expect(((await handle({ id: 2, kind: 'more', of: 1, n: 2 })) as SearchHit[]).map((h) => h.id)).toEqual(['b', 'c']);
    const next = handle(searchFor(3, 'ha noi 2', 1));
    await releaseAll();
    await next;
    expect(await handle({ id: 4, kind: 'more', of: 1, n: 2 })).toEqual([]);
    expect(log.filter((l) => l.startsWith('fragment'))).toEqual(['fragment a', 'fragment b', 'fragment c', 'fragment a']);
  });

  it.each([
    // [query, its fallback, the queries Pagefind finds something for, the answer's hits, whether they are the fallback's]
    ['bo tr', 'bo', ['bo'], ['a', 'b'], true], // nothing has both
    ['bo tr', 'bo', ['bo', 'bo tr'], ['a', 'b'], true], // "tr" is in no page: Pagefind left it out of "bo tr"
    ['bo t', 'bo', ['bo', 'bo t', '"t"'], ['a', 'b'], false], // "t" is a word of some page
    ['tr', '', [], [], true],
    ['zz', null, [], [], false],
    ['ngu', null, ['ngu'], ['a', 'b'], false],
  ] as const)('%j (falling back to %j) when Pagefind finds %j: %j, fallback %s', async (query, fallback, finds, hits, fellBack) => {
    const { pf, releaseAll } = fakePagefind(['a', 'b'], (q) => (finds as readonly string[]).includes(q));
    const handle = createSearcher(async () => pf);
    const answer = handle(searchFor(1, query, 2, fallback));
    await releaseAll();
    const a = (await answer) as SearchAnswer;
    expect([a.hits.map((h) => h.id), a.total, a.fallback]).toEqual([hits, hits.length, fellBack]);
  });

  it('does not look the last word up when the query found fewer pages than the words before it', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b'], (q) => (q === 'bo t' ? ['a'] : true));
    const handle = createSearcher(async () => pf);
    const before = handle(searchFor(1, 'bo'));
    await releaseAll();
    await before;
    const answer = handle(searchFor(2, 'bo t', 2, 'bo'));
    await releaseAll();
    expect(((await answer) as SearchAnswer).fallback).toBe(false);
    expect(log.filter((l) => l.startsWith('search'))).toEqual(['search bo', 'search bo t']);
  });

  it('answers a query searched a moment ago from memory, with the same hits (a fallback to the last query too)', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b'], (q) => q !== 'bo tr');
    const handle = createSearcher(async () => pf);
    const first = handle(searchFor(1, 'bo'));
    await releaseAll();
    const second = handle(searchFor(2, 'bo tr', 2, 'bo'));
    await releaseAll();
    const third = handle(searchFor(3, 'bo'));
    await releaseAll();
    const [a, b, c] = (await Promise.all([first, second, third])) as SearchAnswer[];
    expect(b!.hits).toEqual(a!.hits);
    expect(c).toEqual(a);
    expect(log.filter((l) => l.startsWith('search'))).toEqual(['search bo', 'search bo tr']);
  });

  it('preloads the chunks of a query, and only starts the engine for an empty one', async () => {
    const { pf, log } = fakePagefind([]);
    let loads = 0;
    const handle = createSearcher(async () => (loads++, pf));
    await handle({ id: 1, kind: 'preload', query: '' });
    await handle({ id: 2, kind: 'preload', query: 'ḏ' });
    expect(loads).toBe(2);
    expect(log).toEqual(['preload ḏ']);
  });
});
