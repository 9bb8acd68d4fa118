// People across articles: built at build time from the library, completed in the browser with the reader's own articles.
export * from './build';
export type { NameGroup, Person, PersonMention, PersonSummary, RoleSpan } from './types';
export { nameOfSlug, nameSlug } from './slug';
export { placesIn } from './places';
export type { Appearance } from './appearances';
export { withExtra } from './extra';
