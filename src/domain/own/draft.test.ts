import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities';
import { buildDraft, finishDraft } from './draft';
import { isOwnId } from './ids';
import { problemMessage } from './problems';

const seed = readFileSync(new URL('../../../content/seed/000_1d33ff756ec2b19b.txt', import.meta.url), 'utf8');

describe('buildDraft', () => {
  it('the seed article as pasted: title, date, headings and the five officials with roles', () => {
    const result = buildDraft({ source: 'văn bản dán vào', kind: 'txt', text: seed }, extractEntities);
    if (!result.ok) throw new Error(result.problem.message);
    const { preview, article } = result;
    expect(preview.title).toBe('Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả');
    expect(preview.published).toBe('2022-01-25');
    expect(preview.headings).toBe(2);
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'Quan tâm xây dựng đội ngũ cán bộ trong sạch vững mạnh',
      'Công tác kiểm tra, giám sát tổ chức Đảng, đảng viên được coi trọng',
    ]);
    expect(preview.officials).toEqual([
      { name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' },
      { name: 'Nguyễn Bắc Nam', role: 'Phó Bí thư Thường trực Quận ủy Quận 10' },
      { name: 'Nguyễn Mạnh Cường', role: 'Bí thư Quận ủy Quận 5' },
      { name: 'Lê Thị Hồng Nga', role: 'Phó Bí thư Thường trực Đảng ủy Khối Dân – Chính – Đảng TPHCM' },
      { name: 'Lê Thị Thanh Thúy', role: 'Phó trưởng Ban Tổ chức Thành ủy TPHCM' },
    ]);
    expect(preview.paragraphs).toBe(article.blocks.filter((b) => b.type === 'paragraph').length);
    expect(preview.entities).toBe(article.entities.length);
  });

  it('the same text as the bundled seed gives the same blocks and entities', () => {
    const bundled = JSON.parse(
      readFileSync(new URL('../../../public/articles/chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat.json', import.meta.url), 'utf8'),
    ) as { blocks: unknown; entities: unknown };
    const result = buildDraft({ source: 'seed.txt', kind: 'txt', text: seed }, extractEntities);
    expect(result.ok && result.article.blocks).toEqual(bundled.blocks);
    expect(result.ok && result.article.entities).toEqual(bundled.entities);
  });

  it('reads Markdown', () => {
    const md = '---\ndate: 2021-03-04\n---\n# Tiêu đề bài\n\nThủ tướng Phạm Minh Chính chủ trì phiên họp của Chính phủ sáng nay.\n';
    const result = buildDraft({ source: 'a.md', kind: 'md', text: md }, extractEntities);
    expect(result.ok && result.preview).toMatchObject({ title: 'Tiêu đề bài', published: '2021-03-04', paragraphs: 1 });
  });

  it.each([
    ['only a title', 'Chỉ một dòng tiêu đề'],
    ['a title and short lines', 'Tiêu đề\nmột\nhai'],
  ])('%s → a clear no-article problem, in both languages', (_name, text) => {
    const result = buildDraft({ source: 'x.txt', kind: 'txt', text }, extractEntities);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('no-article');
      expect(problemMessage(result.problem, 'vi')).toBe('Không tìm thấy bài viết trong “x.txt”: sau tiêu đề không có đoạn văn nào của bài.');
      expect(problemMessage(result.problem, 'en')).toBe('No article found in “x.txt”: no paragraph of article text follows the title.');
    }
  });
});

describe('finishDraft', () => {
  const draft = (() => {
    const r = buildDraft({ source: 's', kind: 'txt', text: seed }, extractEntities);
    if (!r.ok) throw new Error('seed');
    return r.article;
  })();

  it('applies a corrected title and date and gives an own id', () => {
    const r = finishDraft(draft, { title: '  Tiêu đề   mới ', published: '2023-02-28' }, 'abc123');
    expect(r.ok && { id: r.article.id, title: r.article.title, published: r.article.published }).toEqual({
      id: 'own--tieu-de-moi-abc123',
      title: 'Tiêu đề mới',
      published: '2023-02-28',
    });
    expect(r.ok && isOwnId(r.article.id)).toBe(true);
  });

  it.each([
    [{ title: '   ', published: '' }, { code: 'no-title' }],
    [{ title: 'T', published: '2023-02-30' }, { code: 'bad-date', date: '2023-02-30' }],
    [{ title: 'T', published: '25/01/2022' }, { code: 'bad-date', date: '25/01/2022' }],
  ])('refuses %j', (corrections, error) => {
    const r = finishDraft(draft, corrections, 'n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual(error);
  });

  it('an empty date means no date', () => {
    const r = finishDraft(draft, { title: 'T', published: '' }, 'n');
    expect(r.ok && r.article.published).toBeNull();
  });
});
