import { diacriticWords } from './plan';
import { toIndexQuery } from './records';

/** The part of Pagefind's browser API that search uses (pagefind.js, in the browser or in Node). */
export interface PagefindResult<D> {
  id: string;
  data(): Promise<D>;
}
export interface PagefindLike<D> {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult<D>[] } | null>;
}

/** Results with those whose spelling matches the query exactly (diacritics and all) first, order kept otherwise. */
export function exactFirst<T extends { id: string }>(all: readonly T[], exactIds: ReadonlySet<string>): T[] {
  return [...all.filter((r) => exactIds.has(r.id)), ...all.filter((r) => !exactIds.has(r.id))];
}

/** The values of the last few keys: the least recently used is dropped first. */
export class RecentCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size = 16) {}
  /** The value, without counting as a use. */
  peek(key: string): T | undefined {
    return this.entries.get(key);
  }
  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * The pages where some words are spelled exactly, by words and search options, for the last few
 * queries: while "tăng t", "tăng tr" are typed the exact pass for "tăng" is the one already made.
 */
export class ExactCache extends RecentCache<ReadonlySet<string>> {}

/**
 * Pagefind folds diacritics and gives exact spellings only a bonus, which page length can outweigh.
 * So the words typed with diacritics are searched a second time with `exactDiacritics` (on chunks
 * already loaded; remembered in `cache` if given) and the results with those spellings go first:
 * "tăng tr" ranks the pages spelling "tăng" first. Callers run one search at a time: the option is global.
 */
export async function rankedSearch<D>(
  pagefind: PagefindLike<D>,
  query: string,
  options: Record<string, unknown> = {},
  cache?: ExactCache,
): Promise<PagefindResult<D>[]> {
  const q = toIndexQuery(query);
  if (q === '') return [];
  const all = (await pagefind.search(q, options))?.results ?? [];
  const exactWords = diacriticWords(q);
  if (exactWords === '' || all.length < 2) return all;
  const key = JSON.stringify([exactWords, options]);
  let exact = cache?.get(key);
  if (!exact) {
    await pagefind.options({ exactDiacritics: true });
    try {
      exact = new Set(((await pagefind.search(exactWords, options))?.results ?? []).map((r) => r.id));
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
    cache?.set(key, exact);
  }
  return exactFirst(all, exact);
}
