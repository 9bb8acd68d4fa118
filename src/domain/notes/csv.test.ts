import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, formatCsvAll } from './csv';
import { colorNames } from './colorNames';
import { anchored, ARTICLE, EN, EXPORT_ARTICLE, fixtureNotes, NOW } from './fixtures.test-helpers';
import { colorOf, noteOf, quoteOf, tagsOf } from './model';

/** A small RFC 4180 parser (quoted fields may hold commas, quotes, CR and LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+84 912', "'+84 912"],
    ['-5%', "'-5%"],
    ['@user', "'@user"],
    ['\tcmd', "'\tcmd"],
    ['=1,"2"', '"\'=1,""2"""'],
    ['5,3% GDP', '"5,3% GDP"'],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('formatCsv', () => {
  const notes = fixtureNotes();
  const csv = formatCsv(EXPORT_ARTICLE, [...notes].reverse().map(anchored), NOW, EN);

  it("starts with a UTF-8 BOM, Readwise's columns, Tags and the colour in the reader's language; CRLF", () => {
    expect(csv.startsWith('\uFEFFHighlight,Title,Author,URL,Note,Location,Date,Tags,Colour\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const vi = formatCsv(EXPORT_ARTICLE, notes.map(anchored), NOW);
    expect(vi.startsWith('\uFEFFHighlight,Title,Author,URL,Note,Location,Date,Tags,Màu\r\n')).toBe(true);
    expect(parseCsv(vi.slice(1)).map((r) => r[8])).toEqual(['Màu', 'Số liệu cần kiểm', 'Trích dẫn', 'Câu hỏi', 'Quan trọng', 'Theo dõi tiếp']);
  });

  it('parses back (RFC 4180) to exactly the input, in document order', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date', 'Tags', 'Colour']);
    expect(rows.map((r) => r.map(unguard))).toEqual(
      notes.map((a) => [
        quoteOf(a),
        ARTICLE.title,
        ARTICLE.byline,
        EXPORT_ARTICLE.url,
        noteOf(a),
        String(a.target.selector[1].start),
        a.created,
        tagsOf(a).join(', '),
        EN.colorNames[colorOf(a)],
      ]),
    );
    expect(rows.map((r) => r[7])).toEqual(['', '', 'hỏi-lại, Ngân-sách', "'=cmd", 'kinh_tế, ngân-sách']);
    expect(rows[1]![8]).toBe('Trích dẫn hay');
    expect(EN.colorNames).toEqual({ ...colorNames('en'), green: 'Trích dẫn hay' });
  });

  it('guards formula-like cells and leaves NFD text untouched', () => {
    const rows = parseCsv(csv.slice(1));
    const sum = rows.find((r) => r[0]!.includes('SUM'))!;
    expect(sum[0]).toBe("'" + '=SUM(A1) và -5%'.normalize('NFD'));
    expect(sum[4]).toBe("'@mention +1 -1 =1");
  });

  it('orphans have an empty Location; the all-notes variant has one table', () => {
    const all = formatCsvAll(
      [
        { article: EXPORT_ARTICLE, notes: [{ annotation: notes[1]!, range: null }] },
        { article: { article: { ...ARTICLE, title: 'Bài hai' }, url: null }, notes: [anchored(notes[0]!)] },
      ],
      NOW,
    );
    const [, a, b] = parseCsv(all.slice(1));
    expect(a![5]).toBe('');
    expect(b![1]).toBe('Bài hai');
    expect(b![3]).toBe('');
  });
});
