// Public surface of the reader feature: the article's header and body (blocks with paints over them).
export { ArticleBody } from './components/ArticleBody';
export { ArticleHeader } from './components/ArticleHeader';
export { ReadingKeys } from './components/ReadingKeys';
