import { useNoteCountsByArticle } from '../annotations';
import type { SortOrder } from '../domain/library/views';
import { LibraryPage, type LibraryParams } from '../features/library';
import { OwnLibrarySection } from '../features/own';
import { SearchBox, SearchResults, useSearch } from '../features/search';
import { useLibraryHeadFacets } from './libraryFacets';
import { useFormat } from '../lib/i18n';
import { articlePath, Link, replaceSearchParams, useSearch as useQueryString } from '../lib/router';

/**
 * "/": the library list, or with ?q= the search results (the same filters apply to both). Everything
 * lives in the URL, so a search or a filtered page can be shared and reloaded.
 */
export function LibraryRoute() {
  const params = new URLSearchParams(useQueryString());
  const q = params.get('q') ?? '';
  const library: LibraryParams = {
    source: params.get('source'),
    year: params.get('year'),
    sort: (params.get('sort') === 'oldest' ? 'oldest' : 'newest') satisfies SortOrder,
    page: Math.max(0, (Number(params.get('page')) || 1) - 1),
  };
  // Pagefind filters on the shown values ("Dân trí", "2017"), the URL on their keys.
  const facets = useLibraryHeadFacets(library.source, library.year);
  const { state, showMore } = useSearch(q, facets);
  const noteCounts = useNoteCountsByArticle(); // from the per-article summaries: no note is read
  const format = useFormat();

  const setParams = (next: Partial<LibraryParams>) => {
    const merged = { ...library, ...next };
    replaceSearchParams({
      source: merged.source,
      year: merged.year,
      sort: merged.sort === 'oldest' ? 'oldest' : null,
      page: merged.page > 0 ? String(merged.page + 1) : null,
    });
    // A new page starts at its top, like a new document would.
    if (next.page !== undefined && next.page !== library.page) window.scrollTo(0, 0);
  };

  return (
    <LibraryPage
      params={library}
      onParams={setParams}
      noteCounts={noteCounts}
      ownSlot={<OwnLibrarySection query={q} noteCounts={noteCounts} />}
      search={<SearchBox value={q} onChange={(value) => replaceSearchParams({ q: value })} />}
      results={
        q.trim() ? (
          <SearchResults
            state={state}
            onMore={showMore}
            formatDate={format.shortDate}
            articleLink={(id, children) => <Link href={articlePath(id)}>{children}</Link>}
          />
        ) : undefined
      }
    />
  );
}
