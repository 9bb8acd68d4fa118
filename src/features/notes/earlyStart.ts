/**
 * What the all-notes page needs before its first rows — its code, the article titles and the first
 * read (the schema check, the summaries and the first rows' notes) — started together, as early as
 * the page is known: on a direct visit while the entry module is still being evaluated, not after the
 * shell's first render and paint (a trace put that 130–140 ms later at load ≈ 7); on a visit from
 * another page when the page first renders, instead of one after the other.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { getNotesOverview, notesOverviewQueryOptions } from '../../annotations/getNotesOverview';
import { ensureSchemaOnce } from '../../annotations/schema';
import { getIndex, indexQueryOptions } from '../../articles/getIndex';
import type { ArticleIndex } from '../../domain/article/types';
import { reloadable } from '../../lib/reloadable';
import type { NotesOverview } from '../../storage/annotations';
import { NOTES_PAGE_SIZE } from './paging';

const importView = reloadable(() => import('./AllNotesView'));
let viewLoading: Promise<ComponentType> | undefined;
let view: ComponentType | undefined;

/** The page's code, loaded once (a failure is forgotten, so the next call tries again). */
export function loadNotesView(): Promise<ComponentType> {
  viewLoading ??= importView().then(
    (m) => (view = m.default),
    (e: unknown) => {
      viewLoading = undefined;
      throw e;
    },
  );
  return viewLoading;
}

/** The page's code if it has already arrived: then the page renders it at once. */
export const loadedNotesView = (): ComponentType | undefined => view;

/** Articles with equal activity are listed by title, so the first read needs the titles (ids if they fail). */
const titleLookup = (index: ArticleIndex | undefined) => {
  const titles = new Map((index?.articles ?? []).map((a) => [a.id, a.title]));
  return (articleId: string) => titles.get(articleId) ?? articleId;
};

/** The first read; the schema check it waits for starts now, beside the titles, not after them. */
function firstRead(index: Promise<ArticleIndex>): Promise<NotesOverview> {
  void ensureSchemaOnce();
  return index.then(titleLookup, () => titleLookup(undefined)).then((titleOf) => getNotesOverview(NOTES_PAGE_SIZE, titleOf));
}

// Reads started before there was a query client, waiting to be handed to it.
let early: { index: Promise<ArticleIndex>; overview: Promise<NotesOverview> } | undefined;

/** On a direct visit to /notes, before React runs: the code, the titles and the first read, all at once. */
export function startNotesPageEarly(): void {
  if (early) return;
  void loadNotesView().catch(() => undefined); // the page reports a failure when it asks again
  const index = getIndex();
  const overview = firstRead(index);
  // Handled where they are adopted; a page that never renders must not log unhandled rejections.
  index.catch(() => undefined);
  overview.catch(() => undefined);
  early = { index, overview };
}

/**
 * When the page first renders: the early reads go into the query cache under the page's own query
 * keys (so its queries find them running or done instead of starting again), or, with none, the same
 * reads start now. Idempotent: a query already running or with data is left as it is.
 */
export function primeNotesPage(client: QueryClient): void {
  void loadNotesView().catch(() => undefined);
  const taken = early;
  early = undefined;
  if (taken) {
    void client.prefetchQuery({ ...indexQueryOptions(), queryFn: () => taken.index });
    void client.prefetchQuery({ ...notesOverviewQueryOptions(NOTES_PAGE_SIZE), queryFn: () => taken.overview });
    return;
  }
  const index = client.ensureQueryData(indexQueryOptions());
  void client.prefetchQuery({ ...notesOverviewQueryOptions(NOTES_PAGE_SIZE), queryFn: () => firstRead(index) });
}
