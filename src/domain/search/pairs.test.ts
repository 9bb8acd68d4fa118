import { describe, expect, it } from 'vitest';
import { planQuery } from './plan';
import { likelyPairQueries } from './pairs';

// "người dân" side by side in pages 0, 2, 4 (page 4 after a full stop); "người lao" in page 1;
// "dân người" only across a comma (page 0); "bộ trưởng" in page 5.
const pages = ['Người dân ở đây, người dân', 'người lao động, dân', 'Nguyễn Văn An người dân', 'ngủ ngon', 'Hà Nội. Người dân', 'bộ trưởng Bộ Y tế', 'Bộ Tài chính', 'bỏ phiếu'];

describe('likelyPairQueries', () => {
  it.each([
    // [minPages, minPairShare, max, states]: each state of a pair's second word from 3 letters, as
    // written and without diacritics, matched (both words anywhere) in minPages pages
    [3, 2 / 8, 10, ['nguoi dan', 'người dân']], // "người dân" in 3 pages side by side, and both words in 4 (page 1)
    [4, 2 / 8, 10, ['nguoi dan', 'người dân']],
    [5, 2 / 8, 10, []], // both words in 4 pages only
    [4, 4 / 8, 10, []], // side by side in 3 pages only
    [1, 1 / 8, 10, ['nguoi dan', 'người dân', 'an ngu', 'an nguo', 'an nguoi', 'an ngư', 'an ngườ', 'an người', 'bo phi', 'bo phie']], // ties: by text
    [1, 1 / 8, 2, ['nguoi dan', 'người dân']], // most pages first, at most `max`
  ] as const)('minPages %i, side by side in %d of the pages, at most %i → %j', (minPages, minPairShare, max, states) => {
    expect(likelyPairQueries(pages, { minPages, minPairShare, max })).toEqual(states);
  });

  it('lists no pair across punctuation or a line end, and no state of a 1–2 letter word (matched whole: cheap)', () => {
    const all = likelyPairQueries(pages, { minPages: 1, minPairShare: 1 / 8, max: 1000 });
    expect(all.filter((s) => /^(đây|day|nội|noi|động|dong) /.test(s))).toEqual([]); // "đây, người", "Nội. Người", "động, dân"
    expect(all).toEqual(expect.arrayContaining(['bộ trưởng', 'bo truong', 'bộ tài', 'an người']));
    for (const text of all) {
      const plan = planQuery(text);
      expect(plan.kind === 'search' && plan.unfinished === null).toBe(true);
    }
  });
});
