/** Reading one stored record through the domain's migrations (which check current records with a fast path first). */
import type { Annotation } from '../domain/notes/annotation';
import { migrateRecord, SCHEMA_VERSION } from './schema';

export interface UnreadableRecord {
  key: string;
  /** Why migrateRecord refused it (technical, for logs / bug reports). */
  error: string;
  /** The stored value, untouched, so it can still be exported. */
  raw: unknown;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export type Decoded =
  | { ok: true; annotation: Annotation; upgraded: boolean }
  | { ok: false; unreadable: UnreadableRecord };

export function decode(key: string, raw: unknown): Decoded {
  let result: ReturnType<typeof migrateRecord>;
  try {
    result = migrateRecord(raw);
  } catch (e) {
    result = { ok: false, error: `migrateRecord threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!result.ok) return { ok: false, unreadable: { key, error: result.error, raw } };
  return { ok: true, annotation: result.record.annotation, upgraded: !(isObj(raw) && raw.v === SCHEMA_VERSION) };
}
