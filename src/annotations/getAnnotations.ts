import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../lib/queryKeys';
import type { ReadResult } from '../storage/annotations';
import { loadAnchoring } from './articleText';
import { useRemoteAnnotationChanges } from './remoteChanges';
import { ensureSchemaOnce } from './schema';
import { loadStorage } from './storageClient';

/** The stored highlights of one article (readable ones, and the records that could not be read). */
export async function getAnnotations(articleId: string): Promise<ReadResult> {
  await ensureSchemaOnce();
  const storage = await loadStorage();
  // Anchoring code is only needed once there is something to anchor: its chunk is fetched as soon
  // as the first key is seen, while the notes are still being read.
  const result = await storage.listAnnotations(articleId, { onFound: () => void loadAnchoring().catch(() => undefined) });
  if (result.annotations.length > 0) await loadAnchoring();
  return result;
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
