import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateTitle } from './translate';

/** Real titles from the bundled articles (public/articles/*.json, entities with a role), with the reviewed English. */
const REAL: [string, string][] = [
  ['Phó Bí thư Thường trực Thành ủy TPHCM', 'Standing Deputy Secretary of the Ho Chi Minh City Party Committee'],
  ['Phó Bí thư Thành ủy TPHCM', 'Deputy Secretary of the Ho Chi Minh City Party Committee'],
  ['Phó Bí thư Thường trực Quận ủy Quận 10', 'Standing Deputy Secretary of the District 10 Party Committee'],
  ['Bí thư Quận ủy Quận 5', 'Secretary of the District 5 Party Committee'],
  ['Phó trưởng Ban Tổ chức Thành ủy TPHCM', 'Deputy Head of the Organisation Commission of the Ho Chi Minh City Party Committee'],
  ['Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ', 'Member of the Politburo, Deputy Prime Minister'],
  [
    'Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Phó Thủ tướng Chính phủ',
    'Member of the Politburo, President of the Central Committee of the Vietnam Fatherland Front, Deputy Prime Minister',
  ],
  ['Chủ tịch Ủy ban Trung ương Mặt trận Tổ Quốc Việt Nam', 'President of the Central Committee of the Vietnam Fatherland Front'],
  ['Phó Chủ tịch Quốc hội', 'Vice Chairman of the National Assembly'],
  ['Phó Thủ tướng', 'Deputy Prime Minister'],
  ['Thủ tướng', 'Prime Minister'],
  ['Thủ tướng Chính phủ', 'Prime Minister'],
  ['Bộ trưởng', 'Minister'],
  ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', 'Minister, Chairman of the Government Office'],
  ['Bộ trưởng GTVT', 'Minister of Transport'],
  ['Bộ trưởng Bộ Tài chính', 'Minister of Finance'],
  ['Thứ trưởng Bộ Nội vụ', 'Deputy Minister of Home Affairs'],
  ['Thứ trưởng Bộ Tư pháp', 'Deputy Minister of Justice'],
  ['Thứ trưởng Quốc phòng', 'Deputy Minister of National Defence'],
  ['Cục trưởng Cục Thuế TPHCM', 'Director of the Ho Chi Minh City Tax Department'],
  ['Chủ tịch UBND tỉnh Thanh Hóa', "Chairman of the Thanh Hóa Provincial People's Committee"],
  ['Phó chủ tịch UBND tỉnh Thanh Hóa', "Vice Chairman of the Thanh Hóa Provincial People's Committee"],
  ['Giám đốc Sở Ngoại vụ', 'Director of the Department of Foreign Affairs'],
  ['Giám đốc Trung tâm Xúc tiến Đầu tư Thương mại và Du lịch', 'Director of the Investment, Trade and Tourism Promotion Centre'],
  ['Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam', 'Vice Chairman of the Central Committee of the Vietnam Association for Promoting Education'],
  ['Phó Chủ tịch UBND TP Cần Thơ', "Vice Chairman of the Cần Thơ City People's Committee"],
  ['Chủ tịch Hội Khuyến học TP Cần Thơ', 'Chairman of the Cần Thơ City Association for Promoting Education'],
  ['Chủ tịch UBND TPHCM', "Chairman of the Ho Chi Minh City People's Committee"],
  [
    'Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Tài chính - Ngân sách',
    'Member of the National Assembly Standing Committee, Chairman of the Finance and Budget Committee',
  ],
  ['Chủ tịch TP Hải Phòng', 'Chairman of Hải Phòng City'],
];

/** Real titles with parts the table does not know: those parts stay in Vietnamese, never guessed. */
const PARTLY: [string, string, string[]][] = [
  [
    'Phó Bí thư Thường trực Đảng ủy Khối Dân – Chính – Đảng TPHCM',
    'Standing Deputy Secretary of the Party Committee of Khối Dân – Chính – Đảng TPHCM',
    ['Khối Dân – Chính – Đảng TPHCM'],
  ],
  ['Phó Chủ tịch Trương ương Hội Khuyến học Việt Nam', 'Vice Chairman of Trương ương Hội Khuyến học Việt Nam', ['Trương ương Hội Khuyến học Việt Nam']],
  ['đại diện Tổng công ty 319', 'Representative of Tổng công ty 319', ['Tổng công ty 319']],
];

const ARTICLES = join(process.cwd(), 'public/articles');
const bundledText = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => (JSON.parse(readFileSync(join(ARTICLES, f), 'utf8')) as { blocks: { text: string }[] }).blocks.map((b) => b.text).join('\n'))
  .join('\n')
  .normalize('NFC');

describe('translateTitle: real titles from the bundled articles', () => {
  it('covers 30 distinct titles, each found in a bundled article', () => {
    expect(new Set(REAL.map(([vi]) => vi)).size).toBe(30);
    for (const [vi] of [...REAL, ...PARTLY]) {
      const found = vi.split(/, /).every((part) => bundledText.includes(part));
      expect([vi, found]).toEqual([vi, true]);
    }
  });

  it.each(REAL)('%s', (vi, en) => expect(translateTitle(vi)).toEqual({ en, untranslated: [] }));

  it.each(PARTLY)('%s (partly unknown)', (vi, en, untranslated) => expect(translateTitle(vi)).toEqual({ en, untranslated }));
});

describe('translateTitle: matching', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Thanh Hoá', "Chairman of the Thanh Hoá Provincial People's Committee"],
    ['Uỷ viên Bộ Chính trị', 'Member of the Politburo'],
    ['Phó Bí thư Thành ủy TPHCM'.normalize('NFD'), 'Deputy Secretary of the Ho Chi Minh City Party Committee'],
    ['Bí thư Thành ủy', 'Secretary of the City Party Committee'],
    ['Phó Chủ tịch nước', 'Vice President of the State'],
  ])('%s → %s', (vi, en) => expect(translateTitle(vi).en).toBe(en));

  it('unknown parts stay in Vietnamese; an unknown head keeps the whole title', () => {
    expect(translateTitle('Trưởng thôn Đông')).toEqual({ en: 'Head of thôn Đông', untranslated: ['thôn Đông'] });
    expect(translateTitle('nhà báo')).toEqual({ en: 'nhà báo', untranslated: ['nhà báo'] });
  });
});
