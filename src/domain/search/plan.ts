import { toIndexQuery } from './records';

/**
 * What one state of the search box asks for. A query whose every word is one letter is not searched:
 * at 10,000 articles "đ" matches 9 in 10 of them and takes Pagefind 100–250 ms to score, so the box
 * asks for a second letter instead. A one-letter word beside a longer one is searched: it may be the
 * whole word ("châu Á", "quận 1", "y tế"), and leaving it out would answer another question. (At
 * 10,000 articles such a query can take seconds since a search sees every index chunk it may need,
 * scripts/library/pagefindPatch.ts: bench/README.md, section 7.)
 */
export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'short'; query: string }
  | { kind: 'search'; query: string };

/** Letters the longest word of a query needs before it is searched. */
export const MIN_WORD_LETTERS = 2;

export function planQuery(text: string): QueryPlan {
  const query = toIndexQuery(text);
  if (query === '') return { kind: 'empty' };
  const longest = Math.max(...query.split(' ').map((w) => [...w].length));
  return longest < MIN_WORD_LETTERS ? { kind: 'short', query } : { kind: 'search', query };
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
