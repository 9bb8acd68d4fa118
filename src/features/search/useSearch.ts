import { useEffect, useState } from 'react';
import { planQuery, type Unfinished } from '../../domain/search/plan';
import { currentT } from '../../lib/i18n';
import { preload, search, type SearchFilters, type SearchHit, type SearchOutcome } from './engine';

export type SearchState =
  | { status: 'idle' }
  /** Every word is one letter: not searched (it would list most of a large library), a hint instead. */
  | { status: 'short'; query: string }
  | { status: 'loading'; query: string }
  | { status: 'error'; query: string; message: string }
  /**
   * `unfinished`: the last word is short, so matched whole (plan.ts); with `fallback` it matched
   * nothing and the hits are those of the words before it.
   */
  | { status: 'done'; query: string; total: number; hits: SearchHit[]; outcome: SearchOutcome; unfinished: Unfinished | null; fallback: boolean };

type Answer =
  | { key: string; query: string; outcome: SearchOutcome; hits: SearchHit[]; unfinished: Unfinished | null }
  | { key: string; query: string; error: string };

/**
 * Results for the query as it is typed: each keystroke searches; until the new answer arrives the
 * last one stays on screen (it says which query it answers), and a stale answer is dropped.
 */
export function useSearch(query: string, filters: SearchFilters): { state: SearchState; showMore: () => void } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const q = query.trim();
  const plan = planQuery(q);
  const planned = plan.kind === 'empty' ? '' : plan.query;
  const unfinished = plan.kind === 'search' ? plan.unfinished : null;
  const fallback = unfinished ? unfinished.before : null;
  const { source = null, year = null } = filters;
  const key = JSON.stringify([q, source, year]);

  useEffect(() => {
    if (plan.kind === 'empty') return;
    if (plan.kind === 'short') {
      // The engine and the answers stored for that letter, not its index chunks: they are a sixth of the
      // index ("t": 55 of 329 at 10,000 articles), most of which the next letter's search does not need.
      preload(planned, false);
      return;
    }
    let live = true;
    search(planned, { source, year }, fallback).then(
      (outcome) => {
        if (live && outcome) setAnswer({ key, query: q, outcome, hits: outcome.hits, unfinished });
      },
      (e: unknown) => {
        if (!live) return;
        const t = currentT();
        const message = navigator.onLine
          ? t('search.loadFailed', { message: e instanceof Error ? e.message : String(e) })
          : t('search.offline');
        setAnswer({ key, query: q, error: message });
      },
    );
    return () => {
      live = false;
    };
    // `unfinished` follows from `q` (in `key`).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, q, plan.kind, planned, fallback, source, year]);

  let state: SearchState;
  if (plan.kind === 'empty') state = { status: 'idle' };
  else if (plan.kind === 'short') state = { status: 'short', query: q };
  else if (!answer || ('error' in answer && answer.key !== key)) state = { status: 'loading', query: q };
  else if ('error' in answer) state = { status: 'error', query: answer.query, message: answer.error };
  else
    state = {
      status: 'done',
      query: answer.query,
      total: answer.outcome.total,
      hits: answer.hits,
      outcome: answer.outcome,
      unfinished: answer.unfinished,
      fallback: answer.outcome.fallback,
    };

  const showMore = () => {
    if (!answer || 'error' in answer) return;
    const current = answer;
    void current.outcome.more(20).then((next) => setAnswer((a) => (a === current ? { ...current, hits: [...current.hits, ...next] } : a)));
  };
  return { state, showMore };
}
