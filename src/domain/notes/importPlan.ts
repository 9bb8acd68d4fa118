import type { Annotation } from './annotation';
import { deepEqual } from './deepEqual';
import { DEFAULT_IMPORT_LIMITS, extractItems, parseJson, type ImportLimits } from './importJson';
import { importItem } from './importItem';

/**
 * parseImport: validates a whole file, then plans the merge with the notes already stored. The plan
 * is all-or-nothing: any invalid item rejects the file (the caller writes the plan in one go).
 * Merge by id: a record equal to the stored one is unchanged; otherwise the newer `modified` wins
 * (an older or equally old incoming version goes to `older` and is not written). Duplicate ids in
 * the file keep the newest. Notes for articles not in `knownArticleIds` go to `unknownArticle` only.
 */
export interface ImportPlan {
  toAdd: Annotation[];
  toUpdate: Annotation[];
  unchanged: Annotation[];
  /** Incoming versions older than (or as old as) a different stored version: not written. */
  older: Annotation[];
  unknownArticle: Annotation[];
  summary: string;
}

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

export interface ImportOptions {
  /** The article plain text, to convert code-point positions back to UTF-16 exactly. */
  plainTextOf?: (articleId: string) => string | undefined;
  /** Timestamp for imported annotations that carry none. Defaults to the Unix epoch (oldest). */
  now?: Date;
}

const MAX_REPORTED_ERRORS = 3;
const time = (iso: string) => Date.parse(iso);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function parseImport(
  text: string,
  knownArticleIds: ReadonlySet<string>,
  existing: ReadonlyMap<string, Annotation>,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  options: ImportOptions = {},
): ImportResult {
  if (text.length > limits.maxTextLength) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return { ok: false, error: `The file is too large: ${mb(text.length)} of text (the limit is ${mb(limits.maxTextLength)})` };
  }
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const extracted = extractItems(parsed.value);
  if (!extracted.ok) return extracted;
  if (extracted.items.length > limits.maxItems) {
    return { ok: false, error: `Too many annotations: ${extracted.items.length} (the limit is ${limits.maxItems})` };
  }

  const ctx = { plainTextOf: options.plainTextOf, now: options.now ?? new Date(0) };
  const errors: string[] = [];
  const incoming = new Map<string, Annotation>();
  let duplicates = 0;
  extracted.items.forEach((raw, i) => {
    const result = importItem(raw, extracted.paths[i]!, ctx);
    if (!result.ok) {
      errors.push(result.error);
      return;
    }
    const a = result.annotation;
    const seen = incoming.get(a.id);
    if (seen) {
      duplicates++;
      if (time(a.modified) > time(seen.modified)) incoming.set(a.id, a);
    } else incoming.set(a.id, a);
  });
  if (errors.length > 0) {
    const more = errors.length > MAX_REPORTED_ERRORS ? `; and ${plural(errors.length - MAX_REPORTED_ERRORS, 'more invalid annotation')}` : '';
    return { ok: false, error: `Nothing was imported. ${errors.slice(0, MAX_REPORTED_ERRORS).join('; ')}${more}` };
  }

  const plan: ImportPlan = { toAdd: [], toUpdate: [], unchanged: [], older: [], unknownArticle: [], summary: '' };
  for (const a of incoming.values()) {
    const stored = existing.get(a.id);
    if (!knownArticleIds.has(a.target.source)) plan.unknownArticle.push(a);
    else if (!stored) plan.toAdd.push(a);
    else if (deepEqual(stored, a)) plan.unchanged.push(a);
    else if (time(a.modified) > time(stored.modified)) plan.toUpdate.push(a);
    else plan.older.push(a);
  }
  const parts = [
    `${plural(plan.toAdd.length, 'new note')}`,
    `${plan.toUpdate.length} updated`,
    `${plan.unchanged.length} unchanged`,
  ];
  if (plan.older.length > 0) parts.push(`${plan.older.length} kept as they are (your copy is newer)`);
  if (plan.unknownArticle.length > 0) parts.push(`${plural(plan.unknownArticle.length, 'note')} for articles not in your library`);
  if (duplicates > 0) parts.push(`${plural(duplicates, 'duplicate')} in the file ignored`);
  plan.summary = `${plural(extracted.items.length, 'annotation')} in the file: ${parts.join(', ')}.`;
  return { ok: true, plan };
}
