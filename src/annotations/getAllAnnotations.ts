import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../lib/queryKeys';
import type { ReadResult } from '../storage/annotations';
import { useRemoteAnnotationChanges } from './remoteChanges';
import { ensureSchemaOnce } from './schema';
import { loadStorage } from './storageClient';

/** Every stored highlight of every article, in key order (by article, then id). */
export async function getAllAnnotations(): Promise<ReadResult> {
  await ensureSchemaOnce();
  return (await loadStorage()).listAllAnnotations();
}

export const allAnnotationsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.annotations.everything(),
    queryFn: getAllAnnotations,
    networkMode: 'always',
    staleTime: Infinity,
  });

/** All notes (for the all-notes page), kept fresh across tabs; `enabled: false` waits (the page reads its first rows first). */
export function useAllAnnotations(options: { enabled?: boolean } = {}) {
  useRemoteAnnotationChanges();
  return useQuery({ ...allAnnotationsQueryOptions(), enabled: options.enabled ?? true });
}
