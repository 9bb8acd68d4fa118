/**
 * The Content-Security-Policy of every built page, as a <meta> tag right after <meta charset>.
 * Scripts only from this origin, never 'unsafe-inline': an inline <script> or <style> in a built page
 * (the before-first-paint preferences script, critical CSS) is allowed by the sha256 of its exact text,
 * computed here at build time, so an edit to it can never be forgotten in the policy.
 *
 * Used twice: as a Vite plugin on index.html (so the service worker precaches the final shell) and as
 * `tsx scripts/csp.ts [--dist DIR]`, the last build step, on every page prerender wrote.
 * `frame-ancestors` has no effect in a <meta> (browsers ignore it there and warn), so it is only in the
 * headers README recommends for a deployment (CSP_HEADER).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Script types a browser runs; anything else (application/json data) is inert and needs no hash. */
const RUNNABLE = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);

export interface InlineHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** sha256 sources of every inline script, <style> and style="" attribute of a page. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'src')) continue;
    const type = attr(attrs, 'type');
    if (!RUNNABLE.test((type?.[2] ?? type?.[3] ?? type?.[4] ?? '').trim())) continue;
    scripts.add(hash(m[2] ?? ''));
  }
  const styles = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => hash(m[1] ?? '')));
  const styleAttributes = new Set(
    [...html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => hash(decodeEntities(m[2] ?? m[3] ?? ''))),
  );
  return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/** Attribute values are hashed as the browser sees them, after entity decoding. */
function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The policy. 'wasm-unsafe-eval' lets the search index (Pagefind) compile its WebAssembly; it does not
 * allow eval() of JavaScript. Images may be data: URLs (CSS icons); everything else is this origin.
 */
export function policy(h: InlineHashes = { scripts: [], styles: [], styleAttributes: [] }): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...h.scripts].join(' '),
    ["style-src 'self'", ...h.styles].join(' '),
    ...(h.styleAttributes.length > 0 ? [["style-src-attr 'unsafe-hashes'", ...h.styleAttributes].join(' ')] : []),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  return directives.join('; ');
}

/** The same policy as a response header, with what only a header can carry. */
export const CSP_HEADER = `${policy()}; frame-ancestors 'none'`;

const META = /\s*<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;

/** The page with its policy (replacing an older one): idempotent. */
export function applyCsp(html: string): string {
  const withoutOld = html.replace(META, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(withoutOld))}" />`;
  const head = /<head\b[^>]*>/i.exec(withoutOld);
  if (!head) throw new Error('applyCsp: the page has no <head>');
  // Right after <meta charset> when that comes first; else first in <head>, ahead of any inline code.
  const charset = /<meta\s+charset=[^>]*>/i.exec(withoutOld);
  const codeFirst = /<(script|style|link)\b/i.exec(withoutOld.slice(head.index));
  const afterCharset = charset && (!codeFirst || charset.index < head.index + codeFirst.index);
  const at = afterCharset ? charset.index + charset[0].length : head.index + head[0].length;
  return `${withoutOld.slice(0, at)}\n    ${tag}${withoutOld.slice(at)}`;
}

/** For vite.config.ts: the built index.html gets its policy before the service worker precaches it. */
export function cspPlugin(): Plugin {
  return { name: 'margin-csp', apply: 'build', transformIndexHtml: { order: 'post', handler: applyCsp } };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Rewrites every page of a built folder; returns how many changed. */
export function applyCspToDist(dist: string): number {
  let changed = 0;
  for (const file of htmlFiles(dist)) {
    const before = readFileSync(file, 'utf8');
    const after = applyCsp(before);
    if (after !== before) {
      writeFileSync(file, after);
      changed++;
    }
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const i = process.argv.indexOf('--dist');
  const dist = resolve(i > 0 ? process.argv[i + 1]! : (process.env.MARGIN_DIST ?? 'dist'));
  const changed = applyCspToDist(dist);
  console.log(`csp: ${changed} page(s) updated in ${dist}`);
}
