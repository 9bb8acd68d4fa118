// The bundled articles as data every feature reads (no UI): the index and one article, as queries.
export { useArticle, articleQueryOptions } from './getArticle';
export { useArticleIndex, indexQueryOptions } from './getIndex';
export { ownListQueryOptions, useOwnArticles } from './ownArticles';
