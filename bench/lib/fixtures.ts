/** Generated inputs for the benchmark: the static twin of an article, a large article, stored notes. */
import { formatCalendarDate } from '../../src/domain/i18n/format';
import { toPlainText } from '../../src/domain/article/plainText';
import type { Article, Block, Entity } from '../../src/domain/article/types';
import type { Annotation, HighlightColor } from '../../src/domain/notes/annotation';
import { HIGHLIGHT_COLORS } from '../../src/domain/notes/annotation';
import { createAnnotation } from '../../src/domain/notes/model';
import { v1Record } from '../../src/storage/v1Fixture';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Deterministic PRNG (mulberry32) so every run generates the same fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The font preloads, stylesheet `<link>`s and inline `<style>`s of a built Margin page, in order:
 * the static page loads exactly the same CSS and fonts the same way (no scripts, no module
 * preloads, no manifest).
 */
export function styleLinks(pageHtml: string): string[] {
  return (pageHtml.match(/<link\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/g) ?? []).filter(
    (l) => l.startsWith('<style') || /rel="stylesheet"/.test(l) || (/rel="preload"/.test(l) && /as="font"/.test(l)),
  );
}

/**
 * A plain HTML page of the article: same text, same markup classes and the same stylesheet (so the
 * same fonts), no JavaScript. The baseline Margin's time to text is compared with.
 */
export function staticArticleHtml(article: Article, links: readonly string[]): string {
  const blocks = article.blocks
    .map((b, i) => {
      if (b.type === 'heading') return `<h2 class="block heading" data-block="${i}">${esc(b.text)}</h2>`;
      if (b.type === 'caption') return `<figure class="block caption"><figcaption data-block="${i}">${esc(b.text)}</figcaption></figure>`;
      return `<p class="block paragraph" data-block="${i}">${esc(b.text)}</p>`;
    })
    .join('\n');
  const meta = [
    article.published ? `<time datetime="${article.published}">${esc(formatCalendarDate('vi', article.published))}</time>` : '',
    article.source ? `<span class="source">${esc(article.source)}</span>` : '',
  ].join('');
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(article.title)} · Margin (tĩnh)</title>
    ${links.join('\n    ')}
  </head>
  <body>
    <div id="root"><a class="skip-link" href="#main">Bỏ qua, đến nội dung</a><header class="topbar"><a href="/" class="brand">Margin</a><nav aria-label="Chính"><a href="/">Thư viện</a><a href="/notes">Ghi chú</a></nav></header>
    <main id="main" class="reader"><div class="reader-layout"><article class="article" lang="vi">
    <header class="article-header"><h1>${esc(article.title)}</h1><p class="article-meta">${meta}</p></header>
    <div class="article-body-wrap"><div class="article-body">
${blocks}
    </div></div>
    ${article.byline ? `<p class="byline">${esc(article.byline)}</p>` : ''}
    </article></div></main></div>
  </body>
</html>
`;
}

export const LARGE_ID = 'bench-large';

/**
 * A long Vietnamese article: the bundled articles' blocks, shuffled (seeded) and repeated until the
 * text reaches `chars` characters. Entities come from the real extractor when it is given.
 */
export function largeArticle(
  sources: readonly Article[],
  chars: number,
  extract: ((blocks: readonly Block[]) => Entity[]) | null,
  id = LARGE_ID,
): Article {
  const pool = sources.flatMap((a) => a.blocks.filter((b) => b.text.length > 0));
  const random = rng(20240601);
  const blocks: Block[] = [];
  let total = 0;
  while (total < chars) {
    const order = pool.map((b) => [random(), b] as const).sort((x, y) => x[0] - y[0]);
    for (const [, b] of order) {
      blocks.push({ type: b.type, text: b.text });
      total += b.text.length;
      if (total >= chars) break;
    }
  }
  // Start like a real article: a paragraph first, so "first paragraph" is near the top.
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  if (first > 0) blocks.unshift(...blocks.splice(first, 1));
  return {
    id,
    title: 'Bài rất dài: tổng hợp thời sự và chính sách (bài đo hiệu năng)',
    published: '2024-06-01',
    source: 'Margin bench',
    byline: 'Margin',
    url: null,
    lang: 'vi',
    blocks,
    entities: extract ? extract(blocks) : [],
  };
}

/**
 * `count` highlights spread evenly over the article, never overlapping, each 12–60 characters inside
 * one block, built with the app's own createAnnotation (so selectors are what the UI would store).
 */
export function spreadHighlights(article: Article, count: number, prefix = 'bench-hl'): Annotation[] {
  const plain = toPlainText(article.blocks);
  const random = rng(7);
  const step = Math.floor(plain.text.length / count);
  // Short enough that `count` of them fit with gaps, however short the article.
  const maxLength = Math.max(4, Math.min(60, Math.floor(step * 0.6)));
  const minLength = Math.min(12, maxLength);
  const out: Annotation[] = [];
  let block = 0;
  let lastEnd = -1;
  const now = new Date('2024-06-01T08:00:00.000Z');
  for (let k = 0; k < count; k++) {
    let start = Math.max(k * step, lastEnd + 1);
    // Into the block containing `start` (skipping separators and blocks too short to use).
    while (block < article.blocks.length) {
      const bStart = plain.blockStarts[block]!;
      const bEnd = bStart + article.blocks[block]!.text.length;
      if (start < bStart) start = bStart;
      if (start + minLength <= bEnd) break;
      block++;
    }
    if (block >= article.blocks.length) throw new Error(`${article.id}: room for only ${k} of ${count} highlights`);
    const bStart = plain.blockStarts[block]!;
    const bEnd = bStart + article.blocks[block]!.text.length;
    // Begin at a word start when one is near.
    for (let i = 0; i < 8 && start > bStart && plain.text[start - 1] !== ' ' && start + minLength < bEnd; i++) start++;
    const length = minLength + Math.floor(random() * (maxLength - minLength + 1));
    const end = Math.min(bEnd, start + length);
    const color: HighlightColor = HIGHLIGHT_COLORS[k % HIGHLIGHT_COLORS.length]!;
    out.push(
      createAnnotation({
        id: `${prefix}-${String(k).padStart(5, '0')}`,
        articleId: article.id,
        plainText: plain.text,
        start,
        end,
        color,
        note: k % 10 === 0 ? `Ghi chú số ${k}: cần đối chiếu số liệu.` : undefined,
        now: new Date(now.getTime() + k * 1000),
      }),
    );
    lastEnd = end;
  }
  return out;
}

/** `perArticle` notes on each of `articleIds`, quoting the given articles' texts in turn. */
export function manyNotes(texts: readonly Article[], articleIds: readonly string[], perArticle: number): Annotation[] {
  const out: Annotation[] = [];
  articleIds.forEach((articleId, a) => {
    const text = texts[a % texts.length]!;
    const spread = spreadHighlights({ ...text, id: articleId }, perArticle, `n${String(a).padStart(3, '0')}`);
    out.push(...spread);
  });
  return out;
}

/** Old-format (v1) records for the migration path (the storage module's own v1 fixture), one per note. */
export function asV1Records(notes: readonly Annotation[]): { articleId: string; id: string; value: unknown }[] {
  return notes.map((n) => ({ articleId: n.target.source, id: n.id, value: v1Record(n.target.source, n.id) }));
}
