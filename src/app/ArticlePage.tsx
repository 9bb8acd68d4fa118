import { useEffect, useMemo, useRef } from 'react';
import { useArticle } from '../articles';
import { ErrorView, LoadingView } from '../components/ErrorView';
import { mergePaints } from '../dom/paint';
import { EntityCards, EntityLegend, EntityPanel, entityPaints, titleEntityPaints } from '../features/entities';
import { HighlightTools, PrintNotes, useHighlightLayer } from '../features/highlights';
import { ExportMenu, jumpToHighlightWhenShown, NotesPanel } from '../features/notes';
import { PersonAppearances } from '../features/people';
import { OwnArticleActions } from '../features/own';
import { ArticleBody, ArticleHeader, ReadingKeys } from '../features/reader';
import { useT } from '../lib/i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useVisibleTypes } from '../stores/store';

/** An article: the reader's text with entity and highlight paints, the notes and entity panels, cards and tools. */
export function ArticlePage({ id }: { id: string }) {
  const query = useArticle(id);
  const t = useT();
  const visible = useVisibleTypes();
  const article = query.data;
  const bodyRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(article?.title ?? null);
  const entityLayer = useMemo(() => (article ? entityPaints(article, visible) : []), [article, visible]);
  const titlePaints = useMemo(() => (article ? titleEntityPaints(article, visible) : []), [article, visible]);
  const highlightLayer = useHighlightLayer(article);
  const paints = useMemo(() => mergePaints(entityLayer, highlightLayer), [entityLayer, highlightLayer]);
  // A link to a highlight opened cold (new tab, reload, bookmark): go to it once it is painted.
  useEffect(() => {
    const m = /^#hl-(.+)$/.exec(window.location.hash);
    if (m) jumpToHighlightWhenShown(decodeURIComponent(m[1]!));
  }, [id]);

  if (query.isPending) return <LoadingView label={t('article.loading')} />;
  if (query.isError || !article) {
    return (
      <ErrorView
        title={t('article.error')}
        message={query.error?.message ?? t('app.unknownError')}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <main id="main" className="reader">
      <div className="reader-layout">
        <article className="article" lang="vi">
          <ArticleHeader article={article} titlePaints={titlePaints} />
          <OwnArticleActions article={article} />
          <EntityLegend article={article} />
          <div ref={bodyRef} className="article-body-wrap">
            <ArticleBody article={article} paints={paints} />
          </div>
          {article.byline && <p className="byline">{article.byline}</p>}
          <PrintNotes article={article} />
        </article>
        <aside className="reader-aside" aria-label={t('article.aside')}>
          {/* The reader's own notes first: the entity lists below can be long. */}
          <NotesPanel
            article={article}
            exportSlot={<ExportMenu scope={{ kind: 'article', articleId: article.id }} buttonClassName="hl-small-button" />}
          />
          <EntityPanel article={article} />
        </aside>
      </div>
      <EntityCards
        article={article}
        bodyRef={bodyRef}
        personSlot={(name) => <PersonAppearances name={name} articleId={article.id} />}
      />
      <HighlightTools article={article} bodyRef={bodyRef} />
      <ReadingKeys article={article} bodyRef={bodyRef} />
    </main>
  );
}
