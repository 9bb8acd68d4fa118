import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while rendering on the server and while hydrating prerendered HTML, true afterwards (and
 * at once in a client-only render). Parts that only make sense in the browser — the notes read from
 * IndexedDB, the selection tools — render after hydration, so server and client markup agree.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
