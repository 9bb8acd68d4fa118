// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleHighlights, Highlight } from '../../annotations/useArticleHighlights';
import type { Article } from '../../domain/article/types';
import { makeAnnotation } from '../../storage/testFixtures';
import NotesList, { LIST_LIMIT } from './NotesList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article = { id: 'a', title: 'Bài', blocks: [{ type: 'paragraph', text: 'x'.repeat(2000) }], entities: [] } as unknown as Article;
function highlights(n: number): ArticleHighlights {
  const anchored: Highlight[] = Array.from({ length: n }, (_, i) => {
    const annotation = makeAnnotation('a', `h${i}`);
    return { id: `h${i}`, annotation, color: 'yellow', note: '', quote: `đoạn ${i}`, state: 'saved', range: { start: i, end: i + 1 }, stored: annotation } as unknown as Highlight;
  });
  return { anchored, orphans: [], byId: new Map(anchored.map((h) => [h.id, h])), unreadable: [], status: 'success', error: null, refetch: () => undefined };
}

let root: Root;
let host: HTMLElement;
const render = (n: number) =>
  act(() =>
    root.render(
      <QueryClientProvider client={new QueryClient()}>
        <NotesList article={article} highlights={highlights(n)} exportSlot={null} />
      </QueryClientProvider>,
    ),
  );
const items = () => host.querySelectorAll('.hl-note-item').length;
const more = () => [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Hiện cả'));

beforeAll(() => {
  document.documentElement.lang = 'vi';
});
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('NotesList of many notes', () => {
  it.each([
    [3, 3, false],
    [LIST_LIMIT, LIST_LIMIT, false],
    [LIST_LIMIT + 1, LIST_LIMIT, true],
    [1000, LIST_LIMIT, true],
  ])('%i notes: %i listed at first, "Hiện cả" shown: %s', async (n, listed, button) => {
    await render(n);
    expect(items()).toBe(listed);
    expect(Boolean(more())).toBe(button);
    if (button) expect(more()!.textContent).toBe(`Hiện cả ${n} ghi chú`);
  });

  it('"Hiện cả N ghi chú" lists them all and moves focus to the first it revealed', async () => {
    await render(120);
    await act(() => more()!.click());
    expect(items()).toBe(120);
    expect(more()).toBeUndefined();
    expect(document.activeElement?.closest('.hl-note-item')?.getAttribute('data-hl-item')).toBe(`h${LIST_LIMIT}`);
  });
});
