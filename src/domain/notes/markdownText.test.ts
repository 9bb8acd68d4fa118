import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, markdownBlockquote, markdownParagraph, yamlString } from './markdownText';

describe('escapeMarkdownLine', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['## Tiêu đề', '\\#\\# Tiêu đề'],
    ['* item', '\\* item'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['2013) năm', '2013\\) năm'],
    ['=====', '\\====='],
    ['> quote', '\\> quote'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['`code`', '\\`code\\`'],
    ['_nghiêng_ và *đậm*', '\\_nghiêng\\_ và \\*đậm\\*'],
    ['<b>html</b> &amp;', '\\<b\\>html\\</b\\> \\&amp;'],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    ['    indented code', '&#32;&#32;&#32;&#32;indented code'],
    ['Giá tăng 5,3% - 7,8%', 'Giá tăng 5,3% - 7,8%'],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});

describe('markdownBlockquote / markdownParagraph', () => {
  it('prefixes every line of a multi-line quote', () => {
    expect(markdownBlockquote('dòng 1\n\n# dòng 3\r\n- dòng 4')).toBe('> dòng 1\n>\n> \\# dòng 3\n> \\- dòng 4');
  });

  // fast-check builds its table of every code point on the first 'binary' string (~2.5 s, more on a
  // busy machine), so this property gets more than the default 5 s.
  it('no line of a blockquote can escape the quote', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        for (const line of markdownBlockquote(s).split('\n')) expect(line.startsWith('>')).toBe(true);
      }),
    );
  });

  it('keeps note lines apart with hard breaks and blank lines as paragraphs', () => {
    expect(markdownParagraph('a\nb\n\nc')).toBe('a  \nb\n\nc');
  });
});

describe('yamlString', () => {
  it.each([
    ['plain', 'Túi tiền quốc gia', '"Túi tiền quốc gia"'],
    ['quotes and backslash', 'a "b" \\ c', '"a \\"b\\" \\\\ c"'],
    ['YAML indicators', '- : # & * ! | > % @ `', '"- : # & * ! | > % @ `"'],
    ['newlines', 'a\nb\r\n', '"a\\nb\\r\\n"'],
    ['line separator', 'a\u2028b', '"a\\u2028b"'],
  ])('%s', (_name, input, expected) => {
    expect(yamlString(input)).toBe(expected);
  });

  it('null stays null', () => expect(yamlString(null)).toBe('null'));

  it('only uses escapes JSON also understands, so JSON.parse reads it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(JSON.parse(yamlString(s))).toBe(s);
      }),
    );
  });
});
