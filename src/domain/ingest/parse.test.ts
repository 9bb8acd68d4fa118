import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError, parseRawArticle } from './parse';
import { parseDateLine } from './dates';
import { slugify, undouble } from './text';
import { isByline, splitSourceTag } from './classify';

const seed = readFileSync(new URL('../../../content/seed/000_1d33ff756ec2b19b.txt', import.meta.url), 'utf8');

describe('parseDateLine', () => {
  it.each([
    ['Thứ Ba, ngày 25 tháng 1 năm 2022', '2022-01-25'],
    ['Chủ nhật, ngày 3 tháng 12 năm 2023', '2023-12-03'],
    ['Thứ ba, 25/1/2022, 10:30 (GMT+7)', '2022-01-25'],
    ['ngày 07/03/2021', '2021-03-07'],
    ['31/02/2022', null],
    ['Ngày 12/11, Thành ủy TPHCM đã tổ chức hội nghị.', null],
    ['Hội nghị năm 2022', null],
  ])('%s → %s', (line, expected) => expect(parseDateLine(line)).toBe(expected));
});

describe('splitSourceTag', () => {
  it.each([
    ['(Thanhuytphcm.vn) – Ngày 12/11, Thành ủy', { source: 'Thanhuytphcm.vn', rest: 'Ngày 12/11, Thành ủy' }],
    ['HÀ NỘI (TTXVN) - Sáng nay, Quốc hội', { source: 'TTXVN', rest: 'Sáng nay, Quốc hội' }],
    ['(Ảnh minh họa: TTXVN) Chính sách về xóa đói', null],
    ['Ngày 12/11 (thứ Sáu) – hội nghị', null],
  ])('%s', (line, expected) => expect(splitSourceTag(line)).toEqual(expected));
});

describe('small rules', () => {
  it.each([
    ['S. Hải', true],
    ['Nguyễn Văn An', true],
    ['PV', true],
    ['Vụ án đang được điều tra mở rộng.', false],
    ['Tổng cộng 12 người', false],
  ])('isByline(%s) = %s', (line, expected) => expect(isByline(line)).toBe(expected));

  it('undouble keeps a doubled caption once and leaves other lines alone', () => {
    expect(undouble('Ông A phát biểu tại hội nghị Ông A phát biểu tại hội nghị')).toBe('Ông A phát biểu tại hội nghị');
    expect(undouble('Các đại biểu tham dự hội nghị')).toBeNull();
  });

  it.each([
    ['“Túi tiền” quốc gia: Hụt thu và... bội chi', 'tui-tien-quoc-gia-hut-thu-va-boi-chi'],
    ['Đã có 16,8 tỷ USD đầu tư', 'da-co-16-8-ty-usd-dau-tu'],
    ['!!!', 'bai-viet'],
  ])('slugify(%s)', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('parseRawArticle on the seed page', () => {
  const a = parseRawArticle(seed);
  const texts = a.blocks.map((b) => b.text);

  it('recovers date, title, source and byline', () => {
    expect(a.published).toBe('2022-01-25');
    expect(a.title).toBe('Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả');
    expect(a.source).toBe('Thanhuytphcm.vn');
    expect(a.byline).toBe('S. Hải');
    expect(texts[1]).toMatch(/^Ngày 12\/11, Thành ủy TPHCM/);
  });

  it('finds the two section headings and the captions, the doubled one once', () => {
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'Quan tâm xây dựng đội ngũ cán bộ trong sạch vững mạnh',
      'Công tác kiểm tra, giám sát tổ chức Đảng, đảng viên được coi trọng',
    ]);
    expect(a.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
      'Các đại biểu tham dự hội nghị',
      'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải phát biểu tại hội nghị',
    ]);
  });

  it('drops the site chrome', () => {
    for (const chrome of ['Ý kiến bạn đọc', 'refresh', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo']) {
      expect(texts.some((t) => t.includes(chrome))).toBe(false);
    }
  });

  it('keeps every sentence of the article word for word, NFC', () => {
    const body = [a.title, ...texts].join('\n');
    const sentences = seed
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 60 && !l.includes('phát biểu tại hội nghị Phó'))
      .flatMap((l) => l.replace(/^\(Thanhuytphcm\.vn\) – /, '').split(/(?<=[.;])\s+/));
    expect(sentences.length).toBeGreaterThan(30);
    for (const s of sentences) expect(body).toContain(s.normalize('NFC'));
    expect(body).toBe(body.normalize('NFC'));
  });
});

describe('parseRawArticle on plain text', () => {
  it.each([
    {
      name: 'blank-line paragraphs',
      raw: 'Tiêu đề bài\n\nĐoạn một có câu.\n\nĐoạn hai có câu.\n',
      blocks: [['paragraph', 'Đoạn một có câu.'], ['paragraph', 'Đoạn hai có câu.']],
    },
    {
      name: 'one paragraph per line, a heading, CRLF, NFD input',
      raw: 'Tiêu đề\r\nĐoạn một có câu.\r\nMục mới của bài\r\nĐoạn hai.\r\n'.normalize('NFD'),
      blocks: [['paragraph', 'Đoạn một có câu.'], ['heading', 'Mục mới của bài'], ['paragraph', 'Đoạn hai.']],
    },
    {
      name: 'photo credit and portrait captions',
      raw: 'Tiêu đề\n\nĐoạn đầu của bài.\n\nNhững ngôi nhà ở khu B. Ảnh: Giang Chinh\n\nÔng Đinh Văn A - Chủ tịch Hội B\n\nĐoạn cuối.',
      blocks: [
        ['paragraph', 'Đoạn đầu của bài.'],
        ['caption', 'Những ngôi nhà ở khu B. Ảnh: Giang Chinh'],
        ['caption', 'Ông Đinh Văn A - Chủ tịch Hội B'],
        ['paragraph', 'Đoạn cuối.'],
      ],
    },
  ])('$name', ({ raw, blocks }) => {
    const a = parseRawArticle(raw);
    expect(a.blocks.map((b) => [b.type, b.text])).toEqual(blocks);
    expect(a.published).toBeNull();
    expect(a.source).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['   \n\n \n', /empty/],
    ['Chỉ có tiêu đề', /no paragraph/],
  ])('rejects %j with a clear error', (raw, message) => {
    expect(() => parseRawArticle(raw)).toThrow(IngestError);
    expect(() => parseRawArticle(raw)).toThrow(message);
  });
});

describe('site chrome is cut only at the end, and reported', () => {
  const opinion = [
    'Vì sao cần lắng nghe người dân',
    'Đoạn mở đầu của bài bình luận nói về việc lắng nghe ý kiến người dân trong xây dựng chính sách.',
    'Bình luận',
    'Nửa sau của bài: tác giả cho rằng các cơ quan cần công khai ý kiến đóng góp và trả lời từng ý kiến.',
    'Đoạn kết của bài nhắc lại rằng niềm tin chỉ có được khi người dân thấy ý kiến của mình được tiếp thu.',
    'Minh An',
    'Tin khác',
    'Hà Nội khai trương tuyến xe buýt mới',
    'Chia sẻ',
  ].join('\n\n');

  it('keeps a "Bình luận" subheading and everything after it', () => {
    const a = parseRawArticle(opinion);
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Đoạn mở đầu của bài bình luận nói về việc lắng nghe ý kiến người dân trong xây dựng chính sách.',
      'Bình luận',
      'Nửa sau của bài: tác giả cho rằng các cơ quan cần công khai ý kiến đóng góp và trả lời từng ý kiến.',
      'Đoạn kết của bài nhắc lại rằng niềm tin chỉ có được khi người dân thấy ý kiến của mình được tiếp thu.',
    ]);
    expect(a.blocks[1]!.type).toBe('heading');
    expect(a.byline).toBe('Minh An');
  });

  it('reports what it cut and the markers it kept inside the article', () => {
    const a = parseRawArticle(opinion);
    expect(a.cut).toEqual(['Tin khác', 'Hà Nội khai trương tuyến xe buýt mới', 'Chia sẻ']);
    expect(a.keptMarkers).toEqual(['Bình luận']);
  });

  it('cuts nothing from an article without chrome', () => {
    const a = parseRawArticle('Tiêu đề\n\nMột đoạn văn có câu.\n\nXem thêm\n\nĐoạn cuối có câu.');
    expect(a.cut).toEqual([]);
    expect(a.blocks.map((b) => b.text)).toContain('Đoạn cuối có câu.');
  });

  it('on the seed page cuts exactly the five lines after the byline', () => {
    expect(parseRawArticle(seed).cut).toEqual(['Ý kiến bạn đọc', 'refresh', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo']);
  });
});

describe('zero-width characters', () => {
  it('keeps joiners (an emoji family, a Persian word with ZWNJ) and drops zero-width spaces and BOMs', () => {
    const family = '👩\u200d👩\u200d👧';
    const persian = 'می\u200cخواهم';
    const a = parseRawArticle(`\ufeffTiêu đề ${family}\n\nNgười viết: ${persian} và\u200b bạn.`);
    expect(a.title).toBe(`Tiêu đề ${family}`);
    expect(a.blocks[0]!.text).toBe(`Người viết: ${persian} và bạn.`);
  });
});
