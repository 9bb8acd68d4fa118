import { en } from './en';
import type { Lang } from './languages';
import { vi, type Messages } from './vi';

export type MessageKey = keyof Messages;

/** The parameters of a message: none for a plain string, one object for a function message. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (p: infer P) => string ? [params: P] : [];

/** Looks a message up; an unknown key or wrong parameters is a type error. */
export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export const CATALOGUES: Record<Lang, Messages> = { vi, en };

export function translator(lang: Lang): Translate {
  const messages = CATALOGUES[lang];
  return (key, ...args) => {
    const m = messages[key] as string | ((p: unknown) => string);
    return typeof m === 'function' ? m(args[0]) : m;
  };
}
