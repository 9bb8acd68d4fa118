import { memo } from 'react';
import type { Article } from '../../../domain/article/types';
import { NO_BLOCK_PAINTS, type BlockPaint } from '../../../dom/paint';
import { BlockView } from './BlockView';

interface Props {
  article: Article;
  paints: readonly (readonly BlockPaint[])[];
}

/**
 * The article's blocks. Memoised: the page re-renders when the reader's notes arrive or change, and
 * with the same paints the 770 blocks of a long article are not even visited (bench section 3).
 */
export const ArticleBody = memo(function ArticleBody({ article, paints }: Props) {
  return (
    <div className="article-body" data-article={article.id}>
      {article.blocks.map((block, i) => (
        <BlockView key={i} index={i} block={block} paints={paints[i] ?? NO_BLOCK_PAINTS} />
      ))}
    </div>
  );
});
