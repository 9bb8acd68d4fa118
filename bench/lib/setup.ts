/** Builds the app into bench/.fixtures/dist and adds the bench's own pages and articles to that copy. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build as viteBuild } from 'vite';
import { validateArticle } from '../../src/domain/article/schema';
import type { Article, Block, Entity } from '../../src/domain/article/types';
import { applyCspToDist } from '../../scripts/csp';
import { prerender } from '../../scripts/prerender';
import { largeArticle, spreadHighlights, staticArticleHtml, styleLinks } from './fixtures';
import { BARE_PATH, DIST, FIXTURES, LARGE_CHARS, LARGE_HIGHLIGHTS, LARGE_ID, LARGE_SPA_ID, ROOT, SEED, SSR, STATIC_PATH } from './paths';

export type Extractor = (blocks: readonly Block[]) => Entity[];

export interface Fixtures {
  bundled: Article[];
  seed: Article;
  large: Article;
  largeHighlights: ReturnType<typeof spreadHighlights>;
  extractor: Extractor | null;
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${out}`);
  return out;
}

/** `npm run build` into the bench's own folders; returns the client bundle's JS/CSS lines. */
export function buildApp(): string[] {
  console.log('Building the production app (npm run build → bench/.fixtures/dist)…');
  rmSync(DIST, { recursive: true, force: true });
  const out = run('npm', ['run', 'build'], { MARGIN_DIST: DIST, MARGIN_SSR_DIST: SSR });
  return out
    .split('\n')
    .filter((l) => /assets\/.*\.(js|css)\s/.test(l) && !l.includes('dist-ssr'))
    .map((l) => l.replace(/^.*?assets\//, 'assets/').replace(/\s+/g, ' ').trim());
}

async function loadExtractor(): Promise<Extractor | null> {
  try {
    const mod = (await import(new URL('../../src/domain/entities/index.ts', import.meta.url).href)) as { extractEntities?: Extractor };
    return typeof mod.extractEntities === 'function' ? mod.extractEntities : null;
  } catch {
    return null;
  }
}

function readBundled(): Article[] {
  const dir = join(DIST, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('bench-'))
    .sort()
    .map((f) => {
      const checked = validateArticle(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!checked.ok) throw new Error(`${f}: ${checked.error}`);
      return checked.value;
    });
}

function writePage(path: string, html: string): void {
  for (const root of [FIXTURES, DIST]) {
    const file = join(root, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}

export async function makeFixtures(): Promise<Fixtures> {
  const bundled = readBundled();
  const seed = bundled.find((a) => a.id === SEED);
  if (!seed) throw new Error(`the seed article ${SEED} is not in the build`);

  // The static twin (same stylesheet and fonts, no script) and the bare page (nothing but HTML).
  const prerendered = readFileSync(join(DIST, 'a', SEED, 'index.html'), 'utf8');
  writePage(STATIC_PATH, staticArticleHtml(seed, styleLinks(prerendered)));
  writePage(BARE_PATH, staticArticleHtml(seed, []));

  // The large article, with the real extractor's entities and 1,000 highlights.
  const extractor = await loadExtractor();
  const large = largeArticle(bundled, LARGE_CHARS, extractor);
  const checked = validateArticle(large);
  if (!checked.ok) throw new Error(`generated large article is invalid: ${checked.error}`);
  const largeHighlights = spreadHighlights(large, LARGE_HIGHLIGHTS);
  writeFileSync(join(FIXTURES, `${LARGE_ID}.json`), JSON.stringify(large));
  writeFileSync(join(DIST, 'articles', `${LARGE_ID}.json`), JSON.stringify(large));
  // The same article under another id, not prerendered: the client-rendered path (SPA shell + fetch).
  writeFileSync(join(DIST, 'articles', `${LARGE_SPA_ID}.json`), JSON.stringify({ ...large, id: LARGE_SPA_ID }));
  await prerender({ dist: DIST, ssr: SSR, articles: [large] });
  // As `npm run build` does for its own pages: without the inline styles' hashes in its policy the
  // large article would be measured unstyled (no content-visibility, no fonts, no layout of the panels).
  applyCspToDist(join(DIST, 'a'));

  // The storage page: Margin's real storage module, on the app's origin.
  await viteBuild({
    configFile: false,
    root: join(ROOT, 'bench', 'pages'),
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: join(DIST, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: [join(ROOT, 'bench', 'pages', 'storage.html'), join(ROOT, 'bench', 'pages', 'own.html')] },
    },
  });
  return { bundled, seed, large, largeHighlights, extractor };
}
