import { useEffect } from 'react';
import { noteOf } from '../../../domain/notes/model';
import { useAppStore, useHighlightHistory, useHighlightNotice } from '../../../stores/store';
import type { HighlightActions } from '../../../annotations/useHighlightActions';

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
          Hoàn tác
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
          {conflict.from === 'undo' ? 'Vẫn hoàn tác' : 'Vẫn làm lại'}
        </button>
      )}
      {conflictNote && (
        <button type="button" className="hl-notice-button" onClick={() => void navigator.clipboard?.writeText(conflictNote).catch(() => undefined)}>
          Chép bản của thẻ này
        </button>
      )}
      {failedId && (
        <>
          <button type="button" className="hl-notice-button" onClick={() => void actions.retry(failedId)}>
            Thử lại
          </button>
          <button type="button" className="hl-notice-button" onClick={() => actions.discard(failedId)}>
            Bỏ thay đổi
          </button>
        </>
      )}
      <button type="button" className="hl-notice-button hl-notice-close" aria-label="Đóng thông báo" onClick={() => setNotice(null)}>
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
                Bản của thẻ này: <q>{conflictNote}</q>
              </span>
            )}
            {actionsRow}
          </>
        )}
      </div>
    </div>
  );
}
