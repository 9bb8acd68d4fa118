import { codePointConverter } from '../anchoring/codePoints';
import { COLOR_ID_PREFIX, isHighlightColor, UNKNOWN_POSITION, type Annotation, type HighlightColor, type TextPositionSelector } from './annotation';
import { describeType } from './importJson';
import { MAX_ID_LENGTH, MAX_NOTE_LENGTH } from './limits';
import { buildBody, DEFAULT_COLOR, motivationFor } from './model';
import { validateAnnotation } from './schema';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTag, tagsInNote, uniqueTags } from './tags';
import { isObject } from '../isObject';

/**
 * Second stage of an import: one W3C annotation (Margin's own or another tool's) → a Margin
 * Annotation, or an error naming the path. Lenient where the W3C model allows variety:
 * - target: object, or array (the first target with a TextQuoteSelector); source is required.
 * - selector: object or array; a TextQuoteSelector is required; a TextPositionSelector is optional,
 *   counted in code points: converted to UTF-16 with the article text when known (otherwise kept: the
 *   two agree on text without astral characters), dropped (UNKNOWN_POSITION) when it cannot fit.
 * - body: string, object or array, plus bodyValue. Text bodies become the note (joined by a blank
 *   line); tagging bodies become tags (normalised, see tags.ts); the colour comes from a classifying
 *   body (Margin's export names it by id `urn:margin:colour:<key>`, its value is the colour's name),
 *   else — files from Margin before tags — from a tagging body whose value is a colour key; other
 *   classifying values become tags; bodies that are only a link give their IRI. HTML is never
 *   interpreted: every value is kept as literal plain text.
 * - created/modified: optional (each defaults to the other, then to `now`).
 * Strict where safety needs it: id must be a non-empty string, sizes are limited (see limits.ts).
 */
export interface ItemContext {
  plainTextOf?: (articleId: string) => string | undefined;
  now: Date;
}

export type ItemResult = { ok: true; annotation: Annotation } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const asList = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const hasType = (x: Obj, type: string) => x.type === type || (Array.isArray(x.type) && x.type.includes(type));

class ItemError extends Error {}
const fail = (path: string, message: string): never => {
  throw new ItemError(`${path}: ${message}`);
};

function optionalString(x: unknown, path: string): string | undefined {
  if (x === undefined || x === null) return undefined;
  return typeof x === 'string' ? x : fail(path, `must be a string, got ${describeType(x)}`);
}

function timestamp(x: unknown, path: string): string | undefined {
  const s = optionalString(x, path);
  if (s === undefined) return undefined;
  if (s.length > 64 || !/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(Date.parse(s))) {
    fail(path, `must be an ISO 8601 date-time, got ${JSON.stringify(s.slice(0, 40))}`);
  }
  return s;
}

interface Bodies {
  notes: string[];
  tags: string[];
  /** From a classifying body: the reliable source. */
  color: HighlightColor | undefined;
  /** From a tagging body whose value is a colour key (Margin's files before schema v3). */
  legacyColor: HighlightColor | undefined;
  language: string | undefined;
}

function colorFromId(id: unknown): HighlightColor | undefined {
  if (typeof id !== 'string' || !id.startsWith(COLOR_ID_PREFIX)) return undefined;
  const key = id.slice(COLOR_ID_PREFIX.length);
  return isHighlightColor(key) ? key : undefined;
}

function readBody(raw: unknown, path: string, into: Bodies): void {
  if (typeof raw === 'string') {
    into.notes.push(raw);
    return;
  }
  if (!isObject(raw)) fail(path, `unsupported body (${describeType(raw)})`);
  const body = raw as Obj;
  const purpose = asList(body.purpose);
  const value = optionalString(body.value, `${path}.value`);
  if (purpose.includes('classifying') && value !== undefined) {
    const color = colorFromId(body.id) ?? (isHighlightColor(value) ? value : undefined);
    if (color !== undefined && into.color === undefined) into.color = color;
    else if (color === undefined) into.tags.push(value);
    return;
  }
  if (purpose.includes('tagging') && value !== undefined) {
    if (into.legacyColor === undefined && isHighlightColor(value)) into.legacyColor = value;
    else into.tags.push(value);
    return;
  }
  if (value !== undefined) {
    // text/html and any other format: kept verbatim as plain text, never interpreted.
    into.notes.push(value);
    into.language ??= optionalString(body.language, `${path}.language`);
    return;
  }
  if (hasType(body, 'Choice') || Array.isArray(body.items)) {
    asList(body.items).forEach((b, i) => readBody(b, `${path}.items[${i}]`, into));
    return;
  }
  const link = optionalString(body.id, `${path}.id`) ?? optionalString(body.source, `${path}.source`);
  if (link === undefined) fail(path, 'body has neither a value nor an id');
  into.notes.push(link!);
}

function findTarget(raw: Obj, path: string): { target: Obj; path: string } {
  const targets = asList(raw.target);
  if (targets.length === 0) fail(`${path}.target`, 'missing');
  for (const [i, t] of targets.entries()) {
    if (!isObject(t)) continue;
    const selectors = asList(t.selector);
    if (selectors.some((s) => isObject(s) && s.type === 'TextQuoteSelector')) {
      return { target: t, path: Array.isArray(raw.target) ? `${path}.target[${i}]` : `${path}.target` };
    }
  }
  return fail(`${path}.target`, 'no target with a TextQuoteSelector (Margin needs the quoted text to place a note)');
}

function readPosition(
  raw: Obj | undefined,
  path: string,
  plainText: string | undefined,
): TextPositionSelector {
  if (!raw) return { ...UNKNOWN_POSITION };
  const { start, end } = raw;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    fail(path, `start and end must be integers, got ${describeType(start)} and ${describeType(end)}`);
  }
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s) return { ...UNKNOWN_POSITION };
  if (plainText === undefined) return { type: 'TextPositionSelector', start: s, end: e };
  const conv = codePointConverter(plainText);
  if (e > conv.codePointLength) return { ...UNKNOWN_POSITION };
  return { type: 'TextPositionSelector', start: conv.toUtf16(s), end: conv.toUtf16(e) };
}

function normalize(raw: unknown, path: string, ctx: ItemContext): Annotation {
  if (!isObject(raw)) return fail(path, `expected an annotation object, got ${describeType(raw)}`);
  const id = raw.id;
  if (typeof id !== 'string') fail(`${path}.id`, `must be a string, got ${describeType(id)}`);
  if ((id as string).length === 0 || (id as string).length > MAX_ID_LENGTH) {
    fail(`${path}.id`, `must be 1 to ${MAX_ID_LENGTH} characters`);
  }
  if (!hasType(raw, 'Annotation')) fail(`${path}.type`, `expected "Annotation", got ${JSON.stringify(raw.type) ?? 'nothing'}`);

  const created = timestamp(raw.created, `${path}.created`);
  const modified = timestamp(raw.modified, `${path}.modified`);
  const fallback = ctx.now.toISOString();

  const bodies: Bodies = { notes: [], tags: [], color: undefined, legacyColor: undefined, language: undefined };
  if (raw.bodyValue !== undefined) bodies.notes.push(optionalString(raw.bodyValue, `${path}.bodyValue`) ?? '');
  const bodyList = asList(raw.body);
  bodyList.forEach((b, i) => readBody(b, Array.isArray(raw.body) ? `${path}.body[${i}]` : `${path}.body`, bodies));
  // With a real colour body, a tagging "yellow" is the reader's tag, not a colour.
  if (bodies.color !== undefined && bodies.legacyColor !== undefined) bodies.tags.unshift(bodies.legacyColor);
  const note = bodies.notes.filter((n) => n.trim() !== '').join('\n\n');
  for (const t of bodies.tags) {
    if (normalizeTag(t) === null && t.replace(/[\s,#]/g, '') !== '') {
      fail(`${path}.body`, `tag ${JSON.stringify(t.slice(0, 80))} is longer than ${MAX_TAG_LENGTH} characters`);
    }
  }
  const tags = uniqueTags([...bodies.tags, ...tagsInNote(note)]);
  if (tags.length > MAX_TAGS) fail(`${path}.body`, `${tags.length} tags (at most ${MAX_TAGS})`);
  if (note.length > MAX_NOTE_LENGTH) fail(`${path}.body`, `note is longer than ${MAX_NOTE_LENGTH} characters`);

  const { target, path: targetPath } = findTarget(raw, path);
  const source = target.source;
  if (typeof source !== 'string' || source === '') fail(`${targetPath}.source`, `must be a non-empty string, got ${describeType(source)}`);
  const selectors = asList(target.selector);
  const quoteIndex = selectors.findIndex((s) => isObject(s) && s.type === 'TextQuoteSelector');
  const quote = selectors[quoteIndex] as Obj;
  const selPath = (i: number) => (Array.isArray(target.selector) ? `${targetPath}.selector[${i}]` : `${targetPath}.selector`);
  const exact = quote.exact;
  if (typeof exact !== 'string' || exact === '') fail(`${selPath(quoteIndex)}.exact`, `must be a non-empty string, got ${describeType(exact)}`);
  const prefix = optionalString(quote.prefix, `${selPath(quoteIndex)}.prefix`) ?? '';
  const suffix = optionalString(quote.suffix, `${selPath(quoteIndex)}.suffix`) ?? '';
  const positionIndex = selectors.findIndex((s) => isObject(s) && s.type === 'TextPositionSelector');
  const position = readPosition(
    positionIndex < 0 ? undefined : (selectors[positionIndex] as Obj),
    selPath(positionIndex),
    ctx.plainTextOf?.(source as string),
  );

  return {
    id: id as string,
    type: 'Annotation',
    motivation: motivationFor(note),
    created: created ?? modified ?? fallback,
    modified: modified ?? created ?? fallback,
    body: buildBody(note, bodies.color ?? bodies.legacyColor ?? DEFAULT_COLOR, bodies.language, tags),
    target: {
      source: source as string,
      selector: [{ type: 'TextQuoteSelector', exact: exact as string, prefix, suffix }, position],
    },
  };
}

export function importItem(raw: unknown, path: string, ctx: ItemContext): ItemResult {
  let annotation: Annotation;
  try {
    annotation = normalize(raw, path, ctx);
  } catch (e) {
    if (e instanceof ItemError) return { ok: false, error: e.message };
    throw e;
  }
  // Final gate: the normalised record must satisfy the strict schema (lengths, formats).
  return validateAnnotation(annotation, path);
}
