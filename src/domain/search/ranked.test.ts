import { describe, expect, it } from 'vitest';
import { ExactCache, exactFirst, rankedSearch, type PagefindLike } from './ranked';

describe('exactFirst', () => {
  it.each([
    [['a', 'b', 'c'], ['c'], ['c', 'a', 'b']],
    [['a', 'b', 'c'], [], ['a', 'b', 'c']],
    [['a', 'b', 'c'], ['b', 'a'], ['a', 'b', 'c']],
    [['a', 'b'], ['z'], ['a', 'b']],
  ])('%j with exact %j → %j', (all, exact, expected) => {
    expect(exactFirst(all.map((id) => ({ id })), new Set(exact)).map((r) => r.id)).toEqual(expected);
  });
});

/** A Pagefind stand-in: pages are word lists; a query word matches a page word it starts (folded unless exactDiacritics). */
function fakePagefind(pages: Record<string, string[]>) {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let exact = false;
  const searches: { query: string; exact: boolean }[] = [];
  const pf: PagefindLike<string> = {
    options: async (o) => void (typeof o.exactDiacritics === 'boolean' && (exact = o.exactDiacritics)),
    search: async (query) => {
      searches.push({ query, exact });
      const f = exact ? (s: string) => s.toLowerCase() : fold;
      const words = query.split(' ').map(f);
      const ids = Object.keys(pages).filter((id) => words.every((w) => pages[id]!.some((p) => f(p).startsWith(w))));
      return { results: ids.map((id) => ({ id, data: async () => id })) };
    },
  };
  return { pf, searches };
}

describe('rankedSearch', () => {
  const pages = { plain: ['tang', 'truong'], exact: ['tăng', 'trưởng'], other: ['tầng', 'trên'] };

  it('puts first the pages spelling the words typed with diacritics exactly', async () => {
    const { pf } = fakePagefind(pages);
    expect((await rankedSearch(pf, 'tăng tr')).map((r) => r.id)).toEqual(['exact', 'plain', 'other']);
    expect((await rankedSearch(pf, 'tang tr')).map((r) => r.id)).toEqual(['plain', 'exact', 'other']);
  });

  it('searches exactly only the words with diacritics, and once while the others are typed', async () => {
    const { pf, searches } = fakePagefind(pages);
    const cache = new ExactCache();
    for (const q of ['tăng t', 'tăng tr', 'tăng tru']) {
      expect((await rankedSearch(pf, q, {}, cache))[0]!.id).toBe('exact');
    }
    expect(searches.filter((s) => s.exact)).toEqual([{ query: 'tăng', exact: true }]);
    expect(searches.filter((s) => !s.exact)).toHaveLength(3);
  });

  it('keeps exact passes of different filters apart', async () => {
    const { pf, searches } = fakePagefind(pages);
    const cache = new ExactCache();
    await rankedSearch(pf, 'tăng', {}, cache);
    await rankedSearch(pf, 'tăng', { filters: { year: '2017' } }, cache);
    expect(searches.filter((s) => s.exact)).toHaveLength(2);
  });
});

describe('ExactCache', () => {
  it('forgets the least recently used entry beyond its size', () => {
    const cache = new ExactCache(2);
    cache.set('a', new Set(['1']));
    cache.set('b', new Set(['2']));
    cache.get('a');
    cache.set('c', new Set(['3']));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((s) => s && [...s])).toEqual([['1'], undefined, ['3']]);
  });
});
