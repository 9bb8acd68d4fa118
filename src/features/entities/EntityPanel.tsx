import { Island, lazyIsland } from '../../components/island';
import type { Article } from '../../domain/article/types';

const Panel = lazyIsland(() => import('./Panel'));

/** "Trong bài này" in the aside (a sheet on narrow screens); its code loads on its own. */
export function EntityPanel({ article }: { article: Article }) {
  if (article.entities.length === 0) return null;
  return (
    <Island what="entityPanel" onRetry={Panel.retry}>
      <Panel article={article} />
    </Island>
  );
}
