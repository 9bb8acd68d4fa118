import * as v from 'valibot';
import { describeIssues, type ValidationResult } from '../article/schema';
import type { NameGroup, PersonSummary } from './types';

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const IsoDate = v.nullable(v.string());
const RoleSpanSchema = v.object({ role: v.string(), from: IsoDate, to: IsoDate, articles: Int });
const SummarySchema = v.object({ slug: v.string(), name: v.string(), places: v.array(v.string()), roles: v.array(RoleSpanSchema), articles: Int });
const PeopleHeadSchema = v.object({ version: v.literal(1), total: Int, pageSize: v.pipe(Int, v.minValue(1)), first: v.array(SummarySchema) });
const MentionSchema = v.object({
  articleId: v.string(),
  title: v.string(),
  published: IsoDate,
  source: v.nullable(v.string()),
  role: v.nullable(v.string()),
  sentence: v.string(),
});
const NameGroupSchema = v.object({
  name: v.string(),
  persons: v.array(v.object({ slug: v.string(), name: v.string(), places: v.array(v.string()), roles: v.array(RoleSpanSchema), mentions: v.array(MentionSchema) })),
});

export interface PeopleHead {
  version: 1;
  total: number;
  pageSize: number;
  first: PersonSummary[];
}

function check<T>(schema: v.GenericSchema<unknown, T>, data: unknown): ValidationResult<T> {
  const r = v.safeParse(schema, data);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}

export const validatePeopleHead = (data: unknown) => check<PeopleHead>(PeopleHeadSchema, data);
export const validatePeoplePage = (data: unknown) => check<PersonSummary[]>(v.array(SummarySchema), data);
export const validateNameGroup = (data: unknown) => check<NameGroup>(NameGroupSchema, data);
