// Public surface of the people feature: the /people list, a person's page, and the line an
// official's card shows ("xuất hiện trong N bài khác"), which the app hands to the entities card.
export { PeoplePage, personPath } from './PeoplePage';
export { PersonPage } from './PersonPage';
export { PersonAppearances } from './PersonAppearances';
export { ExtraArticlesProvider, type ExtraArticles } from './extra';
