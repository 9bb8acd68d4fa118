import { useMemo } from 'react';
import { useOwnArticles } from '../../articles';
import { foldVietnamese } from '../../domain/search/fold';
import { useFormat, useT } from '../../lib/i18n';
import { articlePath, Link } from '../../lib/router';
import { ADD_ARTICLE_KEY } from './AddArticleLauncher';
import { openAddArticle } from './openState';
import './ownMark.css';

/** Every word of the query, folded (no tones, đ → d), appears in the article's title or text. */
function matcher(query: string): ((folded: string) => boolean) | null {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  return words.length === 0 ? null : (folded) => words.every((w) => folded.includes(w));
}

/**
 * The library's "Bài của bạn": the add button and the reader's own articles, each marked "Của bạn".
 * With a search query, only the own articles that contain it (they are not in the built search index).
 */
export function OwnLibrarySection({ query = '', noteCounts }: { query?: string; noteCounts?: ReadonlyMap<string, number> }) {
  const t = useT();
  const f = useFormat();
  const own = useOwnArticles();
  const all = useMemo(() => own.data?.records ?? [], [own.data]);
  const folded = useMemo(() => all.map((r) => foldVietnamese([r.article.title, ...r.article.blocks.map((b) => b.text)].join('\n'))), [all]);
  const match = matcher(query);
  const records = match ? all.filter((_, i) => match(folded[i]!)) : all;
  if (match && records.length === 0) return null;
  const unreadable = own.data?.unreadable.length ?? 0;
  return (
    <section className="own-library" aria-labelledby="own-library-title">
      <div className="own-library-head">
        <h2 id="own-library-title" className="own-library-title">
          {match ? t('own.sectionMatching', { query: query.trim() }) : t('own.section')}
        </h2>
        <button type="button" className="own-add" aria-keyshortcuts={ADD_ARTICLE_KEY} title={t('own.addTitle', { key: ADD_ARTICLE_KEY.toUpperCase() })} onClick={openAddArticle}>
          {t('own.add')}
        </button>
      </div>
      {own.isError && <p className="own-library-note">{t('own.readError', { message: own.error.message })}</p>}
      {unreadable > 0 && <p className="own-library-note">{t('own.unreadable', { count: f.number(unreadable) })}</p>}
      {all.length === 0 && !own.isPending && (
        <p className="own-library-note">{t('own.empty')}</p>
      )}
      {records.length > 0 && (
        <ol className="article-list" aria-label={t('own.section')}>
          {records.map(({ article: a }) => (
            <li key={a.id} className="article-card">
              <h2 lang="vi">
                <Link href={articlePath(a.id)}>{a.title}</Link>
                <span className="own-mark">{t('own.mark')}</span>
              </h2>
              <p className="article-card-meta">
                {a.published ? <time dateTime={a.published}>{f.shortDate(a.published)}</time> : <span>{t('library.noDate')}</span>}
                {a.source && <span className="source">{a.source}</span>}
                {(noteCounts?.get(a.id) ?? 0) > 0 && <span className="notes-count">{t('own.notes', { count: f.number(noteCounts!.get(a.id)!) })}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
