import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyHit, LazyResult, parseSearchOutput, type PagefindLocation } from './pagefindOutput';

const loc = (l: number, s = 512.143310546875, w = 24) => `{"w":${w},"s":${s},"l":${l}}`;
const page = (p: string, s: number, locs: string[], extra = '', g: string | null = '') =>
  `{"p":"${p}"${g === null ? '' : `,"g":"${g}"`},"s":${s},"l":[${locs.join(',')}]${extra}}`;
const answer = (results: string[], counts = '{}', total = results.length) =>
  `{"filtered_counts":${counts},"total_counts":${counts},"results":[${results.join(',')}],"unfiltered_total":${total}}`;

/** The answer with every page's positions read, as plain data. */
function plain(out: ReturnType<typeof parseSearchOutput>): unknown {
  const read = (r: InstanceType<typeof LazyResult>) => ({ p: r.p, ...(r.g === undefined ? {} : { g: r.g }), s: r.s, l: r.l, ...(r.mf ? { mf: r.mf } : {}) });
  return { ...out, results: out.results.map((r) => (r instanceof LazyResult ? read(r) : r)) };
}

// Shapes Pagefind 1.6 writes (checked against its answers for the 2k and 10k libraries), and some it may.
const cases: [string, string][] = [
  ['no result', answer([], '{}', 0)],
  ['one page, one position', answer([page('vi_5bc0c41', 44.329872131347656, [loc(7)])])],
  ['positions of several weights and scores', answer([page('vi_1', 4.476077079772949, [loc(5, 212.3625946044922), loc(7), loc(545, 56.904815673828125, 8)])])],
  ['meta fields matched', answer([page('vi_7954b97', 20.03, [loc(12), loc(17)], ',"mf":["title","id"]'), page('vi_2', 18.3, [loc(6)])])],
  ['a fragment group', answer([page('vi_3', 1.5, [loc(1)], '', 'grp_1'), page('vi_4', 0.25967442989349365, [loc(199), loc(421)], '', 'grp_1')])],
  ['no group field', answer([page('vi_5', 2, [loc(3)], '', null)])],
  ['no position (a meta-only match)', answer([page('vi_6', 3.5, [], ',"mf":["people"]')])],
  ['filter counts', answer([page('vi_7', 1e-7, [loc(0)])], '{"year":{"2017":3,"Không rõ năm":0}}', 4)],
  // Not what Margin's build writes: these take the JSON.parse path and must still read the same.
  ['playground mode (word objects per position)', answer([page('vi_8', 1, ['{"w":24,"s":1,"l":3,"v":{"ws":"a]b","lb":1}}'])])],
  ['playground mode (params before the positions)', answer(['{"p":"vi_9","g":"","s":1,"params":{"dl":3,"apl":2,"tp":1},"l":[{"w":24,"s":1,"l":0}]}'])],
  ['an escaped id', answer([page('vi_\\"x', 1, [loc(1)])])],
  ['fields in another order', answer(['{"s":1,"p":"vi_10","g":"","l":[]}'])],
];

afterEach(() => vi.restoreAllMocks());

describe('parseSearchOutput reads what JSON.parse reads', () => {
  it.each(cases)('%s', (_, raw) => {
    expect(plain(parseSearchOutput(raw))).toEqual(JSON.parse(raw));
  });

  it('parses no page\'s positions until they are read, and each once', () => {
    const raw = answer([page('vi_a', 2, [loc(1), loc(2)]), page('vi_b', 1, [loc(3)], ',"mf":["title"]')]);
    const parse = vi.spyOn(JSON, 'parse');
    const out = parseSearchOutput(raw);
    const calls = parse.mock.calls.length; // the counts before the results, and the meta fields
    expect(out.results.map((r) => [r.p, r.s])).toEqual([['vi_a', 2], ['vi_b', 1]]);
    expect(parse.mock.calls.length).toBe(calls);
    expect(out.results[1]!.l).toEqual([{ w: 24, s: 512.143310546875, l: 3 }]);
    expect(out.results[1]!.l).toBe(out.results[1]!.l);
    expect(parse.mock.calls.length).toBe(calls + 1);
    expect(parse.mock.calls.some(([text]) => String(text).includes('"l":1'))).toBe(false);
  });
});

describe('LazyHit is the result object pagefind.js makes', () => {
  // pagefind.js 1.6: weight/24, the balanced score, the position; `words` the positions; data() → loadFragment.
  const original = (l: PagefindLocation[]) => l.map((x) => ({ weight: x.w / 24, balanced_score: x.s, location: x.l }));
  it.each([
    ['one position', [{ w: 24, s: 512.1, l: 7 }], 1],
    ['weights below 24, index weight 2', [{ w: 8, s: 56.9, l: 545 }, { w: 24, s: 242.6, l: 593 }], 2],
    ['no position', [], 1],
  ] as [string, PagefindLocation[], number][])('%s', async (_, l, indexWeight) => {
    const loadFragment = vi.fn(async () => 'fragment');
    const hit = new LazyHit({ indexWeight, loadFragment }, { p: 'vi_1', g: 'grp', s: 1.5, l }, 'ngu');
    expect([hit.id, hit.score]).toEqual(['vi_1', 1.5 * indexWeight]);
    expect(hit.words).toEqual(l.map((x) => x.l));
    expect(await hit.data()).toBe('fragment');
    expect(loadFragment).toHaveBeenCalledWith('vi_1', 'grp', original(l), 'ngu');
  });
});
