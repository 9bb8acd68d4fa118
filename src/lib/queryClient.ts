import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Bundled articles never change under a running build; the service worker serves them offline,
        // so queries must run even when the browser reports no network.
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        networkMode: 'offlineFirst',
        retry: (count, error) => error.name !== 'LoadError' && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
