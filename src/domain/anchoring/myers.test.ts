import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch, editDistance, matchEnds } from './myers';

/** Reference: Sellers' DP, min edits of pattern against any substring ending at each j. */
function referenceEnds(text: string, pattern: string, k: number, anchored = false) {
  const m = pattern.length;
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  const out: { end: number; errors: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min(sub, col[i]! + 1, next[i - 1]! + 1));
    }
    col = next;
    if (col[m]! <= k) out.push({ end: j, errors: col[m]! });
  }
  return out;
}

describe('matchEnds (Myers bit-parallel)', () => {
  it('agrees with the dynamic-programming reference, short and multi-block patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'ă', 'đ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 160 }).map((a) => a.join('')),
        fc.array(alphabet, { minLength: 1, maxLength: 90 }).map((a) => a.join('')),
        fc.nat(40),
        fc.boolean(),
        (text, pattern, k, anchored) => {
          expect(matchEnds(text, pattern, k, anchored)).toEqual(
            referenceEnds(text, pattern, k, anchored),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a multi-block pattern with edits and reports its start', () => {
    const quote = 'Bộ trưởng Bộ Tài chính Đinh Tiến Dũng cho biết bội chi ngân sách năm nay ước 5,3% GDP';
    const edited = quote.replace('ước', 'khoảng').replace('5,3%', '5,4%');
    const text = `Mở đầu bài viết. ${edited} Kết thúc.`;
    const [region] = approxSearch(text, quote, 20);
    const best = region?.best;
    expect(best).toBeDefined();
    expect(text.slice(best!.start, best!.end)).toBe(edited);
    expect(best!.errors).toBe(editDistance(quote, edited));
  });
});
