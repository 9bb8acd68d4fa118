/**
 * TEMPORARY adapter for `src/domain/notes/migrations.ts` (being written in parallel).
 * Same signature; switch to a re-export once the real file lands.
 */
import type { Annotation } from '../domain/notes/annotation';

export const SCHEMA_VERSION = 2;

export type MigrateResult =
  | { ok: true; record: { v: 2; annotation: Annotation } }
  | { ok: false; error: string };

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function migrateRecord(raw: unknown): MigrateResult {
  if (!isObj(raw)) return { ok: false, error: 'not an object' };
  if (raw.v === 2) {
    const a = raw.annotation;
    if (!isObj(a) || typeof a.id !== 'string' || a.type !== 'Annotation' || !isObj(a.target)) {
      return { ok: false, error: 'v2: invalid annotation' };
    }
    return { ok: true, record: { v: 2, annotation: a as unknown as Annotation } };
  }
  if (raw.v === 1 || raw.v === undefined) {
    if (typeof raw.id !== 'string' || typeof raw.articleId !== 'string') {
      return { ok: false, error: 'v1: missing id/articleId' };
    }
    const annotation: Annotation = {
      id: raw.id,
      type: 'Annotation',
      motivation: typeof raw.comment === 'string' && raw.comment ? 'commenting' : 'highlighting',
      created: String(raw.created ?? ''),
      modified: String(raw.modified ?? raw.created ?? ''),
      body: [],
      target: {
        source: raw.articleId,
        selector: [
          { type: 'TextQuoteSelector', exact: String(raw.exact ?? ''), prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: Number(raw.start ?? 0), end: Number(raw.end ?? 0) },
        ],
      },
    };
    return { ok: true, record: { v: 2, annotation } };
  }
  return { ok: false, error: `unknown record version ${String(raw.v)}` };
}
