/**
 * Own articles in Margin's JSON export: the W3C AnnotationCollection gets one more member,
 * `"margin:articles"`, the reader's own articles as their versioned storage records (record.ts), so
 * moving to another browser loses neither the notes nor the articles they are on. Readers of W3C
 * annotations ignore the extra member; Margin's import reads it all or nothing.
 */
import { migrateOwnRecord, type OwnRecord } from './record';
import { isObject } from '../isObject';

export const ARTICLES_MEMBER = 'margin:articles';
/** More own articles than anyone adds by hand: a file claiming more is refused. */
export const MAX_IMPORTED_ARTICLES = 5_000;

export type ImportedArticles = { ok: true; records: OwnRecord[] } | { ok: false; error: string };


/** The own articles of an export file (none when the member is absent); one bad record refuses them all. */
export function readImportedArticles(value: unknown): ImportedArticles {
  if (!isObject(value) || value[ARTICLES_MEMBER] === undefined) return { ok: true, records: [] };
  const list = value[ARTICLES_MEMBER];
  if (!Array.isArray(list)) return { ok: false, error: `${ARTICLES_MEMBER}: expected an array of articles` };
  if (list.length > MAX_IMPORTED_ARTICLES) {
    return { ok: false, error: `${ARTICLES_MEMBER}: ${list.length} articles, at most ${MAX_IMPORTED_ARTICLES} per file` };
  }
  const records: OwnRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const r = migrateOwnRecord(list[i]);
    if (!r.ok) return { ok: false, error: `${ARTICLES_MEMBER}[${i}]: ${r.error}` };
    const id = r.record.article.id;
    if (seen.has(id)) return { ok: false, error: `${ARTICLES_MEMBER}[${i}]: article ${id} appears twice` };
    seen.add(id);
    records.push(r.record);
  }
  return { ok: true, records };
}

export interface ArticlePlan {
  /** Not stored here yet: will be written. */
  add: OwnRecord[];
  /** Already stored with the same text: nothing to do. */
  same: OwnRecord[];
  /** Stored here under the same id with a different text: the stored one is kept (never overwritten). */
  conflicting: OwnRecord[];
}

const sameArticle = (a: OwnRecord, b: OwnRecord) => JSON.stringify(a.article) === JSON.stringify(b.article);

export function planArticles(imported: readonly OwnRecord[], stored: ReadonlyMap<string, OwnRecord>): ArticlePlan {
  const plan: ArticlePlan = { add: [], same: [], conflicting: [] };
  for (const r of imported) {
    const here = stored.get(r.article.id);
    if (!here) plan.add.push(r);
    else if (sameArticle(here, r)) plan.same.push(r);
    else plan.conflicting.push(r);
  }
  return plan;
}

/** Adds the own articles to an export collection (leaves it unchanged when there are none). */
export function withArticles<T extends object>(collection: T, records: readonly OwnRecord[]): T {
  return records.length === 0 ? collection : { ...collection, [ARTICLES_MEMBER]: records };
}
