export { translateTitle, type TitleTranslation } from './translate';
