import { type QueryClient } from '@tanstack/react-query';
import type { Annotation } from '../domain/notes/annotation';
import { queryKeys } from '../lib/queryKeys';
import { currentT, storageErrorText } from '../lib/i18n';
import type { ReadResult } from '../storage/annotations';

/**
 * After a write resolved: put the record (or its absence) into the article's cached list at once,
 * so the UI doesn't wait for a re-read. A read already in flight may predate the write, so it is
 * restarted; the all-notes list is simply marked stale.
 */
export function applyWrite(queryClient: QueryClient, articleId: string, id: string, after: Annotation | null): void {
  const key = queryKeys.annotations.byArticle(articleId);
  queryClient.setQueryData<ReadResult>(key, (old) => {
    if (!old) return old;
    const at = old.annotations.findIndex((a) => a.id === id);
    const annotations = [...old.annotations];
    if (after && at >= 0) annotations[at] = after;
    else if (after) annotations.push(after);
    else if (at >= 0) annotations.splice(at, 1);
    else return old;
    return { ...old, annotations };
  });
  if (queryClient.isFetching({ queryKey: key }) > 0) void queryClient.invalidateQueries({ queryKey: key });
  void queryClient.invalidateQueries({ queryKey: queryKeys.annotations.everything() });
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.annotations.all, 'overview'] });
}

/** The reader-facing reason a write failed, in the language in use (the repository rejects only with a StorageError). */
export function writeErrorMessage(e: unknown): string {
  return storageErrorText(currentT(), e);
}
