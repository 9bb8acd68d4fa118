import { loadStorage } from './storageClient';

// Cache: the schema check runs once per page.
let ready: Promise<void> | undefined;

/**
 * Runs the storage schema check/migration once per page before the first read. A failure is not
 * fatal here: reads still work on a current store, and a store from a newer Margin makes every
 * write fail with a message the reader sees.
 */
export function ensureSchemaOnce(): Promise<void> {
  ready ??= loadStorage()
    .then((s) => s.ensureSchema())
    .then(
      () => undefined,
      (e: unknown) => {
        console.warn('[highlights] storage schema check failed', e);
        ready = undefined; // try again next time (e.g. a blocked upgrade that was released)
      },
    );
  return ready;
}
