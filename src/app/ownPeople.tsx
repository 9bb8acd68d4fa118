import { useMemo } from 'react';
import { useOwnArticles } from '../articles';
import type { Article } from '../domain/article/types';
import { OwnMark } from '../features/own';
import type { ExtraArticles } from '../features/people';

const NONE: readonly Article[] = [];

/** The reader's own articles as a plain list (storage that cannot be read: none, no wait). */
function useOwnArticleList() {
  const own = useOwnArticles();
  const records = own.data?.records;
  const articles = useMemo(() => records?.map((r) => r.article) ?? NONE, [records]);
  return { articles, pending: own.isPending };
}

/** People found in the reader's own articles are people of the library: /people, their pages, the cards. */
export const OWN_ARTICLES_AS_EXTRA: ExtraArticles = { useArticles: useOwnArticleList, mark: <OwnMark /> };
