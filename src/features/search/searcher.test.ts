import { describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchHit, SearchRequest } from './protocol';
import { createSearcher, type Pagefind, type PagefindData } from './searcher';

/** A Pagefind stand-in whose searches wait until released, recording what was searched and fetched. */
function fakePagefind(ids: string[]) {
  const log: string[] = [];
  const gates: (() => void)[] = [];
  const pf: Pagefind = {
    options: async () => undefined,
    preload: async (q) => void log.push(`preload ${q}`),
    search: async (q) => {
      log.push(`search ${q}`);
      await new Promise<void>((r) => gates.push(r));
      return {
        results: ids.map((id) => ({
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

const searchFor = (id: number, query: string, first = 2): SearchRequest => ({ id, kind: 'search', query, filters: {}, first });

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
