import { describe, expect, it } from 'vitest';
import { foldVietnamese, fromIndexText, markWords, toIndexText, WORD_END } from './fold';
import { vietnameseVowels } from './vietnamese.test-helpers';

const vowels = vietnameseVowels();

describe('foldVietnamese', () => {
  it('covers 12 vowels × 6 tones × 2 cases', () => {
    expect(vowels).toHaveLength(144);
    expect(new Set(vowels.map((v) => v.letter)).size).toBe(144);
  });

  it.each(vowels.map((v) => [v.letter, v.base] as const))('%s → %s (NFC and NFD input)', (letter, base) => {
    expect(foldVietnamese(letter)).toBe(base);
    expect(foldVietnamese(letter.normalize('NFD'))).toBe(base);
  });

  it.each([
    ['đ', 'd'],
    ['Đ', 'd'],
    ['Đảng ủy', 'dang uy'],
    ['Nguyễn Xuân Phúc', 'nguyen xuan phuc'],
    ['ĐƯỜNG', 'duong'],
    ['Thanh Hoá'.normalize('NFD'), 'thanh hoa'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });
});

describe('index text', () => {
  it.each(['Đường', 'đường', 'Hà Đông', 'ĐẢNG ỦY', 'dương'])('%s round-trips and its đ folds to d by decomposition', (word) => {
    const indexed = toIndexText(word);
    expect(fromIndexText(indexed)).toBe(word.normalize('NFC'));
    // What Pagefind does: decompose, drop combining marks.
    const pagefindFold = indexed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(pagefindFold).toBe(foldVietnamese(word));
  });
});

describe('word ends', () => {
  it.each([
    ['Hà Nội,', `Hà${WORD_END} Nội${WORD_END},`],
    ['TP.HCM.', `TP.HCM${WORD_END}.`],
    ['quận 1', `quận${WORD_END} 1${WORD_END}`],
    ['"quận 1"', `"quận${WORD_END} 1${WORD_END}"`],
    ['(COVID-19)', `(COVID-19${WORD_END})`],
    ['Thanh Hoá'.normalize('NFD'), `Thanh${WORD_END} ${'Hoá'.normalize('NFD')}${WORD_END}`],
    ['– … ', '– … '],
    ['dòng 1\ndòng 2', `dòng${WORD_END} 1${WORD_END}\ndòng${WORD_END} 2${WORD_END}`],
  ])('%j → %j, and back', (text, marked) => {
    expect(markWords(text)).toBe(marked);
    expect(fromIndexText(markWords(toIndexText(text)))).toBe(text.normalize('NFC'));
  });

  it('is a letter Pagefind keeps in the word, that folds to itself', () => {
    expect(/^\p{L}$/u.test(WORD_END)).toBe(true);
    expect(WORD_END.normalize('NFD')).toBe(WORD_END);
    expect(WORD_END.toLowerCase()).toBe(WORD_END);
  });
});
