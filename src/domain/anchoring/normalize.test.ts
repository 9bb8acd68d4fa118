import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';
import { anchorText } from './arbitraries.test-helpers';

describe('normalizeText', () => {
  it('is the NFC text, and every NFC cluster maps back to an original range with the same NFC', () => {
    fc.assert(
      fc.property(anchorText, (text) => {
        const n = normalizeText(text);
        expect(n.text).toBe(text.normalize('NFC'));
        expect(n.toOriginalStart(0)).toBe(0);
        expect(n.toOriginalEnd(n.text.length)).toBe(text.length);
        const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        for (const { index, segment } of seg.segment(n.text)) {
          const s = n.toOriginalStart(index);
          const e = n.toOriginalEnd(index + segment.length);
          expect(text.slice(s, e).normalize('NFC')).toBe(segment);
          expect(n.toNormalized(s)).toBe(index);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps an NFD Vietnamese word back to its decomposed span', () => {
    const original = 'Ông Nguye\u0302\u0303n nói';
    const n = normalizeText(original);
    expect(n.text).toBe('Ông Nguyễn nói');
    const start = n.text.indexOf('Nguyễn');
    expect(original.slice(n.toOriginalStart(start), n.toOriginalEnd(start + 6))).toBe('Nguye\u0302\u0303n');
  });
});
