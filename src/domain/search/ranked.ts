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

/**
 * Pagefind folds diacritics and gives exact spellings only a bonus, which page length can outweigh.
 * A query with diacritics is searched twice (the second time with `exactDiacritics`, on chunks already
 * loaded) and its exact matches go first. Callers run one search at a time: the option is global.
 */
export async function rankedSearch<D>(
  pagefind: PagefindLike<D>,
  query: string,
  options: Record<string, unknown> = {},
): Promise<PagefindResult<D>[]> {
  const q = toIndexQuery(query);
  if (q === '') return [];
  const all = (await pagefind.search(q, options))?.results ?? [];
  if (!/[^ -~]/.test(q) || all.length < 2) return all;
  await pagefind.options({ exactDiacritics: true });
  try {
    const exact = (await pagefind.search(q, options))?.results ?? [];
    return exactFirst(all, new Set(exact.map((r) => r.id)));
  } finally {
    await pagefind.options({ exactDiacritics: false });
  }
}
