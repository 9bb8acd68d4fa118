import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { queryKeys } from '../../lib/queryKeys';
import { estimateUsage, isStorageError, onRemoteChange } from '../../storage';
import { formatBytes } from '../../lib/formatBytes';
import { persistenceStore, usePersistence, type PersistenceState } from './persistence';
import './offline.css';

export const usageQueryOptions = () => ({
  queryKey: queryKeys.storage.usage(),
  queryFn: estimateUsage,
  // IndexedDB, not the network.
  networkMode: 'always' as const,
});

/** Notes changed here (a query of notes or a mutation succeeded) or in another tab: re-measure. */
function useRefreshUsageOnChange() {
  const client = useQueryClient();
  useEffect(() => {
    // Measuring reads every note: do it once after a burst of writes, never on the path of a save.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void client.invalidateQueries({ queryKey: queryKeys.storage.usage() }), 1000);
    };
    const offQueries = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryKey[0] === queryKeys.annotations.all[0]) refresh();
    });
    const offMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') refresh();
    });
    const offRemote = onRemoteChange(refresh);
    return () => {
      offQueries();
      offMutations();
      offRemote();
      clearTimeout(timer);
    };
  }, [client]);
}

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  unknown: 'Đang kiểm tra…',
  persistent: 'Bền vững: trình duyệt sẽ không tự xoá ghi chú khi máy thiếu chỗ.',
  'best-effort': 'Chưa bền vững: khi máy thiếu chỗ, trình duyệt có thể xoá dữ liệu. Nên xuất ghi chú định kỳ.',
  unsupported: 'Trình duyệt này không hỗ trợ lưu bền vững. Nên xuất ghi chú định kỳ.',
};

const noSubscribe = () => () => {};
/** False in the prerendered HTML and while hydrating it: this device's storage is only known in the browser. */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

/**
 * "Lưu trữ": how much space the notes take on this device and whether the browser keeps it for good.
 * Asks for persistent storage once the first note exists (see persistence.ts for why then).
 */
export function StorageStatus() {
  // Prerendered pages are read without JavaScript too: no "measuring…" that never ends there.
  return useInBrowser() ? <StorageStatusInBrowser /> : null;
}

function StorageStatusInBrowser() {
  const usage = useQuery(usageQueryOptions());
  const persistence = usePersistence();
  useRefreshUsageOnChange();

  const records = usage.data?.records ?? 0;
  useEffect(() => {
    void persistenceStore().askIfWorthIt(records);
  }, [records]);

  let usageText: string;
  if (usage.isPending) usageText = 'Đang đo dung lượng…';
  else if (usage.isError) {
    usageText = isStorageError(usage.error) ? usage.error.userMessage : 'Không đo được dung lượng ghi chú.';
  } else if (records === 0) usageText = 'Chưa có ghi chú nào trên máy này.';
  else usageText = `${records.toLocaleString('vi-VN')} ghi chú, dùng ${formatBytes(usage.data.notesBytes)}.`;

  const origin = usage.data?.origin;
  return (
    <section className="storage-status" aria-labelledby="storage-status-title">
      <h2 id="storage-status-title" className="storage-status-title">
        Lưu trữ
      </h2>
      <p className="storage-status-line">
        {usageText}
        {origin && origin.usage > 0 && (
          <span className="storage-status-origin">
            {' '}
            Cả ứng dụng (kể cả bài đọc ngoại tuyến): {formatBytes(origin.usage)}.
          </span>
        )}
      </p>
      <p className="storage-status-line" data-persistence={persistence}>
        {persistence === 'best-effort' && records === 0
          ? 'Chưa bền vững. Khi bạn có ghi chú đầu tiên, Margin sẽ xin trình duyệt giữ dữ liệu lâu dài.'
          : PERSISTENCE_TEXT[persistence]}
        {persistence === 'best-effort' && records > 0 && (
          <>
            {' '}
            <button type="button" className="storage-status-ask" onClick={() => void persistenceStore().ask()}>
              Xin lưu lâu dài
            </button>
          </>
        )}
      </p>
    </section>
  );
}

export default StorageStatus;
