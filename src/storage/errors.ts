/** Every storage failure reaches callers as a `StorageError`: a kind, a Vietnamese message (the reader's language comes from `kind`: lib/i18n storageErrorText), a technical detail for logs. */
import { vi } from '../domain/i18n/vi';


export type StorageErrorKind =
  /** No IndexedDB, blocked by the browser, private mode, connection lost. */
  | 'unavailable'
  /** QuotaExceededError: the browser refused to store more. */
  | 'quota'
  /** A stored record can't be read (failed migration / validation). Data is kept, not deleted. */
  | 'corrupt'
  /** The store was written by a newer Margin (schema version above ours): nothing is written. */
  | 'newer-version'
  /** The caller passed a note that can't be stored (invalid shape, not cloneable). Nothing written. */
  | 'invalid'
  /** A conditional write found the record changed since this tab wrote it (another tab): nothing written. */
  | 'conflict'
  | 'unknown';

/** Vietnamese (the default language), from the catalogue; the UI words a failure in the reader's language from its `kind`. */
export const STORAGE_ERROR_MESSAGES: Record<StorageErrorKind, string> = {
  unavailable: vi['storage.unavailable'],
  quota: vi['storage.quota'],
  corrupt: vi['storage.corrupt'],
  'newer-version': vi['storage.newer-version'],
  invalid: vi['storage.invalid'],
  conflict: vi['storage.conflict'],
  unknown: vi['storage.unknown'],
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  /** Vietnamese, user-facing. */
  readonly userMessage: string;
  /** Technical detail for logs / bug reports. */
  readonly detail: string;
  /** The record key concerned, when there is one. */
  readonly key: string | undefined;

  constructor(kind: StorageErrorKind, detail: string, options?: { cause?: unknown; key?: string }) {
    super(`[storage:${kind}] ${detail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.userMessage = STORAGE_ERROR_MESSAGES[kind];
    this.detail = detail;
    this.key = options?.key;
  }
}

export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError;
}

function errorName(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string') return e.name;
  return '';
}

function describe(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const name = errorName(e);
    const message = String((e as { message: unknown }).message);
    return name ? `${name}: ${message}` : message;
  }
  if (e === null || e === undefined) return 'transaction aborted without an error';
  return String(e);
}

const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError', // Firefox private mode, closing connection
  'SecurityError', // storage blocked (third-party / settings)
  'NotAllowedError',
  'UnknownError', // Safari: "Connection to Indexed Database server lost"
  'VersionError',
  'NotFoundError', // object store missing from the database
]);

/** Map anything thrown by IndexedDB / idb-keyval to a StorageError. `op` names the operation for the detail. */
export function toStorageError(e: unknown, op: string): StorageError {
  if (e instanceof StorageError) return e;
  const name = errorName(e);
  const detail = `${op}: ${describe(e)}`;
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) {
    return new StorageError('quota', detail, { cause: e });
  }
  if (UNAVAILABLE_NAMES.has(name)) return new StorageError('unavailable', detail, { cause: e });
  if (name === 'ReferenceError' && /indexedDB|IDBKeyRange/.test(describe(e))) {
    return new StorageError('unavailable', detail, { cause: e });
  }
  if (name === 'DataCloneError' || name === 'DataError') return new StorageError('invalid', detail, { cause: e });
  return new StorageError('unknown', detail, { cause: e });
}
