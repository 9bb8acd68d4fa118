import type { Article } from '../domain/article/types';
import { toPlainText } from '../domain/article/plainText';
import type { Annotation, HighlightColor } from '../domain/notes/annotation';
import { createAnnotation } from '../domain/notes/model';

export const ARTICLE: Article = {
  id: 'bai-thu',
  title: 'Bài thử',
  published: '2022-01-25',
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [
    { type: 'heading', text: 'Quan tâm xây dựng đội ngũ' },
    { type: 'paragraph', text: 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.' },
    { type: 'paragraph', text: 'Các đại biểu đã chia sẻ kinh nghiệm xây dựng tổ chức cơ sở Đảng.' },
  ],
  entities: [],
};

export const PLAIN = toPlainText(ARTICLE.blocks).text;

let n = 0;
/** An annotation on the first occurrence of `quote` in the article (or at [start, end)). */
export function annotationOn(
  quote: string,
  color: HighlightColor = 'yellow',
  note = '',
  at?: { start: number; end: number },
): Annotation {
  const start = at?.start ?? PLAIN.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in the article`);
  const end = at?.end ?? start + quote.length;
  n++;
  return createAnnotation({
    id: `a${n}`,
    articleId: ARTICLE.id,
    plainText: PLAIN,
    start,
    end,
    color,
    note,
    now: new Date(Date.UTC(2024, 0, 1, 0, 0, n)),
  });
}
