/** Every query key comes from here, so invalidation and prefetch agree on shapes. */
export const queryKeys = {
  articles: {
    all: ['articles'] as const,
    index: () => [...queryKeys.articles.all, 'index'] as const,
    detail: (id: string) => [...queryKeys.articles.all, 'detail', id] as const,
  },
  own: {
    all: ['own'] as const,
    /** The reader's own articles (IndexedDB), newest first. */
    list: () => [...queryKeys.own.all, 'list'] as const,
  },
  annotations: {
    all: ['annotations'] as const,
    byArticle: (articleId: string) => [...queryKeys.annotations.all, 'article', articleId] as const,
    everything: () => [...queryKeys.annotations.all, 'everything'] as const,
  },
  library: {
    all: ['library'] as const,
    head: () => [...queryKeys.library.all, 'head'] as const,
    page: (view: string, order: string, page: number) => [...queryKeys.library.all, 'page', view, order, page] as const,
  },
  people: {
    all: ['people'] as const,
    head: () => [...queryKeys.people.all, 'head'] as const,
    page: (page: number) => [...queryKeys.people.all, 'page', page] as const,
    name: (name: string) => [...queryKeys.people.all, 'name', name] as const,
  },
  storage: {
    all: ['storage'] as const,
    /** How much space notes use (not under annotations: it is not a list of notes). */
    usage: () => [...queryKeys.storage.all, 'usage'] as const,
  },
};
