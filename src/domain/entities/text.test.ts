import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, keyOf, nfcView, tokenize } from './text';

describe('nfcView', () => {
  it('is the identity on precomposed text', () => {
    const v = nfcView('Thành ủy TPHCM');
    expect(v.text).toBe('Thành ủy TPHCM');
    expect(v.toOriginal(0, 5)).toEqual([0, 5]);
  });

  it('maps NFC ranges back to decomposed text, around surrogate pairs too', () => {
    const original = '😀 Nguyễn Hồ Hải'.normalize('NFD');
    const v = nfcView(original);
    expect(v.text).toBe('😀 Nguyễn Hồ Hải');
    const at = v.text.indexOf('Hồ Hải');
    const [s, e] = v.toOriginal(at, v.text.length);
    expect(original.slice(s, e)).toBe('Hồ Hải'.normalize('NFD'));
  });
});

describe('tokenize', () => {
  it('splits words, Vietnamese numbers and punctuation with offsets', () => {
    const toks = tokenize('Có 246.797 đảng viên (tăng 2,5%).');
    expect(toks.map((t) => t.s)).toEqual(['Có', '246.797', 'đảng', 'viên', '(', 'tăng', '2,5', '%', ')', '.']);
    expect(toks[1]).toMatchObject({ start: 3, end: 10, sp: true });
    expect(toks[7]).toMatchObject({ s: '%', sp: false });
  });

  it.each([
    // A capitalised syllable and the lower-case ones glued to it by hyphens are one word (transliterated names).
    ['Ông Xéc-gây Láp-rốp nói', ['Ông', 'Xéc-gây', 'Láp-rốp', 'nói']],
    ['Tổng thống Moon Jae-in', ['Tổng', 'thống', 'Moon', 'Jae-in']],
    // Capitalised parts stay apart ("Bà Rịa-Vũng Tàu"); a number after the compound keeps it apart ("X-class 2018").
    ['tỉnh Bà Rịa-Vũng Tàu', ['tỉnh', 'Bà', 'Rịa', '-', 'Vũng', 'Tàu']],
    ['mẫu X-class 2018', ['mẫu', 'X', '-', 'class', '2018']],
    ['bà al-Assad', ['bà', 'al', '-', 'Assad']],
  ])('hyphens: %s', (text, words) => {
    expect(tokenize(text).map((t) => t.s)).toEqual(words);
  });

  it('keeps every word\'s key and shape while its word table grows', () => {
    // Far more distinct words than the table's first size: each doubling must re-place the words already seen.
    const words = Array.from({ length: 9000 }, (_, i) => (i % 2 ? 'Nguyễn' : 'hoá') + i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[+d]!));
    const text = words.join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const toks = tokenize(text);
      expect(toks.map((t) => t.s)).toEqual(words);
      expect(toks.map((t) => t.k)).toEqual(words.map(keyOf));
      expect(toks.every((t, i) => t.title === (i % 2 === 1))).toBe(true);
    }
  });

  it('keeps keys right when the word table fills up and starts over', () => {
    // Past the table's limit of 50,000 forms it is emptied and refilled: words after that must still resolve.
    const words = Array.from({ length: 60_000 }, (_, i) => 'Quý' + i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[+d]!));
    const toks = tokenize(words.join(' '));
    expect(toks.map((t) => t.k)).toEqual(words.map(keyOf));
    expect(tokenize('Uỷ ban Hoá').map((t) => t.k)).toEqual(['ủy', 'ban', 'hóa']);
  });

  it('marks case shapes', () => {
    const [a, b, c] = tokenize('UBND Nguyễn hội');
    expect([a?.acr, a?.title, b?.title, b?.cap, c?.cap]).toEqual([true, false, true, true, false]);
  });
});

describe('keyOf', () => {
  it('folds case and old-style tone placement', () => {
    expect(keyOf('Uỷ')).toBe('ủy');
    expect(keyOf('Thanh Hoá'.split(' ')[1]!)).toBe('hóa');
    expect(keyOf('quý')).toBe('quý');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts Vietnamese syllables and initials, rejects foreign ones', () => {
    expect(['nguyễn', 'khuyến', 'quốc', 'gia', 'hiển', 'un', 'b'].every(isVietnameseSyllable)).toBe(true);
    expect(['jong', 'biden', 'blinken', 'putin', 'zelensky'].some(isVietnameseSyllable)).toBe(false);
  });
});

describe('nfcView offsets', () => {
  it('maps every composed cluster back to its base and marks', () => {
    const original = 'Thủ tướng Chính phủ, 2,5%'.normalize('NFD');
    const v = nfcView(original);
    expect(v.text).toBe('Thủ tướng Chính phủ, 2,5%');
    for (const w of ['Thủ', 'tướng', 'Chính phủ', '2,5%']) {
      const at = v.text.indexOf(w);
      const [s, e] = v.toOriginal(at, at + w.length);
      expect(original.slice(s, e)).toBe(w.normalize('NFD'));
    }
  });
});
