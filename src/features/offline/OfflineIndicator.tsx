import { useOnline } from './onlineStatus';
import './offline.css';

/**
 * A small pill in the top bar while the browser reports no network. The status region is always in
 * the DOM (empty when online) so screen readers announce the change when the pill appears.
 */
export function OfflineIndicator() {
  const online = useOnline();
  return (
    <span role="status" className="offline-status">
      {!online && (
        <span
          className="offline-pill"
          title="Không có mạng. Mọi bài trong thư viện vẫn đọc được; ghi chú vẫn được lưu trên máy này."
        >
          <span className="offline-dot" aria-hidden="true" />
          Ngoại tuyến
        </span>
      )}
    </span>
  );
}
