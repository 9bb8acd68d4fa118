import { useMemo, useRef } from 'react';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useVisibleTypes } from '../../stores/store';
import { EntityCards, EntityLegend, EntityPanel } from '../entities';
import { HighlightTools, NotesPanel, useHighlightPaints } from '../highlights';
import { useArticle } from './api/getArticle';
import { ArticleBody } from './components/ArticleBody';
import { ArticleHeader } from './components/ArticleHeader';
import { entityPaints, mergePaints } from './paint';

export function ArticlePage({ id }: { id: string }) {
  const query = useArticle(id);
  const visible = useVisibleTypes();
  const article = query.data;
  const bodyRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(article?.title ?? null);
  const entityLayer = useMemo(() => (article ? entityPaints(article, visible) : []), [article, visible]);
  const highlightLayer = useHighlightPaints(article);
  const paints = useMemo(() => mergePaints(entityLayer, highlightLayer), [entityLayer, highlightLayer]);

  if (query.isPending) return <LoadingView label="Đang tải bài viết…" />;
  if (query.isError || !article) {
    return (
      <ErrorView
        title="Không mở được bài viết"
        message={query.error?.message ?? 'Lỗi không rõ.'}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <main id="main" className="reader">
      <div className="reader-layout">
        <article className="article" lang="vi">
          <ArticleHeader article={article} />
          <EntityLegend article={article} />
          <div ref={bodyRef} className="article-body-wrap">
            <ArticleBody article={article} paints={paints} />
          </div>
          {article.byline && <p className="byline">{article.byline}</p>}
        </article>
        <aside className="reader-aside" aria-label="Trong bài và ghi chú">
          {/* The reader's own notes first: the entity lists below can be long. */}
          <NotesPanel article={article} />
          <EntityPanel article={article} />
        </aside>
      </div>
      <EntityCards article={article} bodyRef={bodyRef} />
      <HighlightTools article={article} bodyRef={bodyRef} />
    </main>
  );
}
