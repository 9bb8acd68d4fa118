import { describe, expect, it } from 'vitest';
import { noteDate, preview } from './text';

describe('preview', () => {
  it('collapses whitespace and cuts with an ellipsis', () => {
    expect(preview('  một\n\nhai   ba ', 20)).toBe('một hai ba');
    expect(preview('abcdefghij', 5)).toBe('abcd…');
  });
  it('never splits an emoji', () => {
    expect(preview('abc😀def', 5)).toBe('abc…');
  });
});

describe('noteDate', () => {
  it('formats the local day', () => {
    expect(noteDate(new Date(2026, 0, 25, 9).toISOString())).toBe('25/1/2026');
  });
  it('has no date for the epoch (imported notes without one) or garbage', () => {
    expect(noteDate('1970-01-01T00:00:00.000Z')).toBeNull();
    expect(noteDate('not a date')).toBeNull();
  });
});
