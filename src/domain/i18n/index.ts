export * from './languages';
export * from './format';
export { translator, CATALOGUES, type MessageKey, type MessageArgs, type Translate } from './t';
export type { Messages } from './vi';
