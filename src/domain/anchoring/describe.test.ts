import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { describe, CONTEXT_LENGTH } from './describe';
import { textAndRange } from './arbitraries.test-helpers';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const boundaries = (text: string) => new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length]);

suite('describe', () => {
  it('quote is the exact slice; context is adjacent, at most 32 units, cut on grapheme boundaries', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start, end }) => {
        const [quote, position] = describe(text, start, end);
        expect(quote.exact).toBe(text.slice(start, end));
        expect(position).toEqual({ type: 'TextPositionSelector', start, end });
        expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(text.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
        expect(text.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
        const b = boundaries(text);
        expect(b.has(start - quote.prefix.length)).toBe(true);
        expect(b.has(end + quote.suffix.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a surrogate pair or a base letter and its combining marks', () => {
    const nfd = 'x'.repeat(31) + 'e\u0301' + 'QUOTE' + 'o\u0302\u0323' + 'y'.repeat(30);
    const start = nfd.indexOf('QUOTE');
    const [q] = describe(nfd, start, start + 5);
    expect(q.prefix).toBe('x'.repeat(30) + 'e\u0301');
    expect(q.suffix).toBe('o\u0302\u0323' + 'y'.repeat(29));
    const emoji = '😀'.repeat(20) + 'Q' + '👍🏽'.repeat(10);
    const [e] = describe(emoji, 40, 41);
    expect(e.prefix).toBe('😀'.repeat(16));
    expect(e.suffix).toBe('👍🏽'.repeat(8));
  });

  it.each([
    [0, 0],
    [3, 2],
    [-1, 2],
    [0, 99],
    [0.5, 2],
  ])('rejects the invalid range [%s, %s)', (s, e) => {
    expect(() => describe('abcdef', s, e)).toThrow(RangeError);
  });
});
