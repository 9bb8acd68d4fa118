import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOGUES, translator } from './t';
import { vi } from './vi';

/** Any parameter a message asks for gets a value ("7" works as a number, a name and a flag). */
const samples: unknown = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? '7' : undefined) });

describe('message catalogues', () => {
  it('every key exists in both catalogues, with the same kind of message', () => {
    const viKeys = Object.keys(vi).sort();
    expect(Object.keys(en).sort()).toEqual(viKeys);
    for (const key of viKeys) expect([key, typeof en[key as keyof typeof en]]).toEqual([key, typeof vi[key as keyof typeof vi]]);
  });

  it('no message is empty, in either language', () => {
    for (const [lang, messages] of Object.entries(CATALOGUES)) {
      for (const [key, m] of Object.entries(messages)) {
        const text = typeof m === 'function' ? (m as (p: unknown) => string)(samples) : m;
        expect([lang, key, typeof text === 'string' && text.trim() !== '']).toEqual([lang, key, true]);
      }
    }
  });

  it('readers never see technical words', () => {
    const banned = /W3C|selector|persistent storage|IndexedDB|JSON-LD|TextQuote|schema/i;
    for (const messages of Object.values(CATALOGUES)) {
      for (const [key, m] of Object.entries(messages)) {
        const text = typeof m === 'function' ? (m as (p: unknown) => string)(samples) : m;
        if (key.startsWith('export.format.')) continue; // names of file formats in the export menu
        expect([key, banned.test(text)]).toEqual([key, false]);
      }
    }
  });

  it('t() fills parameters', () => {
    expect(translator('vi')('export.json.label', { title: 'Bài A' })).toBe('Ghi chú Margin: Bài A');
    expect(translator('en')('export.json.label', { title: 'Bài A' })).toBe('Margin notes: Bài A');
    expect(translator('en')('colour.blue')).toBe('Figure to check');
  });

  it.each([
    ['1', 'Imported 1 note.'],
    ['2', 'Imported 2 notes.'],
    ['1,200', 'Imported 1,200 notes.'],
  ])('English counts agree with their number: %s', (n, text) => {
    expect(translator('en')('import.done.some', { n })).toBe(text);
  });
});
