/**
 * Vite plugin `margin-prefs-boot`: bundles src/prefs/boot.ts into one small IIFE and inlines it as
 * a script in <head> of index.html, before <title> and every stylesheet (so in every prerendered page too). It must run before
 * the stylesheets paint and must be static text, so the CSP can allow it by its sha256 hash.
 */
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const BOOT_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../src/prefs/boot.ts');

/** The boot script's code, minified (no trailing newline, so its hash is that of the inlined text). */
export function bootScript(entry = BOOT_ENTRY): string {
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return out.outputFiles[0]!.text.trim();
}

export function prefsBoot(entry = BOOT_ENTRY): Plugin {
  return {
    name: 'margin-prefs-boot',
    transformIndexHtml: {
      order: 'pre',
      // Right before <title>: after <meta charset> (and the CSP meta scripts/csp.ts puts there), ahead
      // of every stylesheet (prerender moves them after </title>).
      handler: (html) => {
        if (!/<title>/.test(html)) throw new Error('index.html has no <title> to put the prefs boot script before');
        return html.replace(/([ \t]*)<title>/, (_m, indent: string) => `${indent}<script>${bootScript(entry)}</script>\n${indent}<title>`);
      },
    },
  };
}
