import * as v from 'valibot';
import { describeIssues, type ValidationResult } from '../article/schema';
import type { LibraryHead, LibraryRow } from './types';

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const IsoDate = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')));

const RowSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  title: v.string(),
  published: IsoDate,
  source: v.nullable(v.string()),
  people: Int,
  figures: Int,
  words: Int,
  bytes: Int,
});
const FacetSchema = v.object({ value: v.nullable(v.string()), key: v.string(), count: Int });
const HeadSchema = v.object({
  version: v.literal(1),
  total: Int,
  pageSize: v.pipe(Int, v.minValue(1)),
  sources: v.array(FacetSchema),
  years: v.array(FacetSchema),
  views: v.record(v.string(), v.object({ count: Int, bytes: Int })),
  first: v.array(RowSchema),
});

export function validateLibraryHead(data: unknown): ValidationResult<LibraryHead> {
  const r = v.safeParse(HeadSchema, data);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}

export function validateLibraryPage(data: unknown): ValidationResult<LibraryRow[]> {
  const r = v.safeParse(v.array(RowSchema), data);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}
