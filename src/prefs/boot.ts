/**
 * The inline script in <head> (bundled and inlined by the `margin-prefs-boot` plugin in
 * vite.config.ts): applies the stored preferences to <html> before the first paint, so a
 * prerendered page never shows the wrong theme, size or marks. Static text: the CSP allows it by hash.
 */
import { applyHtmlAttributes, htmlAttributes, PREFS_KEY, readPagePrefs } from './model';

try {
  applyHtmlAttributes(document.documentElement, htmlAttributes(readPagePrefs(JSON.parse(localStorage.getItem(PREFS_KEY) ?? 'null'))));
} catch {
  // Storage blocked or unreadable: the defaults in the CSS apply.
}
