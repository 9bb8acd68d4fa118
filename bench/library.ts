/**
 * npm run bench -- --only library   (or on its own: tsx bench/library.ts [--runs N] [--skip-build])
 *
 * A library of thousands (issue #13): the 2,000 corpus articles (../shared/corpus/baomoi-2017) and
 * 10,000 (the same repeated with new ids), beside the bundled library, in the same run:
 *   - ingest time (`npm run ingest -- <folder> --out DIR`), build time and dist/ size;
 *   - library first paint (navigation → first row painted, Element Timing), cold, vs the bundled one;
 *   - bytes and requests of a first visit (page and service worker, until the precache is done);
 *   - search: keystroke → results for that text painted, while typing five queries letter by letter;
 *   - /people first paint.
 * Everything generated lives in bench/.fixtures/library (ignored by git). Figures are reported,
 * never asserted. Without ../shared the section says so and measures nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';
import { freePort, startPreview } from './lib/server';
import { summarize, table, type Summary } from './lib/stats';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'baomoi-2017');
const CORPUS_FALLBACK = '/work/shared/corpus/baomoi-2017';
const OUT = join(ROOT, 'bench', '.fixtures', 'library');
const RESULTS = join(ROOT, 'bench', 'library-results.json');
const QUERIES = ['nguyen xuan phuc', 'đảng ủy', 'bo truong', 'ha noi', 'tăng trưởng'];

export interface LibraryRow {
  library: string;
  metric: string;
  unit: string;
  value?: number;
  summary?: Summary;
  target?: string;
  status?: 'ok' | 'MISS' | '';
}

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

/** The corpus repeated `times` times, each copy with new ids (and the index rebuilt to match). */
function repeatLibrary(from: string, to: string, times: number): number {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const index = JSON.parse(readFileSync(join(from, 'index.json'), 'utf8')) as { articles: { id: string }[] };
  const rows: unknown[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const row of index.articles) {
      const article = JSON.parse(readFileSync(join(from, `${row.id}.json`), 'utf8')) as { id: string };
      const id = copy === 0 ? row.id : `${row.id}-r${copy + 1}`;
      writeFileSync(join(to, `${id}.json`), JSON.stringify({ ...article, id }));
      rows.push({ ...row, id });
    }
  }
  writeFileSync(join(to, 'index.json'), JSON.stringify({ ...index, articles: rows }));
  return rows.length;
}

/** Element Timing on the first row of the library or people list, and on search results. */
function installListProbe(): void {
  const w = window as unknown as { __lib: { firstRowAt: number | null } };
  w.__lib = { firstRowAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
      if (e.identifier === 'first-row' && w.__lib.firstRowAt === null) w.__lib.firstRowAt = e.renderTime || e.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  const tag = () => {
    const row = document.querySelector('.article-list li h2 a, .people-list li a');
    if (row && !row.hasAttribute('elementtiming')) row.setAttribute('elementtiming', 'first-row');
  };
  new MutationObserver(tag).observe(document, { childList: true, subtree: true });
}

async function firstPaint(browser: Browser, origin: string, path: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(installListProbe);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const at = await page
      .waitForFunction(() => (window as unknown as { __lib: { firstRowAt: number | null } }).__lib.firstRowAt, null, { timeout: 30_000 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => Number.NaN);
    out.push(at);
    await context.close();
  }
  return out;
}

/** Every response of a cold first visit to / (page and service worker) until the precache is done. */
async function firstVisit(browser: Browser, origin: string): Promise<{ bytes: number; requests: number }> {
  const context: BrowserContext = await browser.newContext();
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
 * Types each query letter by letter into the search box. For every keystroke: from the keydown
 * event to the frame after the results list shows that text (its data-query), in ms.
 */
async function searchLatency(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const box = page.getByRole('searchbox', { name: 'Tìm' });
  await box.waitFor();
  // Loads the search engine (the first query also does in real use; it is measured apart).
  await box.fill('a');
  await page.locator('[data-search-query="a"]').waitFor({ timeout: 30_000 });
  await box.fill('');
  const out: number[] = [];
  for (const query of QUERIES) {
    await box.fill('');
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      if (text.endsWith(' ')) continue;
      const measured = page.evaluate(
        (want) =>
          new Promise<number>((ok) => {
            const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            let down = 0;
            input.addEventListener('keydown', (e) => (down = e.timeStamp), { once: true });
            const check = () => {
              const el = document.querySelector('[data-search-query]');
              if (down && el?.getAttribute('data-search-query') === want) {
                obs.disconnect();
                requestAnimationFrame(() => setTimeout(() => ok(performance.now() - down), 0));
              }
            };
            const obs = new MutationObserver(check);
            obs.observe(document.body, { subtree: true, childList: true, attributes: true });
            setTimeout(() => ok(Number.NaN), 10_000);
          }),
        text.trim(),
      );
      await page.keyboard.type(query[i - 1]!);
      out.push(await measured);
    }
  }
  await context.close();
  return out;
}

export async function libraryBench(options: { runs: number; skipBuild: boolean }): Promise<LibraryRow[]> {
  const corpus = existsSync(CORPUS) ? CORPUS : existsSync(CORPUS_FALLBACK) ? CORPUS_FALLBACK : null;
  const rows: LibraryRow[] = [];
  const add = (row: LibraryRow) => rows.push(row);
  if (!corpus) {
    console.log('  library: ../shared/corpus/baomoi-2017 is absent: nothing measured.');
    return rows;
  }
  mkdirSync(OUT, { recursive: true });
  const lib2k = join(OUT, 'articles-2k');
  const lib10k = join(OUT, 'articles-10k');

  if (!options.skipBuild || !existsSync(join(lib2k, 'index.json'))) {
    rmSync(lib2k, { recursive: true, force: true });
    const ingest = run('npm', ['run', '--silent', 'ingest', '--', corpus, '--out', lib2k]);
    const summary = ingest.out.trim().split('\n').filter((l) => /written|skipped/.test(l)).pop() ?? '';
    add({ library: '2k', metric: `ingest of the corpus folder (${summary.trim()})`, unit: 'ms', value: ingest.ms });
    const again = run('npm', ['run', '--silent', 'ingest', '--', corpus, '--out', lib2k]);
    add({ library: '2k', metric: 'ingest again, nothing changed', unit: 'ms', value: again.ms });
  }
  const n2k = (JSON.parse(readFileSync(join(lib2k, 'index.json'), 'utf8')) as { articles: unknown[] }).articles.length;
  const n10k = repeatLibrary(lib2k, lib10k, Math.ceil(10_000 / n2k));

  const libraries: Built[] = [
    { name: 'bundled', articles: 0, dist: join(OUT, 'dist-bundled') },
    { name: '2k', articles: n2k, dist: join(OUT, 'dist-2k') },
    { name: '10k', articles: n10k, dist: join(OUT, 'dist-10k') },
  ];
  for (const lib of libraries) {
    const articlesDir = lib.name === 'bundled' ? join(ROOT, 'public', 'articles') : lib.name === '2k' ? lib2k : lib10k;
    lib.articles = (JSON.parse(readFileSync(join(articlesDir, 'index.json'), 'utf8')) as { articles: unknown[] }).articles.length;
    if (!options.skipBuild || !existsSync(join(lib.dist, 'index.html'))) {
      process.stdout.write(`  library: building ${lib.name} (${lib.articles} articles)…`);
      const built = run('npm', ['run', 'build'], {
        MARGIN_LIBRARY: articlesDir,
        MARGIN_DIST: lib.dist,
        MARGIN_SSR_DIST: `${lib.dist}-ssr`,
      });
      console.log(` ${Math.round(built.ms / 1000)} s`);
      add({ library: lib.name, metric: 'build time (npm run build)', unit: 'ms', value: built.ms });
    }
    const size = dirSize(lib.dist);
    add({ library: lib.name, metric: `dist/ size (${size.files.toLocaleString('en-US')} files)`, unit: 'MB', value: size.bytes / 1e6 });
  }

  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const bundledPaint: number[] = [];
    for (const lib of libraries) {
      const preview = await startPreview(ROOT, lib.dist, await freePort());
      try {
        process.stdout.write(`  library: measuring ${lib.name}…`);
        const paint = await firstPaint(browser, preview.origin, '/', options.runs);
        if (lib.name === 'bundled') bundledPaint.push(...paint);
        add({ library: lib.name, metric: 'library first paint (cold, first row)', unit: 'ms', summary: summarize(paint) });
        if (lib.name !== 'bundled') {
          const ratio = summarize(paint).median / summarize(bundledPaint).median;
          add({ library: lib.name, metric: 'library first paint / bundled', unit: 'x', value: ratio, target: '≤ 1.2', status: ratio <= 1.2 ? 'ok' : 'MISS' });
        }
        const visit = await firstVisit(browser, preview.origin);
        add({ library: lib.name, metric: 'first visit: bytes (page + service worker)', unit: 'MB', value: visit.bytes / 1e6, target: lib.name === 'bundled' ? '' : '≤ 2 MB', status: lib.name === 'bundled' ? '' : visit.bytes <= 2e6 ? 'ok' : 'MISS' });
        add({ library: lib.name, metric: 'first visit: requests', unit: '', value: visit.requests });
        const keys = await searchLatency(browser, preview.origin);
        const s = summarize(keys);
        const sorted = keys.filter(Number.isFinite).sort((a, b) => a - b);
        const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
        add({ library: lib.name, metric: `search: keystroke → results painted, median (${s.n} keys)`, unit: 'ms', summary: s });
        add({ library: lib.name, metric: 'search: keystroke → results painted, p95', unit: 'ms', value: p95, target: '≤ 100 ms', status: p95 <= 100 ? 'ok' : 'MISS' });
        const people = await firstPaint(browser, preview.origin, '/people', options.runs);
        add({ library: lib.name, metric: '/people first paint (cold, first row)', unit: 'ms', summary: summarize(people) });
        console.log(' done');
      } finally {
        await preview.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

function fmt(v: number | undefined, unit: string): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  if (unit === 'x') return v.toFixed(2);
  if (unit === 'MB') return v.toFixed(2);
  return Math.round(v).toLocaleString('en-US');
}

export function printLibraryTable(rows: readonly LibraryRow[]): void {
  console.log('\n7. Library at scale (bundled, 2,000 and 10,000 articles)');
  console.log(
    table(
      ['library', 'metric', 'value', 'unit', 'min–max', 'target', 'status'],
      rows.map((r) => [
        r.library,
        r.metric,
        fmt(r.summary ? r.summary.median : r.value, r.unit),
        r.unit,
        r.summary ? `${fmt(r.summary.min, r.unit)}–${fmt(r.summary.max, r.unit)}` : '',
        r.target ?? '',
        r.status ?? '',
      ]),
    ),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Math.max(3, Number(argv[argv.indexOf('--runs') + 1])) : 5;
  const started = Date.now();
  const rows = await libraryBench({ runs, skipBuild: argv.includes('--skip-build') });
  printLibraryTable(rows);
  writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), rows, seconds: Math.round((Date.now() - started) / 1000) }, null, 1) + '\n');
  console.log(`\nWrote ${RESULTS}.`);
}
