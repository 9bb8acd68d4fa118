/** The all-notes page's first render: its reads into the query cache, started early or now (earlyStart.ts). */
import type { QueryClient } from '@tanstack/react-query';
import { notesOverviewQueryOptions } from '../../annotations/getNotesOverview';
import { invalidateForChange } from '../../annotations/remoteChanges';
import { getIndex, indexQueryOptions } from '../../articles/getIndex';
import { validateIndex } from '../../domain/article/schema';
import { damaged } from '../../lib/fetchJson';
import { firstRead, loadNotesView, takeEarlyReads } from './earlyStart';
import { NOTES_PAGE_SIZE } from './pageSize';

/**
 * Under the page's own query keys, so its queries find these reads running or done instead of
 * starting them again. The early index is checked as getIndex checks it; one that did not come as
 * JSON is fetched again by getIndex, which says what went wrong. Reads that have already arrived go
 * into the cache as data, so the page's first render shows them. Idempotent: a query already running
 * or with data is left as it is.
 */
export function primeNotesPage(client: QueryClient): void {
  void loadNotesView().catch(() => undefined);
  const early = takeEarlyReads();
  if (early) {
    const index = async () => {
      const json = await early.indexJson;
      if (json === undefined) return getIndex();
      const checked = validateIndex(json);
      if (!checked.ok) throw damaged('index', checked.error);
      return checked.value;
    };
    const indexKey = indexQueryOptions().queryKey;
    const overviewQuery = notesOverviewQueryOptions(NOTES_PAGE_SIZE);
    // Already here (the usual case on a direct visit): in the cache now, so the first render shows the rows.
    const { indexJson, overview } = early.arrived;
    const indexNow = indexJson === undefined ? undefined : validateIndex(indexJson);
    if (indexNow?.ok && client.getQueryState(indexKey) === undefined) client.setQueryData(indexKey, indexNow.value);
    else void client.prefetchQuery({ ...indexQueryOptions(), queryFn: index });
    if (overview && client.getQueryState(overviewQuery.queryKey) === undefined) client.setQueryData(overviewQuery.queryKey, overview);
    else void client.prefetchQuery({ ...overviewQuery, queryFn: () => early.overview });
    // Written by another tab since the first read: refetched, so the rows on screen are never older.
    early.changes((change) => invalidateForChange(client, change));
    return;
  }
  const index = client.ensureQueryData(indexQueryOptions());
  void client.prefetchQuery({ ...notesOverviewQueryOptions(NOTES_PAGE_SIZE), queryFn: () => firstRead(index) });
}
