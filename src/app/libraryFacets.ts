import { useQuery } from '@tanstack/react-query';
import { UNKNOWN_SOURCE, UNKNOWN_YEAR } from '../domain/search/records';
import { queryKeys } from '../lib/queryKeys';

/**
 * The library filters (URL keys such as "dan-tri") as the values the search index filters on. It reads
 * the library head the library page has already loaded (same query key), never fetching it itself.
 */
export function useLibraryHeadFacets(source: string | null, year: string | null): { source: string | null; year: string | null } {
  const head = useQuery<{ sources: { key: string; value: string | null }[]; years: { key: string; value: string | null }[] }>({
    queryKey: queryKeys.library.head(),
    enabled: false,
  });
  const value = (list: { key: string; value: string | null }[] | undefined, key: string | null, unknown: string) => {
    if (!key) return null;
    const facet = list?.find((f) => f.key === key);
    return facet ? (facet.value ?? unknown) : null;
  };
  return { source: value(head.data?.sources, source, UNKNOWN_SOURCE), year: value(head.data?.years, year, UNKNOWN_YEAR) };
}
