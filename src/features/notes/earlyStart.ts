/**
 * What the all-notes page needs before its first rows — its code, the article titles and the first
 * read (the schema check, the summaries and the first rows' notes) — started together, as early as
 * the page is known: on a direct visit by the boot script (src/main.tsx), while the application is
 * still on its way, not after its shell's first render and paint (a trace put that 130–140 ms later
 * at load ≈ 7, with the application still in the entry); on a visit from another page when the page
 * first renders (primeNotesPage.ts), instead of one after the other. Light on purpose: the boot
 * script loads it, so it imports no React, no query library, no message catalogue.
 */
import type { ComponentType } from 'react';
import { ensureSchemaOnce } from '../../annotations/schema';
import { loadStorage } from '../../annotations/storageClient';
import { reloadable } from '../../lib/reloadable';
import type { NotesOverview } from '../../storage/annotations';
import { NOTES_PAGE_SIZE } from './pageSize';

/** The article index (src/articles/getIndex.ts, INDEX_URL; earlyStart.test.ts checks they agree). */
export const EARLY_INDEX_URL = '/articles/index.json';

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

/** Articles with equal activity are listed by title, so the first read needs the titles (ids without them). */
export function titleLookup(index: unknown): (articleId: string) => string {
  const titles = new Map<string, string>();
  const articles = (index as { articles?: unknown } | null | undefined)?.articles;
  if (Array.isArray(articles)) {
    for (const a of articles as { id?: unknown; title?: unknown }[]) {
      if (typeof a?.id === 'string' && typeof a.title === 'string') titles.set(a.id, a.title);
    }
  }
  return (articleId) => titles.get(articleId) ?? articleId;
}

/** The first read; the schema check it waits for starts now, beside the titles, not after them. */
export function firstRead(index: Promise<unknown>): Promise<NotesOverview> {
  const schema = ensureSchemaOnce();
  return index
    .then(titleLookup, () => titleLookup(undefined))
    .then(async (titleOf) => {
      await schema;
      return (await loadStorage()).listOverview(NOTES_PAGE_SIZE, titleOf);
    });
}

/**
 * The index's JSON, or undefined for anything but a JSON answer (offline, missing, an HTML fallback,
 * a bad body): the page's own fetch then asks again and says what went wrong.
 */
function fetchIndexJson(): Promise<unknown> {
  return fetch(EARLY_INDEX_URL)
    .then((r) => (r.ok && !(r.headers.get('content-type') ?? '').includes('text/html') ? (r.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
}

export interface EarlyReads {
  /** The index's JSON, not validated yet; undefined when it did not come as JSON. */
  indexJson: Promise<unknown>;
  overview: Promise<NotesOverview>;
}

// Reads started before there was a query client, waiting to be handed to it.
let early: EarlyReads | undefined;

/** On a direct visit to /notes, before the application runs: the code, the titles and the first read, at once. */
export function startNotesPageEarly(): void {
  if (early) return;
  void loadNotesView().catch(() => undefined); // the page reports a failure when it asks again
  const indexJson = fetchIndexJson();
  const overview = firstRead(indexJson);
  overview.catch(() => undefined); // handled where it is adopted; unhandled if the page never renders
  early = { indexJson, overview };
}

/** The early reads, once: the page's first render takes them into its query cache. */
export function takeEarlyReads(): EarlyReads | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
