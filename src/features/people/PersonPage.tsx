import { ErrorView, LoadingView } from '../../components/ErrorView';
import { useFormat, useT } from '../../lib/i18n';
import { articlePath, Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { usePersonGroup } from './api';
import { useExtraPeople } from './extra';
import { RoleHistory } from './RoleHistory';
import './people.css';

/** The sentence with the person's name marked (where the sentence spells it out). */
function Sentence({ text, name }: { text: string; name: string }) {
  const at = text.indexOf(name);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{name}</mark>
      {text.slice(at + name.length)}
    </>
  );
}

/**
 * /people/<slug>: who they are, and every article that mentions them, newest first — the extra
 * articles the app hands in (the reader's own) among them, marked.
 */
export function PersonPage({ slug }: { slug: string }) {
  const group = usePersonGroup(slug);
  const { ids, mark } = useExtraPeople();
  const person = group.status === 'ok' ? group.group?.persons.find((p) => p.slug === slug) : undefined;
  const t = useT();
  const format = useFormat();
  useDocumentTitle(person?.name ?? t('people.title'));
  if (group.status === 'pending') return <LoadingView label={t('app.loading')} />;
  if (group.status === 'error' || !person) {
    return (
      <ErrorView
        title={t('people.notFound')}
        message={group.status === 'error' ? group.error.message : t('people.notFoundAt', { slug })}
        onRetry={group.status === 'error' ? group.retry : undefined}
      />
    );
  }
  const namesakes = group.group!.persons.filter((p) => p.slug !== slug);
  return (
    <main id="main" className="library person">
      <header className="library-header">
        <p className="crumbs">
          <Link href="/people">{t('people.title')}</Link>
        </p>
        <h1>{person.name}</h1>
        {person.places.length > 0 && <p className="person-places">{person.places.join(', ')}</p>}
        <RoleHistory roles={person.roles} />
        <p className="lede">{t('people.mentioned', { n: format.number(person.mentions.length) })}</p>
        {namesakes.length > 0 && (
          <p className="namesakes">
            {t('people.namesakes')}{' '}
            {namesakes.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && ', '}
                <Link href={`/people/${p.slug}`}>{p.places.join(', ') || p.roles[0]?.role || p.slug}</Link>
              </span>
            ))}
          </p>
        )}
      </header>
      <ol className="mention-list">
        {person.mentions.map((m) => (
          <li key={m.articleId}>
            <h2>
              <Link href={articlePath(m.articleId)}>{m.title}</Link>
              {ids.has(m.articleId) && mark}
            </h2>
            <p className="search-meta">
              {m.published ? <time dateTime={m.published}>{format.shortDate(m.published)}</time> : <span>{t('library.noDate')}</span>}
              {m.source && <span>{m.source}</span>}
              {m.role && <span>{m.role}</span>}
            </p>
            <blockquote className="mention-sentence">
              <Sentence text={m.sentence} name={person.name} />
            </blockquote>
          </li>
        ))}
      </ol>
    </main>
  );
}
