// Public surface of the library feature: the list of articles.
export { LibraryPage } from './LibraryPage';
