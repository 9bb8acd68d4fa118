import type { Article } from '../article/types';
import { markWords, toIndexText } from './fold';

/** What Pagefind's `addCustomRecord` takes for one article (text already in index spelling). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export const UNKNOWN_SOURCE = 'Không rõ nguồn';
export const UNKNOWN_YEAR = 'Không rõ năm';

/** Distinct names of one entity type in an article, in order of first mention. */
export function entityNames(article: Article, type: 'official' | 'organization'): string[] {
  const seen = new Set<string>();
  for (const e of article.entities) {
    if (e.type !== type) continue;
    seen.add((e.name ?? e.text).normalize('NFC'));
  }
  return [...seen];
}

/**
 * One article as a search record: title, every block, and its people and organisations (as meta
 * fields, which Pagefind also searches) so "nguyen xuan phuc" finds the article that calls him
 * "Thủ tướng" after the first mention. Their words end with WORD_END, so a short query word can be
 * matched as a whole word (plan.ts).
 */
export function searchRecord(article: Article): SearchRecord {
  const people = entityNames(article, 'official');
  const orgs = entityNames(article, 'organization');
  const index = (text: string) => markWords(toIndexText(text));
  // Pagefind searches every meta field: each is index text, and the id (in the URL) is left out,
  // or its words, unmarked, would match prefixes the title's words no longer do (fold.ts).
  const meta: Record<string, string> = { title: index(article.title) };
  if (article.published) meta.date = index(article.published);
  if (article.source) meta.source = index(article.source);
  if (people.length > 0) meta.people = index(people.join(', '));
  if (orgs.length > 0) meta.orgs = index(orgs.join(', '));
  return {
    url: `/a/${article.id}`,
    content: index(article.blocks.map((b) => b.text).join('\n')),
    language: 'vi',
    meta,
    filters: {
      source: [article.source ?? UNKNOWN_SOURCE],
      year: [article.published?.slice(0, 4) ?? UNKNOWN_YEAR],
    },
    // Undated articles sort last in "newest first".
    sort: { date: article.published ?? '0000-00-00' },
  };
}

/** A reader's query in the spelling of the index (see toIndexText). */
export function toIndexQuery(query: string): string {
  return toIndexText(query.trim().replace(/\s+/g, ' '));
}
