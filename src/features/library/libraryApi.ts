import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateLibraryHead, validateLibraryPage } from '../../domain/library/schema';
import type { LibraryHead, LibraryRow } from '../../domain/library/types';
import { assemblePage, pageSlices, viewPagePath, type SortOrder } from '../../domain/library/views';
import { damaged, fetchJson } from '../../lib/fetchJson';
import { queryKeys } from '../../lib/queryKeys';

export const LIBRARY_HEAD_URL = '/library/index.json';

export async function getLibraryHead(): Promise<LibraryHead> {
  const checked = validateLibraryHead(await fetchJson(LIBRARY_HEAD_URL, 'index'));
  if (!checked.ok) throw damaged('index', `${LIBRARY_HEAD_URL}: ${checked.error}`);
  return checked.value;
}

export async function getViewPage(key: string, file: number): Promise<LibraryRow[]> {
  const url = viewPagePath(key, file);
  const checked = validateLibraryPage(await fetchJson(url, 'libraryPage'));
  if (!checked.ok) throw damaged('libraryPage', `${url}: ${checked.error}`);
  return checked.value;
}

export const libraryHeadQuery = () => queryOptions({ queryKey: queryKeys.library.head(), queryFn: getLibraryHead });

export const useLibraryHead = () => useQuery(libraryHeadQuery());

/** One page of a view in an order; page 0 of everything, newest first, is already in the head. */
export function useLibraryPage(head: LibraryHead | undefined, key: string, order: SortOrder, page: number) {
  const count = head?.views[key]?.count ?? 0;
  const inline = key === 'all' && order === 'newest' && page === 0;
  return useQuery({
    queryKey: queryKeys.library.page(key, order, page),
    enabled: !!head && !inline,
    queryFn: async () => {
      const slices = pageSlices(count, head!.pageSize, order, page);
      const files = await Promise.all(slices.map((s) => getViewPage(key, s.file)));
      return assemblePage(slices, files, order);
    },
    initialData: inline ? head?.first : undefined,
    placeholderData: (previous) => previous,
  });
}

/** Every id of a view (all its pages), for saving it offline. */
export async function viewIds(head: LibraryHead, key: string): Promise<string[]> {
  const count = head.views[key]?.count ?? 0;
  const files = Math.ceil(count / head.pageSize);
  const pages = await Promise.all(Array.from({ length: files }, (_, f) => getViewPage(key, f)));
  return pages.flat().map((r) => r.id);
}
