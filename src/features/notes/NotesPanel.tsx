import { useCallback, useRef, type ReactNode } from 'react';
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


  const loading = <p className="hl-notes-loading">{t('nx.loading')}</p>;
  return (
    <>
      <button
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
          <Island what="danh sách ghi chú" onRetry={NotesList.retry} fallback={loading}>
            <NotesList article={article} highlights={highlights} exportSlot={exportSlot} />
          </Island>
        ) : (
          loading
        )}
      </div>
      {open && client && (
        <Sheet onClose={close}>
          <Island what="danh sách ghi chú" onRetry={NotesList.retry} fallback={loading}>
            <NotesList article={article} highlights={highlights} exportSlot={exportSlot} beforeLeave={leaveSheet} />
          </Island>
        </Sheet>
      )}
    </>
  );
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
