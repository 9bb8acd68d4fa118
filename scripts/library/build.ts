/**
 * tsx scripts/library/build.ts [--articles DIR] [--dist DIR] — also run by `npm run build` (the Vite
 * plugin in vite.config.ts calls buildLibrary after the client bundle is written, before the service
 * worker's precache list is made).
 *
 * From the articles (DIR/index.json and DIR/<id>.json) it writes into dist:
 *   library/index.json, library/v/<view>/<n>.json   the library list, paged per view (src/domain/library)
 *   people/index.json, people/page/<n>.json          the /people list, paged
 *   people/n/<name>.json                             everyone of one full name, with their articles
 *   pagefind/                                        the search index (scripts/library/searchIndex.ts)
 *   pagefind/margin-answers/                         answers to slow typing states (scripts/library/searchAnswers.ts)
 * and, when DIR is not dist/articles, copies the articles to dist/articles.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateArticle, validateIndex } from '../../src/domain/article/schema';
import type { Article } from '../../src/domain/article/types';
import { buildViews, libraryRow, viewPagePath } from '../../src/domain/library/views';
import { buildPeople, nameSlug, peopleSummaries } from '../../src/domain/people/index';
import { writeSearchAnswers } from './searchAnswers';
import { buildSearchIndex } from './searchIndex';

export const PEOPLE_PAGE_SIZE = 100;

/** Pagefind's own search UIs: Margin draws its own, so they are not shipped. */
const PAGEFIND_UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

export interface BuildResult {
  articles: number;
  people: number;
  answers: number;
  ms: { read: number; library: number; people: number; search: number; answers: number };
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

/** Reads and checks every article of DIR/index.json; a bad one stops the build with its name. */
export function readLibrary(articlesDir: string): { articles: Article[]; bytes: Map<string, number> } {
  const indexFile = join(articlesDir, 'index.json');
  const index = validateIndex(JSON.parse(readFileSync(indexFile, 'utf8')));
  if (!index.ok) throw new Error(`${indexFile}: ${index.error}`);
  const bytes = new Map<string, number>();
  const articles = index.value.articles.map(({ id }) => {
    const file = join(articlesDir, `${id}.json`);
    const text = readFileSync(file, 'utf8');
    const checked = validateArticle(JSON.parse(text));
    if (!checked.ok) throw new Error(`${file}: ${checked.error}`);
    bytes.set(id, Buffer.byteLength(text));
    return checked.value;
  });
  return { articles, bytes };
}

export async function buildLibrary(options: { articlesDir: string; dist: string }): Promise<BuildResult> {
  const dist = resolve(options.dist);
  const articlesDir = resolve(options.articlesDir);
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };

  const { articles, bytes } = readLibrary(articlesDir);
  const target = join(dist, 'articles');
  if (articlesDir !== target) {
    rmSync(target, { recursive: true, force: true });
    cpSync(articlesDir, target, { recursive: true, filter: (src) => src === articlesDir || src.endsWith('.json') });
  }
  const read = lap();

  for (const dir of ['library', 'people', 'pagefind']) rmSync(join(dist, dir), { recursive: true, force: true });
  const { head, views } = buildViews(articles.map((a) => libraryRow(a, bytes.get(a.id) ?? 0)));
  writeJson(join(dist, 'library', 'index.json'), head);
  for (const [key, rows] of views) {
    for (let p = 0; p * head.pageSize < rows.length; p++) {
      writeJson(join(dist, viewPagePath(key, p)), rows.slice(p * head.pageSize, (p + 1) * head.pageSize));
    }
  }
  const library = lap();

  const groups = buildPeople(articles);
  const summaries = peopleSummaries(groups);
  writeJson(join(dist, 'people', 'index.json'), {
    version: 1,
    total: summaries.length,
    pageSize: PEOPLE_PAGE_SIZE,
    first: summaries.slice(0, PEOPLE_PAGE_SIZE),
  });
  for (let p = 1; p * PEOPLE_PAGE_SIZE < summaries.length; p++) {
    writeJson(join(dist, 'people', 'page', `${p}.json`), summaries.slice(p * PEOPLE_PAGE_SIZE, (p + 1) * PEOPLE_PAGE_SIZE));
  }
  for (const group of groups) writeJson(join(dist, 'people', 'n', `${nameSlug(group.name)}.json`), group);
  const people = lap();

  await buildSearchIndex(articles, join(dist, 'pagefind'));
  for (const f of PAGEFIND_UNUSED) rmSync(join(dist, 'pagefind', f), { force: true });
  const search = lap();
  const stored = await writeSearchAnswers(articles, join(dist, 'pagefind'));
  const answers = lap();

  return { articles: articles.length, people: summaries.length, answers: stored.written, ms: { read, library, people, search, answers } };
}

async function main(argv: string[]): Promise<number> {
  let articlesDir = process.env.MARGIN_LIBRARY ?? 'public/articles';
  let dist = process.env.MARGIN_DIST ?? 'dist';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') articlesDir = argv[++i] ?? articlesDir;
    else if (argv[i] === '--dist') dist = argv[++i] ?? dist;
    else {
      console.error('usage: tsx scripts/library/build.ts [--articles DIR] [--dist DIR]');
      return 2;
    }
  }
  if (!existsSync(join(articlesDir, 'index.json'))) {
    console.error(`library: no index.json in ${articlesDir}`);
    return 1;
  }
  try {
    const r = await buildLibrary({ articlesDir, dist });
    console.log(`library: ${r.articles} articles, ${r.people} people, ${r.answers} stored search answers (${JSON.stringify(r.ms)} ms)`);
    return 0;
  } catch (e) {
    console.error(`library: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
