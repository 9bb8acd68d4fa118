import { useEffect } from 'react';
import { noteOf } from '../../../domain/notes/model';
import { useAppStore, useHighlightHistory, useHighlightNotice } from '../../../stores/store';
import type { HighlightActions } from '../../../annotations/useHighlightActions';
import { useT } from '../../../lib/i18n';

const INFO_MS = 8000;

/**
 * What just happened to a highlight, at the bottom of the screen: "saved", "deleted — Hoàn tác",
 * or why a write failed with "Thử lại" / "Bỏ". Info goes to a polite status region and fades
 * after a while; errors go to an alert region and stay until dismissed.
 */
export function HighlightNotice({ articleId, actions }: { articleId: string; actions: HighlightActions }) {
  const notice = useHighlightNotice();
  const history = useHighlightHistory(articleId);
  const setNotice = useAppStore((s) => s.setHighlightNotice);
  const tr = useT();
  const n = notice?.n;
  const isInfo = notice?.kind === 'info';

  useEffect(() => {
    if (!isInfo || n === undefined) return;
    const t = setTimeout(() => {
      if (useAppStore.getState().hlNotice?.n === n) setNotice(null);
    }, INFO_MS);
    return () => clearTimeout(t);
  }, [isInfo, n, setNotice]);

  const canUndo = !!notice?.undo && (history?.undo.length ?? 0) > 0;
  const failedId = notice?.failedId;
  const conflict = notice?.conflict;
  const conflictNote = conflict?.target ? noteOf(conflict.target) : '';
  const actionsRow = notice && (
    <span className="hl-notice-actions">
      {canUndo && (
        <button type="button" className="hl-notice-button" onClick={() => void actions.undo()}>
          {tr('nx.undo')}
        </button>
      )}
      {conflict && (
        <button
          type="button"
          className="hl-notice-button"
          onClick={() => {
            setNotice(null);
            void actions.overwrite(conflict.id, conflict.target);
          }}
        >
          {tr(conflict.from === 'undo' ? 'hl.notice.undoAnyway' : 'hl.notice.redoAnyway')}
        </button>
      )}
      {conflictNote && (
        <button type="button" className="hl-notice-button" onClick={() => void navigator.clipboard?.writeText(conflictNote).catch(() => undefined)}>
          {tr('hl.notice.copyMine')}
        </button>
      )}
      {failedId && (
        <>
          <button type="button" className="hl-notice-button" onClick={() => void actions.retry(failedId)}>
            {tr('app.retry')}
          </button>
          <button type="button" className="hl-notice-button" onClick={() => actions.discard(failedId)}>
            {tr('hl.notice.discard')}
          </button>
        </>
      )}
      <button type="button" className="hl-notice-button hl-notice-close" aria-label={tr('hl.notice.close')} onClick={() => setNotice(null)}>
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );

  return (
    <div className="hl-notice-region">
      <div role="status" className={notice?.kind === 'info' ? 'hl-notice' : 'hl-notice-empty'}>
        {notice?.kind === 'info' && (
          <>
            <span className="hl-notice-text">{notice.text}</span>
            {actionsRow}
          </>
        )}
      </div>
      <div role="alert" className={notice?.kind === 'error' ? 'hl-notice hl-notice-error' : 'hl-notice-empty'}>
        {notice?.kind === 'error' && (
          <>
            <span className="hl-notice-text">{notice.text}</span>
            {conflictNote && (
              <span className="hl-notice-text hl-notice-kept">
                {tr('hl.notice.mine')} <q>{conflictNote}</q>
              </span>
            )}
            {actionsRow}
          </>
        )}
      </div>
    </div>
  );
}
