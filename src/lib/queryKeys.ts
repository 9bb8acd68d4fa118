/** Every query key comes from here, so invalidation and prefetch agree on shapes. */
export const queryKeys = {
  articles: {
    all: ['articles'] as const,
    index: () => [...queryKeys.articles.all, 'index'] as const,
    detail: (id: string) => [...queryKeys.articles.all, 'detail', id] as const,
  },
  annotations: {
    all: ['annotations'] as const,
    byArticle: (articleId: string) => [...queryKeys.annotations.all, 'article', articleId] as const,
    everything: () => [...queryKeys.annotations.all, 'everything'] as const,
  },
  storage: {
    all: ['storage'] as const,
    /** How much space notes use (not under annotations: it is not a list of notes). */
    usage: () => [...queryKeys.storage.all, 'usage'] as const,
  },
};
