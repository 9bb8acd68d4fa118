import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatNumber, formatShortCalendarDate } from './format';
import { detectLanguage, isLang } from './languages';

describe('detectLanguage', () => {
  it.each([
    [['vi-VN', 'en'], 'vi'],
    [['vi'], 'vi'],
    [['VI-vn'], 'vi'],
    [['en-US', 'vi'], 'en'],
    [['fr-FR'], 'en'],
    [['video'], 'en'],
    [[], 'vi'],
    [[''], 'vi'],
  ])('%j → %s', (preferred, lang) => expect(detectLanguage(preferred)).toBe(lang));

  it('isLang', () => {
    expect([isLang('vi'), isLang('en'), isLang('fr'), isLang(null)]).toEqual([true, true, false, false]);
  });
});

describe('dates and numbers per language', () => {
  it.each([
    ['vi', '2022-01-25', true, 'Thứ Ba, 25 tháng 1, 2022'],
    ['en', '2022-01-25', true, 'Tuesday, 25 January 2022'],
    ['vi', '2022-01-25', false, '25 tháng 1, 2022'],
    ['en', '2022-01-25', false, '25 January 2022'],
    ['en', 'không phải ngày', false, 'không phải ngày'],
  ] as const)('%s %s', (lang, iso, weekday, text) => expect(formatCalendarDate(lang, iso, weekday)).toBe(text));

  it('short dates and numbers', () => {
    expect(formatShortCalendarDate('vi', '2022-01-05')).toBe('5/1/2022');
    expect(formatShortCalendarDate('en', '2022-01-05')).toBe('05/01/2022');
    expect(formatNumber('vi', 246797.5, 1)).toBe('246.797,5');
    expect(formatNumber('en', 246797.5, 1)).toBe('246,797.5');
  });
});
