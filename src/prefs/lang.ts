/**
 * The language part of the boot script in <head> (./boot.ts): before the first paint, <html lang>
 * gets the reader's choice, or on a first visit the browser's language (vi-* → vi, else en). The
 * prerendered HTML is in Vietnamese; when the page will show another language, <html> is marked
 * pending and the CSS (styles/base.css) hides the interface until the app has rendered it in that
 * language — no flash of the other language. The app removes the mark (lib/i18n useHtmlLang).
 */
import { DEFAULT_LANG, detectLanguage, isLang, type Lang } from '../domain/i18n/languages';

/** The language prerendered pages are written in. */
export const PRERENDER_LANG: Lang = DEFAULT_LANG;
export const PENDING_ATTRIBUTE = 'data-lang-pending';

/** The reader's stored choice (zustand persist: `{ state: { langChoice } }`), else the browser's language. */
export function bootLanguage(stored: unknown, preferred: readonly string[]): Lang {
  const state = stored && typeof stored === 'object' && 'state' in stored ? (stored as { state: unknown }).state : null;
  const choice = state && typeof state === 'object' ? (state as Record<string, unknown>).langChoice : null;
  return isLang(choice) ? choice : detectLanguage(preferred);
}

export function applyBootLanguage(root: HTMLElement, lang: Lang): void {
  root.lang = lang;
  if (lang !== PRERENDER_LANG) root.setAttribute(PENDING_ATTRIBUTE, '');
}

/** The language the boot script put on <html> (the default on the server or without it). */
export function documentLanguage(): Lang {
  if (typeof document === 'undefined') return DEFAULT_LANG;
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
