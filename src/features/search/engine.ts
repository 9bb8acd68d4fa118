/**
 * The page's side of search: one worker (search.worker.ts, started at the first use) runs Pagefind
 * and answers with the hits to show. Every keystroke's search is sent at once; the worker skips the
 * ones overtaken before they ran and answers them null. A worker that fails to start or crashes
 * rejects what is pending; the next search starts a fresh one.
 */
import { FIRST_HITS, type SearchAnswer, type SearchFilters, type SearchHit, type SearchReply, type SearchRequest } from './protocol';

export type { SearchFilters, SearchHit } from './protocol';

export interface SearchOutcome {
  query: string;
  filters: SearchFilters;
  total: number;
  hits: SearchHit[];
  /** `query` matched nothing: these are the results of the fallback asked for. */
  fallback: boolean;
  /** The data of the next `n` results (Pagefind fetches their fragments then). */
  more: (n: number) => Promise<SearchHit[]>;
}

export { FIRST_HITS } from './protocol';

let worker: Worker | undefined;
let answered = false;
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function start(): Worker {
  answered = false;
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'margin-search' });
  w.onmessage = (ev: MessageEvent<SearchReply>) => {
    answered = true;
    const reply = ev.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(reply.error));
  };
  w.onerror = (ev) => {
    ev.preventDefault();
    // A script that never arrived fires a bare error before any answer.
    failAll(new Error(!answered && !ev.message ? 'the search worker did not load' : ev.message));
  };
  w.onmessageerror = () => failAll(new Error('garbled answer from the search worker'));
  return w;
}

function ask<T>(request: SearchRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    pending.set(request.id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage(request);
  });
}

/**
 * Searches `query` (planned, see planQuery), or `fallback` when the query matches nothing and a
 * fallback is given; null when a newer search overtook it.
 */
export async function search(query: string, filters: SearchFilters = {}, fallback: string | null = null, first = FIRST_HITS): Promise<SearchOutcome | null> {
  const id = nextId++;
  const plain = { source: filters.source ?? null, year: filters.year ?? null };
  const answer = await ask<SearchAnswer | null>({ id, kind: 'search', query, fallback, filters: plain, first });
  if (!answer) return null;
  const more = (n: number) => ask<SearchHit[]>({ id: nextId++, kind: 'more', of: id, n });
  return { query, filters, total: answer.total, hits: answer.hits, fallback: answer.fallback, more };
}

/**
 * Starts the worker and Pagefind, and fetches the answers stored for queries starting like `query`
 * and, with `index`, the index chunks `query` will need (nothing for '').
 */
export function preload(query = '', index = true): void {
  ask({ id: nextId++, kind: 'preload', query, index }).catch(() => undefined);
}
