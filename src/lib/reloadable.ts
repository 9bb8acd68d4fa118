/** Dynamic imports that can be tried again after the network failed them. */

/** The URL in a failed dynamic import's message (Chromium, Firefox); null when the browser names none. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const m = /(?:dynamically imported module|Unable to preload CSS for):?\s*(\S+)/i.exec(message);
  return m?.[1] ?? null;
}

/** A failed fetch of code (any browser's wording), as opposed to an error in the code itself. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return failedModuleUrl(error) !== null || /module script failed|dynamically imported module|preload CSS/i.test(message);
}

/**
 * `load` wrapped so that a call after a failure imports the chunk anew: first `load()` again (a
 * browser that does not remember failures fetches it), and if that fails with the same cached
 * error, the chunk's URL with a query, which is a new module to the browser.
 */
export function reloadable<T>(load: () => Promise<T>): () => Promise<T> {
  let failures = 0;
  return async () => {
    try {
      return await load();
    } catch (e) {
      failures += 1;
      const url = failedModuleUrl(e);
      if (failures === 1 || !url) throw e;
      try {
        return (await import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${failures}`)) as T;
      } catch {
        throw e;
      }
    }
  };
}
