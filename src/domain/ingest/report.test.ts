import { describe, expect, it } from 'vitest';
import { assignStableIds, summaryLine } from './report';

describe('summaryLine', () => {
  it.each([
    [{ written: 1971, unchanged: 0, skipped: { 'no body': 17, 'not UTF-8': 9, duplicate: 3 } }, '1,971 written, 29 skipped: 17 with no body, 9 not UTF-8, 3 duplicates'],
    [{ written: 0, unchanged: 2000, skipped: {} }, '0 written, 2,000 unchanged'],
    [{ written: 1, unchanged: 0, skipped: { duplicate: 1, 'invalid JSON': 2 } }, '1 written, 3 skipped: 2 not valid JSON, 1 duplicate'],
  ])('%j', (counts, line) => expect(summaryLine(counts)).toBe(line));
});

describe('assignStableIds', () => {
  const c = (slug: string, contentHash: string, previousId?: string) => ({ slug, contentHash, previousId });

  it('keeps unique slugs and suffixes repeats with their content hash', () => {
    expect(assignStableIds([c('a', 'ffff0000'), c('b', '11112222'), c('a', 'abcdef99')])).toEqual(['a', 'b', 'a-abcdef']);
  });

  it('gives the bare slug to its previous holder, whatever the order', () => {
    expect(assignStableIds([c('a', '0000aaaa'), c('a', '1111bbbb', 'a')])).toEqual(['a-0000aa', 'a']);
  });

  it('the same inputs in another order get the same ids', () => {
    const one = [c('a', 'aaaaaa11', 'a'), c('a', 'bbbbbb22'), c('a', 'cccccc33')];
    const ids = assignStableIds(one);
    const reversed = assignStableIds([...one].reverse());
    expect(reversed.reverse()).toEqual(ids);
  });

  it('lengthens the suffix when 6 digits collide, and avoids ids already taken', () => {
    expect(assignStableIds([c('a', '0'.repeat(8)), c('a', '123456ab'), c('a', '123456cd')], new Set(['a']))).toEqual([
      'a-000000',
      'a-123456',
      'a-123456c',
    ]);
  });
});
