import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { Island, lazyIsland } from '../../../components/island';
import type { Article } from '../../../domain/article/types';
import { highlightTarget } from '../../../dom/paint';
import { HIGHLIGHT_HINT_ID } from '../hooks/useHighlightPaints';
import { useIsClient } from '../../../components/useIsClient';
import '../../../styles/annotation-colors.css';
import '../highlights.css';

// The toolbar, shortcuts, editor and notices load after the text: reading needs none of them.
const HighlightToolsImpl = lazyIsland(() => import('./HighlightToolsImpl'));

/**
 * Everything around the reader's own highlights in the article body: the toolbar beside a
 * selection (mouse, touch or shift+arrows), the shortcuts (h, n, Ctrl+Z, Ctrl+Shift+Z), the note
 * editor (click a highlight, or Enter on its focused first segment) and the notice line.
 */
export function HighlightTools(props: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  const client = useIsClient();
  const { bodyRef } = props;
  // Highlights are painted as soon as the notes are read, maybe before the tools' code is here:
  // a click (or Enter) on one meanwhile is kept, and the tools open its editor once they mount.
  const early = useRef<HTMLElement | null>(null);
  const toolsReady = useRef(false);
  useEffect(() => {
    const body = bodyRef.current;
    if (!client || !body) return;
    const onClick = (e: MouseEvent) => {
      if (toolsReady.current) return;
      const el = highlightTarget(e.target, body);
      const sel = document.getSelection();
      if (el && (!sel || sel.isCollapsed)) early.current = el;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (toolsReady.current || (e.key !== 'Enter' && e.key !== ' ') || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = highlightTarget(e.target, body);
      if (el && el === e.target) {
        e.preventDefault();
        early.current = el;
      }
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKeyDown);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKeyDown);
    };
  }, [client, bodyRef]);
  const takeEarlyOpen = useCallback(() => {
    toolsReady.current = true;
    const el = early.current;
    early.current = null;
    return el;
  }, []);

  return (
    <>
      <span id={HIGHLIGHT_HINT_ID} hidden>
        Đoạn tô. Nhấn Enter để đổi màu, ghi chú hoặc xoá.
      </span>
      {client && (
        <Island what="công cụ tô màu và ghi chú" onRetry={HighlightToolsImpl.retry} variant="toast">
          <HighlightToolsImpl {...props} takeEarlyOpen={takeEarlyOpen} />
        </Island>
      )}
    </>
  );
}
