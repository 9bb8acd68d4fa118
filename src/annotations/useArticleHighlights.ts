import { useMemo } from 'react';
import type { TextRange } from '../domain/anchoring/types';
import type { Article } from '../domain/article/types';
import type { Annotation, HighlightColor } from '../domain/notes/annotation';
import type { UnreadableRecord } from '../storage';
import type { PendingWrite } from '../stores/highlightsSlice';
import { usePendingWrites } from '../stores/store';
import { useAnnotations } from './getAnnotations';
import { anchorIn, useAnchoringReady } from './articleText';
import { colorOf, noteOf, quoteOf } from '../domain/notes/model';

export type HighlightState = 'saved' | 'saving' | 'failed';

/** A highlight as the UI shows it: the record, where it sits now, and whether it is saved yet. */
export interface Highlight {
  id: string;
  annotation: Annotation;
  color: HighlightColor;
  note: string;
  quote: string;
  state: HighlightState;
  /** Why the last write failed (Vietnamese), when state is 'failed'. */
  error?: string;
  /** Plain-text range in the article today; null: the passage is gone (an orphan). */
  range: TextRange | null;
  /** The record as stored in IndexedDB (null: not stored yet). */
  stored: Annotation | null;
}

export interface ArticleHighlights {
  /** Anchored highlights in document order. */
  anchored: Highlight[];
  /** Highlights whose passage is no longer in the article: listed, never dropped. */
  orphans: Highlight[];
  byId: Map<string, Highlight>;
  /** Stored records that could not be read (kept in storage untouched). */
  unreadable: UnreadableRecord[];
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  refetch: () => void;
}

/** Highlight objects are reused while their record and state are unchanged, so memoised rows stay put. */
const reuse = new WeakMap<Annotation, Highlight>();

function highlightOf(
  article: Article,
  id: string,
  a: Annotation,
  state: HighlightState,
  error: string | undefined,
  stored: Annotation | null,
): Highlight | undefined {
  const range = anchorIn(article, a);
  if (range === undefined) return undefined; // not placed yet (anchoring code loading)
  const old = reuse.get(a);
  if (old && old.id === id && old.state === state && old.error === error && old.stored === stored && old.range === range) {
    return old;
  }
  const h: Highlight = {
    id,
    annotation: a,
    color: colorOf(a),
    note: noteOf(a),
    quote: quoteOf(a),
    state,
    range,
    stored,
    ...(error !== undefined && { error }),
  };
  reuse.set(a, h);
  return h;
}

function byPosition(a: Highlight, b: Highlight): number {
  return a.range!.start - b.range!.start || a.range!.end - b.range!.end || a.id.localeCompare(b.id);
}

export interface CollectedHighlights {
  anchored: Highlight[];
  orphans: Highlight[];
  byId: Map<string, Highlight>;
  /** Some records could not be placed yet (the anchoring code is still loading). */
  placing: boolean;
}

/**
 * The article's stored records with the writes in flight laid over them (a pending put shows its
 * new version, a pending delete hides the record, a failed put stays, flagged), anchored in
 * today's text: placed ones in document order, orphans (passage gone) apart, none dropped.
 */
export function collectHighlights(
  article: Article,
  storedList: readonly Annotation[],
  pending: Readonly<Record<string, PendingWrite>>,
): CollectedHighlights {
  const anchored: Highlight[] = [];
  const orphans: Highlight[] = [];
  const byId = new Map<string, Highlight>();
  let placing = false;
  const stored = new Map<string, Annotation>();
  for (const a of storedList) stored.set(a.id, a);
  const shown = new Map<string, { annotation: Annotation; state: HighlightState; error?: string }>();
  for (const a of stored.values()) shown.set(a.id, { annotation: a, state: 'saved' });
  for (const w of Object.values(pending)) {
    if (w.articleId !== article.id) continue;
    if (w.after === null) shown.delete(w.id);
    else shown.set(w.id, { annotation: w.after, state: w.status, ...(w.error !== undefined && { error: w.error }) });
  }
  for (const [id, s] of shown) {
    const h = highlightOf(article, id, s.annotation, s.state, s.error, stored.get(id) ?? null);
    if (!h) {
      placing = true;
      continue;
    }
    byId.set(id, h);
    (h.range ? anchored : orphans).push(h);
  }
  anchored.sort(byPosition);
  orphans.sort((a, b) => a.annotation.created.localeCompare(b.annotation.created));
  return { anchored, orphans, byId, placing };
}

/** The last result, shared: the paint layer, the tools and the panel all ask for the same lists. */
let last: { article: Article; list: readonly Annotation[]; pending: object; ready: boolean; result: CollectedHighlights } | undefined;

function collectShared(
  article: Article,
  list: readonly Annotation[],
  pending: Readonly<Record<string, PendingWrite>>,
  ready: boolean,
): CollectedHighlights {
  if (last && last.article === article && last.list === list && last.pending === pending && last.ready === ready) return last.result;
  const result = collectHighlights(article, list, pending);
  last = { article, list, pending, ready, result };
  return result;
}

const EMPTY: readonly Annotation[] = [];

const NOTHING: CollectedHighlights = { anchored: [], orphans: [], byId: new Map(), placing: false };

/** Stored highlights of the article with writes in flight laid over them, anchored in today's text. */
export function useArticleHighlights(article: Article | undefined): ArticleHighlights {
  const query = useAnnotations(article?.id);
  const pending = usePendingWrites();
  const ready = useAnchoringReady();
  const data = query.data;
  const result = useMemo(
    () => (article ? collectShared(article, data?.annotations ?? EMPTY, pending, ready) : NOTHING),
    // `ready`: anchoring became possible, so records skipped before are placed now.
    [article, data, pending, ready],
  );
  const { refetch } = query;
  const { placing, ...lists } = result;
  return {
    ...lists,
    unreadable: data?.unreadable ?? [],
    status: placing && query.status === 'success' ? 'pending' : query.status,
    error: query.error,
    refetch: () => void refetch(),
  };
}
