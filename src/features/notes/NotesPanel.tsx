import { useCallback, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Island, lazyIsland } from '../../components/island';
import { useT } from '../../lib/i18n';
import { flushSync } from 'react-dom';
import { useModalDialog } from '../../components/useModalDialog';
import type { Article } from '../../domain/article/types';
import { useSetSidePanel } from '../../stores/store';
import { useSidePanelSheet } from '../../stores/useSidePanelSheet';
import { useArticleHighlights } from '../../annotations/useArticleHighlights';
import { useIsClient } from '../../components/useIsClient';
import '../../styles/annotation-colors.css';
import './notesPanel.css';

const NotesList = lazyIsland(() => import('./NotesList'));


export interface NotesPanelProps {
  article: Article;
  /** Rendered in the panel header: the page passes the export menu for this article. */
  exportSlot?: ReactNode;
}

/**
 * The article's notes: inline in the aside on wide screens; on narrow ones a "Ghi chú (n)" button
 * opens them in a sheet. The list's code loads on its own.
 */
export function NotesPanel({ article, exportSlot }: NotesPanelProps) {
  const highlights = useArticleHighlights(article);
  const t = useT();
  const count = highlights.anchored.length + highlights.orphans.length;
  const { open, close } = useSidePanelSheet('notes');
  const setSidePanel = useSetSidePanel();
  // Notes live in IndexedDB: the list renders in the browser only, after hydration.
  const client = useIsClient();
  // Leaving the sheet for the text: close it now (synchronously), or focus could not leave the modal.
  const leaveSheet = useCallback(() => flushSync(close), [close]);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useHideWhileScrollingDown(toggleRef);


  const loading = <p className="hl-notes-loading">{t('nx.loading')}</p>;
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="hl-notes-toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setSidePanel(open ? null : 'notes')}
      >
        <span aria-hidden="true" className="hl-notes-toggle-icon">
          ✎
        </span>
        {t('panel.title')} ({count})
      </button>
      <div className="hl-notes-inline">
        {client ? (
          <Island what="notesList" onRetry={NotesList.retry} fallback={loading}>
            <NotesList article={article} highlights={highlights} exportSlot={exportSlot} />
          </Island>
        ) : (
          <>
            {loading}
            {/* Shown instead of the line above while a prerendered page, known to have no notes, waits for its code. */}
            <section className="hl-notes hl-notes-static-empty" aria-label={t('panel.title')}>
              <header className="hl-notes-header">
                <h2 className="hl-notes-static-title">
                  {t('panel.title')} <span className="hl-notes-count">(0)</span>
                </h2>
              </header>
              <p className="hl-notes-empty">{t('panel.empty')}</p>
            </section>
          </>
        )}
      </div>
      {open && client && (
        <Sheet onClose={close}>
          <Island what="notesList" onRetry={NotesList.retry} fallback={loading}>
            <NotesList article={article} highlights={highlights} exportSlot={exportSlot} beforeLeave={leaveSheet} />
          </Island>
        </Sheet>
      )}
    </>
  );
}

/**
 * The floating button must not cover the lines being read: it slides away while the reader scrolls
 * down and comes back on any scroll up, at the end of the page, or when it gets keyboard focus (CSS).
 */
function useHideWhileScrollingDown(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let last = window.scrollY;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = ref.current;
        const y = window.scrollY;
        if (!el) return;
        const atEnd = window.innerHeight + y >= document.documentElement.scrollHeight - 48;
        // Touched only when it changes: each write restyles, once per frame while scrolling.
        const away = y > last + 4 && y > 64 && !atEnd ? true : y < last - 4 || atEnd ? false : null;
        if (away !== null && away !== el.hasAttribute('data-away')) el.toggleAttribute('data-away', away);
        last = y;
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [ref]);
}

function Sheet({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, onClose);
  const t = useT();
  return (
    <dialog ref={ref} className="hl-sheet" aria-label={t('panel.title')}>
      <div className="hl-sheet-bar">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('entity.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
