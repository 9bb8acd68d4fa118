import { lazy, Suspense, type RefObject } from 'react';
import type { Article } from '../../../domain/article/types';
import { HIGHLIGHT_HINT_ID } from '../hooks/useHighlightPaints';
import { useIsClient } from '../useIsClient';

// The toolbar, shortcuts, editor and notices load after the text: reading needs none of them.
const HighlightToolsImpl = lazy(() => import('./HighlightToolsImpl'));

/**
 * Everything around the reader's own highlights in the article body: the toolbar beside a
 * selection (mouse, touch or shift+arrows), the shortcuts (h, n, Ctrl+Z, Ctrl+Shift+Z), the note
 * editor (click a highlight, or Enter on its focused first segment) and the notice line.
 */
export function HighlightTools(props: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  const client = useIsClient();
  return (
    <>
      <span id={HIGHLIGHT_HINT_ID} hidden>
        Đoạn tô. Nhấn Enter để đổi màu, ghi chú hoặc xoá.
      </span>
      {client && (
        <Suspense fallback={null}>
          <HighlightToolsImpl {...props} />
        </Suspense>
      )}
    </>
  );
}
