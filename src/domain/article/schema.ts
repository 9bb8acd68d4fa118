import * as v from 'valibot';
import type { Article, ArticleIndex } from './types';
import { WEB_URL } from './url';

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const IsoDate = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')));

const BlockSchema = v.object({
  type: v.picklist(['heading', 'paragraph', 'caption']),
  text: v.string(),
});

const EntitySchema = v.object({
  type: v.picklist(['official', 'organization', 'figure', 'date', 'document']),
  block: Int,
  start: Int,
  end: Int,
  text: v.string(),
  name: v.optional(v.string()),
  role: v.optional(v.nullable(v.string())),
  value: v.optional(v.number()),
});

const TitleEntitySchema = v.object({
  type: v.picklist(['official', 'organization', 'figure', 'date', 'document']),
  start: Int,
  end: Int,
  text: v.string(),
  name: v.optional(v.string()),
  role: v.optional(v.nullable(v.string())),
  value: v.optional(v.number()),
});

const ArticleSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
    title: v.pipe(v.string(), v.minLength(1, 'title is empty')),
    published: IsoDate,
    source: v.nullable(v.string()),
    byline: v.nullable(v.string()),
    // Only web addresses: the url becomes a link, and javascript:/data: must never be one.
    url: v.optional(v.nullable(v.pipe(v.string(), v.regex(WEB_URL, 'expected an http(s) address')))),
    lang: v.literal('vi'),
    blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'article has no blocks')),
    entities: v.array(EntitySchema),
    titleEntities: v.optional(v.array(TitleEntitySchema)),
  }),
  v.check(
    (a) => a.entities.every((e) => a.blocks[e.block]?.text.slice(e.start, e.end) === e.text),
    'an entity does not match the text of its block (block/start/end/text disagree)',
  ),
  v.check(
    (a) => (a.titleEntities ?? []).every((e) => e.start <= e.end && a.title.slice(e.start, e.end) === e.text),
    'a title entity does not match the title (start/end/text disagree)',
  ),
);

const IndexSchema = v.object({
  articles: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      published: IsoDate,
      source: v.nullable(v.string()),
      counts: v.object({ blocks: Int, words: Int, entities: Int, officials: Int }),
    }),
  ),
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function validateArticle(data: unknown): ValidationResult<Article> {
  const result = v.safeParse(ArticleSchema, data);
  return result.success
    ? { ok: true, value: result.output as Article }
    : { ok: false, error: describeIssues(result.issues) };
}

export function validateIndex(data: unknown): ValidationResult<ArticleIndex> {
  const result = v.safeParse(IndexSchema, data);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: describeIssues(result.issues) };
}
