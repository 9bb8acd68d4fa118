/** Every storage failure reaches callers as a `StorageError`: a kind, a Vietnamese message for the UI, a technical detail for logs. */

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

export const STORAGE_ERROR_MESSAGES: Record<StorageErrorKind, string> = {
  unavailable:
    'Trình duyệt không cho phép lưu ghi chú (có thể do chế độ duyệt riêng tư hoặc bộ nhớ trang web bị chặn). Ghi chú mới sẽ không được lưu lại.',
  quota:
    'Bộ nhớ của trình duyệt đã đầy nên không lưu được ghi chú. Hãy giải phóng dung lượng hoặc xuất ghi chú ra tệp để giữ an toàn.',
  corrupt:
    'Có ghi chú đã lưu bị hỏng và không đọc được. Dữ liệu gốc vẫn được giữ nguyên, không bị xoá.',
  'newer-version':
    'Ghi chú được lưu bởi một phiên bản Margin mới hơn. Hãy tải lại trang để dùng phiên bản mới nhất; dữ liệu của bạn không bị thay đổi.',
  invalid: 'Ghi chú không hợp lệ nên chưa được lưu.',
  conflict: 'Đã có thay đổi mới hơn từ thẻ khác.',
  unknown: 'Đã xảy ra lỗi khi lưu hoặc đọc ghi chú. Vui lòng thử lại.',
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
