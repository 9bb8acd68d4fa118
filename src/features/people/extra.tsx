import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Article } from '../../domain/article/types';
import { appearancesByName, type Appearance } from '../../domain/people';

/**
 * Articles the built people index does not know — the app hands in the reader's own — counted on
 * /people, on a person's page and in a card's "xuất hiện trong N bài khác". `useArticles` is a hook
 * the pages call, so they are read only where people are shown; `mark` labels their mentions.
 */
export interface ExtraArticles {
  useArticles: () => { articles: readonly Article[]; pending: boolean };
  mark?: ReactNode;
}

const NONE = { articles: [], pending: false };
const Extra = createContext<ExtraArticles>({ useArticles: () => NONE });

export function ExtraArticlesProvider({ value, children }: { value: ExtraArticles; children: ReactNode }) {
  return <Extra.Provider value={value}>{children}</Extra.Provider>;
}

export interface ExtraPeople {
  /** Their officials' appearances by name slug. */
  byName: ReadonlyMap<string, Appearance[]>;
  ids: ReadonlySet<string>;
  pending: boolean;
  mark: ReactNode;
}

export function useExtraPeople(): ExtraPeople {
  const { useArticles, mark = null } = useContext(Extra);
  const { articles, pending } = useArticles();
  const byName = useMemo(() => appearancesByName(articles), [articles]);
  const ids = useMemo(() => new Set(articles.map((a) => a.id)), [articles]);
  return { byName, ids, pending, mark };
}
