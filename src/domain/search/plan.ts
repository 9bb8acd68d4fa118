import { foldVietnamese, fromIndexText, markWords, WORD_END } from './fold';
import { toIndexQuery } from './records';

/**
 * What one state of the search box asks for. A query whose every word is one letter is not searched:
 * at 10,000 articles "đ" matches 9 in 10 of them, so the box asks for a second letter instead.
 *
 * Pagefind matches every query word as a prefix, at a cost that grows with the indexed words
 * extending it × their pages: "bo t" took seconds at 10,000 articles (every t-word), and the answer
 * depended on which index chunks earlier searches had loaded. So a word of at most WHOLE_WORD_LETTERS
 * letters is matched as a whole word (the index ends every word with WORD_END, fold.ts): "quận 1",
 * "châu Á", "y tế" find what they say, at a cost bounded by that word's pages; from 3 letters a
 * word is a prefix, as typed ("ngu" finds "Nguyễn"). When the last word is that short, `unfinished`
 * says what to show if, as a whole word, it matches nothing: the results of the words before it
 * ("bo tr": those of "bo"), with a note that the last word is being typed.
 */
export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'short'; query: string }
  | { kind: 'search'; query: string; unfinished: Unfinished | null };

export interface Unfinished {
  /** The last word, as the reader wrote it. */
  word: string;
  /** The words before it: planned (what to search) and as written ('' for both when there are none). */
  before: string;
  beforeText: string;
}

/** Letters the longest word of a query needs before it is searched. */
export const MIN_WORD_LETTERS = 2;
/** Words of at most this many letters are matched whole; longer ones as prefixes. */
export const WHOLE_WORD_LETTERS = 2;

/** Letters and digits of a word as Pagefind compares them (folded, punctuation dropped). */
export function wordLetters(word: string): number {
  return [...foldVietnamese(word)].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
}

function planWord(word: string, quoted: boolean): string {
  const n = wordLetters(word);
  // A quoted phrase is Pagefind's exact search, which looks words up as they are indexed: all whole.
  return n > 0 && (quoted || n <= WHOLE_WORD_LETTERS) ? markWords(word) : word;
}

export function planQuery(text: string): QueryPlan {
  const query = toIndexQuery(text);
  if (query === '') return { kind: 'empty' };
  const words = query.split(' ');
  const longest = Math.max(...words.map(wordLetters));
  if (longest < MIN_WORD_LETTERS) return { kind: 'short', query };
  const quoted = /^".+"$/.test(query);
  const planned = words.map((w) => planWord(w, quoted));
  const last = words[words.length - 1]!;
  const n = wordLetters(last);
  const unfinished =
    !quoted && n > 0 && n <= WHOLE_WORD_LETTERS
      ? { word: fromIndexText(last), before: planned.slice(0, -1).join(' '), beforeText: fromIndexText(words.slice(0, -1).join(' ')) }
      : null;
  return { kind: 'search', query: planned.join(' '), unfinished };
}

/**
 * The words of a query (in index spelling) that carry diacritics, or '' when none does: these are
 * the words whose exact spelling ranks a result first. "tăng tr" → "tăng".
 */
export function diacriticWords(indexQuery: string): string {
  return indexQuery
    .split(' ')
    .filter((w) => /[^ -~]/.test(w.replaceAll(WORD_END, '')))
    .join(' ');
}

/**
 * Whether to load the index chunks of a planned query while its stored answer (answers.ts) shows: the
 * next keystroke usually searches it extended ("nguyen" → "nguyen x", "bo" → "bo t") and needs them,
 * and otherwise that first live search loads them itself (+40–80 ms in the browser at 10,000 articles).
 * Not when the last word is a 3-letter prefix: its chunks hold every word it extends ("ngu": 5 chunks),
 * more than the next state needs, and Pagefind matches each query word against every loaded word.
 */
export function chunksWorthLoading(plannedQuery: string): boolean {
  const last = plannedQuery.split(' ').pop() ?? '';
  return last.endsWith(WORD_END) || wordLetters(last) > WHOLE_WORD_LETTERS + 1;
}
