import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateIndex } from '../domain/article/schema';
import type { ArticleIndex } from '../domain/article/types';
import { fetchJson, LoadError } from '../lib/fetchJson';
import { queryKeys } from '../lib/queryKeys';

export const INDEX_URL = '/articles/index.json';

export async function getIndex(): Promise<ArticleIndex> {
  const data = await fetchJson(INDEX_URL, 'danh sách bài viết');
  const checked = validateIndex(data);
  if (!checked.ok) throw new LoadError('invalid', `Danh sách bài viết không hợp lệ: ${checked.error}`);
  return checked.value;
}

export const indexQueryOptions = () => queryOptions({ queryKey: queryKeys.articles.index(), queryFn: getIndex });

export const useArticleIndex = () => useQuery(indexQueryOptions());
