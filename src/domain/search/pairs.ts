import { ANSWER_MIN_PAGES, ANSWER_MIN_TYPED_SHARE, costKey, keysOfWord, typedWords } from './answers';
import { foldVietnamese } from './fold';
import { WHOLE_WORD_LETTERS } from './plan';

/**
 * Two-word typing states answered at build time. Pagefind scores every page a query matches, so
 * "bo tru" while "bộ trưởng" is typed (6,514 pages at 10,000 articles) took 110–180 ms in the
 * browser, and "bo truo", "bo truon", "tăng trư"… 90–130 (bench/README.md, section 7). Any two
 * common words match that many pages together, far too many states to search at build time (~9,800
 * at 10,000 articles), so only the states of word pairs written side by side in many articles —
 * phrases a reader types — are listed.
 */

/** At most this many two-word states are answered (most pages first): each is one search at build time (~0.1 s of CPU at 10,000 articles). */
export const ANSWER_PAIR_MAX = 5000;

export interface LikelyPairsOptions {
  /** Pages a state must match to be answered at build time. */
  minPages?: number;
  /** Share of the pages in which the two words must stand side by side. */
  minPairShare?: number;
  max?: number;
}

/** Runs of words a reader could type as a phrase: punctuation and line ends break them. */
function phrases(text: string): string[][] {
  return text
    .split(/[^\p{L}\p{N}\p{M}\s]+|\n/u)
    .map(typedWords)
    .filter((words) => words.length > 0);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The two-word states worth answering at build time: for every pair of words written side by side
 * (as typed: lower case, within a phrase) in at least `minPairShare` of the pages, the first word
 * followed by each state of the second from 3 letters (shorter ones are whole words: cheap), as
 * written and without diacritics, that matches at least `minPages` pages the way Pagefind matches
 * it (both words anywhere in the page); those matching most pages first, at most `max`.
 * An estimate from the words split here: the build keeps only the texts Pagefind's own count agrees on.
 */
export function likelyPairQueries(pages: Iterable<string>, options: LikelyPairsOptions = {}): string[] {
  const minPages = options.minPages ?? ANSWER_MIN_PAGES;
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const idOf = (w: string) => {
    let n = wordIds.get(w);
    if (n === undefined) wordIds.set(w, (n = words.push(w) - 1));
    return n;
  };
  // Every page as its phrases' word ids, -1 between phrases.
  const texts: Int32Array[] = [];
  for (const text of pages) texts.push(Int32Array.from(phrases(text).flatMap((p) => [...p.map(idOf), -1])));
  const total = texts.length;
  const minPairPages = Math.max(1, Math.ceil((options.minPairShare ?? ANSWER_MIN_TYPED_SHARE) * total));

  // A pair is as common as its rarer word at most: only pairs of common words are counted.
  const wordPages = new Int32Array(words.length);
  const lastPage = new Int32Array(words.length).fill(-1);
  texts.forEach((t, page) => {
    for (const w of t) {
      if (w < 0 || lastPage[w] === page) continue;
      lastPage[w] = page;
      wordPages[w]!++;
    }
  });
  const pairPages = new Map<number, number>();
  const pairLast = new Map<number, number>();
  texts.forEach((t, page) => {
    for (let i = 0; i + 1 < t.length; i++) {
      const a = t[i]!;
      const b = t[i + 1]!;
      if (a < 0 || b < 0 || wordPages[a]! < minPairPages || wordPages[b]! < minPairPages) continue;
      const pair = a * words.length + b;
      if (pairLast.get(pair) === page) continue;
      pairLast.set(pair, page);
      pairPages.set(pair, (pairPages.get(pair) ?? 0) + 1);
    }
  });

  // The states of each common pair, with the cost keys of their two words.
  const states = new Map<string, [string, string]>();
  for (const [pair, n] of pairPages) {
    if (n < minPairPages) continue;
    const first = words[Math.floor(pair / words.length)]!;
    const second = Array.from(words[pair % words.length]!);
    for (let len = WHOLE_WORD_LETTERS + 1; len <= second.length; len++) {
      const typed = second.slice(0, len).join('');
      const keys: [string, string] = [costKey(first), costKey(typed)];
      states.set(`${first} ${typed}`, keys);
      states.set(`${foldVietnamese(first)} ${foldVietnamese(typed)}`, keys);
    }
  }

  // The pages of each key those states need, as bit sets, to count the pages having both words.
  const needed = new Map<string, Uint32Array>();
  const size = Math.ceil(total / 32);
  for (const keys of states.values()) for (const k of keys) if (!needed.has(k)) needed.set(k, new Uint32Array(size));
  const setsOfWord = words.map((w) => {
    const keys = new Set<string>();
    keysOfWord(foldVietnamese(w), keys);
    return [...keys].flatMap((k) => needed.get(k) ?? []);
  });
  texts.forEach((t, page) => {
    for (const w of t) if (w >= 0) for (const set of setsOfWord[w]!) set[page >> 5]! |= 1 << (page & 31);
  });
  const out: { text: string; pages: number }[] = [];
  for (const [text, [k1, k2]] of states) {
    const a = needed.get(k1)!;
    const b = needed.get(k2)!;
    let n = 0;
    for (let i = 0; i < size; i++) n += popcount(a[i]! & b[i]!);
    if (n >= minPages) out.push({ text, pages: n });
  }
  // The slowest first (most pages), so the cap keeps the ones that matter most.
  out.sort((x, y) => y.pages - x.pages || (x.text < y.text ? -1 : 1));
  return out.slice(0, options.max ?? ANSWER_PAIR_MAX).map((q) => q.text);
}
