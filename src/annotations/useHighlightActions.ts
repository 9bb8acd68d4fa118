import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { reloadable } from '../lib/reloadable';
import type { Article } from '../domain/article/types';
import type { HighlightActions, WriteOutcome } from './actionTypes';
import { useAppStore } from '../stores/store';
import { currentT } from '../lib/i18n';

export type { ActionOptions, HighlightActions, WriteOutcome } from './actionTypes';


type Impl = typeof import('./highlightActions');
const importActions = reloadable(() => import('./highlightActions'));
// Cache of the module being loaded (reset on failure, so the next action loads anew).
let loading: Promise<Impl> | undefined;

/** Loads the writing code (mutations, annotation model, storage) ahead of the first action. */
export function preloadHighlightActions(): Promise<Impl> {
  loading ??= importActions().catch((e: unknown) => {
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
    const get = async () => (impl ??= (await preloadHighlightActions()).createHighlightActions(article, queryClient, useAppStore));
    /** The writing code did not load (offline, a redeploy): say so; the next action loads it anew. */
    const unloaded = (id: string, announce = true): WriteOutcome => {
      const text = currentT()('hl.notLoaded');
      if (announce) useAppStore.getState().setHighlightNotice({ kind: 'error', text });
      return { ok: false, id, error: text };
    };
    const run = async <T,>(act: (a: HighlightActions) => Promise<T>, failed: () => T): Promise<T> => {
      let actions: HighlightActions;
      try {
        actions = await get();
      } catch {
        return failed();
      }
      return act(actions);
    };
    return {
      create: (range, color, note, options) => run((a) => a.create(range, color, note, options), () => unloaded('', options?.announceFailure)),
      setColor: (current, color) => run((a) => a.setColor(current, color), () => unloaded(current.id)),
      setNote: (current, note, options) => run((a) => a.setNote(current, note, options), () => unloaded(current.id, options?.announceFailure)),
      setTags: (current, tags) => run((a) => a.setTags(current, tags), () => unloaded(current.id)),
      remove: (current) => run((a) => a.remove(current), () => unloaded(current.id)),
      retry: (id) => run((a) => a.retry(id), () => unloaded(id)),
      discard: (id) => run((a) => a.discard(id), () => void unloaded(id)),
      undo: () => run((a) => a.undo(), () => (unloaded(''), false)),
      redo: () => run((a) => a.redo(), () => (unloaded(''), false)),
      overwrite: (id, target) => run((a) => a.overwrite(id, target), () => unloaded(id)),
      recreate: (annotation) => run((a) => a.recreate(annotation), () => unloaded(annotation.id)),
    };
  }, [article, queryClient]);
}
