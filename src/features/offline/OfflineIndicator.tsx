import { useT } from '../../lib/i18n';
import { useOnline } from './onlineStatus';
import './offline.css';

/**
 * A small pill in the top bar while the browser reports no network. The status region is always in
 * the DOM (empty when online) so screen readers announce the change when the pill appears. On the
 * narrowest screens the pill keeps only its icon; the words stay for screen readers.
 */
export function OfflineIndicator() {
  const online = useOnline();
  const t = useT();
  return (
    <span role="status" className="offline-status">
      {!online && (
        <span className="offline-pill" title={t('offline.pillTitle')}>
          <svg className="offline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M2 8.8a15 15 0 0 1 5.2-3.1M11 4.1A15 15 0 0 1 22 8.8M5 12.5a10 10 0 0 1 4.3-2.4M15.3 10.5a10 10 0 0 1 3.7 2M8.5 16a5 5 0 0 1 7 0M3 3l18 18" />
            <circle cx="12" cy="19.5" r="1.2" />
          </svg>
          <span className="offline-label">{t('offline.pill')}</span>
        </span>
      )}
    </span>
  );
}
