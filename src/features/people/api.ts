import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ValidationResult } from '../../domain/article/schema';
import { nameOfSlug, nameSlug, personInArticle } from '../../domain/people';
import { validateNameGroup, validatePeopleHead, validatePeoplePage } from '../../domain/people/schema';
import { fetchJson, LoadError } from '../../lib/fetchJson';
import { queryKeys } from '../../lib/queryKeys';

async function getChecked<T>(url: string, what: string, validate: (d: unknown) => ValidationResult<T>): Promise<T> {
  const checked = validate(await fetchJson(url, what));
  if (!checked.ok) throw new LoadError('invalid', `Dữ liệu ${what} bị hỏng (${url}): ${checked.error}`);
  return checked.value;
}

export const peopleHeadQuery = () =>
  queryOptions({ queryKey: queryKeys.people.head(), queryFn: () => getChecked('/people/index.json', 'danh sách nhân vật', validatePeopleHead) });

export const peoplePageQuery = (page: number) =>
  queryOptions({
    queryKey: queryKeys.people.page(page),
    queryFn: () => getChecked(`/people/page/${page}.json`, 'danh sách nhân vật', validatePeoplePage),
  });

/** Everyone of one full name (people/n/<name>.json). */
export const nameGroupQuery = (name: string) =>
  queryOptions({
    queryKey: queryKeys.people.name(name),
    queryFn: () => getChecked(`/people/n/${name}.json`, 'thông tin nhân vật', validateNameGroup),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const usePersonGroup = (slug: string) => useQuery(nameGroupQuery(nameOfSlug(slug)));

/** The person an article's mention refers to, and in how many other articles they appear. */
export function usePersonInArticle(name: string, articleId: string) {
  const group = useQuery({ ...nameGroupQuery(nameSlug(name)), retry: false });
  const person = group.data ? personInArticle(group.data, articleId) : undefined;
  return person ? { slug: person.slug, others: person.mentions.filter((m) => m.articleId !== articleId).length } : null;
}
