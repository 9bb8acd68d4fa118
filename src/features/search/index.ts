// Public surface of the search feature: the box, the results, and the hook that joins them.
export { SearchBox } from './SearchBox';
export { SearchResults } from './SearchResults';
export { useSearch, type SearchState } from './useSearch';
