import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateIndex } from '../domain/article/schema';
import type { ArticleIndex } from '../domain/article/types';
import { damaged, fetchJson } from '../lib/fetchJson';
import { queryKeys } from '../lib/queryKeys';

export const INDEX_URL = '/articles/index.json';

export async function getIndex(): Promise<ArticleIndex> {
  const data = await fetchJson(INDEX_URL, 'index');
  const checked = validateIndex(data);
  if (!checked.ok) throw damaged('index', checked.error);
  return checked.value;
}

export const indexQueryOptions = () => queryOptions({ queryKey: queryKeys.articles.index(), queryFn: getIndex });

export const useArticleIndex = () => useQuery(indexQueryOptions());
