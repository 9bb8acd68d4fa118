import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatNumber, formatShortCalendarDate } from './format';

describe('dates and numbers for the language (vi-VN, en-GB)', () => {
  it.each([
    ['vi', '2022-01-25', 'Thứ Ba, 25 tháng 1, 2022'],
    ['vi', '2020-10-01', 'Thứ Năm, 1 tháng 10, 2020'],
    ['vi', '2023-01-01', 'Chủ Nhật, 1 tháng 1, 2023'],
    ['en', '2022-01-25', 'Tuesday 25 January 2022'],
  ] as const)('%s: %s → %s', (lang, iso, expected) => {
    // ICU versions differ on the comma after an English weekday: compare without it.
    expect(formatCalendarDate(lang, iso).replace(',', '')).toBe(expected.replace(',', ''));
  });

  it.each([
    ['vi', '25/1/2022'],
    ['en', '25/01/2022'],
  ] as const)('short date, %s', (lang, expected) => expect(formatShortCalendarDate(lang, '2022-01-25')).toBe(expected));

  it.each([
    ['vi', 9900, '9.900'],
    ['en', 9900, '9,900'],
    ['vi', 10.5, '10,5'],
    ['en', 10.5, '10.5'],
  ] as const)('%s: %d → %s', (lang, n, expected) => expect(formatNumber(lang, n, 1)).toBe(expected));

  it('unreadable dates are returned as they are', () => {
    expect(formatCalendarDate('en', 'sometime')).toBe('sometime');
  });
});
