// Public surface of the preferences feature: the "Aa" menu.
export { PreferencesMenu } from './PreferencesMenu';
