/** Small preferences (reader settings etc.) in their own database, `margin-prefs/prefs`. */
import { del, get, set, type UseStore } from 'idb-keyval';
import { prefsStore } from './db';
import { StorageError, toStorageError } from './errors';

function available(): void {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', 'IndexedDB is not available in this environment (globalThis.indexedDB is missing)');
  }
}

/** The stored value, or `fallback` when absent. Rejects only with StorageError. */
export async function getPreference<T>(key: string, fallback: T, store: UseStore = prefsStore()): Promise<T> {
  try {
    available();
    const v = await get<T>(key, store);
    return v === undefined ? fallback : v;
  } catch (e) {
    throw toStorageError(e, `getPreference ${key}`);
  }
}

export async function setPreference<T>(key: string, value: T, store: UseStore = prefsStore()): Promise<void> {
  try {
    available();
    await set(key, value, store);
  } catch (e) {
    throw toStorageError(e, `setPreference ${key}`);
  }
}

export async function deletePreference(key: string, store: UseStore = prefsStore()): Promise<void> {
  try {
    available();
    await del(key, store);
  } catch (e) {
    throw toStorageError(e, `deletePreference ${key}`);
  }
}
