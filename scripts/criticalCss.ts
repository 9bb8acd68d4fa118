/**
 * The critical CSS of the prerendered article pages: the rules of the application's stylesheets
 * that can apply to what a prerendered page shows before any script runs, found by Beasties
 * (selectors matched against sample pages). The page inlines only these; the full stylesheets
 * load after the first frame (src/prefs/textFirst.ts). 45 kB of inline CSS in front of the text
 * became ~16 kB (bench section 2: time to text).
 *
 * Kept whatever the sample holds: every rule about <html> or :root (the boot script sets the
 * reader's theme, size, width, marks and language there before the first paint), every @font-face
 * (Beasties keeps only faces named in a kept rule, and ours are named through var(--serif); a face
 * costs nothing until text uses it), and the @keyframes kept rules use.
 */
import Beasties from 'beasties';

/** Selectors that depend on attributes of <html> set before the first paint, not on the page's markup. */
export const ALWAYS_CRITICAL: readonly RegExp[] = [/:root\b/, /(^|[\s>+~,(])html\b/, /^\[data-/];

/** The most pages the critical CSS is computed from (they share one template; more adds time, not rules). */
export const SAMPLE_PAGES = 40;

/** Up to `max` items spread evenly over `items`, first and last included. */
export function spread<T>(items: readonly T[], max = SAMPLE_PAGES): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!);
}

/**
 * The rules of `css` that match something in `bodies` (each the inner HTML of a page's <body>),
 * in their original order, minified ('' when nothing matches).
 */
export async function criticalCss(css: string, bodies: readonly string[]): Promise<string> {
  if (/<\/style/i.test(css)) throw new Error('the stylesheet contains "</style": it cannot be inlined');
  const beasties = new Beasties({
    reduceInlineStyles: true,
    // Faces are added back below, all of them; none is preloaded (Chromium holds the first frame for a preloaded font).
    inlineFonts: false,
    preloadFonts: false,
    keyframes: 'critical',
    compress: true,
    allowRules: [...ALWAYS_CRITICAL],
    logLevel: 'warn',
  });
  const html = `<!doctype html><html lang="vi"><head><style>${css}</style></head><body>${bodies.join('\n')}</body></html>`;
  const out = await beasties.process(html);
  // Beasties removes a <style> nothing of which is critical.
  const kept = [...out.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  // An @font-face block holds declarations only, never a nested brace.
  const faces = css.match(/@font-face\s*\{[^{}]*\}/g) ?? [];
  return faces.join('') + kept.replace(/@font-face\s*\{[^{}]*\}/g, '');
}
