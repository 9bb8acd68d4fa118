import { lazy, Suspense } from 'react';
import type { Article } from '../../domain/article/types';

const Panel = lazy(() => import('./Panel'));

/** "Trong bài này" in the aside (a sheet on narrow screens); its code loads on its own. */
export function EntityPanel({ article }: { article: Article }) {
  if (article.entities.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Panel article={article} />
    </Suspense>
  );
}
