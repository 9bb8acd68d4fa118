import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateArticle } from '../domain/article/schema';
import type { Article } from '../domain/article/types';
import { isOwnId } from '../domain/own/ids';
import { fetchJson, LoadError } from '../lib/fetchJson';
import { queryKeys } from '../lib/queryKeys';

export const articleUrl = (id: string) => `/articles/${id}.json`;

/** The reader's own articles live in IndexedDB (storage/ownArticles), read through the same schema. */
async function getOwnArticle(id: string): Promise<Article> {
  const { ownArticles } = await import('../storage/ownArticles');
  let record;
  try {
    record = await ownArticles().get(id);
  } catch (e) {
    throw new LoadError('invalid', `Không đọc được bài của bạn: ${e instanceof Error && 'userMessage' in e ? String(e.userMessage) : String(e)}`);
  }
  if (!record) throw new LoadError('not-found', 'Không tìm thấy bài viết này trong trình duyệt (có thể đã bị xoá, hoặc được thêm ở trình duyệt khác).');
  return record.article;
}

export async function getArticle(id: string): Promise<Article> {
  if (isOwnId(id)) return getOwnArticle(id);
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
