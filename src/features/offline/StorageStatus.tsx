import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { queryKeys } from '../../lib/queryKeys';
import { loadStorage } from '../../annotations/storageClient';
// The storage module is loaded, never imported: an island that imports it statically could not be retried after it failed to load.
import { isStorageError } from '../../storage/errors';
import { IslandError } from '../../components/island';
import { isChunkLoadError } from '../../lib/reloadable';
import { onRemoteChange } from '../../storage/channel';
import { formatBytes } from '../../lib/formatBytes';
import { storageErrorText, useFormat, useLang, useT } from '../../lib/i18n';
import { persistenceStore, usePersistence, type PersistenceState } from './persistence';
import './offline.css';

export const usageQueryOptions = () => ({
  queryKey: queryKeys.storage.usage(),
  queryFn: async () => (await loadStorage()).estimateUsage(),
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
  const t = useT();
  const lang = useLang();
  const n = useFormat().number;

  const records = usage.data?.records ?? 0;
  useEffect(() => {
    void persistenceStore().askIfWorthIt(records);
  }, [records]);

  // The storage module itself did not load (offline, a redeploy): said like any island's failure, with a retry.
  if (usage.isError && isChunkLoadError(usage.error)) {
    return <IslandError what="storageStatus" chunk onRetry={() => void usage.refetch()} />;
  }
  let usageText: string;
  if (usage.isPending) usageText = t('storage.measuring');
  else if (usage.isError) {
    usageText = isStorageError(usage.error) ? storageErrorText(t, usage.error) : t('storage.measureFailed');
  } else if (records === 0) usageText = t('storage.none');
  else usageText = t('storage.usage', { n: n(records), size: formatBytes(usage.data.notesBytes, lang) });

  const origin = usage.data?.origin;
  return (
    <section className="storage-status" aria-labelledby="storage-status-title">
      <h2 id="storage-status-title" className="storage-status-title">
        {t('storage.title')}
      </h2>
      <p className="storage-status-line">
        {usageText}
        {origin && origin.usage > 0 && (
          <span className="storage-status-origin">
            {' '}
            {t('storage.origin', { size: formatBytes(origin.usage, lang) })}
          </span>
        )}
      </p>
      <p className="storage-status-line" data-persistence={persistence}>
        {persistence === 'best-effort' && records === 0
          ? t('storage.keep.first')
          : t(`storage.keep.${persistence}` satisfies `storage.keep.${PersistenceState}`)}
        {persistence === 'best-effort' && records > 0 && (
          <>
            {' '}
            <button type="button" className="storage-status-ask" onClick={() => void persistenceStore().ask()}>
              {t('storage.keep.ask')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}

export default StorageStatus;
