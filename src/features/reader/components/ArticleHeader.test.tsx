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
