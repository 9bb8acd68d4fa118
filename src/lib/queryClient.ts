import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Bundled articles never change under a running build; the service worker precaches every one of
        // them and notes live in IndexedDB, so no query needs the network: navigator.onLine says nothing
        // about whether one can succeed. 'always' runs (and retries) regardless, so a failure shows an
        // error with "Thử lại" instead of a query paused until the network returns.
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        networkMode: 'always',
        // A storage that cannot open or a corrupt record fails the same way on every try: say so at once.
        retry: (count, error) => error.name !== 'LoadError' && error.name !== 'StorageError' && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
