/**
 * Versioned storage record of one own article (one IndexedDB key each, like the notes).
 *
 * v1 — current: { v: 1, article: Article, addedAt: ISO date-time, origin: { kind, name } }
 *   `article` passes the same schema as a bundled article, and its id is an own id (ids.ts).
 *
 * migrateOwnRecord upgrades one step at a time (STEPS[n] turns vn into vn+1), never throws, and never
 * drops data: a record it cannot read comes back as { ok: false, error } and the caller keeps it.
 */
import { validateArticle } from '../article/schema';
import type { Article } from '../article/types';
import { isOwnId } from './ids';
import { isObject } from '../isObject';

export const OWN_SCHEMA_VERSION = 1;

export type OriginKind = 'paste' | 'txt' | 'md' | 'html' | 'import';

export interface OwnOrigin {
  kind: OriginKind;
  /** File name, or "văn bản dán vào". */
  name: string;
}

export interface OwnRecordV1 {
  v: 1;
  article: Article;
  addedAt: string;
  origin: OwnOrigin;
}

export type OwnRecord = OwnRecordV1;
export type OwnMigrateResult = { ok: true; record: OwnRecord } | { ok: false; error: string };
export type OwnStep = (raw: Record<string, unknown>) => { ok: true; value: unknown } | { ok: false; error: string };

/** Upgrades from version n to n + 1 (none yet: v1 is the first stored format). */
export const OWN_STEPS: Readonly<Record<number, OwnStep>> = {};

const ORIGINS: readonly OriginKind[] = ['paste', 'txt', 'md', 'html', 'import'];


export function checkCurrent(raw: Record<string, unknown>, version = OWN_SCHEMA_VERSION): OwnMigrateResult {
  const problems: string[] = [];
  const checked = validateArticle(raw.article);
  if (!checked.ok) problems.push(`article: ${checked.error}`);
  else if (!isOwnId(checked.value.id)) problems.push(`article.id "${checked.value.id}" is not an own-article id`);
  if (typeof raw.addedAt !== 'string' || Number.isNaN(Date.parse(raw.addedAt))) problems.push('addedAt must be an ISO date-time');
  const origin = raw.origin;
  if (!isObject(origin) || !ORIGINS.includes(origin.kind as OriginKind) || typeof origin.name !== 'string') {
    problems.push(`origin must be { kind: ${ORIGINS.join('|')}, name: string }`);
  }
  if (problems.length > 0 || !checked.ok) return { ok: false, error: `v${version} record: ${problems.join('; ')}` };
  return {
    ok: true,
    record: { v: 1, article: checked.value, addedAt: raw.addedAt as string, origin: { kind: (origin as OwnOrigin).kind, name: (origin as OwnOrigin).name } },
  };
}

export function migrateOwnRecord(
  raw: unknown,
  steps: Readonly<Record<number, OwnStep>> = OWN_STEPS,
  current = OWN_SCHEMA_VERSION,
  check: (raw: Record<string, unknown>) => OwnMigrateResult = checkCurrent,
): OwnMigrateResult {
  try {
    if (!isObject(raw)) return { ok: false, error: `record is not an object (got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw})` };
    let value: Record<string, unknown> = raw;
    for (;;) {
      const version = value.v;
      if (version === current) return check(value);
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        return { ok: false, error: `record has no valid schema version (v = ${JSON.stringify(version) ?? 'undefined'})` };
      }
      if (version > current) {
        return { ok: false, error: `record schema v${version} is newer than this version of Margin understands (v${current}); update Margin to read it` };
      }
      const step = steps[version];
      if (!step) return { ok: false, error: `no migration from schema v${version}` };
      const next = step(value);
      if (!next.ok) return next;
      if (!isObject(next.value)) return { ok: false, error: `migration from v${version} produced no record` };
      value = next.value;
    }
  } catch (e) {
    return { ok: false, error: `migration failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function makeRecord(article: Article, origin: OwnOrigin, addedAt: Date): OwnRecord {
  return { v: 1, article, addedAt: addedAt.toISOString(), origin };
}
