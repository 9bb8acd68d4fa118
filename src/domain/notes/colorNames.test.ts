import { describe, expect, it } from 'vitest';
import { colorNames, defaultColorNames, normalizeColorName, readCustomColorNames } from './colorNames';

describe('colour names', () => {
  it('has a default name for each of the five colours in both languages', () => {
    expect(defaultColorNames('vi')).toEqual({
      yellow: 'Quan trọng',
      green: 'Trích dẫn',
      blue: 'Số liệu cần kiểm',
      pink: 'Câu hỏi',
      purple: 'Theo dõi tiếp',
    });
    expect(defaultColorNames('en')).toEqual({
      yellow: 'Important',
      green: 'To quote',
      blue: 'Figure to check',
      pink: 'Question',
      purple: 'Follow up',
    });
  });

  it("the reader's names win in every language; an empty name goes back to the default", () => {
    const custom = { blue: '  Cần   kiểm tra ', pink: '' };
    expect(colorNames('vi', custom)).toMatchObject({ blue: 'Cần kiểm tra', pink: 'Câu hỏi' });
    expect(colorNames('en', custom)).toMatchObject({ blue: 'Cần kiểm tra', pink: 'Question' });
  });

  it.each([
    ['  a  b ', 'a b'],
    ['', null],
    ['   ', null],
    ['x'.repeat(50), 'x'.repeat(40)],
  ])('normalizeColorName(%j) → %j', (raw, expected) => expect(normalizeColorName(raw)).toBe(expected));

  it('reads stored names defensively', () => {
    expect(readCustomColorNames({ yellow: 'Chính', green: 3, orange: 'x', blue: ' ' })).toEqual({ yellow: 'Chính' });
    expect(readCustomColorNames(null)).toEqual({});
    expect(readCustomColorNames('x')).toEqual({});
  });
});
