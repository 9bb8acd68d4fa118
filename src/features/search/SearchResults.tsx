import type { ReactNode } from 'react';
import type { SearchState } from './useSearch';
import { useFormat, useT } from '../../lib/i18n';
import './search.css';

interface Props {
  state: SearchState;
  onMore: () => void;
  /** An in-app link to an article (the app's router). */
  articleLink: (id: string, children: ReactNode) => ReactNode;
  formatDate: (iso: string) => string;
}

/** Results with the matching words marked; `data-search-query` says which query they answer. */
export function SearchResults({ state, onMore, articleLink, formatDate }: Props) {
  const t = useT();
  const n = useFormat().number;
  if (state.status === 'idle') return null;
  // The hint for a one-letter query is its answer too: nothing more will come for that text.
  const shownQuery = state.status === 'done' || state.status === 'short' ? state.query : null;
  return (
    <section className="search-results" aria-label={t('search.results')} data-search-query={shownQuery ?? undefined}>
      <p className="search-status" role="status">
        {state.status === 'short' && t('search.short')}
        {state.status === 'loading' && t('search.searching')}
        {state.status === 'error' && state.message}
        {state.status === 'done' && state.fallback && state.unfinished && t('search.typing', { word: state.unfinished.word })}
        {state.status === 'done' && state.fallback && state.unfinished?.beforeText && ` ${t('search.count', { n: n(state.total), query: state.unfinished.beforeText })}`}
        {state.status === 'done' &&
          !state.fallback &&
          (state.total === 0
            ? t('search.none', { query: state.query })
            : t('search.count', { n: n(state.total), query: state.query }))}
      </p>
      {state.status === 'done' && !state.fallback && state.total > 0 && state.unfinished && (
        <p className="search-note">{t('search.wholeWord', { word: state.unfinished.word })}</p>
      )}
      {state.status === 'done' && state.hits.length > 0 && (
        <ol className="search-list">
          {state.hits.map((hit) => (
            <li key={hit.id} className="search-hit">
              <h2>{articleLink(hit.id, hit.title)}</h2>
              <p className="search-meta">
                {hit.published ? <time dateTime={hit.published}>{formatDate(hit.published)}</time> : <span>{t('library.noDate')}</span>}
                {hit.source && <span>{hit.source}</span>}
              </p>
              <p className="search-excerpt">
                {hit.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {state.status === 'done' && state.hits.length < state.total && (
        <button type="button" className="search-more" onClick={onMore}>
          {t('search.more', { n: n(state.total - state.hits.length) })}
        </button>
      )}
    </section>
  );
}
