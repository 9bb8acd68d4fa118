/**
 * The inline script in <head> (bundled and inlined by the `margin-prefs-boot` plugin in
 * vite.config.ts): applies the stored preferences to <html> before the first paint, so a
 * prerendered page never shows the wrong theme, size, marks or language. Static text: the CSP allows it by hash.
 */
import { applyBootLanguage, bootLanguage } from './lang';
import { applyHtmlAttributes, htmlAttributes, PREFS_KEY, readPagePrefs } from './model';
import { paintTextFirst } from './textFirst';

let stored: unknown = null;
try {
  stored = JSON.parse(localStorage.getItem(PREFS_KEY) ?? 'null');
  applyHtmlAttributes(document.documentElement, htmlAttributes(readPagePrefs(stored)));
} catch {
  // Storage blocked or unreadable: the defaults in the CSS apply.
}
applyBootLanguage(document.documentElement, bootLanguage(stored, navigator.languages ?? [navigator.language]));
paintTextFirst(document.documentElement, document, window);
