import { type QueryClient } from '@tanstack/react-query';
import type { Annotation } from '../domain/notes/annotation';
import { queryKeys } from '../lib/queryKeys';
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
}

/**
 * The reader-facing (Vietnamese) reason a write failed: the repository rejects only with a
 * StorageError, which carries it (duck-typed so this module doesn't load the storage code).
 */
export function writeErrorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'userMessage' in e && typeof e.userMessage === 'string') return e.userMessage;
  return 'Đã xảy ra lỗi khi lưu hoặc đọc ghi chú. Vui lòng thử lại.';
}
