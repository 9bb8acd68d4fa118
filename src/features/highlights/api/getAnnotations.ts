import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/queryKeys';
import { listAnnotations, type ReadResult } from '../../../storage';
import { useRemoteAnnotationChanges } from './remoteChanges';
import { ensureSchemaOnce } from './schema';

/** The stored highlights of one article (readable ones, and the records that could not be read). */
export async function getAnnotations(articleId: string): Promise<ReadResult> {
  await ensureSchemaOnce();
  return listAnnotations(articleId);
}

export const annotationsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: queryKeys.annotations.byArticle(articleId),
    queryFn: () => getAnnotations(articleId),
    // IndexedDB needs no network; other tabs' writes invalidate through the change channel.
    networkMode: 'always',
    staleTime: Infinity,
  });

/** One article's stored highlights, kept fresh across tabs. */
export function useAnnotations(articleId: string | undefined) {
  useRemoteAnnotationChanges();
  return useQuery({ ...annotationsQueryOptions(articleId ?? ''), enabled: !!articleId });
}
