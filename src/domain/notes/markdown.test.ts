import { describe, expect, it } from 'vitest';
import { anchored, EN, EXPORT_ARTICLE, fixtureNotes, NOW } from './fixtures.test-helpers';
import { formatMarkdown, formatMarkdownAll } from './markdown';

const notes = fixtureNotes();
const orphanAnnotation = structuredClone(notes[0]!);
orphanAnnotation.id = 'urn:uuid:orphan';
orphanAnnotation.target.selector[0].exact = 'Đoạn đã bị xoá';
const orphan = { annotation: orphanAnnotation, range: null };
// Given out of order, with an orphan: the export sorts by position.
const md = formatMarkdown(EXPORT_ARTICLE, [orphan, ...[...notes].reverse().map(anchored)], NOW, EN);

describe('formatMarkdown', () => {
  it('starts with YAML front matter, escaped, with every tag used', () => {
    expect(md.split('\n').slice(0, 8)).toEqual([
      '---',
      'title: "“Túi tiền” quốc gia: Hụt thu và... bội chi"',
      'source: "VnEconomy"',
      'published: "2013-10-21"',
      'url: "https://vneconomy.vn/tui-tien-quoc-gia.htm?a=1&b=(2)"',
      'tags: ["hỏi-lại", "Ngân-sách", "=cmd", "kinh_tế"]',
      'exported: "2026-03-01T10:00:00.000Z"',
      '---',
    ]);
    expect(md).toContain('\n# “Túi tiền” quốc gia: Hụt thu và... bội chi\n');
  });

  it('lists highlights in document order, each as a blockquote with colour and note', () => {
    const order = ['> \\# Túi tiền', '> Đinh Tiến Dũng', '> \\[hụt\\]', '> \\=SUM', '> 😀'].map((q) => md.indexOf(q));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('> Đinh Tiến Dũng cho biết bội chi ngân sách năm 2013 ước khoảng 5,3% GDP, tăng "đáng kể".\n>\n> \\* Thu nội địa\n\nColour: Trích dẫn hay\n\nGhi chú, có dấu phẩy và "ngoặc kép"  \nvà dòng mới');
  });

  it('gives each highlight its colour name and tags inline; #tags in notes stay tags', () => {
    expect(md).toContain('> \\[hụt\\] so với \\_dự toán\\_ \\> 7,8% \\`quan trọng\\`\n\nColour: Question  \nTags: #hỏi-lại #Ngân-sách\n\n');
    expect(md).toContain('Colour: Follow up  \nTags: #kinh\\_tế #ngân-sách\n\nXem #kinh\\_tế và #ngân-sách, không phải #1');
    const vi = formatMarkdown(EXPORT_ARTICLE, notes.map(anchored), NOW);
    expect(vi).toContain('Màu: Câu hỏi  \nThẻ: #hỏi-lại #Ngân-sách');
    expect(vi).toContain('- Quan chức: Đinh Tiến Dũng');
  });

  it('escapes Markdown so quotes and notes stay text (no headings, lists, links, HTML)', () => {
    const body = md.slice(md.indexOf('\n# ') + 1);
    const structural = body.split('\n').filter((l) => /^(#|[-*+] |\d+[.)] |<|\[)/.test(l));
    expect(structural).toEqual([
      '# “Túi tiền” quốc gia: Hụt thu và... bội chi',
      '- Officials: Đinh Tiến Dũng \\(Bộ trưởng Bộ Tài chính\\)',
      '- Figures: 5,3% GDP',
      '## Highlights no longer found in the article',
    ]);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>\\<img src=x onerror=alert\\(2\\)\\>');
    expect(md).toContain('\\#\\# not a heading  \n\\- not a list');
  });

  it('lists the officials and figures a highlight overlaps after it, NFD names included', () => {
    const second = md.slice(md.indexOf('> Đinh Tiến Dũng'), md.indexOf('> \\[hụt'));
    expect(second).toContain('- Officials: Đinh Tiến Dũng \\(Bộ trưởng Bộ Tài chính\\)\n- Figures: 5,3% GDP');
    expect(second).not.toContain('63.630');
    const first = md.slice(md.indexOf('> \\# Túi tiền'), md.indexOf('> Đinh Tiến Dũng'));
    expect(first).not.toContain('Officials');
  });

  it('puts orphans in their own section at the end, with their quote', () => {
    const section = md.slice(md.indexOf('## Highlights no longer found in the article'));
    expect(section).toContain('> Đoạn đã bị xoá');
    expect(md.indexOf('> Đoạn đã bị xoá')).toBeGreaterThan(md.indexOf('> 😀'));
  });

  it('all-notes variant: one file, a section per article', () => {
    const other = { article: { ...EXPORT_ARTICLE.article, id: 'b', title: 'Bài thứ hai', source: null, published: null }, url: null };
    const all = formatMarkdownAll([{ article: EXPORT_ARTICLE, notes: notes.map(anchored) }, { article: other, notes: [] }], NOW, EN);
    expect(all.startsWith('---\ntitle: "Margin — all notes"\ntags: ["hỏi-lại", "Ngân-sách", "=cmd", "kinh_tế"]\nexported: "2026-03-01T10:00:00.000Z"\n---\n\n# Margin — all notes\n')).toBe(true);
    expect(all).toContain('\n## “Túi tiền” quốc gia: Hụt thu và... bội chi\n\n_VnEconomy · 2013-10-21 · https://vneconomy.vn/tui-tien-quoc-gia.htm?a=1\\&b=\\(2\\)_');
    expect(all).toContain('\n## Bài thứ hai\n\n_No highlights yet._');
    const vi = formatMarkdownAll([{ article: other, notes: [] }], NOW);
    expect(vi).toBe('---\ntitle: "Margin — tất cả ghi chú"\ntags: []\nexported: "2026-03-01T10:00:00.000Z"\n---\n\n# Margin — tất cả ghi chú\n\n## Bài thứ hai\n\n_Chưa có đoạn đánh dấu nào._\n');
  });
});
