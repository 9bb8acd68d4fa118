/**
 * tsx scripts/prerender.ts [--dist DIR] [--ssr DIR] — the last step of `npm run build`.
 *
 * For every article in DIR/articles/index.json, renders the reader page with the SSR bundle
 * (`vite build --ssr src/entry-server.tsx`) into DIR/a/<id>/index.html (and the same page as
 * DIR/a/<id>.html, which is what `vite preview` serves for /a/<id>): the built SPA shell with
 * the article's markup inside #root, its data in <script id="margin-data">, and its <title>.
 * DIR/index.html stays the plain SPA shell (the service worker's fallback for every route).
 *
 * DIR defaults to $MARGIN_DIST or dist, the SSR folder to $MARGIN_SSR_DIST or dist-ssr.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateArticle, validateIndex } from '../src/domain/article/schema';
import type { Article } from '../src/domain/article/types';
import type { RenderedPage } from '../src/entry-server';

export const APP_HTML = '<!--app-html-->';
export const APP_DATA = '<!--app-data-->';

type ServerEntry = typeof import('../src/entry-server');

/** The built index.html with a rendered page put in; throws if the shell lost its placeholders. */
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
export async function prerender(options: { dist: string; ssr: string; articles?: Article[] }): Promise<string[]> {
  const dist = resolve(options.dist);
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = await loadServerEntry(options.ssr);
  let articles = options.articles;
  if (!articles) {
    const index = validateIndex(JSON.parse(readFileSync(join(dist, 'articles', 'index.json'), 'utf8')));
    if (!index.ok) throw new Error(`articles/index.json: ${index.error}`);
    articles = index.value.articles.map((a) => readArticle(dist, a.id));
  }
  const written: string[] = [];
  for (const article of articles) {
    const page = await entry.renderArticlePage(article);
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
