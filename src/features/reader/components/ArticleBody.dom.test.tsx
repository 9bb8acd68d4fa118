// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../domain/article/types';
import { mergePaints, signature, type BlockPaint } from '../../../dom/paint';
import { ArticleBody } from './ArticleBody';

// Counts how often a block's paints are compared: a block React visits again is compared once.
vi.mock('../../../dom/paint', async (original) => {
  const real = await original<typeof import('../../../dom/paint')>();
  return { ...real, signature: vi.fn(real.signature) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article: Article = {
  id: 'dai',
  title: 'Bài dài',
  published: null,
  source: 'Báo Mới',
  byline: null,
  url: null,
  lang: 'vi',
  blocks: Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph' as const, text: `Đoạn ${i} của bài, ông Nguyễn Văn A phát biểu.` })),
  entities: [],
};
const entityLayer: BlockPaint[][] = article.blocks.map((_, i) => (i % 3 === 0 ? [{ id: `e${i}`, start: 20, end: 35, className: 'ent' }] : []));
const NONE: BlockPaint[][] = [];

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
  vi.mocked(signature).mockClear();
});

/** A page that re-renders (as when the reader's notes arrive) and merges its paints the way ArticlePage does. */
function mount(highlightLayer: () => BlockPaint[][]): { rerender: () => void } {
  let bump = () => {};
  function Page() {
    const [n, setN] = useState(0);
    bump = () => setN(n + 1);
    const paints = mergePaints(entityLayer, highlightLayer());
    return (
      <div data-renders={n}>
        <ArticleBody article={article} paints={paints} />
      </div>
    );
  }
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Page />));
  return { rerender: () => act(() => bump()) };
}

describe('ArticleBody when the page re-renders', () => {
  it.each([
    ['a new, empty highlight layer each render', () => [] as BlockPaint[][], 0],
    ['the same empty highlight layer', () => NONE, 0],
    ['highlights on block 4 (a block without entities): compared, not re-created', () => [[], [], [], [], [{ id: 'h', start: 0, end: 4, className: 'hl' }]], 1],
  ])('%s: %i blocks compared by their signatures', (_name, layer, compared) => {
    const page = mount(layer);
    expect(container!.querySelectorAll('[data-block]')).toHaveLength(40);
    vi.mocked(signature).mockClear();
    page.rerender();
    // Two signatures per compared block (before and after).
    expect(vi.mocked(signature).mock.calls.length / 2).toBe(compared);
    expect(container!.querySelectorAll('[data-block]')).toHaveLength(40);
  });
});
