import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { supportsCustomHighlights } from '../dom/highlightPainter';
import { afterPointerRelease, trackPointer } from '../dom/pointerHold';
import { queryKeys } from '../lib/queryKeys';
import { onRemoteChange, type AnnotationChange } from '../storage/channel';

/** What another tab's change makes stale here. */
export function invalidateForChange(queryClient: QueryClient, change: AnnotationChange): void {
  if (change.articleId === null) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.annotations.all });
    return;
  }
  void queryClient.invalidateQueries({ queryKey: queryKeys.annotations.byArticle(change.articleId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.annotations.everything() });
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.annotations.all, 'overview'] });
}

// One cross-tab listener per query client, counted by the hooks that use it (not state: a subscription).
const subscriptions = new WeakMap<QueryClient, { count: number; unsubscribe: () => void }>();

/**
 * Keeps the annotation queries in step with other tabs: one BroadcastChannel listener per query
 * client however many components ask, released with the last of them.
 */
export function useRemoteAnnotationChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let sub = subscriptions.get(queryClient);
    if (!sub) {
      // Highlights painted as <mark> elements re-render their paragraph: not while the reader drags a
      // selection over it (it would drop). Painted as ranges, nothing is re-rendered: apply at once.
      const hold = !supportsCustomHighlights();
      if (hold) trackPointer();
      const apply = (change: AnnotationChange) =>
        hold
          ? afterPointerRelease(`remote:${change.articleId ?? '*'}`, () => invalidateForChange(queryClient, change))
          : invalidateForChange(queryClient, change);
      sub = { count: 0, unsubscribe: onRemoteChange(apply) };
      subscriptions.set(queryClient, sub);
    }
    sub.count++;
    return () => {
      const s = subscriptions.get(queryClient);
      if (!s) return;
      s.count--;
      if (s.count === 0) {
        s.unsubscribe();
        subscriptions.delete(queryClient);
      }
    };
  }, [queryClient]);
}
