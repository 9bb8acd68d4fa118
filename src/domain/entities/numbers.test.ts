import { describe, expect, it } from 'vitest';
import { digitsOf, parseViNumber } from './numbers';

describe('parseViNumber', () => {
  it.each([
    ['246.797', 246797],
    ['2,5', 2.5],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['340,6', 340.6],
    ['15', 15],
    ['0,1', 0.1],
    ['1.5', 1.5], // a dot not followed by a group of three is a decimal mark
    ['1,200,000', 1200000], // English grouping, proven by two commas
  ])('%s → %d', (s, n) => {
    expect(parseViNumber(s)).toBe(n);
  });
});

describe('digitsOf', () => {
  it('keeps digits only', () => {
    expect(digitsOf('2,5-3%')).toBe('253');
    expect(digitsOf('hơn 1.200 hộ dân')).toBe('1200');
  });
});
