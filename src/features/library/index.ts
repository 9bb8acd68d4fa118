// Public surface of the library feature: the paged, filtered list of articles (the app puts the
// search box and results in), and saving a selection for offline reading.
export { LibraryPage, type LibraryParams } from './LibraryPage';
