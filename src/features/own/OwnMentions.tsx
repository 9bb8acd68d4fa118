import { useOwnArticles } from '../../articles';
import { useFormat, useT } from '../../lib/i18n';
import { articlePath, Link } from '../../lib/router';
import './ownMark.css';

/** On a person's page: the reader's own articles that name them (same full name as the extractor gives). */
export function OwnMentions({ name }: { name: string }) {
  const t = useT();
  const f = useFormat();
  const own = useOwnArticles();
  const hits = (own.data?.records ?? []).flatMap(({ article }) => {
    const mentions = article.entities.filter((e) => e.type === 'official' && (e.name ?? e.text) === name);
    if (mentions.length === 0) return [];
    return [{ article, count: mentions.length, role: mentions.find((m) => m.role)?.role ?? null }];
  });
  if (hits.length === 0) return null;
  return (
    <section className="own-library" aria-labelledby="own-mentions-title">
      <h2 id="own-mentions-title" className="own-library-title">
        {t('own.mentions', { count: f.number(hits.length) })}
      </h2>
      <ol className="own-mention-list">
        {hits.map(({ article, count, role }) => (
          <li key={article.id}>
            <h3 lang="vi">
              <Link href={articlePath(article.id)}>{article.title}</Link>
              <span className="own-mark">{t('own.mark')}</span>
            </h3>
            <p className="search-meta">
              {article.published ? <time dateTime={article.published}>{f.shortDate(article.published)}</time> : <span>{t('library.noDate')}</span>}
              {role && <span>{role}</span>}
              <span>{t('own.mentionCount', { count: f.number(count) })}</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
