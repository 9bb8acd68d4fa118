import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../domain/article/types';
import { ArticleHeader } from './ArticleHeader';

const article = (over: Partial<Article>): Article => ({
  id: 'bai',
  title: 'Bài',
  published: null,
  source: 'Báo Mới',
  byline: null,
  url: null,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text: 'Một đoạn.' }],
  entities: [],
  ...over,
});

describe('ArticleHeader source link', () => {
  it.each([
    ['https://baomoi.com/a.epi', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    [null, false],
  ])('%j is a link: %s', (url, link) => {
    const html = renderToStaticMarkup(<ArticleHeader article={article({ url })} />);
    expect(html.includes('<a ')).toBe(link);
    expect(html).toContain('Báo Mới');
    expect(html).not.toContain('javascript:');
  });
});

describe('ArticleHeader title marks', () => {
  it.each([
    [[], '<h1>Bộ trưởng Trần Văn Bình thăm Huế</h1>'],
    [
      [{ id: 't0', start: 10, end: 23, className: 'ent ent-t-official', data: { 'title-ent': 'official' } }],
      '<h1>Bộ trưởng <span class="ent ent-t-official" data-title-ent="official">Trần Văn Bình</span> thăm Huế</h1>',
    ],
  ])('paints %j over the title', (titlePaints, want) => {
    const html = renderToStaticMarkup(<ArticleHeader article={article({ title: 'Bộ trưởng Trần Văn Bình thăm Huế' })} titlePaints={titlePaints} />);
    expect(html).toContain(want);
  });
});
