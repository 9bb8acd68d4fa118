/**
 * Runs the browser's pagefind.js in Node against an index on disk, so tests and benchmarks query the
 * real built index: fetch() of file: URLs reads the file (Node's fetch has no file: scheme).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
  destroy?(): Promise<void>;
}

let patched = false;
let loads = 0;

function patchFetch(): void {
  if (patched) return;
  patched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** A fresh pagefind.js instance for the index in `dir` (the folder holding pagefind.js). */
export async function loadPagefind(dir: string): Promise<PagefindApi> {
  patchFetch();
  const base = pathToFileURL(join(dir, '/')).href;
  // A query string makes a new module instance per load (pagefind.js keeps its state in the module).
  const api = (await import(/* @vite-ignore */ `${base}pagefind.js?load=${++loads}`)) as PagefindApi;
  await api.options({ basePath: base });
  return api;
}
