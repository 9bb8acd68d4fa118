import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { ARTICLE, fixtureNotes, PLAIN } from './fixtures.test-helpers';
import { parseImport } from './importPlan';
import { colorOf, noteOf, tagsOf, withNote } from './model';

const known = new Set([ARTICLE.id]);
const empty = new Map<string, Annotation>();
const plainTextOf = (id: string) => (id === ARTICLE.id ? PLAIN : undefined);
const notes = fixtureNotes();
/** Notes with no astral character before their end: UTF-16 and code point positions agree. */
const bmp = notes.slice(0, 4);

function ok(text: string, existing = empty) {
  const r = parseImport(text, known, existing, undefined, { plainTextOf, now: new Date('2026-03-01T00:00:00.000Z') });
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

function error(text: string, limits?: { maxTextLength: number; maxItems: number }) {
  const r = parseImport(text, known, empty, limits);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const quoteStart = PLAIN.indexOf('Đinh Tiến Dũng');
/** A Hypothesis-style annotation from another tool. */
const foreign = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://hypothes.is/a/abc123',
  type: 'Annotation',
  created: '2025-01-01T00:00:00Z',
  modified: '2025-01-02T00:00:00Z',
  body: [
    { type: 'TextualBody', value: '<p>Quan <b>trọng</b></p>', format: 'text/html', language: 'vi' },
    { type: 'TextualBody', purpose: 'tagging', value: 'ngân sách' },
  ],
  target: [
    {
      source: ARTICLE.id,
      selector: [
        { type: 'RangeSelector', startSelector: {}, endSelector: {} },
        { type: 'TextPositionSelector', start: quoteStart, end: quoteStart + 14 },
        { type: 'TextQuoteSelector', exact: 'Đinh Tiến Dũng', prefix: 'Bộ Tài chính ', suffix: ' cho biết' },
      ],
    },
  ],
};

describe('parseImport: accepted shapes', () => {
  it.each([
    ['a bare array', JSON.stringify(bmp)],
    ['an AnnotationPage', JSON.stringify({ type: 'AnnotationPage', items: bmp })],
    ['a collection with items directly', JSON.stringify({ type: 'AnnotationCollection', items: bmp })],
    ['a BOM-prefixed file', `\uFEFF${JSON.stringify(bmp)}`],
  ])('%s', (_name, text) => {
    expect(ok(text).toAdd).toEqual(bmp);
  });

  it('a single annotation', () => expect(ok(JSON.stringify(notes[2])).toAdd).toEqual([notes[2]]));

  it('a W3C annotation from another tool: target/selector arrays, HTML body kept literally, tags kept', () => {
    const [a] = ok(JSON.stringify(foreign)).toAdd;
    expect(a).toEqual({
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-01-01T00:00:00Z',
      modified: '2025-01-02T00:00:00Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: '<p>Quan <b>trọng</b></p>', format: 'text/plain', language: 'vi' },
        { type: 'TextualBody', purpose: 'tagging', value: 'ngân-sách' },
        { type: 'TextualBody', purpose: 'classifying', value: 'yellow' },
      ],
      target: {
        source: ARTICLE.id,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Đinh Tiến Dũng', prefix: 'Bộ Tài chính ', suffix: ' cho biết' },
          { type: 'TextPositionSelector', start: quoteStart, end: quoteStart + 14 },
        ],
      },
    });
  });

  const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });

  it.each([
    ['a string body', { body: 'Ghi chú <img src=x onerror=alert(1)>' }, 'Ghi chú <img src=x onerror=alert(1)>', 'yellow'],
    ['a bodyValue', { body: undefined, bodyValue: '<script>alert(1)</script>' }, '<script>alert(1)</script>', 'yellow'],
    ['an object body', { body: { type: 'TextualBody', value: 'một, hai "ba"' } }, 'một, hai "ba"', 'yellow'],
    ['a colour tag only (Margin before tags)', { body: { type: 'TextualBody', purpose: 'tagging', value: 'purple' } }, '', 'purple'],
    ['a classifying colour body', { body: { type: 'TextualBody', purpose: 'classifying', value: 'green' } }, '', 'green'],
    ["Margin's named colour body", { body: { id: 'urn:margin:colour:blue', type: 'TextualBody', purpose: 'classifying', value: 'Số liệu cần kiểm' } }, '', 'blue'],
    ['a link body', { body: { id: 'https://example.org/post/1' } }, 'https://example.org/post/1', 'yellow'],
    ['no body', { body: undefined }, '', 'yellow'],
  ])('body as %s', (_name, patch, note, color) => {
    const [a] = ok(JSON.stringify({ ...foreign, ...patch })).toAdd;
    expect(noteOf(a!)).toBe(note);
    expect(colorOf(a!)).toBe(color);
    expect(a!.motivation).toBe(note === '' ? 'highlighting' : 'commenting');
  });

  it.each([
    ['tags are normalised and deduplicated; #tags in the note join them', [tag('kinh tế'), tag('#Kinh-Tế'), tag('  '), { type: 'TextualBody', value: 'xem #ngân_sách' }], ['kinh-tế', 'ngân_sách'], 'yellow'],
    ['with a real colour body, a tagging "pink" is a tag', [tag('pink'), { id: 'urn:margin:colour:green', type: 'TextualBody', purpose: 'classifying', value: 'Trích dẫn' }], ['pink'], 'green'],
    ['an unknown classifying value is kept as a tag', [{ type: 'TextualBody', purpose: 'classifying', value: 'urgent' }], ['urgent'], 'yellow'],
  ])('%s', (_name, body, tags, color) => {
    const [a] = ok(JSON.stringify({ ...foreign, body })).toAdd;
    expect(tagsOf(a!)).toEqual(tags);
    expect(colorOf(a!)).toBe(color);
  });

  it('refuses a tag too long to keep, and more than 32 tags, naming the item', () => {
    const long = parseImport(JSON.stringify({ ...foreign, body: [tag('x'.repeat(65))] }), known, new Map());
    expect(long).toEqual({ ok: false, error: expect.stringContaining('(root).body: tag "xxxxxxxx') });
    const many = parseImport(JSON.stringify({ ...foreign, body: Array.from({ length: 33 }, (_, i) => tag(`t${i}`)) }), known, new Map());
    expect(many).toEqual({ ok: false, error: 'Nothing was imported. (root).body: 33 tags (at most 32)' });
  });

  it.each([
    ['target as an object, selector as an object', { target: { source: ARTICLE.id, selector: { type: 'TextQuoteSelector', exact: 'bội chi' } } }, { start: 0, end: 0 }],
    ['positions beyond the text are dropped', { target: { source: ARTICLE.id, selector: [{ type: 'TextQuoteSelector', exact: 'bội chi' }, { type: 'TextPositionSelector', start: 5000, end: 5007 }] } }, { start: 0, end: 0 }],
    ['end before start is dropped', { target: { source: ARTICLE.id, selector: [{ type: 'TextQuoteSelector', exact: 'bội chi' }, { type: 'TextPositionSelector', start: 9, end: 2 }] } }, { start: 0, end: 0 }],
  ])('%s', (_name, patch, position) => {
    const [a] = ok(JSON.stringify({ ...foreign, ...patch })).toAdd;
    expect(a!.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'bội chi', prefix: '', suffix: '' });
    expect(a!.target.selector[1]).toMatchObject(position);
  });

  it('converts code point positions back to UTF-16 after an emoji', () => {
    const emojiNote = notes[4]!;
    const cpStart = Array.from(PLAIN.slice(0, emojiNote.target.selector[1].start)).length;
    const exported = structuredClone(emojiNote);
    exported.target.selector[1] = { type: 'TextPositionSelector', start: cpStart, end: cpStart + Array.from(emojiNote.target.selector[0].exact).length };
    expect(ok(JSON.stringify(exported)).toAdd).toEqual([emojiNote]);
  });

  it('missing timestamps default to `now`', () => {
    const [a] = ok(JSON.stringify({ ...foreign, created: undefined, modified: undefined })).toAdd;
    expect([a!.created, a!.modified]).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
  });
});

describe('parseImport: merge plan', () => {
  const stored = new Map(notes.map((a) => [a.id, a]));

  it('newer modified wins, older is kept out, unknown articles are set apart', () => {
    const newer = withNote(notes[0]!, 'Sửa lại', new Date('2026-05-01T00:00:00.000Z'));
    const older = { ...withNote(notes[1]!, 'Bản cũ', new Date('2020-01-01T00:00:00.000Z')) };
    const elsewhere = { ...notes[2]!, id: 'urn:uuid:other', target: { ...notes[2]!.target, source: 'unknown-article' } };
    const fresh = { ...notes[3]!, id: 'urn:uuid:new' };
    const plan = ok(JSON.stringify([newer, older, notes[2], elsewhere, fresh]), stored);
    expect(plan.toUpdate).toEqual([newer]);
    expect(plan.older).toEqual([older]);
    expect(plan.unchanged).toEqual([notes[2]]);
    expect(plan.unknownArticle).toEqual([elsewhere]);
    expect(plan.toAdd).toEqual([fresh]);
    expect(plan.summary).toBe(
      '5 annotations in the file: 1 new note, 1 updated, 1 unchanged, 1 kept as they are (your copy is newer), 1 note for articles not in your library.',
    );
  });

  it('duplicate ids in one file keep the newest', () => {
    const newer = withNote(notes[0]!, 'Mới hơn', new Date('2026-05-01T00:00:00.000Z'));
    const plan = ok(JSON.stringify([newer, notes[0]]));
    expect(plan.toAdd).toEqual([newer]);
    expect(plan.summary).toContain('1 duplicate in the file ignored');
  });
});

describe('parseImport: rejected files (nothing imported)', () => {
  const item = (patch: object) => JSON.stringify([notes[0], { ...foreign, ...patch }]);
  it.each([
    ['invalid JSON, with its position', '[{"id": "a",}]', /^Invalid JSON at line 1, column 13 \(position 12\): /],
    ['invalid JSON on a later line', '[\n  {"id": 1\n  "x": 2}\n]', /^Invalid JSON at line 3, column 3 /],
    ['a number', '42', /^Expected a W3C annotation, an array of annotations or an AnnotationCollection, got a number$/],
    ['an object of another type', '{"type": "Note"}', /^type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", got "Note"$/],
    ['a paged collection', '{"type": "AnnotationCollection", "first": "https://x/page1"}', /^first: the collection links to its pages/],
    ['a non-string id', item({ id: 17 }), /^Nothing was imported\. \[1\]\.id: must be a string, got a number$/],
    ['a missing id', item({ id: undefined }), /\[1\]\.id: must be a string, got nothing$/],
    ['a non-object item', JSON.stringify([notes[0], 'hello']), /\[1\]: expected an annotation object, got a string$/],
    ['a target without a quote', item({ target: 'https://example.org/page' }), /\[1\]\.target: no target with a TextQuoteSelector/],
    ['a non-string quote', item({ target: { source: ARTICLE.id, selector: { type: 'TextQuoteSelector', exact: 5 } } }), /\[1\]\.target\.selector\.exact: must be a non-empty string, got a number/],
    ['a non-string source', item({ target: [{ source: 7, selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }), /\[1\]\.target\[0\]\.source: must be a non-empty string, got a number/],
    ['non-integer positions', item({ target: [{ source: ARTICLE.id, selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: '1', end: 2 }] }] }), /\[1\]\.target\[0\]\.selector\[1\]: start and end must be integers/],
    ['a bad date', item({ modified: 'hôm qua' }), /\[1\]\.modified: must be an ISO 8601 date-time, got "hôm qua"/],
    ['a note over 100 KB', item({ body: 'x'.repeat(100_001) }), /\[1\]\.body: note is longer than 100000 characters/],
    ['an overlong id', item({ id: 'x'.repeat(3000) }), /\[1\]\.id: must be 1 to 2048 characters/],
    ['a wrong type', item({ type: 'Highlight' }), /\[1\]\.type: expected "Annotation", got "Highlight"/],
    ['an unsupported body', item({ body: [42] }), /\[1\]\.body\[0\]: unsupported body \(a number\)/],
    ['a bad item inside a collection', JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ ...foreign, id: null }] } }), /first\.items\[0\]\.id: must be a string, got null/],
  ])('%s', (_name, text, message) => {
    expect(error(text)).toMatch(message);
  });

  it('too large and too many, before looking at the items', () => {
    expect(error('[]'.padEnd(100, ' '), { maxTextLength: 50, maxItems: 10 })).toBe('The file is too large: 0.0 MB of text (the limit is 0.0 MB)');
    expect(error(JSON.stringify([1, 2, 3]), { maxTextLength: 1000, maxItems: 2 })).toBe('Too many annotations: 3 (the limit is 2)');
    const big = ' '.repeat(10 * 1024 * 1024 + 1);
    expect(error(big)).toBe('The file is too large: 10.0 MB of text (the limit is 10.0 MB)');
  });

  it('reports several bad items at once and stays all-or-nothing', () => {
    const text = JSON.stringify([notes[0], { ...foreign, id: 1 }, { ...foreign, id: 2 }, { ...foreign, id: 3 }, { ...foreign, id: 4 }]);
    expect(error(text)).toBe(
      'Nothing was imported. [1].id: must be a string, got a number; [2].id: must be a string, got a number; [3].id: must be a string, got a number; and 1 more invalid annotation',
    );
  });
});

describe('parseImport: notes are plain text', () => {
  it.each([
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '{{constructor.constructor("alert(1)")()}}',
    '\u202Eevil\u202C and \u0000 nul',
  ])('%j survives untouched, and so do the other fields', (payload) => {
    const source = withNote(notes[0]!, payload, new Date('2026-02-05T00:00:00.000Z'));
    const [a] = ok(JSON.stringify([source])).toAdd;
    expect(a).toEqual(source);
    expect(noteOf(a!)).toBe(payload);
  });

  it('a __proto__ key does not pollute anything', () => {
    const text = `[${JSON.stringify(notes[0]).replace('{', '{"__proto__": {"polluted": true},')}]`;
    const plan = ok(text);
    expect(plan.toAdd).toEqual([notes[0]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
