import { toPlainText } from '../article/plainText';
import type { Article, Entity } from '../article/types';
import type { Annotation, HighlightColor } from './annotation';
import { colorNames } from './colorNames';
import type { AnchoredNote, ExportArticle, ExportOptions } from './exportTypes';
import { createAnnotation } from './model';

const NFD = (s: string) => s.normalize('NFD');

/** Blocks covering the awkward cases: Markdown specials, CSV specials, NFC and NFD, an emoji. */
const BLOCKS: Article['blocks'] = [
  { type: 'heading', text: '# Túi tiền quốc gia' },
  {
    type: 'paragraph',
    text: 'Bộ trưởng Bộ Tài chính Đinh Tiến Dũng cho biết bội chi ngân sách năm 2013 ước khoảng 5,3% GDP, tăng "đáng kể".',
  },
  { type: 'paragraph', text: '* Thu nội địa: 63.630 tỷ đồng, [hụt] so với _dự toán_ > 7,8% `quan trọng`' },
  { type: 'paragraph', text: NFD('Ông Phùng Quốc Hiển nói: =SUM(A1) và -5% là con số 😀 đáng chú ý.') },
];

function entity(block: number, text: string, extra: Partial<Entity> & Pick<Entity, 'type'>): Entity {
  const start = BLOCKS[block]!.text.indexOf(text);
  if (start < 0) throw new Error(`fixture: ${text} not in block ${block}`);
  return { block, start, end: start + text.length, text, ...extra };
}

export const ARTICLE: Article = {
  id: 'tui-tien-quoc-gia',
  title: '“Túi tiền” quốc gia: Hụt thu và... bội chi',
  published: '2013-10-21',
  source: 'VnEconomy',
  byline: 'Nguyễn Hoài, "phóng viên"',
  lang: 'vi',
  blocks: BLOCKS,
  entities: [
    entity(1, 'Bộ trưởng Bộ Tài chính Đinh Tiến Dũng', { type: 'official', name: 'Đinh Tiến Dũng', role: 'Bộ trưởng Bộ Tài chính' }),
    entity(1, '5,3% GDP', { type: 'figure', value: 0.053 }),
    entity(2, '63.630 tỷ đồng', { type: 'figure', value: 63_630_000_000_000 }),
    entity(3, NFD('Phùng Quốc Hiển'), { type: 'official', name: 'Phùng Quốc Hiển', role: null }),
  ],
};

export const PLAIN = toPlainText(ARTICLE.blocks).text;
export const EXPORT_ARTICLE: ExportArticle = { article: ARTICLE, url: 'https://vneconomy.vn/tui-tien-quoc-gia.htm?a=1&b=(2)' };
export const NOW = new Date('2026-03-01T10:00:00.000Z');
/** Exports in English with one renamed colour. */
export const EN: ExportOptions = { lang: 'en', colorNames: colorNames('en', { green: 'Trích dẫn hay' }) };

export function note(
  quote: string,
  opts: { id: string; color?: HighlightColor; note?: string; tags?: string[]; at?: string; occurrence?: number } = { id: 'x' },
): Annotation {
  let start = -1;
  for (let i = 0; i <= (opts.occurrence ?? 0); i++) start = PLAIN.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: ${quote} not found`);
  return createAnnotation({
    id: opts.id,
    articleId: ARTICLE.id,
    plainText: PLAIN,
    start,
    end: start + quote.length,
    color: opts.color ?? 'yellow',
    note: opts.note,
    tags: opts.tags,
    now: new Date(opts.at ?? '2026-02-01T08:00:00.000Z'),
  });
}

export const anchored = (a: Annotation): AnchoredNote => ({
  annotation: a,
  range: { start: a.target.selector[1].start, end: a.target.selector[1].end },
});

/** Highlights over the awkward blocks, with awkward notes. */
export function fixtureNotes(): Annotation[] {
  const dung = PLAIN.indexOf('cho biết');
  return [
    note('# Túi tiền', { id: 'urn:uuid:1', color: 'blue', note: '## not a heading\n- not a list', at: '2026-02-01T08:00:00.000Z' }),
    createAnnotation({
      id: 'urn:uuid:2',
      articleId: ARTICLE.id,
      plainText: PLAIN,
      start: PLAIN.indexOf('Đinh Tiến Dũng'),
      end: dung + 'cho biết bội chi ngân sách năm 2013 ước khoảng 5,3% GDP, tăng "đáng kể".\n\n* Thu nội địa'.length,
      color: 'green',
      note: 'Ghi chú, có dấu phẩy và "ngoặc kép"\r\nvà dòng mới',
      now: new Date('2026-02-02T08:00:00.000Z'),
    }),
    note('[hụt] so với _dự toán_ > 7,8% `quan trọng`', {
      id: 'urn:uuid:3',
      color: 'pink',
      note: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      tags: ['hỏi-lại', 'Ngân-sách'],
    }),
    note(NFD('=SUM(A1) và -5%'), { id: 'urn:uuid:4', note: '@mention +1 -1 =1', tags: ['=cmd'] }),
    note(NFD('😀 đáng'), { id: 'urn:uuid:5', color: 'purple', note: 'Xem #kinh_tế và #ngân-sách, không phải #1' }),
  ];
}
