import { Island } from '../../components/island';
import type { Article } from '../../domain/article/types';
import Panel from './Panel';

/**
 * "Trong bài này" in the aside (a sheet on narrow screens). Its code comes with the application, not
 * lazily: the panel is in the prerendered HTML, and a lazy part still loading when the first update
 * after hydration reached it was client-rendered — the panel vanished until its chunk arrived.
 */
export function EntityPanel({ article }: { article: Article }) {
  if (article.entities.length === 0) return null;
  return (
    <Island what="entityPanel">
      <Panel article={article} />
    </Island>
  );
}
