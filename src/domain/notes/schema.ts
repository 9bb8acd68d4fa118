import * as v from 'valibot';
import { HIGHLIGHT_COLORS, type Annotation } from './annotation';
import {
  MAX_BODIES,
  MAX_CONTEXT_LENGTH,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SOURCE_LENGTH,
} from './limits';
import { isNormalTag, MAX_TAG_LENGTH } from './tags';

/**
 * Runtime validation of a Margin Annotation from untrusted input (storage, imports). Strict: unknown
 * keys are rejected so a validated value is exactly the Annotation type.
 */
const text = (max: number, what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.maxLength(max, `${what} is longer than ${max} characters`));

const isoDate = v.pipe(
  v.string('must be an ISO 8601 date string'),
  v.maxLength(64, 'date is too long'),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time'),
);

const offset = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(0, 'must not be negative'),
);

const CommentBodySchema = v.strictObject({
  type: v.literal('TextualBody'),
  purpose: v.literal('commenting'),
  value: text(MAX_NOTE_LENGTH, 'note'),
  format: v.literal('text/plain'),
  language: v.optional(text(35, 'language')),
});

const TagBodySchema = v.strictObject({
  type: v.literal('TextualBody'),
  purpose: v.literal('tagging'),
  value: v.pipe(
    v.string('tag must be a string'),
    v.check(isNormalTag, `tag must be 1 to ${MAX_TAG_LENGTH} characters without spaces, commas or a leading #`),
  ),
});

const ColorBodySchema = v.strictObject({
  type: v.literal('TextualBody'),
  purpose: v.literal('classifying'),
  value: v.picklist(HIGHLIGHT_COLORS, `colour must be one of ${HIGHLIGHT_COLORS.join(', ')}`),
});

const QuoteSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(text(MAX_QUOTE_LENGTH, 'quote'), v.minLength(1, 'quote must not be empty')),
  prefix: text(MAX_CONTEXT_LENGTH, 'prefix'),
  suffix: text(MAX_CONTEXT_LENGTH, 'suffix'),
});

const PositionSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start must not be after end'),
);

export const AnnotationSchema = v.strictObject({
  id: v.pipe(text(MAX_ID_LENGTH, 'id'), v.minLength(1, 'id must not be empty')),
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting']),
  created: isoDate,
  modified: isoDate,
  body: v.pipe(
    v.array(v.variant('purpose', [CommentBodySchema, TagBodySchema, ColorBodySchema]), 'body must be an array'),
    v.maxLength(MAX_BODIES, `at most ${MAX_BODIES} bodies`),
  ),
  target: v.strictObject({
    source: v.pipe(text(MAX_SOURCE_LENGTH, 'source'), v.minLength(1, 'source must not be empty')),
    selector: v.strictTuple([QuoteSchema, PositionSchema]),
  }),
});

export type ValidationResult = { ok: true; annotation: Annotation } | { ok: false; error: string };

/** Formats valibot issues as "path: message" (at most three, then a count). */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], basePath = ''): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const dot = v.getDotPath(issue);
    const path = [basePath, dot].filter(Boolean).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
  if (issues.length > 3) parts.push(`and ${issues.length - 3} more problem(s)`);
  return parts.join('; ');
}

/** Validates untrusted input as an Annotation; `path` prefixes error paths (e.g. "items[3]"). */
export function validateAnnotation(input: unknown, path = ''): ValidationResult {
  const result = v.safeParse(AnnotationSchema, input);
  if (result.success) return { ok: true, annotation: result.output as Annotation };
  return { ok: false, error: formatIssues(result.issues, path) };
}
