import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateArticle } from '../domain/article/schema';
import type { Article } from '../domain/article/types';
import { fetchJson, LoadError } from '../lib/fetchJson';
import { queryKeys } from '../lib/queryKeys';

export const articleUrl = (id: string) => `/articles/${id}.json`;

export async function getArticle(id: string): Promise<Article> {
  const data = await fetchJson(articleUrl(id), 'bài viết');
  const checked = validateArticle(data);
  if (!checked.ok) throw new LoadError('invalid', `Bài viết không hợp lệ: ${checked.error}`);
  if (checked.value.id !== id) {
    throw new LoadError('invalid', `Bài viết không hợp lệ: tệp chứa bài "${checked.value.id}", không phải "${id}".`);
  }
  return checked.value;
}

export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.articles.detail(id), queryFn: () => getArticle(id) });

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
