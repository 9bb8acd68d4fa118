import type { Article } from '../../../domain/article/types';
import { isWebUrl } from '../../../domain/article/url';
import { useFormat } from '../../../lib/i18n';

export function ArticleHeader({ article }: { article: Article }) {
  const f = useFormat();
  return (
    <header className="article-header">
      <h1>{article.title}</h1>
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
