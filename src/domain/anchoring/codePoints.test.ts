import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointConverter, codePointToUtf16, utf16ToCodePoint } from './codePoints';
import { anchorText } from './arbitraries.test-helpers';

describe('code point conversion', () => {
  it.each([
    ['plain ASCII', 'abc', 2, 2],
    ['Vietnamese NFC (BMP only)', 'Đinh Tiến Dũng', 9, 9],
    ['after one emoji', '😀ab', 3, 2],
    ['after a flag (two astral code points)', '🇻🇳x', 4, 2],
    ['inside a surrogate pair rounds down', '😀ab', 1, 0],
  ])('%s', (_name, text, utf16, cp) => {
    expect(utf16ToCodePoint(text, utf16)).toBe(cp);
  });

  it('counts code points the way the W3C model does (Array.from)', () => {
    fc.assert(
      fc.property(anchorText, (text) => {
        const conv = codePointConverter(text);
        expect(conv.codePointLength).toBe(Array.from(text).length);
        expect(conv.toCodePoint(text.length)).toBe(Array.from(text).length);
      }),
    );
  });

  it('round trips every offset that is not inside a surrogate pair', () => {
    fc.assert(
      fc.property(anchorText, (text) => {
        let cp = 0;
        for (let u = 0; u <= text.length; u++) {
          const code = text.charCodeAt(u);
          const insidePair =
            u > 0 && code >= 0xdc00 && code <= 0xdfff && text.charCodeAt(u - 1) >= 0xd800 && text.charCodeAt(u - 1) <= 0xdbff;
          if (insidePair) continue;
          expect(utf16ToCodePoint(text, u)).toBe(cp);
          expect(codePointToUtf16(text, cp)).toBe(u);
          cp++;
        }
      }),
    );
  });

  it('clamps out-of-range offsets', () => {
    expect(utf16ToCodePoint('😀', 99)).toBe(1);
    expect(codePointToUtf16('😀', 99)).toBe(2);
    expect(codePointToUtf16('😀', -3)).toBe(0);
  });
});
