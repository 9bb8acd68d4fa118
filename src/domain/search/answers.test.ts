import { describe, expect, it } from 'vitest';
import { answerFile, answerKey, answersManifestPath, ANSWERS_VERSION, isFirstSearched, likelyQueries, typedWords } from './answers';
import { planQuery } from './plan';

describe('typedWords', () => {
  it.each([
    ['Người dân Hà Nội', ['người', 'dân', 'hà', 'nội']],
    ['TP.HCM, quận 1!', ['tp', 'hcm', 'quận', '1']],
    ['Đảng ủy'.normalize('NFD'), ['đảng', 'ủy']],
    ['  ', []],
  ])('%j → %j', (text, words) => {
    expect(typedWords(text)).toEqual(words);
  });
});

describe('likelyQueries', () => {
  const pages = ['Người dân ở đây', 'người lao động', 'Nguyễn Văn An', 'ngủ ngon', 'Hà Nội', 'bộ trưởng', 'Bộ Tài chính', 'bỏ phiếu'];
  it.each([
    // [minPages, minTypedShare, texts]: a state is kept when typed in that share of the pages and
    // matched (short words whole, longer ones as folded prefixes) in minPages pages; a first searched
    // state (one word of two letters) when typed in that share and matched in any page.
    [3, 2 / 8, ['bo', 'bộ', 'ngu', 'ngư']], // "ng" is no word; "người" is in 2 pages only; "bỏ" typed in 1
    [4, 2 / 8, ['bo', 'bộ', 'ngu', 'ngư']], // ngu*: người ×2, Nguyễn, ngủ; bo: bộ ×2, bỏ = 3, kept as a first state
    [3, 1 / 8, ['an', 'bo', 'bỏ', 'bộ', 'ha', 'hà', 'ngu', 'ngư', 'ngủ']], // "nguy" (Nguyễn) and "ngươ" (người) match 1 and 2 pages
    [9, 1 / 8, ['an', 'bo', 'bỏ', 'bộ', 'ha', 'hà']], // more pages than the library has: first states only
  ] as const)('minPages %i, typed in %d of the pages → %j', (minPages, minTypedShare, texts) => {
    expect(likelyQueries(pages, { minPages, minTypedShare }).sort()).toEqual([...texts].sort());
  });

  it('lists the states matching most pages first', () => {
    // ngu*: 4 pages; bo (whole): 3; the first states an, ha, hà: 1
    expect(likelyQueries(pages, { minPages: 3, minTypedShare: 1 / 8 })).toEqual(['ngu', 'ngư', 'ngủ', 'bo', 'bỏ', 'bộ', 'an', 'ha', 'hà']);
  });

  it.each([
    ['ng', true],
    ['hà', true],
    ['1', false], // one letter: not searched
    ['ngu', false],
    ['bo t', false],
    ['  ha ', true],
  ])('isFirstSearched(%j) → %s', (text, first) => {
    expect(isFirstSearched(text)).toBe(first);
  });

  it('keeps only what a search would cost: the text of a kept state plans to a search', () => {
    for (const text of likelyQueries(pages, { minPages: 3, minTypedShare: 1 / 8 })) expect(planQuery(text).kind).toBe('search');
  });
});

const planned = (text: string) => {
  const plan = planQuery(text);
  return plan.kind === 'search' ? plan.query : '';
};

describe('answerFile and answerKey', () => {
  it.each([
    ['ngu', 'ng', 'ngu'],
    ['Ngu', 'ng', 'ngu'],
    [planned('đản'), 'da', 'ḏản'],
    [planned('Bộ trư'), 'bo-t', 'bộǂ trư'], // two words: and the second's first letter
    [planned('nguyen xuan phu'), 'ng-x-p', 'nguyen xuan phu'],
    [planned('y tế'), 'y-t', 'yǂ tếǂ'],
    [planned('Tư'), 'tu', 'tưǂ'],
    ['"quận 1"', 'qu-1', '"quận 1"'],
    ['2017', '20', '2017'],
    ['中文', '_4e2d_6587', '中文'],
  ])('%j is in file %j under %j', (planned, file, key) => {
    expect([answerFile(planned), answerKey(planned)]).toEqual([file, key]);
  });

  it('puts the format version and the index hash in the manifest path', () => {
    expect(answersManifestPath('vi_83e7')).toBe(`margin-answers/v${ANSWERS_VERSION}-vi_83e7.json`);
  });
});
