import { describe, expect, it } from 'vitest';
import { validateArticle } from './schema';

const article = (url: unknown) => ({
  id: 'bai',
  title: 'Bài',
  published: null,
  source: 'Báo',
  byline: null,
  url,
  lang: 'vi',
  blocks: [{ type: 'paragraph', text: 'Một đoạn.' }],
  entities: [],
});

describe('article url: web addresses only (it becomes a link)', () => {
  it.each([
    ['https://vnexpress.net/a-1.html', true],
    ['HTTP://baomoi.com/x.epi', true],
    [null, true],
    [undefined, true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['//evil.example/x', false],
    ['/a/relative', false],
    ['https://a b', false],
  ])('%j → %s', (url, ok) => {
    const checked = validateArticle(article(url));
    expect(checked.ok).toBe(ok);
    if (!checked.ok) expect(checked.error).toMatch(/url: expected an http\(s\) address/);
  });
});
