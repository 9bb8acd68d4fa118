import { describe, expect, it } from 'vitest';
import { moreLabel, NOTES_PAGE_SIZE } from './paging';

describe('moreLabel', () => {
  it.each([
    ['vi', NOTES_PAGE_SIZE, 10_000, 'Hiện thêm 100 ghi chú (còn 9.900)'],
    ['vi', 9_900, 10_000, 'Hiện thêm 100 ghi chú (còn 100)'],
    ['vi', 100, 130, 'Hiện thêm 30 ghi chú (còn 30)'],
    ['en', NOTES_PAGE_SIZE, 10_000, 'Show 100 more notes (9,900 left)'],
    ['en', 100, 101, 'Show 1 more note (1 left)'],
  ] as const)('%s: %i of %i', (lang, shown, total, label) => expect(moreLabel(lang, shown, total)).toBe(label));
});
