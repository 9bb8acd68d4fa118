import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateArticle } from '../domain/article/schema';
import type { Article } from '../domain/article/types';
import { isOwnId } from '../domain/own/ids';
import { damaged, fetchJson, LoadError } from '../lib/fetchJson';
import { currentT, storageErrorText } from '../lib/i18n';
import { queryKeys } from '../lib/queryKeys';

export const articleUrl = (id: string) => `/articles/${id}.json`;

/** The reader's own articles live in IndexedDB (storage/ownArticles), read through the same schema. */
async function getOwnArticle(id: string): Promise<Article> {
  const { ownArticles } = await import('../storage/ownArticles');
  let record;
  try {
    record = await ownArticles().get(id);
  } catch (e) {
    const t = currentT();
    throw new LoadError('invalid', t('load.ownUnreadable', { reason: e instanceof Error && 'kind' in e ? storageErrorText(t, e) : String(e) }));
  }
  if (!record) throw new LoadError('not-found', currentT()('load.ownMissing'));
  return record.article;
}

export async function getArticle(id: string): Promise<Article> {
  if (isOwnId(id)) return getOwnArticle(id);
  const data = await fetchJson(articleUrl(id), 'article');
  const checked = validateArticle(data);
  if (!checked.ok) throw damaged('article', checked.error);
  if (checked.value.id !== id) {
    throw new LoadError('invalid', currentT()('load.wrongArticle', { found: checked.value.id, wanted: id }));
  }
  return checked.value;
}

export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.articles.detail(id), queryFn: () => getArticle(id) });

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
