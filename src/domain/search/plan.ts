import { toIndexQuery } from './records';

/**
 * What one state of the search box asks for. A query whose every word is one letter is not searched:
 * at 10,000 articles "đ" matches 9 in 10 of them and takes Pagefind 100–250 ms to score, so the box
 * asks for a second letter instead. Nor is one whose last word is one letter ("hà n"): every word of
 * the index starting with "n" is matched against the pages of "hà", 3–7 s at 10,000 articles now
 * that a search sees every index chunk (scripts/library/pagefindPatch.ts).
 */
export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'short'; query: string }
  | { kind: 'search'; query: string };

/** Letters the last word of a query needs before it is searched. */
export const MIN_WORD_LETTERS = 2;

export function planQuery(text: string): QueryPlan {
  const query = toIndexQuery(text);
  if (query === '') return { kind: 'empty' };
  const letters = query.split(' ').map((w) => [...w].length);
  return letters[letters.length - 1]! < MIN_WORD_LETTERS ? { kind: 'short', query } : { kind: 'search', query };
}

/**
 * The words of a query (in index spelling) that carry diacritics, or '' when none does: these are
 * the words whose exact spelling ranks a result first. "tăng tr" → "tăng".
 */
export function diacriticWords(indexQuery: string): string {
  return indexQuery
    .split(' ')
    .filter((w) => /[^ -~]/.test(w))
    .join(' ');
}
