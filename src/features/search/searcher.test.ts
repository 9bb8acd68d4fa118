import { describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchHit, SearchRequest } from './protocol';
import { createSearcher, type Pagefind, type PagefindData, type StoredAnswers } from './searcher';

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

  it.each([
    // [what is known of "bo", the pages "bo t" finds, Pagefind's searches]
    ['its stored answer, 4 pages', 4, ['a'], ['search bo t']], // fewer than "bo": "t" is a word of some page
    ['its stored answer, 4 pages', 4, ['a', 'b', 'c', 'd'], ['search bo t', 'search "t"']], // as many: looked up
    ['nothing', null, ['a'], ['search bo t', 'search "t"']],
  ] as const)('knowing %s of the words before, "bo t" finding %j searches %j', async (_, total, finds, searches) => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b'], (q) => (q === 'bo t' ? [...finds] : true));
    const answers: Record<string, SearchAnswer> = total === null ? {} : { bo: { ...storedNgu, total } };
    const handle = createSearcher(async () => pf, storedFor(answers).stored);
    const answer = handle(searchFor(1, 'bo t', 2, 'bo'));
    await releaseAll();
    expect(((await answer) as SearchAnswer).fallback).toBe(false);
    expect(log.filter((l) => l.startsWith('search'))).toEqual(searches);
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
    await handle({ id: 1, kind: 'preload', query: '', index: true });
    await handle({ id: 2, kind: 'preload', query: 'ḏ', index: true });
    expect(loads).toBe(2);
    expect(log).toEqual(['preload ḏ']);
  });

  /** Answers stored for some planned queries (the build's), recording the lookups. */
  function storedFor(answers: Record<string, SearchAnswer>) {
    const looked: string[] = [];
    const stored: StoredAnswers = {
      lookup: async (q) => (looked.push(q), answers[q] ?? null),
      warm: (q) => void looked.push(`warm ${q}`),
    };
    return { stored, looked };
  }
  const hit = (id: string): SearchHit => ({ id, title: `Bài ${id}`, published: null, source: null, excerpt: [{ text: id, mark: false }] });
  const storedNgu: SearchAnswer = { total: 4, fallback: false, hits: ['a', 'b', 'c'].map(hit) };

  it.each([
    // [query, filters, first, searched by Pagefind?, the answer's hits]
    ['ngu', {}, 2, false, ['a', 'b']], // stored: no search, the first hits of the stored ones
    ['ngu', {}, 3, false, ['a', 'b', 'c']],
    ['ngu', {}, 4, true, ['a', 'b', 'c', 'd']], // asks for more hits than were stored
    ['ngu', { year: '2017' }, 2, true, ['a', 'b']], // filtered: always live
    ['nguy', {}, 2, true, ['a', 'b']], // not stored
  ] as const)('%j with filters %j, %i hits: searched %s → %j', async (query, filters, first, searched, hits) => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b', 'c', 'd']);
    const handle = createSearcher(async () => pf, storedFor({ ngu: storedNgu }).stored);
    const answer = handle({ id: 1, kind: 'search', query, fallback: null, filters, first });
    await releaseAll();
    expect(((await answer) as SearchAnswer).hits.map((h) => h.id)).toEqual(hits);
    expect(log.some((l) => l.startsWith('search'))).toBe(searched);
  });

  it('continues a stored answer with a live search only when more are asked for', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b', 'c', 'd']);
    const handle = createSearcher(async () => pf, storedFor({ ngu: storedNgu }).stored);
    await handle(searchFor(1, 'ngu', 2));
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([]);
    const more = handle({ id: 2, kind: 'more', of: 1, n: 5 });
    await releaseAll();
    expect(((await more) as SearchHit[]).map((h) => h.id)).toEqual(['c', 'd']);
    expect(log).toEqual(['search ngu', 'fragment c', 'fragment d']);
  });

  it.each([
    // [stored query, chunks loaded while it shows?]
    ['nguyen', true], // the next keystroke ("nguyen x") searches these words
    ['boǂ', true],
    ['ngu', false], // a 3-letter prefix: every chunk of its words
  ])('a stored answer for %j loads its index chunks meanwhile: %s', async (query, loads) => {
    const { pf, log } = fakePagefind(['a', 'b']);
    const handle = createSearcher(async () => pf, storedFor({ [query]: storedNgu }).stored);
    expect(((await handle(searchFor(1, query, 2))) as SearchAnswer).hits.map((h) => h.id)).toEqual(['a', 'b']);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(loads ? [`preload ${query}`] : []);
  });

  it('answers a query whose last word matched nothing with the stored answer of the words before it', async () => {
    const { pf, log, releaseAll } = fakePagefind(['a', 'b', 'c', 'd'], (q) => q !== 'tăng trǂ');
    const handle = createSearcher(async () => pf, storedFor({ tăng: storedNgu }).stored);
    const answer = handle(searchFor(1, 'tăng trǂ', 2, 'tăng'));
    await releaseAll();
    expect(await answer).toEqual({ total: 4, hits: storedNgu.hits.slice(0, 2), fallback: true });
    expect(log).toEqual(['search tăng trǂ']);
    // "More" continues with the live search of the words before.
    const more = handle({ id: 2, kind: 'more', of: 1, n: 5 });
    await releaseAll();
    expect(((await more) as SearchHit[]).map((h) => h.id)).toEqual(['c', 'd']);
    expect(log.slice(1, 2)).toEqual(['search tăng']);
  });

  it('warms the stored answers (for an empty query: their manifest) and fetches index chunks only when asked', async () => {
    const { pf, log } = fakePagefind([]);
    const { stored, looked } = storedFor({});
    const handle = createSearcher(async () => pf, stored);
    await handle({ id: 0, kind: 'preload', query: '', index: true });
    await handle({ id: 1, kind: 'preload', query: 'n', index: false });
    await handle({ id: 2, kind: 'preload', query: 'ng', index: true });
    expect([looked, log]).toEqual([['warm ', 'warm n', 'warm ng'], ['preload ng']]);
  });
});
