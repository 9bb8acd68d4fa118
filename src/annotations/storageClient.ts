/**
 * The storage module (idb-keyval repository, record migrations, valibot schemas) is loaded on
 * demand: the article text renders without it, and reading or writing notes is async anyway.
 */
type Storage = typeof import('../storage');

let loading: Promise<Storage> | undefined;

export function loadStorage(): Promise<Storage> {
  loading ??= import('../storage').catch((e: unknown) => {
    loading = undefined; // e.g. a chunk that failed to load offline: try again next time
    throw e;
  });
  return loading;
}
