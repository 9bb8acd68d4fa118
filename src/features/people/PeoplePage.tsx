import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import { nameOfSlug, peopleSummaries, type PersonSummary } from '../../domain/people';
import type { PeopleHead } from '../../domain/people/schema';
import { useFormat, useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { peopleHeadQuery, peoplePageQuery, useExtraGroups } from './api';
import { useExtraPeople } from './extra';
import { RoleHistory } from './RoleHistory';
import './people.css';

export const personPath = (slug: string) => `/people/${slug}`;

/**
 * The extra articles' share of /people: people the index does not have (listed apart, first page),
 * and the article counts of indexed people they also name.
 */
function useExtraRows(head: PeopleHead | undefined): { only: PersonSummary[]; counts: ReadonlyMap<string, { all: number; extra: number }> } {
  const whole = head && head.total <= head.first.length;
  const known = useMemo(() => (whole ? new Set(head.first.map((p) => nameOfSlug(p.slug))) : null), [whole, head]);
  const { groups } = useExtraGroups(head ? known : 'wait');
  const { ids } = useExtraPeople();
  const builtSlugs = new Set(groups.flatMap((g) => g.built?.persons.map((p) => p.slug) ?? []));
  const counts = new Map<string, { all: number; extra: number }>();
  for (const p of groups.flatMap((g) => g.group.persons)) {
    counts.set(p.slug, { all: p.mentions.length, extra: p.mentions.filter((m) => ids.has(m.articleId)).length });
  }
  const only = peopleSummaries(groups.map((g) => g.group)).filter((p) => !builtSlugs.has(p.slug));
  return { only, counts };
}

function PersonRow({ person, count, Heading = 'h2' }: { person: PersonSummary; count?: { all: number; extra: number }; Heading?: 'h2' | 'h3' }) {
  const t = useT();
  const f = useFormat();
  return (
    <li>
      <Heading>
        <Link href={personPath(person.slug)}>{person.name}</Link>
        {person.places.length > 0 && <span className="person-places"> · {person.places.join(', ')}</span>}
      </Heading>
      <RoleHistory roles={person.roles} limit={3} />
      <p className="person-count">
        {t('people.articles', { n: f.number(count?.all ?? person.articles) })}
        {count && count.extra > 0 && <span className="person-extra"> {t('people.extraCount', { count: f.number(count.extra) })}</span>}
      </p>
    </li>
  );
}

/** /people: every official in the library, most mentioned first, a page at a time. */
export function PeoplePage({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const t = useT();
  const n = useFormat().number;
  useDocumentTitle(t('people.title'));
  const head = useQuery(peopleHeadQuery());
  const extra = useExtraRows(head.data);
  const rest = useQuery({ ...peoplePageQuery(page), enabled: page > 0 && head.isSuccess });
  if (head.isPending) return <LoadingView label={t('people.loading')} />;
  if (head.isError) {
    return <ErrorView title={t('people.error')} message={head.error.message} onRetry={() => void head.refetch()} />;
  }
  const pages = Math.max(1, Math.ceil(head.data.total / head.data.pageSize));
  const shown = page === 0 ? head.data.first : rest.data;
  // Indexed people whose count the extra articles raise move up within the page.
  const rows = shown && [...shown].sort((a, b) => (extra.counts.get(b.slug)?.all ?? b.articles) - (extra.counts.get(a.slug)?.all ?? a.articles));
  return (
    <main id="main" className="library people">
      <header className="library-header">
        <h1>{t('people.title')}</h1>
        <p className="lede">
          {t('people.lede', { n: n(head.data.total + extra.only.length) })}
        </p>
      </header>
      {page === 0 && extra.only.length > 0 && (
        <section aria-labelledby="people-extra-title">
          <h2 id="people-extra-title" className="people-extra-title">
            {t('people.extraOnly')}
          </h2>
          <ol className="people-list" aria-labelledby="people-extra-title">
            {extra.only.map((p) => (
              <PersonRow key={p.slug} person={p} count={extra.counts.get(p.slug)} Heading="h3" />
            ))}
          </ol>
        </section>
      )}
      {rest.isError && <ErrorView title={t('library.pageError')} message={rest.error.message} onRetry={() => void rest.refetch()} />}
      {!rows && !rest.isError && <LoadingView label={t('app.loading')} />}
      {rows && (
        <ol className="people-list" start={page * head.data.pageSize + 1}>
          {rows.map((p) => (
            <PersonRow key={p.slug} person={p} count={extra.counts.get(p.slug)} />
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('library.pages')}>
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t('library.prevPage')}
          </button>
          <span>{t('library.pageOf', { page: n(page + 1), pages: n(pages) })}</span>
          <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {t('library.nextPage')}
          </button>
        </nav>
      )}
    </main>
  );
}
