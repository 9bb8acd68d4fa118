import type { Article } from '../../../domain/article/types';
import type { BlockPaint } from '../../../dom/paint';
import { isWebUrl } from '../../../domain/article/url';
import { useFormat } from '../../../lib/i18n';
import { renderText } from './renderText';

/** The title (with the marks of its entities when `titlePaints` are given), date and source. */
export function ArticleHeader({ article, titlePaints = [] }: { article: Article; titlePaints?: readonly BlockPaint[] }) {
  const f = useFormat();
  return (
    <header className="article-header">
      <h1>{renderText(article.title, titlePaints)}</h1>
      <p className="article-meta">
        {article.published && <time dateTime={article.published}>{f.date(article.published)}</time>}
        {article.source &&
          (isWebUrl(article.url) ? (
            <a className="source" href={article.url} rel="noopener noreferrer">
              {article.source}
            </a>
          ) : (
            <span className="source">{article.source}</span>
          ))}
      </p>
    </header>
  );
}
