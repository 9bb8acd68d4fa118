import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../domain/article/types';
import {
  changeWord,
  entityModel,
  figureParts,
  formatValue,
  groupEntities,
  orgFromRole,
  sentenceAround,
} from './model';

function mention(text: string, type: Entity['type'], blockText: string, block = 0, extra: Partial<Entity> = {}): Entity {
  const start = blockText.indexOf(text);
  if (start < 0) throw new Error(`${text} not in block`);
  return { type, block, start, end: start + text.length, text, ...extra };
}

const B0 = 'Ngày 12/11, Thành ủy TPHCM tổ chức hội nghị. Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.';
const B1 = 'Đồng chí Nguyễn Hồ Hải yêu cầu. Phó trưởng Ban Tổ chức Thành ủy TPHCM Lê Thị Thanh Thúy cho biết, ông Hải đã nói.';

const article: Article = {
  id: 'a',
  title: 't',
  published: null,
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [
    { type: 'paragraph', text: B0 },
    { type: 'paragraph', text: B1 },
  ],
  // Deliberately out of reading order.
  entities: [
    mention('Nguyễn Hồ Hải', 'official', B1, 1, { name: 'Nguyễn Hồ Hải', role: null }),
    mention('Nguyễn Hồ Hải', 'official', B0, 0, { name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' }),
    mention('Thành ủy TPHCM', 'organization', B0, 0),
    mention('Ban Tổ chức Thành ủy TPHCM', 'organization', B1, 1),
    mention('Lê Thị Thanh Thúy', 'official', B1, 1, {
      name: 'Lê Thị Thanh Thúy',
      role: 'Phó trưởng Ban Tổ chức Thành ủy TPHCM',
    }),
    mention('ông Hải', 'official', B1, 1, { name: 'Nguyễn Hồ Hải', role: null }),
    mention('12/11', 'date', B0, 0),
  ],
};

describe('groupEntities', () => {
  it('groups a person by name (short mentions included), in reading order, with the first role', () => {
    const groups = groupEntities(article.entities);
    const hai = groups.find((g) => g.label === 'Nguyễn Hồ Hải')!;
    expect(hai.mentions).toEqual([1, 0, 5]);
    expect(hai.role).toBe('Phó Bí thư Thành ủy TPHCM');
    expect(groups.map((g) => g.label)).toEqual([
      '12/11',
      'Thành ủy TPHCM',
      'Nguyễn Hồ Hải',
      'Ban Tổ chức Thành ủy TPHCM',
      'Lê Thị Thanh Thúy',
    ]);
  });

  it('keeps NFD and NFC spellings of one name together', () => {
    const nfd = 'Lê Thị Thanh Thúy'.normalize('NFD');
    const groups = groupEntities([
      { type: 'official', block: 0, start: 0, end: 3, text: nfd, name: nfd, role: null },
      { type: 'official', block: 0, start: 5, end: 8, text: 'x', name: 'Lê Thị Thanh Thúy', role: 'Bí thư' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.role).toBe('Bí thư');
  });

  it('keeps the first parsed value of a figure', () => {
    const groups = groupEntities([
      { type: 'figure', block: 0, start: 0, end: 3, text: '15%', value: 15 },
      { type: 'figure', block: 1, start: 0, end: 3, text: '15%', value: 16 },
    ]);
    expect(groups[0]!.value).toBe(15);
    expect(groups[0]!.mentions).toEqual([0, 1]);
  });
});

describe('entityModel', () => {
  it('indexes groups by type, counts mentions, links each mention to its group and each role to its body', () => {
    const m = entityModel(article);
    expect(m.mentionCounts).toEqual({ official: 4, organization: 2, figure: 0, date: 1, document: 0 });
    expect(m.byType.official.map((g) => [g.label, g.org])).toEqual([
      ['Nguyễn Hồ Hải', 'Thành ủy TPHCM'],
      ['Lê Thị Thanh Thúy', 'Ban Tổ chức Thành ủy TPHCM'],
    ]);
    expect(m.groupOf[5]!.label).toBe('Nguyễn Hồ Hải');
    expect(entityModel(article)).toBe(m);
  });

  it('works on an article without entities', () => {
    const m = entityModel({ ...article, entities: [] });
    expect(m.groups).toEqual([]);
    expect(m.byType.official).toEqual([]);
  });
});

describe('orgFromRole', () => {
  it.each([
    ['Phó Bí thư Thành ủy TPHCM', 'Thành ủy TPHCM'],
    ['Phó Bí thư Thường trực Quận ủy Quận 10', 'Quận ủy Quận 10'],
    ['Bí thư Quận ủy Quận 5', 'Quận ủy Quận 5'],
    ['Phó Bí thư Thường trực Đảng ủy Khối Dân – Chính – Đảng TPHCM', 'Đảng ủy Khối Dân – Chính – Đảng TPHCM'],
    ['Phó trưởng Ban Tổ chức Thành ủy TPHCM', 'Ban Tổ chức Thành ủy TPHCM'],
    ['Bộ trưởng Bộ Y tế', 'Bộ Y tế'],
    ['Giám đốc Sở Tài chính', 'Sở Tài chính'],
    ['Phó Chủ tịch UBND TP Cần Thơ', 'UBND TP Cần Thơ'],
    ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa', 'Tỉnh ủy'],
    ['Thủ tướng Chính phủ', 'Chính phủ'],
    ['Trưởng ban chỉ đạo', null],
    ['Tổng Bí thư', null],
    ['Chủ tịch nước', null],
  ])('%s → %s', (role, org) => {
    expect(orgFromRole(role)).toBe(org);
  });

  it("prefers the article's own name for the body starting at the head", () => {
    expect(orgFromRole('Phó Bí thư Tỉnh ủy Thanh Hóa kiêm nhiệm', ['Tỉnh ủy Thanh Hóa'])).toBe('Tỉnh ủy Thanh Hóa');
    expect(orgFromRole('Phó trưởng Ban Tổ chức Thành ủy TPHCM', ['Thành ủy TPHCM', 'Ban Tổ chức Thành ủy TPHCM'])).toBe(
      'Ban Tổ chức Thành ủy TPHCM',
    );
  });

  it('falls back to an organisation the article names when no head word is found', () => {
    expect(orgFromRole('Giám đốc điều hành Vinamilk', ['Vinamilk'])).toBe('Vinamilk');
  });
});

describe('changeWord', () => {
  const t = 'Toàn Đảng bộ có 246.797 đảng viên (tăng 2.185 đảng viên so với năm 2010), số hộ nghèo giảm xuống còn 5%.';
  it('finds tăng / giảm just before the figure, in the same clause', () => {
    expect(changeWord(t, t.indexOf('2.185'))).toBe('tăng');
    expect(changeWord(t, t.indexOf('5%'))).toBe('giảm');
    expect(changeWord(t, t.indexOf('246.797'))).toBeNull();
  });
  it('reads a change word leading the mention itself', () => {
    expect(changeWord('x', 0, 'giảm 12%')).toBe('giảm');
  });
  it('does not take "tăng cường" or a change word from another clause', () => {
    const u = 'Quận đã tăng cường 50 cán bộ. Doanh thu tăng, chi phí 20 tỷ đồng.';
    expect(changeWord(u, u.indexOf('50'))).toBeNull();
    expect(changeWord(u, u.indexOf('20'))).toBeNull();
  });
});

describe('sentenceAround', () => {
  const t =
    'Ngày 12/11, Thành ủy TPHCM họp. Toàn Đảng bộ TP. HCM có 246.797 đảng viên! Đồng chí Nguyễn Hồ Hải phát biểu.';
  it('returns the sentence holding the mention, not cut by thousand dots or abbreviations', () => {
    const at = t.indexOf('246.797 đảng viên');
    const s = sentenceAround(t, at, at + '246.797 đảng viên'.length);
    expect(s.text).toBe('Toàn Đảng bộ TP. HCM có 246.797 đảng viên!');
    expect(s.text.slice(s.start, s.end)).toBe('246.797 đảng viên');
  });
  it('handles the first and the last sentence', () => {
    expect(sentenceAround(t, 5, 10).text).toBe('Ngày 12/11, Thành ủy TPHCM họp.');
    const at = t.indexOf('Nguyễn');
    expect(sentenceAround(t, at, at + 13).text).toBe('Đồng chí Nguyễn Hồ Hải phát biểu.');
  });
  it('shortens a long sentence around the mention', () => {
    const long = 'Một '.repeat(100) + 'mốc 15% ở giữa ' + 'hai '.repeat(100) + 'xong.';
    const at = long.indexOf('15%');
    const s = sentenceAround(long, at, at + 3, 80);
    expect(s.text.length).toBeLessThanOrEqual(84);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.slice(s.start, s.end)).toBe('15%');
  });
});

describe('figureParts / formatValue', () => {
  it.each([
    ['246.797 đảng viên', '246.797', 'đảng viên'],
    ['hơn 1.200 hộ dân', '1.200', 'hộ dân'],
    ['2,5 tỷ đồng', '2,5 tỷ', 'đồng'],
    ['15%', '15', '%'],
    ['16-17%', '16-17', '%'],
    ['195/160 đảng viên', '195/160', 'đảng viên'],
    ['700 triệu', '700 triệu', null],
  ])('%s', (text, number, unit) => {
    expect(figureParts(text)).toEqual({ number, unit });
  });
  it('formats in Vietnamese notation, with a short form for big numbers', () => {
    expect(formatValue(246797)).toBe('246.797');
    expect(formatValue(2.5)).toBe('2,5');
    expect(formatValue(2_500_000_000)).toBe('2.500.000.000 (2,5 tỷ)');
  });
});
