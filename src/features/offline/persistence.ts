/**
 * Persistent storage ("don't evict my notes under storage pressure").
 *
 * When to ask: once the reader has at least one note, not at start. Chrome and Edge grant or refuse
 * silently (engagement, installed app, bookmark), but Firefox shows a permission prompt, and asking a
 * first-time visitor who has nothing to protect is noise. After the first note there is something to
 * keep, and the request explains itself. We ask once per page session (a refusal may turn into a
 * grant later, e.g. after the app is installed); the reader can also ask with the button in StorageStatus.
 */
import { useSyncExternalStore } from 'react';
import { loadStorage } from '../../annotations/storageClient';

/** 'unknown' until navigator.storage.persisted() answers. */
export type PersistenceState = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

export interface PersistenceApi {
  persisted: () => Promise<boolean>;
  request: () => Promise<'granted' | 'denied' | 'unsupported'>;
}

export function browserPersistenceApi(): PersistenceApi | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persisted !== 'function' || typeof storage.persist !== 'function') return null;
  return { persisted: () => storage.persisted(), request: async () => (await loadStorage()).requestPersistence() };
}

export interface PersistenceStore {
  getState(): PersistenceState;
  subscribe(listener: () => void): () => void;
  /** Read the current state from the browser. */
  refresh(): Promise<PersistenceState>;
  /** Ask automatically when there are notes worth keeping (at most once per session). */
  askIfWorthIt(noteCount: number): Promise<PersistenceState>;
  /** The reader asked (button): always ask the browser. */
  ask(): Promise<PersistenceState>;
}

export function createPersistenceStore(api: PersistenceApi | null): PersistenceStore {
  let state: PersistenceState = api ? 'unknown' : 'unsupported';
  let asked = false;
  const listeners = new Set<() => void>();
  const set = (next: PersistenceState) => {
    if (next === state) return state;
    state = next;
    listeners.forEach((l) => l());
    return state;
  };

  const refresh = async (): Promise<PersistenceState> => {
    if (!api) return state;
    try {
      return set((await api.persisted()) ? 'persistent' : 'best-effort');
    } catch {
      return set('unsupported');
    }
  };

  const ask = async (): Promise<PersistenceState> => {
    if (!api) return state;
    asked = true;
    const result = await api.request();
    return set(result === 'granted' ? 'persistent' : result === 'denied' ? 'best-effort' : 'unsupported');
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    async askIfWorthIt(noteCount) {
      if (!api) return state;
      if (state === 'unknown') await refresh();
      if (asked || noteCount <= 0 || state !== 'best-effort') return state;
      return ask();
    },
    ask,
  };
}

// One per page: it wraps the browser's single persistent-storage permission; created on first use.
let shared: PersistenceStore | undefined;
export function persistenceStore(): PersistenceStore {
  shared ??= createPersistenceStore(browserPersistenceApi());
  return shared;
}

const unknown = () => 'unknown' as const;

export function usePersistence(): PersistenceState {
  const store = persistenceStore();
  return useSyncExternalStore(store.subscribe, store.getState, unknown);
}
