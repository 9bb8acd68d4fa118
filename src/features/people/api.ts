import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ValidationResult } from '../../domain/article/schema';
import { nameOfSlug, nameSlug, personInArticle, withExtra, type NameGroup } from '../../domain/people';
import { validateNameGroup, validatePeopleHead, validatePeoplePage } from '../../domain/people/schema';
import { damaged, fetchJson, LoadError, type LoadWhat } from '../../lib/fetchJson';
import { queryKeys } from '../../lib/queryKeys';
import { useExtraPeople, type ExtraPeople } from './extra';

async function getChecked<T>(url: string, what: LoadWhat, validate: (d: unknown) => ValidationResult<T>): Promise<T> {
  const checked = validate(await fetchJson(url, what));
  if (!checked.ok) throw damaged(what, `${url}: ${checked.error}`);
  return checked.value;
}

export const peopleHeadQuery = () =>
  queryOptions({ queryKey: queryKeys.people.head(), queryFn: () => getChecked('/people/index.json', 'people', validatePeopleHead) });

export const peoplePageQuery = (page: number) =>
  queryOptions({
    queryKey: queryKeys.people.page(page),
    queryFn: () => getChecked(`/people/page/${page}.json`, 'people', validatePeoplePage),
  });

/** Everyone of one full name (people/n/<name>.json). */
export const nameGroupQuery = (name: string) =>
  queryOptions({
    queryKey: queryKeys.people.name(name),
    queryFn: () => getChecked(`/people/n/${name}.json`, 'person', validateNameGroup),
    staleTime: Number.POSITIVE_INFINITY,
  });

export type MergedGroup =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  /** `group` null: nobody of that name, in the index or in the extra articles. */
  | { status: 'ok'; group: NameGroup | null; built: NameGroup | null };

/**
 * A name's group from the index (missing: null) with the extra articles' appearances added. `built`
 * null: the index is known not to have the name (nothing fetched).
 */
export function mergeGroup(base: string, built: UseQueryResult<NameGroup> | null, extra: ExtraPeople): MergedGroup {
  const mine = extra.byName.get(base) ?? [];
  if (built?.isPending || extra.pending) return { status: 'pending' };
  let indexed: NameGroup | null = null;
  if (!built) indexed = null;
  else if (built.isError) {
    const missing = built.error instanceof LoadError && built.error.kind === 'not-found';
    // Unreachable index, own articles at hand: show what they say rather than nothing.
    if (!missing && mine.length === 0) return { status: 'error', error: built.error, retry: () => void built.refetch() };
  } else indexed = built.data;
  return { status: 'ok', group: withExtra(base, indexed, mine), built: indexed };
}

export function usePersonGroup(slug: string): MergedGroup {
  const base = nameOfSlug(slug);
  const built = useQuery(nameGroupQuery(base));
  return mergeGroup(base, built, useExtraPeople());
}

/**
 * Every name of the extra articles, merged with the index: for /people's counts and its own-only
 * people. `known`: every name of the index when the list is whole (one page), so a name it lacks is
 * not asked for; 'wait' until the list is there.
 */
export function useExtraGroups(known: ReadonlySet<string> | null | 'wait'): { pending: boolean; groups: { built: NameGroup | null; group: NameGroup }[] } {
  const extra = useExtraPeople();
  const bases = [...extra.byName.keys()];
  const absent = (b: string) => known instanceof Set && !known.has(b);
  const built = useQueries({ queries: bases.map((b) => ({ ...nameGroupQuery(b), enabled: known !== 'wait' && !absent(b) })) });
  const merged = bases.map((b, i) => mergeGroup(b, absent(b) ? null : built[i]!, extra));
  const groups = merged.flatMap((m) => (m.status === 'ok' && m.group ? [{ built: m.built, group: m.group }] : []));
  return { pending: extra.pending || merged.some((m) => m.status === 'pending'), groups };
}

/** The person an article's mention refers to, and in how many other articles they appear. */
export function usePersonInArticle(name: string, articleId: string) {
  const base = nameSlug(name);
  const built = useQuery({ ...nameGroupQuery(base), retry: false });
  const merged = mergeGroup(base, built, useExtraPeople());
  const person = merged.status === 'ok' && merged.group ? personInArticle(merged.group, articleId) : undefined;
  return person ? { slug: person.slug, others: person.mentions.filter((m) => m.articleId !== articleId).length } : null;
}
