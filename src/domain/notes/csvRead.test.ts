import { describe, expect, it } from 'vitest';
import { colorNames } from './colorNames';
import { formatCsv, formatCsvAll } from './csv';
import { csvNotesToItems, looksLikeCsv, parseCsvRecords, readCsvNotes, stripUnsavedMark, type CsvContext } from './csvRead';
import { anchored, ARTICLE, EN, EXPORT_ARTICLE, fixtureNotes, NOW, PLAIN } from './fixtures.test-helpers';
import { parseImport } from './importPlan';
import { colorOf, noteOf, quoteOf, tagsOf } from './model';
import type { Annotation, HighlightColor } from './annotation';

/** What Readwise's CSV import reads (https://readwise.io/import_bulk), in its order, then Margin's Tags. */
const READWISE = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

const names = [colorNames('vi'), colorNames('en'), EN.colorNames];
const ctx: CsvContext = {
  articleIdOf: (title) => (title === ARTICLE.title ? ARTICLE.id : undefined),
  plainTextOf: (id) => (id === ARTICLE.id ? PLAIN : undefined),
  colourOf: (name) => {
    for (const table of names) {
      const hit = (Object.keys(table) as HighlightColor[]).find((k) => table[k] === name);
      if (hit) return hit;
    }
    return undefined;
  },
};

/** CSV text → the annotations the import would write (the same pipeline as a JSON file). */
function importCsv(csv: string): Annotation[] {
  const read = readCsvNotes(csv);
  if (!read.ok) throw new Error(read.error);
  const r = parseImport(JSON.stringify(csvNotesToItems(read.notes, ctx)), new Set([ARTICLE.id]), new Map(), undefined, {
    plainTextOf: ctx.plainTextOf,
  });
  if (!r.ok) throw new Error(r.error);
  return r.plan.toAdd;
}

const summary = (a: Annotation) => ({
  quote: quoteOf(a),
  start: a.target.selector[1].start,
  end: a.target.selector[1].end,
  note: noteOf(a),
  tags: tagsOf(a),
  colour: colorOf(a),
  created: a.created,
});

describe('parseCsvRecords (RFC 4180)', () => {
  it.each([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['"x, y","say ""hi"""\r\n', [['x, y', 'say "hi"']]],
    ['"line\r\nbreak",2\r\n', [['line\r\nbreak', '2']]],
    ['a,,c\r\n\r\n', [['a', '', 'c']]],
  ])('%j', (text, rows) => expect(parseCsvRecords(text)).toEqual(rows));

  it('an unclosed quote is an error, not a silent cut', () => {
    expect(parseCsvRecords('"open,1\r\n')).toEqual({ error: 'a quoted field is not closed' });
  });
});

describe('Readwise CSV: the Tags column survives export → import', () => {
  const notes = fixtureNotes();

  it.each([
    ['Vietnamese', undefined],
    ['English, a renamed colour', EN],
  ] as const)('header Readwise reads, then Tags (%s)', (_name, options) => {
    const csv = formatCsv(EXPORT_ARTICLE, notes.map(anchored), NOW, options);
    const header = (parseCsvRecords(csv.slice(1)) as string[][])[0]!;
    expect(header.slice(0, 7)).toEqual(READWISE);
    expect(header[7]).toBe('Tags');
    expect(looksLikeCsv(csv)).toBe(true);
  });

  it.each([
    ['Vietnamese', undefined],
    ['English, a renamed colour', EN],
  ] as const)('quote, place, note, tags, colour and date come back (%s)', (_name, options) => {
    const csv = formatCsv(EXPORT_ARTICLE, notes.map(anchored), NOW, options);
    const back = importCsv(csv);
    expect(back.map(summary).sort((a, b) => a.start - b.start)).toEqual(notes.map(summary).sort((a, b) => a.start - b.start));
    // The tags, in particular (including a formula-like one and those written as #tags in a note).
    expect(back.map(tagsOf).filter((t) => t.length > 0)).toEqual([['hỏi-lại', 'Ngân-sách'], ['=cmd'], ['kinh_tế', 'ngân-sách']]);
  });

  it('importing the same file twice plans no change (rows get stable ids)', () => {
    const csv = formatCsvAll([{ article: EXPORT_ARTICLE, notes: notes.map(anchored) }], NOW);
    const first = importCsv(csv);
    const read = readCsvNotes(csv);
    if (!read.ok) throw new Error(read.error);
    const again = parseImport(JSON.stringify(csvNotesToItems(read.notes, ctx)), new Set([ARTICLE.id]), new Map(first.map((a) => [a.id, a])), undefined, {
      plainTextOf: ctx.plainTextOf,
    });
    expect(again.ok && [again.plan.toAdd.length, again.plan.unchanged.length]).toEqual([0, notes.length]);
  });

  it('rows for an article not in the library are planned apart, never attached elsewhere', () => {
    const csv = formatCsvAll([{ article: { article: { ...ARTICLE, title: 'Bài khác' }, url: null }, notes: [anchored(notes[0]!)] }], NOW);
    const read = readCsvNotes(csv);
    if (!read.ok) throw new Error(read.error);
    const r = parseImport(JSON.stringify(csvNotesToItems(read.notes, ctx)), new Set([ARTICLE.id]), new Map());
    expect(r.ok && [r.plan.toAdd.length, r.plan.unknownArticle.length]).toEqual([0, 1]);
  });

  it('a file without the Highlight column, or with a bad Location, is refused whole', () => {
    expect(readCsvNotes('Title,Note\r\nA,B\r\n')).toEqual({ ok: false, error: 'Invalid CSV: no Highlight column' });
    expect(readCsvNotes('Highlight,Title,Location\r\nx,A,12\r\ny,A,abc\r\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^Nothing was imported\. \[2\] Location/) });
  });
});

describe('notes not saved in the browser: marked in the CSV and the JSON, the mark taken off on import', () => {
  const [first, second] = fixtureNotes();
  const withUnsaved = [anchored(first!), { ...anchored(second!), unsaved: true }];

  it.each([
    ['vi', undefined, '[Chưa lưu vào trình duyệt] '],
    ['en', EN, '[Not saved in the browser] '],
  ] as const)('CSV (%s): the reader sees the mark before the note; import strips it', (_lang, options, mark) => {
    const csv = formatCsv(EXPORT_ARTICLE, withUnsaved, NOW, options);
    const rows = (parseCsvRecords(csv.slice(1)) as string[][]).slice(1);
    expect(rows.map((r) => r[4]!.startsWith(mark))).toEqual([false, true]);
    expect(rows[1]![4]).toBe(`${mark}${noteOf(second!)}`);
    const read = readCsvNotes(csv);
    expect(read.ok && read.notes.map((n) => [n.note, n.unsaved])).toEqual([
      [noteOf(first!), false],
      [noteOf(second!), true],
    ]);
    expect(importCsv(csv).map(noteOf).sort()).toEqual([noteOf(first!), noteOf(second!)].sort());
  });

  it('a highlight without a note still says it is not saved', () => {
    const bare = { ...anchored({ ...second!, body: second!.body.filter((b) => b.purpose !== 'commenting') }), unsaved: true };
    const rows = (parseCsvRecords(formatCsv(EXPORT_ARTICLE, [bare], NOW).slice(1)) as string[][]).slice(1);
    expect(rows[0]![4]).toBe('[Chưa lưu vào trình duyệt]');
    expect(stripUnsavedMark(rows[0]![4]!)).toEqual({ note: '', unsaved: true });
  });

  it('a note that merely mentions the words is left alone', () => {
    expect(stripUnsavedMark('Chưa lưu vào trình duyệt là sao?')).toEqual({ note: 'Chưa lưu vào trình duyệt là sao?', unsaved: false });
  });
});
