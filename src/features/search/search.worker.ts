/// <reference lib="webworker" />
/** The search worker: Pagefind (pagefind.js from /pagefind/, built by scripts/library) behind createSearcher. */
import type { SearchReply, SearchRequest } from './protocol';
import { createSearcher, type Pagefind } from './searcher';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PAGEFIND_URL = '/pagefind/pagefind.js';

let engine: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  if (!engine) {
    engine = (async () => {
      // In a worker pagefind.js searches in this thread (it starts its own worker only beside a page).
      const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind & { init(): Promise<void> };
      await pf.options({ basePath: '/pagefind/', excerptLength: 28 });
      await pf.init();
      return pf;
    })();
    // A failed load (offline before the index was cached) is tried again at the next request.
    engine.catch(() => (engine = null));
  }
  return engine;
}

const handle = createSearcher(load);

scope.onmessage = (ev: MessageEvent<SearchRequest>) => {
  const { id } = ev.data;
  handle(ev.data).then(
    (value) => scope.postMessage({ id, ok: true, value } satisfies SearchReply),
    (e: unknown) => scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies SearchReply),
  );
};
