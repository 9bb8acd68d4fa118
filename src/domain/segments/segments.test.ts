import { describe, expect, it } from 'vitest';
import { segment, spansByBlock } from './segments';

const text = 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì';

describe('segment', () => {
  it.each([
    { name: 'no spans → one segment', spans: [], expected: [[0, 47, []]] },
    { name: 'one span in the middle', spans: [{ id: 'a', start: 4, end: 10 }], expected: [[0, 4, []], [4, 10, ['a']], [10, 47, []]] },
    {
      name: 'nested spans',
      spans: [{ id: 'outer', start: 0, end: 25 }, { id: 'inner', start: 11, end: 19 }],
      expected: [[0, 11, ['outer']], [11, 19, ['outer', 'inner']], [19, 25, ['outer']], [25, 47, []]],
    },
    {
      name: 'crossing spans',
      spans: [{ id: 'a', start: 5, end: 20 }, { id: 'b', start: 15, end: 30 }],
      expected: [[0, 5, []], [5, 15, ['a']], [15, 20, ['a', 'b']], [20, 30, ['b']], [30, 47, []]],
    },
    { name: 'empty and out-of-range spans are clipped', spans: [{ id: 'e', start: 3, end: 3 }, { id: 'x', start: 40, end: 99 }], expected: [[0, 40, []], [40, 47, ['x']]] },
  ])('$name', ({ spans, expected }) => {
    const segs = segment(text.length, spans);
    expect(segs.map((s) => [s.start, s.end, s.spans])).toEqual(expected);
    // The text is cut, never changed: joining the segments gives it back.
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });
});

describe('spansByBlock', () => {
  it('clips a span crossing blocks and skips the separator', () => {
    // blocks "abc" and "defg" joined by "\n\n": starts 0 and 5
    const out = spansByBlock([0, 5], [3, 4], [{ id: 'h', start: 1, end: 7 }, { id: 'k', start: 6, end: 8 }]);
    expect(out).toEqual([[{ id: 'h', start: 1, end: 3 }], [{ id: 'h', start: 0, end: 2 }, { id: 'k', start: 1, end: 3 }]]);
  });
});
