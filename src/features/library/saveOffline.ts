/**
 * "Lưu để đọc ngoại tuyến": puts articles into the cache the service worker answers /articles/*.json
 * from (vite.config.ts, runtime cache "margin-articles"), a few at a time, reporting progress.
 */
export const ARTICLE_CACHE = 'margin-articles';
const PARALLEL = 4;
/** Thrown when the browser has no Cache Storage (the page words it for the reader). */
export const NO_CACHE = 'Cache Storage is not available';

export interface SaveProgress {
  done: number;
  total: number;
  failed: number;
}

export async function saveArticles(ids: readonly string[], onProgress: (p: SaveProgress) => void, signal?: AbortSignal): Promise<SaveProgress> {
  if (typeof caches === 'undefined') throw new Error(NO_CACHE);
  const cache = await caches.open(ARTICLE_CACHE);
  const progress: SaveProgress = { done: 0, total: ids.length, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < ids.length && !signal?.aborted) {
      const url = `/articles/${ids[next++]!}.json`;
      try {
        const response = await fetch(url, { signal });
        if (!response.ok) throw new Error(String(response.status));
        await cache.put(url, response);
      } catch {
        if (signal?.aborted) break;
        progress.failed++;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return progress;
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}
