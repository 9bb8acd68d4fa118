import { foldVietnamese, WORD_END } from './fold';
import { MIN_WORD_LETTERS, wordLetters, WHOLE_WORD_LETTERS } from './plan';

/**
 * Answers made at build time for the queries Pagefind is slow at. Its WebAssembly scores every page a
 * query matches, so a short prefix of a common syllable ("ngu", "đản", "bo tru") costs 100–800 ms at
 * 10,000 articles (bench/README.md, section 7) while typing goes through it on the way to the word.
 * The build finds the queries likely to be typed that match at least `minPages` pages (estimated
 * here from the articles' words, confirmed by Pagefind's own total), runs the app's own search for
 * each, and writes the answers; the search worker shows a stored answer instead of searching.
 */

/**
 * Pages from which a query is answered at build time (see likelyQueries): in the browser at 10,000
 * articles a search matching 2,000–4,000 pages ("hà" 3,251, "tă" 2,277) still took 50–100 ms of
 * Pagefind at load ~8, plus its fragments.
 */
export const ANSWER_MIN_PAGES = 2000;
/** At most this many answers are stored besides the first searched states (the build runs one search for each: ~0.1 s of CPU at 10,000 articles). */
export const ANSWER_MAX = 3000;
/** Share of the pages a typing state must occur in to be answered at build time (rarer ones are searched live). */
export const ANSWER_MIN_TYPED_SHARE = 0.02;
/** The stored answers' format: part of their path, so a cached file of another format is never read. */
export const ANSWERS_VERSION = 2;

/**
 * The stored answers of one index: `files` maps answerFile(query) to a file in `dir` (both under
 * /pagefind/); `keys` lists every stored answerKey, so a query that is not stored never waits for a file.
 */
export interface AnswersManifest {
  version: number;
  minPages: number;
  dir: string;
  files: Record<string, string>;
  keys: string[];
}

/** Where the manifest of the index whose language hash is `hash` is, under /pagefind/. */
export function answersManifestPath(hash: string): string {
  return `margin-answers/v${ANSWERS_VERSION}-${hash}.json`;
}

/** The words of a text as the reader would type them: lower case, NFC, letters and digits. */
export function typedWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== '');
}

/** What a typed word costs Pagefind: a short word is matched whole (plan.ts), a longer one as a prefix. */
export function costKey(typed: string): string {
  const folded = foldVietnamese(typed);
  return wordLetters(typed) <= WHOLE_WORD_LETTERS ? `=${folded}` : `^${folded}`;
}

/** The cost keys a page's word `folded` counts for: itself whole (when short) and its prefixes of 3+ letters. */
export function keysOfWord(folded: string, into: Set<string>): void {
  const letters = Array.from(folded);
  if (letters.length <= WHOLE_WORD_LETTERS) into.add(`=${folded}`);
  for (let n = WHOLE_WORD_LETTERS + 1; n <= letters.length; n++) into.add(`^${letters.slice(0, n).join('')}`);
}

/**
 * Whether `text` is the first state of a query that is searched (one word of MIN_WORD_LETTERS letters:
 * "ng", "hà"). It is answered ahead however few pages it matches: it is the search that loads the
 * first index chunks of what is typed (3 chunks for "ng", 85–130 ms in the browser at 10,000 articles
 * for 20 pages found), and every query starts with one.
 */
export function isFirstSearched(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length === 1 && wordLetters(words[0]!) === MIN_WORD_LETTERS;
}

/** The states of a word while it is typed (from 2 letters): as written ("đản"), and without diacritics ("dan"). */
function typingStates(word: string): string[] {
  const letters = Array.from(word);
  const out: string[] = [];
  for (let n = 2; n <= letters.length; n++) {
    const typed = letters.slice(0, n).join('');
    out.push(typed);
    const folded = foldVietnamese(typed);
    if (folded !== typed) out.push(folded);
  }
  return out;
}

export interface LikelyQueriesOptions {
  /** Pages a query must match to be answered at build time. */
  minPages?: number;
  /** A typing state must occur in this share of the pages to be kept (rarer spellings are searched live). */
  minTypedShare?: number;
}

/**
 * The texts worth answering at build time, from the text of every page: each state of a word being
 * typed (from 2 letters; as written and without diacritics, lower case) that occurs in at least
 * `minTypedShare` of the pages and matches at least `minPages` pages the way Pagefind matches it (a
 * short word whole, a longer one as a prefix, diacritics folded), and each first searched state
 * (isFirstSearched) that matches any page; those matching most pages first.
 * An estimate from the words split here: the build keeps only the texts Pagefind's own count agrees
 * on. Two-word states ("bo tru" while "bộ trưởng" is typed) are listed by likelyPairQueries (pairs.ts).
 */
export function likelyQueries(pages: Iterable<string>, options: LikelyQueriesOptions = {}): string[] {
  const minPages = options.minPages ?? ANSWER_MIN_PAGES;
  const ids = new Map<string, number>();
  const id = (key: string) => {
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return n;
  };
  // Per distinct word: its cost keys and typing states, as ids.
  const words = new Map<string, { keys: number[]; states: number[] }>();
  const counts: number[] = [];
  const seen: number[] = [];
  const count = (key: number, page: number) => {
    if (seen[key] === page) return;
    seen[key] = page;
    counts[key] = (counts[key] ?? 0) + 1;
  };
  let page = 0;
  for (const text of pages) {
    for (const w of typedWords(text)) {
      let info = words.get(w);
      if (!info) {
        const keys = new Set<string>();
        keysOfWord(foldVietnamese(w), keys);
        words.set(w, (info = { keys: [...keys].map(id), states: typingStates(w).map((s) => id(`'${s}`)) }));
      }
      for (const k of info.keys) count(k, page);
      for (const k of info.states) count(k, page);
    }
    page++;
  }
  const minTypedPages = Math.max(1, Math.ceil((options.minTypedShare ?? ANSWER_MIN_TYPED_SHARE) * page));
  const pagesOf = (key: string) => counts[ids.get(key) ?? -1] ?? 0;
  const out: { text: string; pages: number }[] = [];
  for (const [key, n] of ids) {
    if (!key.startsWith("'")) continue;
    const text = key.slice(1);
    const matched = pagesOf(costKey(text));
    if ((counts[n] ?? 0) >= minTypedPages && (matched >= minPages || (matched > 0 && isFirstSearched(text)))) out.push({ text, pages: matched });
  }

  // The slowest first (most pages), so a cap on their number keeps the ones that matter most.
  return out.sort((a, b) => b.pages - a.pages || (a.text < b.text ? -1 : 1)).map((q) => q.text);
}

/** The first `n` letters or digits of a text, folded, as a file name ("ḏản" → "da"; beyond a–z, 0–9: _ and the code point). */
function fileLetters(text: string, n: number): string {
  return Array.from(foldVietnamese(text.replaceAll(WORD_END, '')).replace(/[^\p{L}\p{N}]/gu, ''))
    .slice(0, n)
    .map((c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join('');
}

/**
 * Which stored file holds the answer to a planned query: for one word its first two letters, folded
 * ("ḏản" → "da"). By two letters, not one: at 10,000 articles the t-answers make 1.4 MB, which the
 * first searched state ("tă") waited for. For more words, also the first letter of each later word
 * ("boǂ tru" → "bo-t"): the two-word answers (pairs.ts) would double a letter's files, fetched at its
 * one-letter hint, and the file of "bo t" is fetched while "bo t" is searched, before "bo tru".
 */
export function answerFile(plannedQuery: string): string {
  const words = plannedQuery.split(' ').filter((w) => fileLetters(w, 1) !== '');
  if (words.length <= 1) return fileLetters(plannedQuery, 2);
  return [fileLetters(words[0]!, 2), ...words.slice(1).map((w) => fileLetters(w, 1))].join('-');
}

/** How a planned query is looked up: Pagefind and the exact pass ignore case, so the key does too. */
export function answerKey(plannedQuery: string): string {
  return plannedQuery.toLowerCase();
}
