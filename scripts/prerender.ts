/**
 * tsx scripts/prerender.ts [--dist DIR] [--ssr DIR] — the last step of `npm run build`.
 *
 * For every article in DIR/articles/index.json, renders the reader page with the SSR bundle
 * (`vite build --ssr src/entry-server.tsx`) into DIR/a/<id>/index.html (and the same page as
 * DIR/a/<id>.html, which is what `vite preview` serves for /a/<id>): the built SPA shell with
 * the article's markup inside #root, its data in <script id="margin-data">, its <title>, and
 * the CSS ahead of the JavaScript in <head> (see articleShell).
 * DIR/index.html stays the plain SPA shell (the service worker's fallback for every route).
 * DIR/sw-pages.json lists the pages for the service worker to keep when the library is kept whole.
 *
 * DIR defaults to $MARGIN_DIST or dist, the SSR folder to $MARGIN_SSR_DIST or dist-ssr.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateArticle, validateIndex } from '../src/domain/article/schema';
import type { Article } from '../src/domain/article/types';
import type { RenderedPage } from '../src/entry-server';
import { criticalCss, spread } from './criticalCss';
import { SW_PAGES_FILE, swPages } from './offlinePolicy';

export const APP_HTML = '<!--app-html-->';
export const APP_DATA = '<!--app-data-->';

type ServerEntry = typeof import('../src/entry-server');

/**
 * The head of an article page: the built shell with, right after <title>, the stylesheets — inlined as <style> (the critical CSS: a prerendered page is
 * readable with it alone, one request less before the text; the CSP allows it by its sha256,
 * scripts/csp.ts) or, when a file cannot be read, its <link> moved up from below the module
 * script — and without the `<link rel="modulepreload">`s. The JavaScript is only needed to
 * hydrate, so it must not compete with CSS and fonts: over HTTP/1.1 (six connections) or through
 * the service worker, sixteen module preloads delayed the text (`npm run bench`: about 20 ms of
 * ~250 cold and ~150 warm). The entry's imports are then fetched when it runs, one round trip later.
 * No font is preloaded: Chromium holds a page's first frame while a preloaded font is in flight
 * (a trace of a cold visit: lifecycle updates began 120 ms after the parse, on the preload's timer);
 * unpreloaded, the text paints at once in the metric-matched fallback and the faces swap in after.
 */
export function articleShell(
  shell: string,
  readAsset: (href: string) => string | null,
  appStyles: readonly string[] = [],
  critical?: string,
): string {
  const linked = shell.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
  const preloads = shell.match(/<link\b[^>]*\brel="modulepreload"[^>]*>/g) ?? [];
  let out = shell;
  // The application's own stylesheets (the chunk that hydrates): the page shows its panels before that code arrives.
  const styles = [...linked, ...appStyles.filter((href) => !shell.includes(`href="${href}"`)).map((href) => `<link rel="stylesheet" crossorigin href="${href}">`)];
  for (const link of [...linked, ...preloads]) out = out.replace(new RegExp(`\\n?[ \\t]*${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '');
  const readable = (link: string) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    const css = href ? readAsset(href) : null;
    return css && !/<\/style/i.test(css) ? css.trim() : null;
  };
  // A disabled link is never fetched, and Vite's preload helper skips a stylesheet the page already
  // links, so a lazily loaded chunk that lists this CSS as a dependency does not fetch it either.
  const disabled = (link: string) => link.replace(/>$/, ' disabled>');
  const inlined =
    critical === undefined
      ? styles.map((link) => {
          const css = readable(link);
          return css ? `<style>${css}</style>\n    ${disabled(link)}` : link;
        })
      : // The critical rules alone; the full stylesheets are enabled after the first frame (src/prefs/textFirst.ts).
        [`<style>${critical.trim()}</style>`, ...styles.map((link) => (readable(link) ? disabled(link) : link))];
  const head = inlined.map((l) => `\n    ${l}`).join('');
  return out.replace('</title>', () => `</title>${head}`);
}

/** The chunk src/main.tsx imports to start the application (hydration). */
export const APP_CHUNK = 'src/app/start.tsx';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/**
 * The stylesheets (as /hrefs) of the application chunk and of the chunks it imports statically:
 * what Vite would load before hydrating, which a prerendered page must have from the start.
 */
export function appStylesheets(manifest: Record<string, ManifestChunk>, chunk = APP_CHUNK): string[] {
  const css: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = manifest[key];
    if (!entry) throw new Error(`the build manifest has no chunk ${key}`);
    for (const file of entry.css ?? []) if (!css.includes(`/${file}`)) css.push(`/${file}`);
    for (const dep of entry.imports ?? []) visit(dep);
  };
  visit(chunk);
  return css;
}

/** The article shell with a rendered page put in; throws if the shell lost its placeholders. */
export function fillTemplate(template: string, page: RenderedPage): string {
  for (const mark of [APP_HTML, APP_DATA]) {
    if (template.split(mark).length !== 2) throw new Error(`index.html must contain ${mark} exactly once`);
  }
  if (!/<title>[^<]*<\/title>/.test(template)) throw new Error('index.html has no <title>');
  // Functions as replacements: a `$&` or `$1` in an article must stay literal text.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`)
    .replace(APP_HTML, () => page.html)
    .replace(APP_DATA, () => page.dataScript);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function readArticle(dist: string, id: string): Article {
  const file = join(dist, 'articles', `${id}.json`);
  const checked = validateArticle(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error(`${file}: ${checked.error}`);
  if (checked.value.id !== id) throw new Error(`${file}: holds article "${checked.value.id}"`);
  return checked.value;
}

export async function loadServerEntry(ssrDir: string): Promise<ServerEntry> {
  return (await import(pathToFileURL(resolve(ssrDir, 'entry-server.js')).href)) as ServerEntry;
}

/** Prerenders the given articles (default: every one in the index) into dist/a/<id>/index.html and dist/a/<id>.html. */
/** The text of every stylesheet the shell and the application chunk link, in cascade order (unreadable ones left out). */
export function fullCss(shell: string, readAsset: (href: string) => string | null, appStyles: readonly string[]): string {
  const hrefs = [...(shell.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? []).map((l) => /\bhref="([^"]+)"/.exec(l)?.[1] ?? ''), ...appStyles];
  return [...new Set(hrefs)]
    .map((href) => (href ? readAsset(href) : null))
    .filter((css): css is string => css !== null)
    .join('\n');
}

export async function prerender(options: { dist: string; ssr: string; articles?: Article[] }): Promise<string[]> {
  const dist = resolve(options.dist);
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const shell = readFileSync(join(dist, 'index.html'), 'utf8');
  const readAsset = (href: string) => {
    const file = join(dist, href.replace(/^\//, ''));
    return href.startsWith('/') && existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const appStyles = appStylesheets(manifest);
  const entry = await loadServerEntry(options.ssr);
  let articles = options.articles;
  if (!articles) {
    const index = validateIndex(JSON.parse(readFileSync(join(dist, 'articles', 'index.json'), 'utf8')));
    if (!index.ok) throw new Error(`articles/index.json: ${index.error}`);
    articles = index.value.articles.map((a) => readArticle(dist, a.id));
    writeSwPages(dist, articles.map((a) => a.id));
  }
  // One critical stylesheet for every page of this run, from pages spread over it (one template).
  // One at a time: renders share the server entry's state, and concurrent ones came out as loading views.
  const sample = new Map<Article, RenderedPage>();
  for (const article of spread(articles)) sample.set(article, await entry.renderArticlePage(article));
  const critical = sample.size > 0 ? await criticalCss(fullCss(shell, readAsset, appStyles), [...sample.values()].map((p) => p.html)) : undefined;
  const template = articleShell(shell, readAsset, appStyles, critical);
  const written: string[] = [];
  for (const article of articles) {
    // The sample's pages are written as rendered for the critical CSS, not rendered again.
    const page = sample.get(article) ?? (await entry.renderArticlePage(article));
    const html = fillTemplate(template, page);
    const dir = join(dist, 'a', article.id);
    mkdirSync(dir, { recursive: true });
    // a/<id>/index.html answers /a/<id>/ on every static server; a/<id>.html answers /a/<id> on
    // `vite preview` (its fallback tries <path>.html before the SPA shell) and most other hosts.
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dist, 'a', `${article.id}.html`), html);
    written.push(join(dir, 'index.html'));
  }
  return written;
}

/** The whole library's page list for the service worker's static route (scripts/offlinePolicy.ts), or none. */
export function writeSwPages(dist: string, ids: readonly string[]): void {
  const file = join(dist, SW_PAGES_FILE);
  const list = swPages(ids);
  if (list) writeFileSync(file, JSON.stringify(list));
  else rmSync(file, { force: true });
}

async function main(argv: string[]): Promise<number> {
  let dist = process.env.MARGIN_DIST ?? 'dist';
  let ssr = process.env.MARGIN_SSR_DIST ?? 'dist-ssr';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') dist = argv[++i] ?? dist;
    else if (argv[i] === '--ssr') ssr = argv[++i] ?? ssr;
    else {
      console.error('usage: tsx scripts/prerender.ts [--dist DIR] [--ssr DIR]');
      return 2;
    }
  }
  try {
    const files = await prerender({ dist, ssr });
    console.log(`prerender: ${files.length} article pages in ${join(dist, 'a')}/`);
    return 0;
  } catch (e) {
    console.error(`prerender: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
