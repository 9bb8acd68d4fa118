/**
 * The storage module (idb-keyval repository, record migrations, valibot schemas) is loaded on
 * demand: the article text renders without it, and reading or writing notes is async anyway.
 */
import { reloadable } from '../lib/reloadable';

type Storage = typeof import('../storage');

const importStorage = reloadable(() => import('../storage'));

// Cache of the module being loaded (reset on failure, so the next call loads anew).
let loading: Promise<Storage> | undefined;

export function loadStorage(): Promise<Storage> {
  loading ??= importStorage().catch((e: unknown) => {
    loading = undefined; // e.g. a chunk that failed to load offline: try again next time
    throw e;
  });
  return loading;
}
