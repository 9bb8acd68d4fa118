/**
 * What the all-notes page needs before its first rows — its code, the article titles and the first
 * read (the summaries and the first rows' notes) — started together, as early as the page is known:
 * on a direct visit by the boot script (src/main.tsx), while the application is still on its way;
 * on a visit from another page when the page first renders (primeNotesPage.ts). The database's first
 * open and the titles start even earlier, in the boot script itself (boot.ts). Light on purpose: the
 * boot script loads it, so it imports no React, no query library, no message catalogue, and no
 * validation library (the first rows are read without the storage module when they can be).
 */
import type { ComponentType } from 'react';
import { ensureSchemaOnce } from '../../annotations/schema';
import { loadStorage } from '../../annotations/storageClient';
import { reloadable } from '../../lib/reloadable';
import type { NotesOverview } from '../../storage/annotations';
import { onRemoteChange, type AnnotationChange } from '../../storage/channel';
import { annotationStore } from '../../storage/db';
import { readFirstRows } from '../../storage/firstRows';
import { fetchIndexJson, titleMap } from './earlyIndex';
import { NOTES_PAGE_SIZE } from './pageSize';

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
  const titles = titleMap(index);
  return (articleId) => titles.get(articleId) ?? articleId;
}

/**
 * The first read. The database opens now, beside the titles; once they are here, a store that needs
 * nothing more is read without the storage module (storage/firstRows.ts), which would hold the rows
 * back until its chunk and their dependencies had arrived and run. Otherwise the schema check (also
 * started now: the storage module is needed for writes anyway) and the storage module's own read.
 */
export function firstRead(index: Promise<unknown>): Promise<NotesOverview> {
  const store = annotationStore();
  const schema = ensureSchemaOnce();
  return index
    .then(titleLookup, () => titleLookup(undefined))
    .then(async (titleOf) => {
      const light = await readFirstRows(NOTES_PAGE_SIZE, titleOf, store);
      if (light) return light;
      await schema;
      return (await loadStorage()).listOverview(NOTES_PAGE_SIZE, titleOf);
    });
}

export interface EarlyReads {
  /** The index's JSON, not validated yet; undefined when it did not come as JSON. */
  indexJson: Promise<unknown>;
  overview: Promise<NotesOverview>;
  /** What has already arrived: the page's first render then shows it at once, not one render later. */
  arrived: { indexJson?: unknown; overview?: NotesOverview };
  /**
   * Other tabs' changes from before the first read until the application listens itself: those heard
   * so far at once, later ones as they come. The application's own rows (refetched) then win.
   */
  changes(forward: (change: AnnotationChange) => void): void;
}

// Reads started before there was a query client, waiting to be handed to it.
let early: EarlyReads | undefined;

/**
 * On a direct visit to /notes, before the application runs: the code, the titles (`indexJson`: the
 * boot script's request, boot.ts) and the first read, at once.
 */
export function startNotesPageEarly(bootIndex?: Promise<unknown>): EarlyReads {
  if (early) return early;
  void loadNotesView().catch(() => undefined); // the page reports a failure when it asks again
  // Before the read starts: a change another tab makes after it must not leave its rows on screen.
  const heard: AnnotationChange[] = [];
  let forward: ((change: AnnotationChange) => void) | undefined;
  onRemoteChange((change) => (forward ? forward(change) : heard.push(change)));
  const changes = (to: (change: AnnotationChange) => void) => {
    forward = to;
    for (const change of heard.splice(0)) to(change);
  };
  const indexJson = bootIndex ?? fetchIndexJson();
  const overview = firstRead(indexJson);
  const arrived: EarlyReads['arrived'] = {};
  void indexJson.then((json) => (arrived.indexJson = json));
  overview.then((o) => (arrived.overview = o), () => undefined); // a failure is handled where it is adopted
  early = { indexJson, overview, arrived, changes };
  return early;
}

/** The early reads, once: the page's first render takes them into its query cache. */
export function takeEarlyReads(): EarlyReads | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
