import { describe, expect, it } from 'vitest';
import { formatShortDate, formatVietnameseDate } from './formatDate';

describe('formatVietnameseDate', () => {
  it.each([
    ['2022-01-25', 'Thứ Ba, 25 tháng 1, 2022'],
    ['2020-10-01', 'Thứ Năm, 1 tháng 10, 2020'],
    ['2023-01-01', 'Chủ nhật, 1 tháng 1, 2023'],
  ])('%s → %s', (iso, expected) => {
    expect(formatVietnameseDate(iso)).toBe(expected);
  });
  it('short form', () => expect(formatShortDate('2022-01-25')).toBe('25/1/2022'));
});
