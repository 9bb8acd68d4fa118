import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../lib/queryKeys';

/** The reader's own articles as a query (storage loaded on first use), kept fresh across tabs. */
export const ownListQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.own.list(),
    queryFn: async () => {
      const { ownArticles } = await import('../storage/ownArticles');
      return ownArticles().list();
    },
    staleTime: Infinity,
  });

export function useOwnArticles() {
  const client = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    import('../storage/ownArticles')
      .then(({ onOwnChange }) => {
        if (!live) return;
        stop = onOwnChange((ids) => {
          void client.invalidateQueries({ queryKey: queryKeys.own.all });
          for (const id of ids) void client.invalidateQueries({ queryKey: queryKeys.articles.detail(id) });
        });
      })
      // Code that did not load: the list query says so (and its retry loads it); no uncaught error.
      .catch(() => undefined);
    return () => {
      live = false;
      stop?.();
    };
  }, [client]);
  return useQuery(ownListQueryOptions());
}
