import type { ReactNode } from 'react';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import type { Facet, LibraryHead, LibraryRow } from '../../domain/library/types';
import { pageCount, viewKey, type SortOrder } from '../../domain/library/views';
import { useFormat, useT, type Format } from '../../lib/i18n';
import { articlePath, Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLibraryHead, useLibraryPage } from './libraryApi';
import { SaveOffline } from './SaveOffline';
import './library.css';

/** What the library shows, as it is kept in the URL (?source=&year=&sort=&page=). */
export interface LibraryParams {
  source: string | null;
  year: string | null;
  sort: SortOrder;
  page: number;
}

interface Props {
  params: LibraryParams;
  onParams: (next: Partial<LibraryParams>) => void;
  /** The search box; when `results` is given it replaces the list (filters still apply). */
  search?: ReactNode;
  results?: ReactNode;
  /** The reader's notes per article id (counted by the app from its annotations). */
  noteCounts?: ReadonlyMap<string, number>;
  /** The reader's own articles (composed in by the app). */
  ownSlot?: ReactNode;
}

const facetLabel = (f: Facet, unknown: string, fmt: Format) => `${f.value ?? unknown} (${fmt.number(f.count)})`;

function Row({ row, notes }: { row: LibraryRow; notes: number }) {
  const t = useT();
  const f = useFormat();
  return (
    <li className="article-card">
      <h2 lang="vi">
        <Link href={articlePath(row.id)}>{row.title}</Link>
      </h2>
      <p className="article-card-meta">
        {row.published ? <time dateTime={row.published}>{f.shortDate(row.published)}</time> : <span>{t('library.noDate')}</span>}
        {row.source && <span className="source">{row.source}</span>}
        <span>{t('library.people', { n: f.number(row.people) })}</span>
        <span>{t('library.figures', { n: f.number(row.figures) })}</span>
        {notes > 0 && <span className="notes-count">{t('library.notes', { n: f.number(notes) })}</span>}
      </p>
    </li>
  );
}

function Filters({ head, params, onParams }: { head: LibraryHead; params: LibraryParams; onParams: Props['onParams'] }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="library-filters">
      <label>
        {t('library.source')}
        <select value={params.source ?? ''} onChange={(e) => onParams({ source: e.target.value || null, page: 0 })}>
          <option value="">{t('library.allSources')}</option>
          {head.sources.map((s) => (
            <option key={s.key} value={s.key}>
              {facetLabel(s, t('library.unknownSource'), f)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.year')}
        <select value={params.year ?? ''} onChange={(e) => onParams({ year: e.target.value || null, page: 0 })}>
          <option value="">{t('library.allYears')}</option>
          {head.years.map((y) => (
            <option key={y.key} value={y.key}>
              {facetLabel(y, t('library.unknownYear'), f)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.sort')}
        <select value={params.sort} onChange={(e) => onParams({ sort: e.target.value === 'oldest' ? 'oldest' : 'newest', page: 0 })}>
          <option value="newest">{t('library.newest')}</option>
          <option value="oldest">{t('library.oldest')}</option>
        </select>
      </label>
    </div>
  );
}

/** The library at any size: one page of rows at a time, filtered by source and year, sorted by date. */
export function LibraryPage({ params, onParams, search, results, noteCounts, ownSlot }: Props) {
  const t = useT();
  const f = useFormat();
  useDocumentTitle(t('library.title'));
  const head = useLibraryHead();
  const key = viewKey({ source: params.source, year: params.year });
  const page = useLibraryPage(head.data, key, params.sort, params.page);

  if (head.isPending) return <LoadingView label={t('library.loading')} />;
  if (head.isError) {
    return <ErrorView title={t('library.error')} message={head.error.message} onRetry={() => void head.refetch()} />;
  }
  const view = head.data.views[key] ?? { count: 0, bytes: 0 };
  const pages = pageCount(view.count, head.data.pageSize);
  const filtered = key !== 'all';
  const sourceName = head.data.sources.find((s) => s.key === params.source)?.value;
  const selection = [sourceName, params.year].filter(Boolean).join(', ') || t('library.everything');
  return (
    <main id="main" className="library">
      <header className="library-header">
        <h1>{t('library.title')}</h1>
        <p className="lede">
          {t('library.lede', { count: f.number(head.data.total) })} <Link href="/people">{t('library.byPerson')}</Link>.
        </p>
      </header>
      {search}
      {ownSlot}
      <Filters head={head.data} params={params} onParams={onParams} />
      {results ?? (
        <>
          <p className="library-count" role="status">
            {filtered ? t('library.countIn', { n: f.number(view.count), selection }) : t('library.count', { n: f.number(view.count) })}
            {pages > 1 && ` · ${t('library.pageOf', { page: f.number(params.page + 1), pages: f.number(pages) })}`}
          </p>
          {page.isError && <ErrorView title={t('library.pageError')} message={page.error.message} onRetry={() => void page.refetch()} />}
          {page.data ? (
            <ol className="article-list" aria-busy={page.isFetching}>
              {page.data.map((row) => (
                <Row key={row.id} row={row} notes={noteCounts?.get(row.id) ?? 0} />
              ))}
            </ol>
          ) : (
            !page.isError && <LoadingView label={t('app.loading')} />
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t('library.pages')}>
              <button type="button" disabled={params.page === 0} onClick={() => onParams({ page: params.page - 1 })}>
                {t('library.prevPage')}
              </button>
              <span>{t('library.pageOf', { page: f.number(params.page + 1), pages: f.number(pages) })}</span>
              <button type="button" disabled={params.page >= pages - 1} onClick={() => onParams({ page: params.page + 1 })}>
                {t('library.nextPage')}
              </button>
            </nav>
          )}
          <SaveOffline head={head.data} viewKey={key} label={selection} />
        </>
      )}
    </main>
  );
}
