import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../../lib/i18n';
import { useServiceWorkerUpdate } from './useServiceWorkerUpdate';
import './offline.css';

/**
 * "Đã có phiên bản mới": a small polite notice, never a forced reload. It does not take focus (the
 * reader may be mid-sentence in a note); Tab reaches it at the end of the page, Escape closes it.
 */
export function UpdateNotice() {
  const { visible, apply, dismiss, offlineUnavailable } = useServiceWorkerUpdate();
  const returnFocus = useRef<HTMLElement | null>(null);
  const t = useT();

  const rememberOrigin = (e: FocusEvent<HTMLDivElement>) => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !e.currentTarget.contains(from)) returnFocus.current = from;
  };

  const later = () => {
    const target = returnFocus.current;
    dismiss();
    // The buttons disappear: give focus back to where the reader came from, if it still exists.
    if (target?.isConnected) target.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      later();
    }
  };

  return (
    <div role="status" className="update-status">
      {offlineUnavailable && (
        <p className="update-offline-failed">
          {t('update.offlineFailed')}
        </p>
      )}
      {visible && (
        <div
          className="update-notice"
          role="group"
          aria-labelledby="update-notice-title"
          aria-describedby="update-notice-hint"
          onFocus={rememberOrigin}
          onKeyDown={onKeyDown}
        >
          <p id="update-notice-title" className="update-notice-title">
            {t('update.title')}
          </p>
          <p id="update-notice-hint" className="update-notice-hint">
            {t('update.hint')}
          </p>
          <div className="update-notice-actions">
            <button type="button" className="button primary" onClick={apply}>
              {t('update.reload')}
            </button>
            <button type="button" className="button" onClick={later}>
              {t('update.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
