import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateRecord, SCHEMA_VERSION } from './migrations';
import { createAnnotation } from './model';

const v1 = {
  v: 1,
  id: 'n-1',
  articleId: 'art-1',
  start: 4,
  end: 9,
  quote: 'trưởng',
  color: 'pink',
  note: 'Xem lại',
  createdAt: Date.UTC(2024, 4, 6, 7, 8, 9),
};

const current = createAnnotation({
  id: 'urn:uuid:b',
  articleId: 'art-1',
  plainText: 'Bộ trưởng nói',
  start: 3,
  end: 9,
  color: 'blue',
  now: new Date('2026-01-01T00:00:00.000Z'),
});

describe('migrateRecord', () => {
  it('SCHEMA_VERSION is 3', () => expect(SCHEMA_VERSION).toBe(3));

  it('upgrades a v1 draft record to a W3C annotation, keeping every field', () => {
    expect(migrateRecord(v1)).toEqual({
      ok: true,
      record: {
        v: 3,
        annotation: {
          id: 'n-1',
          type: 'Annotation',
          motivation: 'commenting',
          created: '2024-05-06T07:08:09.000Z',
          modified: '2024-05-06T07:08:09.000Z',
          body: [
            { type: 'TextualBody', purpose: 'commenting', value: 'Xem lại', format: 'text/plain' },
            { type: 'TextualBody', purpose: 'classifying', value: 'pink' },
          ],
          target: {
            source: 'art-1',
            selector: [
              { type: 'TextQuoteSelector', exact: 'trưởng', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 4, end: 9 },
            ],
          },
        },
      },
    });
  });

  it.each([
    ['v1 without a note (null)', { ...v1, note: null }, 'highlighting'],
    ['v1 with an ISO createdAt', { ...v1, createdAt: '2024-05-06T07:08:09Z' }, 'commenting'],
  ])('%s', (_name, raw, motivation) => {
    const r = migrateRecord(raw);
    expect(r.ok && r.record.annotation.motivation).toBe(motivation);
    expect(r.ok && r.record.annotation.created).toBe('2024-05-06T07:08:09.000Z');
  });

  it('passes a valid v3 record through unchanged', () => {
    expect(migrateRecord({ v: 3, annotation: current })).toEqual({ ok: true, record: { v: 3, annotation: current } });
  });

  /** A v2 record as Margin wrote it before tags: the colour as a tagging body. */
  const v2 = (body: unknown[]) => ({ v: 2, annotation: { ...current, motivation: 'commenting', body } });
  const note = (value: string) => ({ type: 'TextualBody', purpose: 'commenting', value, format: 'text/plain' });

  it.each([
    [
      'a highlight: the colour body becomes classifying',
      [{ type: 'TextualBody', purpose: 'tagging', value: 'blue' }],
      [{ type: 'TextualBody', purpose: 'classifying', value: 'blue' }],
    ],
    [
      'a note keeps its language; the colour moves',
      [{ ...note('Xem lại'), language: 'vi' }, { type: 'TextualBody', purpose: 'tagging', value: 'green' }],
      [{ ...note('Xem lại'), language: 'vi' }, { type: 'TextualBody', purpose: 'classifying', value: 'green' }],
    ],
    [
      "the note's #tags become tags (a #yellow tag stays a tag, not a second colour)",
      [note('Hỏi lại #ngân-sách và #yellow, không phải #1'), { type: 'TextualBody', purpose: 'tagging', value: 'pink' }],
      [
        note('Hỏi lại #ngân-sách và #yellow, không phải #1'),
        { type: 'TextualBody', purpose: 'tagging', value: 'ngân-sách' },
        { type: 'TextualBody', purpose: 'tagging', value: 'yellow' },
        { type: 'TextualBody', purpose: 'classifying', value: 'pink' },
      ],
    ],
  ])('upgrades v2 → v3: %s', (_name, before, after) => {
    const r = migrateRecord(v2(before));
    expect(r).toEqual({ ok: true, record: { v: 3, annotation: { ...current, motivation: 'commenting', body: after } } });
  });

  it('a v1 record with #tags in its note goes through v2 to v3 with the tags and one colour', () => {
    const r = migrateRecord({ ...v1, note: 'Xem #yellow' });
    expect(r.ok && r.record.annotation.body).toEqual([
      note('Xem #yellow'),
      { type: 'TextualBody', purpose: 'tagging', value: 'yellow' },
      { type: 'TextualBody', purpose: 'classifying', value: 'pink' },
    ]);
  });

  it.each([
    ['a future version', { v: 4, annotation: current }, 'record schema v4 is newer than this version of Margin understands (v3); update Margin to read it'],
    ['no version', { id: 'x' }, 'record has no valid schema version (v = undefined)'],
    ['version 0', { v: 0 }, 'record has no valid schema version (v = 0)'],
    ['a string version', { v: '2' }, 'record has no valid schema version (v = "2")'],
    ['null', null, 'record is not an object (got null)'],
    ['an array', [v1], 'record is not an object (got an array)'],
    ['v1 with an unknown colour', { ...v1, color: 'orange' }, 'v1 record: color "orange" is not a known highlight colour'],
    ['v1 with start after end', { ...v1, start: 9, end: 4 }, 'v1 record: start/end must be integers with 0 <= start <= end'],
    ['v1 with a bad date', { ...v1, createdAt: 'yesterday' }, 'v1 record: createdAt must be epoch milliseconds or an ISO date'],
    ['v2 with a numeric id', { v: 2, annotation: { ...current, id: 7 } }, 'v3 record: annotation.id: id must be a string'],
    ['v2 without a body array', { v: 2, annotation: { ...current, body: 'x' } }, 'v2 record: annotation.body must be an array'],
    ['v3 with a tag containing a space', { v: 3, annotation: { ...current, body: [{ type: 'TextualBody', purpose: 'tagging', value: 'a b' }] } }, 'v3 record: annotation.body.0.value: tag must be 1 to 64 characters without spaces, commas or a leading #'],
  ])('rejects %s with a clear message', (_name, raw, error) => {
    expect(migrateRecord(raw)).toEqual({ ok: false, error });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const r = migrateRecord(raw);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.record({ v: fc.constantFrom(1, 2, 3), id: fc.anything(), annotation: fc.anything(), start: fc.anything() }), (raw) => {
        expect(() => migrateRecord(raw)).not.toThrow();
      }),
    );
  });
});
