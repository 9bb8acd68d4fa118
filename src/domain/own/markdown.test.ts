import { describe, expect, it } from 'vitest';
import { inlineText, markdownToRaw } from './markdown';

describe('markdownToRaw', () => {
  it('takes the first # heading as the title and keeps one paragraph per block', () => {
    const md = [
      '# Chú trọng công tác',
      '',
      'Ngày 12/11, Thành ủy **TPHCM** đã tổ chức',
      'hội nghị tổng kết.',
      '',
      '## Quan tâm xây dựng đội ngũ',
      '',
      '- Một ý [có liên kết](https://example.com).',
      '- Ý thứ *hai*.',
      '',
      '> Trích dẫn ![ảnh](a.png) dài.',
      '',
      '---',
      '',
      '```',
      'mã <script>x</script>',
      '```',
    ].join('\n');
    expect(markdownToRaw(md)).toEqual({
      title: 'Chú trọng công tác',
      published: null,
      raw: [
        'Chú trọng công tác',
        'Ngày 12/11, Thành ủy TPHCM đã tổ chức hội nghị tổng kết.',
        'Quan tâm xây dựng đội ngũ',
        'Một ý có liên kết.',
        'Ý thứ hai.',
        'Trích dẫn dài.',
        'mã <script>x</script>',
      ].join('\n\n'),
    });
  });

  it('reads title and date from front matter', () => {
    const md = '---\ntitle: "Bài từ sổ tay"\ndate: 2022-01-25T08:00:00Z\n---\nĐoạn một.\n';
    expect(markdownToRaw(md)).toEqual({ title: 'Bài từ sổ tay', published: '2022-01-25', raw: 'Bài từ sổ tay\n\nĐoạn một.' });
  });

  it('understands setext headings', () => {
    expect(markdownToRaw('Tiêu đề\n=======\n\nĐoạn.\n\nMục\n---\n\nĐoạn hai.').raw).toBe('Tiêu đề\n\nĐoạn.\n\nMục\n\nĐoạn hai.');
  });

  it('without any heading the first paragraph is the title', () => {
    expect(markdownToRaw('Dòng đầu\n\nĐoạn.').title).toBe('Dòng đầu');
  });

  it.each([
    ['**đậm** và __đậm__', 'đậm và đậm'],
    ['*nghiêng* và _nghiêng_', 'nghiêng và nghiêng'],
    ['snake_case_name và 2*3*4', 'snake_case_name và 2*3*4'],
    ['`mã` \\*sao\\*', 'mã *sao*'],
    ['<b onclick="x()">chữ</b>', 'chữ'],
    ['[a][ref] b', 'a b'],
  ])('inlineText(%j) = %j', (md, text) => expect(inlineText(md)).toBe(text));
});
