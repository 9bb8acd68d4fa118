/// <reference lib="webworker" />
/** The search worker: Pagefind (pagefind.js from /pagefind/, built by scripts/library) behind createSearcher. */
import { PAGEFIND_OPTIONS, type SearchReply, type SearchRequest } from './protocol';
import { createSearcher, type Pagefind } from './searcher';
import { createStoredAnswers } from './storedAnswers';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const BASE = '/pagefind/';
const PAGEFIND_URL = `${BASE}pagefind.js`;

let engine: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  if (!engine) {
    engine = (async () => {
      // In a worker pagefind.js searches in this thread (it starts its own worker only beside a page).
      const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind & { init(): Promise<void> };
      await pf.options({ basePath: BASE, ...PAGEFIND_OPTIONS });
      await pf.init();
      return pf;
    })();
    // A failed load (offline before the index was cached) is tried again at the next request.
    engine.catch(() => (engine = null));
  }
  return engine;
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const handle = createSearcher(load, createStoredAnswers(fetchJson));

scope.onmessage = (ev: MessageEvent<SearchRequest>) => {
  const { id } = ev.data;
  handle(ev.data).then(
    (value) => scope.postMessage({ id, ok: true, value } satisfies SearchReply),
    (e: unknown) => scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies SearchReply),
  );
};
