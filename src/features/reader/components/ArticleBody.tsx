import type { Article } from '../../../domain/article/types';
import type { BlockPaint } from '../../../dom/paint';
import { BlockView } from './BlockView';

export function ArticleBody({ article, paints }: { article: Article; paints: readonly (readonly BlockPaint[])[] }) {
  return (
    <div className="article-body" data-article={article.id}>
      {article.blocks.map((block, i) => (
        <BlockView key={i} index={i} block={block} paints={paints[i] ?? []} />
      ))}
    </div>
  );
}
