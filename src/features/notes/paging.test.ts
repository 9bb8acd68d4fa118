import { describe, expect, it } from 'vitest';
import { moreLabel, NOTES_PAGE_SIZE } from './paging';

describe('moreLabel', () => {
  it.each([
    [NOTES_PAGE_SIZE, 10_000, 'Hiện thêm 100 ghi chú (còn 9.900)'],
    [9_900, 10_000, 'Hiện thêm 100 ghi chú (còn 100)'],
    [100, 130, 'Hiện thêm 30 ghi chú (còn 30)'],
  ])('%i of %i', (shown, total, label) => expect(moreLabel(shown, total)).toBe(label));
});
