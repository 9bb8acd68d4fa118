import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../domain/article/types';
import type { Annotation, HighlightColor } from '../domain/notes/annotation';

export { COLOR_NAMES } from './colors';

/** `id`: the highlight concerned (for create, the new one, saved or not). */
export type WriteOutcome = { ok: true; id: string } | { ok: false; id: string; error: string };

export interface ActionOptions {
  /** Set false when the caller shows the failure itself (the note editor does). Default true. */
  announceFailure?: boolean;
}

export interface HighlightActions {
  /** Highlights plain-text [start, end) of the article; resolves once stored (or failed). */
  create(range: { start: number; end: number }, color: HighlightColor, note?: string, options?: ActionOptions): Promise<WriteOutcome>;
  setColor(current: Annotation, color: HighlightColor): Promise<WriteOutcome>;
  setNote(current: Annotation, note: string, options?: ActionOptions): Promise<WriteOutcome>;
  remove(current: Annotation): Promise<WriteOutcome>;
  /** Writes again a highlight whose save failed. */
  retry(id: string): Promise<WriteOutcome>;
  /** Drops a failed, unsaved change (the stored record, if any, shows again). */
  discard(id: string): Promise<void>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** After an undo/redo refused for a newer change elsewhere: make the record `target` anyway (undoable). */
  overwrite(id: string, target: Annotation | null): Promise<WriteOutcome>;
  /** Writes back a highlight deleted elsewhere (same id and place), e.g. with the note typed meanwhile. */
  recreate(annotation: Annotation): Promise<WriteOutcome>;
}

type Impl = typeof import('./highlightActions');
let loading: Promise<Impl> | undefined;

/** Loads the writing code (mutations, annotation model, storage) ahead of the first action. */
export function preloadHighlightActions(): Promise<Impl> {
  loading ??= import('./highlightActions').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/**
 * Every change to the article's highlights: the write (react-query mutation → storage repository),
 * the undo history (recorded once the write resolved) and the notice. The code behind it loads on
 * first use (see highlightActions.ts), so it costs nothing to a reader who only reads.
 */
export function useHighlightActions(article: Article): HighlightActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    let impl: HighlightActions | undefined;
    const get = async () => (impl ??= (await preloadHighlightActions()).createHighlightActions(article, queryClient));
    return {
      create: async (...args) => (await get()).create(...args),
      setColor: async (...args) => (await get()).setColor(...args),
      setNote: async (...args) => (await get()).setNote(...args),
      remove: async (...args) => (await get()).remove(...args),
      retry: async (...args) => (await get()).retry(...args),
      discard: async (...args) => (await get()).discard(...args),
      undo: async () => (await get()).undo(),
      redo: async () => (await get()).redo(),
      overwrite: async (...args) => (await get()).overwrite(...args),
      recreate: async (...args) => (await get()).recreate(...args),
    };
  }, [article, queryClient]);
}
