/**
 * 7. npm run bench -- --only library (not part of a plain `npm run bench`: it builds two large libraries).
 *
 * A library of thousands (issue #13): the 2,000 corpus articles (../shared/corpus/baomoi-2017) and
 * 10,000 (the same repeated with new ids), beside the bundled library, in the same run:
 *   - ingest time (`npm run ingest -- <folder> --out DIR`), build time and dist/ size;
 *   - library first paint (navigation → first row painted, Element Timing), cold, vs the bundled one;
 *   - bytes and requests of a first visit (page and service worker, until the precache is done);
 *   - search: keystroke → results for that text painted, while typing five queries letter by letter;
 *   - /people first paint.
 * The bundled library is the runner's build (bench/.fixtures/dist). Everything generated lives in
 * bench/.fixtures/library (ignored by git). Without ../shared the section says so and measures nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../playwright.config';
import { DIST, ROOT } from '../lib/paths';
import { addNA, addSeries, addValue, atMost } from '../lib/report';
import { freePort, startPreview } from '../lib/server';
import type { BenchContext, Section } from './types';

const S = '7. Library at scale: bundled, 2,000 and 10,000 articles';
/** ../shared beside the clone (a worktree sits one folder deeper, so its parent's sibling counts too). */
const CORPUS_CANDIDATES = [resolve(ROOT, '..', 'shared', 'corpus', 'baomoi-2017'), resolve(ROOT, '..', '..', 'shared', 'corpus', 'baomoi-2017')];
const OUT = join(ROOT, 'bench', '.fixtures', 'library');
const QUERIES = ['nguyen xuan phuc', 'đảng ủy', 'bo truong', 'ha noi', 'tăng trưởng'];

interface Built {
  name: string;
  articles: number;
  dist: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { ms: number; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${out.slice(-4000)}`);
  return { ms: performance.now() - t, out };
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The corpus repeated (each copy with new ids) up to `total` articles, and the index rebuilt to match. */
function repeatLibrary(from: string, to: string, total: number): number {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const index = JSON.parse(readFileSync(join(from, 'index.json'), 'utf8')) as { articles: { id: string }[] };
  const rows: unknown[] = [];
  for (let copy = 0; rows.length < total; copy++) {
    for (const row of index.articles) {
      if (rows.length === total) break;
      const article = JSON.parse(readFileSync(join(from, `${row.id}.json`), 'utf8')) as { id: string };
      const id = copy === 0 ? row.id : `${row.id}-r${copy + 1}`;
      writeFileSync(join(to, `${id}.json`), JSON.stringify({ ...article, id }));
      rows.push({ ...row, id });
    }
  }
  writeFileSync(join(to, 'index.json'), JSON.stringify({ ...index, articles: rows }));
  return rows.length;
}

/** Contexts as in the other sections: 1280×900, Vietnamese (the search box is then named "Tìm"). */
function newContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'vi-VN', serviceWorkers });
}

/** A function as page script: tsx's keepNames wraps inner functions in `__name`, which the page lacks. */
function inPage(fn: (arg: string) => unknown, arg?: string): string;
function inPage(fn: () => unknown): string;
function inPage(fn: (arg: string) => unknown, arg = ''): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

/**
 * Evaluates `expression` in the page every 50 ms until it is a number > 0; NaN after `timeoutMs`.
 * Not waitForFunction: Playwright evals its predicate in the page, and on some builds the CSP refused it.
 */
async function pollNumber(page: Page, expression: string, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate(expression);
    if (typeof v === 'number' && v > 0) return v;
    if (Date.now() > end) return Number.NaN;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Arms a recorder: the next keystroke in the search box, and the frame after the results show `want`. */
function armQuery(want: string): void {
  const k = { down: 0, at: 0 };
  (window as unknown as { __k: typeof k }).__k = k;
  // Letters with diacritics arrive as text input with no keydown: the clock starts at whichever comes first.
  const start = (e: Event) => void (k.down ||= e.timeStamp);
  const box = document.querySelector('input[type="search"]')!;
  box.addEventListener('keydown', start, { once: true });
  box.addEventListener('beforeinput', start, { once: true });
  const obs = new MutationObserver(() => {
    if (k.down && document.querySelector('[data-search-query]')?.getAttribute('data-search-query') === want) {
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => (k.at = performance.now()), 0));
    }
  });
  obs.observe(document.body, { subtree: true, childList: true, attributes: true });
}

/** Element Timing on the first row's heading (the block holding its text) of the library or people list. */
function installListProbe(): void {
  const w = window as unknown as { __lib: { firstRowAt: number | null } };
  w.__lib = { firstRowAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
      if (e.identifier === 'first-row' && w.__lib.firstRowAt === null) w.__lib.firstRowAt = e.renderTime || e.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  // Chromium times text against its nearest block-level box: elementtiming on the inline link never reports.
  const tag = () => {
    const row = document.querySelector('.article-list > li h2, .people-list > li :is(h2, h3)');
    if (row && !row.hasAttribute('elementtiming')) row.setAttribute('elementtiming', 'first-row');
  };
  new MutationObserver(tag).observe(document, { childList: true, subtree: true });
}

export async function firstPaint(browser: Browser, origin: string, path: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, 'block');
    await context.addInitScript(inPage(installListProbe));
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    out.push(await pollNumber(page, 'window.__lib.firstRowAt', 30_000));
    await context.close();
  }
  return out;
}

/** Every response of a cold first visit to / (page and service worker) until the precache is done. */
export async function firstVisit(browser: Browser, origin: string): Promise<{ bytes: number; requests: number }> {
  const context = await newContext(browser, 'allow');
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    requests++;
    pending.push(
      request
        .sizes()
        .then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize))
        .catch(() => undefined),
    );
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  await context.close();
  return { bytes, requests };
}

/**
 * Types each query letter by letter into the search box. For every keystroke: from its keydown (or
 * beforeinput) event to the frame after the results list shows that text (data-search-query), in ms.
 */
export async function searchLatency(browser: Browser, origin: string): Promise<number[]> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const box = page.getByRole('searchbox', { name: 'Tìm' });
  await box.waitFor();
  // Loads the search engine (the first query also does in real use; it is not counted). Two letters:
  // one letter is not searched (the box asks for a second), so it would not load the engine's chunks.
  await box.fill('an');
  await page.locator('[data-search-query="an"] .search-hit').first().waitFor({ timeout: 30_000 });
  await box.fill('');
  const out: number[] = [];
  for (const query of QUERIES) {
    await box.fill('');
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      if (text.endsWith(' ')) {
        await page.keyboard.type(' ');
        continue;
      }
      await page.evaluate(inPage(armQuery, text.trim()));
      await page.keyboard.type(query[i - 1]!);
      out.push(await pollNumber(page, 'window.__k.at > 0 && window.__k.at - window.__k.down', 10_000));
    }
  }
  await context.close();
  return out;
}

interface Prepared {
  libraries: Built[];
  /** Node-side figures: ingest and build times (ms), measured when the libraries were made. */
  times: Record<string, number>;
  ingestSummary: string;
}

/**
 * Ingests the corpus, makes the 10,000-article copy and builds both libraries (no browser needed, so
 * it can run before taking the shared Chromium lock: `tsx bench/sections/library.ts --prepare`).
 */
export function prepareLibraries(corpus: string): Prepared {
  mkdirSync(OUT, { recursive: true });
  const lib2k = join(OUT, 'articles-2k');
  const lib10k = join(OUT, 'articles-10k');
  const times: Record<string, number> = {};
  rmSync(lib2k, { recursive: true, force: true });
  const ingest = run('npm', ['run', '--silent', 'ingest', '--', corpus, '--out', lib2k]);
  const ingestSummary = ingest.out.trim().split('\n').filter((l) => /written|skipped/.test(l)).pop()?.trim() ?? '';
  times.ingest = ingest.ms;
  times.ingestAgain = run('npm', ['run', '--silent', 'ingest', '--', corpus, '--out', lib2k]).ms;
  const n2k = (JSON.parse(readFileSync(join(lib2k, 'index.json'), 'utf8')) as { articles: unknown[] }).articles.length;
  const n10k = repeatLibrary(lib2k, lib10k, 10_000);
  const libraries: Built[] = [
    { name: '2k', articles: n2k, dist: join(OUT, 'dist-2k') },
    { name: '10k', articles: n10k, dist: join(OUT, 'dist-10k') },
  ];
  for (const lib of libraries) {
    process.stdout.write(` [building ${lib.name}: ${lib.articles} articles]`);
    const articlesDir = lib.name === '2k' ? lib2k : lib10k;
    times[`build-${lib.name}`] = run('npm', ['run', 'build'], { MARGIN_LIBRARY: articlesDir, MARGIN_DIST: lib.dist, MARGIN_SSR_DIST: `${lib.dist}-ssr` }).ms;
  }
  const prepared = { libraries, times, ingestSummary };
  writeFileSync(join(OUT, 'prepared.json'), JSON.stringify(prepared, null, 1));
  return prepared;
}

async function libraryBench({ runs }: BenchContext): Promise<Record<string, unknown>> {
  const corpus = CORPUS_CANDIDATES.find((c) => existsSync(c)) ?? null;
  if (!corpus) {
    addNA(S, 'everything', '', '../shared/corpus/baomoi-2017 is absent');
    return {};
  }
  // MARGIN_BENCH_REUSE=1: use what --prepare made (and the times it measured) instead of rebuilding.
  const saved = join(OUT, 'prepared.json');
  const prepared: Prepared =
    process.env.MARGIN_BENCH_REUSE === '1' && existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as Prepared) : prepareLibraries(corpus);
  const { times } = prepared;
  addValue(S, '2k: ingest of the corpus folder', 'ms', times.ingest ?? Number.NaN, undefined, prepared.ingestSummary);
  addValue(S, '2k: ingest again, nothing changed', 'ms', times.ingestAgain ?? Number.NaN);
  const bundledCount = (JSON.parse(readFileSync(join(ROOT, 'public', 'articles', 'index.json'), 'utf8')) as { articles: unknown[] }).articles.length;
  const libraries: Built[] = [{ name: 'bundled', articles: bundledCount, dist: DIST }, ...prepared.libraries];
  for (const lib of libraries) {
    if (lib.name !== 'bundled') addValue(S, `${lib.name}: build time (npm run build, ${lib.articles} articles)`, 'ms', times[`build-${lib.name}`] ?? Number.NaN);
    const size = dirSize(lib.dist);
    addValue(S, `${lib.name}: dist/ size`, 'MB', size.bytes / 1e6, undefined, `${size.files.toLocaleString('en-US')} files`);
  }

  const details: Record<string, unknown> = {};
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    let bundledMedian = Number.NaN;
    for (const lib of libraries) {
      const preview = await startPreview(ROOT, lib.dist, await freePort());
      try {
        const paint = await firstPaint(browser, preview.origin, '/', runs);
        const median = addSeries(S, `${lib.name}: library first paint (cold, first row)`, 'ms', paint).median;
        if (lib.name === 'bundled') bundledMedian = median;
        else addValue(S, `${lib.name}: library first paint / bundled`, 'x', median / bundledMedian, atMost(1.2));
        const visit = await firstVisit(browser, preview.origin);
        addValue(S, `${lib.name}: first visit, bytes (page + service worker)`, 'MB', visit.bytes / 1e6, lib.name === 'bundled' ? undefined : atMost(2, '≤ 2 MB'));
        addValue(S, `${lib.name}: first visit, requests`, '', visit.requests);
        const keys = await searchLatency(browser, preview.origin);
        const sorted = keys.filter(Number.isFinite).sort((a, b) => a - b);
        const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
        addSeries(S, `${lib.name}: search keystroke → results painted`, 'ms', keys, undefined, `${sorted.length} keystrokes`);
        addValue(S, `${lib.name}: search keystroke → results painted, p95`, 'ms', p95, atMost(100, '≤ 100 ms'));
        const people = await firstPaint(browser, preview.origin, '/people', runs);
        addSeries(S, `${lib.name}: /people first paint (cold, first row)`, 'ms', people);
        details[lib.name] = { articles: lib.articles, paint, visit, keys, people };
      } finally {
        await preview.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return details;
}

export const library: Section = { key: 'library', label: '7. library at scale (ingest, build, 2k and 10k)', browser: false, optIn: true, run: libraryBench };



if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename) && process.argv.includes('--prepare')) {
  const corpus = CORPUS_CANDIDATES.find((c) => existsSync(c));
  if (!corpus) throw new Error('../shared/corpus/baomoi-2017 is absent');
  const p = prepareLibraries(corpus);
  console.log(`\nprepared: ${JSON.stringify(p.times)}`);
}
