import { describe, expect, it } from 'vitest';
import { colorOf, createAnnotation, noteOf, quoteOf, tagsOf, withColor, withNote, withNoteAndTags, withTags } from './model';
import { validateAnnotation } from './schema';

const TEXT = 'Bộ trưởng Đinh Tiến Dũng cho biết bội chi ngân sách năm 2013 ước khoảng 5,3% GDP.';
const base = { id: 'urn:uuid:a', articleId: 'art-1', plainText: TEXT, start: 10, end: 24, color: 'green' as const, now: new Date('2026-01-02T03:04:05.000Z') };

describe('createAnnotation', () => {
  it('a highlight without a note: motivation highlighting, colour tag only, selectors from describe', () => {
    const a = createAnnotation(base);
    expect(a).toEqual({
      id: 'urn:uuid:a',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-02T03:04:05.000Z',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'green' }],
      target: {
        source: 'art-1',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Đinh Tiến Dũng', prefix: 'Bộ trưởng ', suffix: ' cho biết bội chi ngân sách năm ' },
          { type: 'TextPositionSelector', start: 10, end: 24 },
        ],
      },
    });
    expect(validateAnnotation(a)).toEqual({ ok: true, annotation: a });
  });

  it.each([
    ['a note', 'Kiểm tra lại số liệu', 'commenting'],
    ['a whitespace-only note', '  \n ', 'highlighting'],
    ['an empty note', '', 'highlighting'],
  ])('with %s', (_name, note, motivation) => {
    const a = createAnnotation({ ...base, note });
    expect(a.motivation).toBe(motivation);
    expect(noteOf(a)).toBe(motivation === 'commenting' ? note : '');
    expect(colorOf(a)).toBe('green');
    expect(quoteOf(a)).toBe('Đinh Tiến Dũng');
  });
});

describe('editing', () => {
  const later = new Date('2026-01-03T00:00:00.000Z');
  it('withNote adds, replaces and removes the note, returning new records', () => {
    const a = createAnnotation(base);
    const b = withNote(a, 'Ghi chú', later);
    expect(b).not.toBe(a);
    expect(a.body).toHaveLength(1);
    expect(b.motivation).toBe('commenting');
    expect(b.modified).toBe(later.toISOString());
    expect(b.created).toBe(a.created);
    expect(b.body[0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Ghi chú', format: 'text/plain' });
    const c = withNote(b, '', later);
    expect(c.motivation).toBe('highlighting');
    expect(noteOf(c)).toBe('');
    expect(colorOf(c)).toBe('green');
  });

  it('withColor keeps the note', () => {
    const a = withNote(createAnnotation(base), 'Ghi chú', later);
    const b = withColor(a, 'pink', new Date('2026-01-04T00:00:00.000Z'));
    expect(colorOf(b)).toBe('pink');
    expect(noteOf(b)).toBe('Ghi chú');
    expect(b.modified).toBe('2026-01-04T00:00:00.000Z');
    expect(colorOf(a)).toBe('green');
  });
});

describe('tags', () => {
  const later = new Date('2026-01-03T00:00:00.000Z');
  it('createAnnotation stores tags as tagging bodies between the note and the colour', () => {
    const a = createAnnotation({ ...base, note: 'Xem #ngân-sách', tags: ['kinh tế', 'Ngân-Sách'] });
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Xem #ngân-sách', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'kinh-tế' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Ngân-Sách' },
      { type: 'TextualBody', purpose: 'classifying', value: 'green' },
    ]);
    expect(validateAnnotation(a)).toEqual({ ok: true, annotation: a });
  });

  it('a tag named like a colour stays a tag; the colour is unchanged', () => {
    const a = createAnnotation({ ...base, tags: ['yellow'] });
    expect([tagsOf(a), colorOf(a)]).toEqual([['yellow'], 'green']);
  });

  it('withTags replaces the tags, keeps note and colour; #tags of the note stay', () => {
    const a = createAnnotation({ ...base, note: 'Xem #a', tags: ['b'] });
    const b = withTags(a, ['c'], later);
    expect(tagsOf(b)).toEqual(['c', 'a']);
    expect([noteOf(b), colorOf(b), b.modified]).toEqual(['Xem #a', 'green', later.toISOString()]);
  });

  it('withNote keeps tags and adds new #tags; withColor and withNoteAndTags keep the rest', () => {
    const a = createAnnotation({ ...base, tags: ['b'] });
    expect(tagsOf(withNote(a, 'thêm #c', later))).toEqual(['b', 'c']);
    expect(tagsOf(withColor(a, 'pink', later))).toEqual(['b']);
    const both = withNoteAndTags(a, 'mới', ['x', 'y'], later);
    expect([noteOf(both), tagsOf(both), colorOf(both)]).toEqual(['mới', ['x', 'y'], 'green']);
  });
});
