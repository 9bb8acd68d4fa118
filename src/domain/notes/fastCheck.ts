/**
 * A fast path for validating stored notes: a hand-written check of the current Annotation schema
 * (schema.ts) that is never more lenient than the valibot schema, only cheaper
 * (≈ 1 µs a record instead of ≈ 30). It says "certainly valid" or "ask the schema": anything it
 * does not accept goes through valibot, which gives the verdict and the clear error message.
 * fastCheck.test.ts property-tests it against the schema; change both together.
 */
import { HIGHLIGHT_COLORS, type Annotation } from './annotation';
import {
  MAX_BODIES,
  MAX_CONTEXT_LENGTH,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SOURCE_LENGTH,
} from './limits';
import { isNormalTag } from './tags';

type Rec = Record<string, unknown>;

const COLORS: ReadonlySet<unknown> = new Set(HIGHLIGHT_COLORS);
const ISO_START = /^\d{4}-\d{2}-\d{2}T/;

// Readers reuse a few tags thousands of times: remember the verdict (a pure function of the string).
const tagVerdicts = new Map<string, boolean>();
function normalTag(tag: string): boolean {
  let ok = tagVerdicts.get(tag);
  if (ok === undefined) {
    ok = isNormalTag(tag);
    if (tagVerdicts.size < 4096) tagVerdicts.set(tag, ok);
  }
  return ok;
}

/** A plain object (not an array) whose enumerable keys, inherited ones too as valibot sees them, are all in `allowed`. */
function onlyKeys(x: unknown, allowed: ReadonlySet<string>): x is Rec {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  for (const k in x) if (!allowed.has(k)) return false;
  return true;
}

/** An array with nothing but its items (valibot would drop any other key from its output). */
function plainArray(x: unknown, max: number): x is unknown[] {
  if (!Array.isArray(x) || x.length > max) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === x.length;
}

const str = (x: unknown, min: number, max: number): x is string => typeof x === 'string' && x.length >= min && x.length <= max;
const isoDate = (x: unknown): boolean => str(x, 0, 64) && ISO_START.test(x) && !Number.isNaN(Date.parse(x));
const offset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

const ANNOTATION_KEYS = new Set(['id', 'type', 'motivation', 'created', 'modified', 'body', 'target']);
const TARGET_KEYS = new Set(['source', 'selector']);
const QUOTE_KEYS = new Set(['type', 'exact', 'prefix', 'suffix']);
const POSITION_KEYS = new Set(['type', 'start', 'end']);
const COMMENT_KEYS = new Set(['type', 'purpose', 'value', 'format', 'language']);
const VALUE_BODY_KEYS = new Set(['type', 'purpose', 'value']);

function body(b: unknown): boolean {
  if (!onlyKeys(b, COMMENT_KEYS) || b.type !== 'TextualBody') return false;
  switch (b.purpose) {
    case 'commenting':
      return str(b.value, 0, MAX_NOTE_LENGTH) && b.format === 'text/plain' && (!('language' in b) || str(b.language, 0, 35));
    case 'tagging':
      return onlyKeys(b, VALUE_BODY_KEYS) && typeof b.value === 'string' && normalTag(b.value);
    case 'classifying':
      return onlyKeys(b, VALUE_BODY_KEYS) && COLORS.has(b.value);
    default:
      return false;
  }
}

/** True only for values AnnotationSchema accepts unchanged; false means "not checked here", not "invalid". */
export function isValidAnnotationFast(a: unknown): a is Annotation {
  if (!onlyKeys(a, ANNOTATION_KEYS)) return false;
  if (!str(a.id, 1, MAX_ID_LENGTH) || a.type !== 'Annotation') return false;
  if (a.motivation !== 'highlighting' && a.motivation !== 'commenting') return false;
  if (!isoDate(a.created) || !isoDate(a.modified)) return false;
  const bodies = a.body;
  if (!plainArray(bodies, MAX_BODIES)) return false;
  for (let i = 0; i < bodies.length; i++) if (!body(bodies[i])) return false;
  const target = a.target;
  if (!onlyKeys(target, TARGET_KEYS) || !str(target.source, 1, MAX_SOURCE_LENGTH)) return false;
  const sel = target.selector;
  if (!plainArray(sel, 2) || sel.length !== 2) return false;
  const [q, p] = sel as unknown[];
  if (!onlyKeys(q, QUOTE_KEYS) || q.type !== 'TextQuoteSelector') return false;
  if (!str(q.exact, 1, MAX_QUOTE_LENGTH) || !str(q.prefix, 0, MAX_CONTEXT_LENGTH) || !str(q.suffix, 0, MAX_CONTEXT_LENGTH)) return false;
  if (!onlyKeys(p, POSITION_KEYS) || p.type !== 'TextPositionSelector') return false;
  return offset(p.start) && offset(p.end) && p.start <= p.end;
}
