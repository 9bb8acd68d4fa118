// The reader's own articles: "Thêm bài" (dialog + shortcut), the library section, the article page's mark and delete.
export { AddArticleLauncher, ADD_ARTICLE_KEY } from './AddArticleLauncher';
export { OwnArticleActions } from './OwnArticleActions';
export { OwnLibrarySection } from './OwnLibrarySection';
export { openAddArticle } from './openState';
export { OwnMark } from './OwnMark';
