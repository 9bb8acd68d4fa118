import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('writes Vietnamese decimals with a comma', () => {
    expect(formatBytes(1.2 * 1024 * 1024)).toBe('1,2 MB');
    expect(formatBytes(12.34 * 1024)).toBe('12,3 KB');
    expect(formatBytes(2.5 * 1024 ** 3)).toBe('2,5 GB');
  });

  it('keeps bytes whole and drops a trailing ",0"', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(850)).toBe('850 B');
    expect(formatBytes(1023)).toBe('1.023 B'); // vi-VN groups thousands with a dot
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });

  it('drops decimals from 100 of a unit up', () => {
    expect(formatBytes(512.4 * 1024)).toBe('512 KB');
  });

  it('never shows 1024 of a unit', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1 MB');
  });

  it('writes English decimals with a point and groups with a comma', () => {
    expect(formatBytes(1.2 * 1024 * 1024, 'en')).toBe('1.2 MB');
    expect(formatBytes(1023, 'en')).toBe('1,023 B');
  });

  it('treats nonsense as nothing', () => {
    expect(formatBytes(-5)).toBe('0 B');
    expect(formatBytes(Number.NaN)).toBe('0 B');
  });
});
