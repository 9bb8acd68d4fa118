import { isHighlightColor, type Annotation, type HighlightColor } from './annotation';
import { motivationFor } from './model';
import { tagsInNote } from './tags';
import { isValidAnnotationFast } from './fastCheck';
import { validateAnnotation } from './schema';
import { isObject } from '../isObject';
import { SCHEMA_VERSION } from './recordVersion';

/**
 * Versioned storage records.
 *
 * v1 — Margin's pre-W3C draft (flat record, never released beyond early builds):
 *   { v: 1, id, articleId, start, end, quote, color, note, createdAt }
 *   start/end: UTF-16 plain-text offsets; note: string ('' or null for none); createdAt: epoch
 *   milliseconds (an ISO string is accepted too). No quote context was stored.
 * v2 — { v: 2, annotation } (a W3C Web Annotation) with the colour as a body { purpose: "tagging",
 *   value: <colour key> }; no other tagging bodies existed.
 * v3 — current: { v: 3, annotation: Annotation } — the colour moved to { purpose: "classifying" }
 *   so "tagging" bodies are the reader's tags only (see annotation.ts).
 *
 * migrateRecord upgrades one step at a time (v1 → v2 → …), never throws, and never drops data: a
 * record it cannot read comes back as { ok: false, error } and the caller keeps the raw value.
 */
export { SCHEMA_VERSION };

export interface RecordV1 {
  v: 1;
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  color: string;
  note: string | null;
  createdAt: number | string;
}

export interface RecordV2 {
  v: 2;
  /** Body items: comment, and { type: 'TextualBody', purpose: 'tagging', value: <colour> }. */
  annotation: unknown;
}

export interface RecordV3 {
  v: 3;
  annotation: Annotation;
}

export type CurrentRecord = RecordV3;
export type MigrateResult = { ok: true; record: CurrentRecord } | { ok: false; error: string };

type Step = { ok: true; value: unknown } | { ok: false; error: string };


function isoFrom(createdAt: unknown): string | null {
  const ms = typeof createdAt === 'number' ? createdAt : typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function v1ToV2(raw: Record<string, unknown>): Step {
  const problems: string[] = [];
  const { id, articleId, start, end, quote, color, note, createdAt } = raw;
  if (typeof id !== 'string' || id === '') problems.push('id must be a non-empty string');
  if (typeof articleId !== 'string' || articleId === '') problems.push('articleId must be a non-empty string');
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    problems.push('start/end must be integers with 0 <= start <= end');
  }
  if (typeof quote !== 'string' || quote === '') problems.push('quote must be a non-empty string');
  if (!isHighlightColor(color)) problems.push(`color ${JSON.stringify(color)} is not a known highlight colour`);
  if (note !== null && note !== undefined && typeof note !== 'string') problems.push('note must be a string or null');
  const created = isoFrom(createdAt);
  if (created === null) problems.push('createdAt must be epoch milliseconds or an ISO date');
  if (problems.length > 0) return { ok: false, error: `v1 record: ${problems.join('; ')}` };
  const noteText = typeof note === 'string' ? note : undefined;
  const annotation = {
    id: id as string,
    type: 'Annotation',
    motivation: motivationFor(noteText),
    created: created!,
    modified: created!,
    body: v2Body(noteText, color as HighlightColor),
    target: {
      source: articleId as string,
      selector: [
        // v1 kept no context; anchoring falls back on the quote alone when the position moved.
        { type: 'TextQuoteSelector', exact: quote as string, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: start as number, end: end as number },
      ],
    },
  };
  return { ok: true, value: { v: 2, annotation } };
}

/** v2 bodies: the comment, then the colour as a tagging body. */
function v2Body(note: string | undefined, color: HighlightColor): unknown[] {
  const comment = note !== undefined && note.trim() !== '' ? [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' }] : [];
  return [...comment, { type: 'TextualBody', purpose: 'tagging', value: color }];
}

/**
 * The colour's tagging body becomes a classifying one (v2 had no other tagging bodies), and the
 * `#tags` already written in notes become tags, as they do for notes written from now on.
 */
function v2ToV3(raw: Record<string, unknown>): Step {
  const annotation = raw.annotation;
  if (!isObject(annotation) || !Array.isArray(annotation.body)) {
    return { ok: false, error: 'v2 record: annotation.body must be an array' };
  }
  const bodies: unknown[] = annotation.body;
  const comment = bodies.find((b): b is { value: string } => isObject(b) && b.purpose === 'commenting' && typeof b.value === 'string');
  const tags = comment ? tagsInNote(comment.value).map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })) : [];
  const body = bodies.flatMap((b) =>
    isObject(b) && b.purpose === 'tagging' && isHighlightColor(b.value) ? [...tags, { ...b, purpose: 'classifying' }] : [b],
  );
  return { ok: true, value: { v: 3, annotation: { ...annotation, body } } };
}

/** Upgrades from version n to n + 1. */
const STEPS: Record<number, (raw: Record<string, unknown>) => Step> = { 1: v1ToV2, 2: v2ToV3 };

function checkCurrent(raw: Record<string, unknown>): MigrateResult {
  // Nearly every stored record is valid: the hand-written check (never more lenient) is ~10× cheaper than valibot.
  if (isValidAnnotationFast(raw.annotation)) return { ok: true, record: { v: SCHEMA_VERSION, annotation: raw.annotation } };
  const result = validateAnnotation(raw.annotation, 'annotation');
  if (!result.ok) return { ok: false, error: `v${SCHEMA_VERSION} record: ${result.error}` };
  return { ok: true, record: { v: SCHEMA_VERSION, annotation: result.annotation } };
}

export function migrateRecord(raw: unknown): MigrateResult {
  try {
    if (!isObject(raw)) return { ok: false, error: `record is not an object (got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw})` };
    let current: Record<string, unknown> = raw;
    for (;;) {
      const version = current.v;
      if (version === SCHEMA_VERSION) return checkCurrent(current);
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        return { ok: false, error: `record has no valid schema version (v = ${JSON.stringify(version) ?? 'undefined'})` };
      }
      if (version > SCHEMA_VERSION) {
        return {
          ok: false,
          error: `record schema v${version} is newer than this version of Margin understands (v${SCHEMA_VERSION}); update Margin to read it`,
        };
      }
      const step = STEPS[version];
      if (!step) return { ok: false, error: `no migration from schema v${version}` };
      const next = step(current);
      if (!next.ok) return next;
      current = next.value as Record<string, unknown>;
    }
  } catch (e) {
    return { ok: false, error: `migration failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
