/**
 * npm run bench [-- --runs N] [--skip-build] [--trace] [--only load,text,large,interaction,storage,extraction]
 *
 * Builds the production app (`npm run build` into bench/.fixtures/dist), adds the bench fixtures to
 * that copy (a static HTML twin of the seed article, a 200,000-character article, a storage test
 * page), serves it all from one `vite preview` on a free port, drives Debian's Chromium with
 * Playwright, and writes bench/results.json plus a table on stdout. Figures are reported, never
 * asserted: a missed target is marked MISS. See bench/README.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { charBox } from '../e2e/support/text';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';
import { NOTES_PAGE_SIZE } from '../src/features/notes/paging';
import { validateArticle } from '../src/domain/article/schema';
import type { Article, Block, Entity } from '../src/domain/article/types';
import { prerender } from '../scripts/prerender';
import {
  asV1Records,
  LARGE_ID,
  largeArticle,
  manyNotes,
  spreadHighlights,
  staticArticleHtml,
  styleLinks,
} from './lib/fixtures';
import { highlightProbeScript, probeScript, type HighlightTiming, type Probe, type ProbeOptions } from './lib/probe';
import { freePort, startPreview, type Preview } from './lib/server';
import { summarize, table, type Summary } from './lib/stats';
import type { StartTiming, StorageBenchApi } from './pages/storage';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'bench', '.fixtures');
const DIST = join(FIXTURES, 'dist');
const SSR = join(FIXTURES, 'dist-ssr');
const RESULTS = join(ROOT, 'bench', 'results.json');
const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
const LARGE_SPA_ID = `${LARGE_ID}-spa`;
const STATIC_PATH = `/static/a/${SEED}/`;
const LARGE_CHARS = 200_000;
const LARGE_HIGHLIGHTS = 1_000;
const STORE_ARTICLES = 100;
const STORE_PER_ARTICLE = 100;

type Extractor = (blocks: readonly Block[]) => Entity[];

// ---------------------------------------------------------------- report rows

interface Target {
  op: '<=' | '>=';
  value: number;
  text: string;
}

interface Row {
  section: string;
  metric: string;
  unit: string;
  summary?: Summary;
  /** For single figures (counts, sizes that do not vary). */
  value?: number;
  target?: Target;
  status: 'ok' | 'MISS' | 'n/a' | '';
  note?: string;
}

const rows: Row[] = [];

function judge(v: number, target?: Target): Row['status'] {
  if (!target) return '';
  if (!Number.isFinite(v)) return 'n/a';
  return (target.op === '<=' ? v <= target.value : v >= target.value) ? 'ok' : 'MISS';
}

function addSeries(section: string, metric: string, unit: string, values: number[], target?: Target, note?: string): Summary {
  const summary = summarize(values);
  rows.push({ section, metric, unit, summary, target, status: summary.n ? judge(summary.median, target) : 'n/a', note });
  return summary;
}

function addValue(section: string, metric: string, unit: string, value: number, target?: Target, note?: string): void {
  rows.push({ section, metric, unit, value, target, status: judge(value, target), note });
}

function addNA(section: string, metric: string, unit: string, why: string, target?: Target): void {
  rows.push({ section, metric, unit, target, status: 'n/a', note: why });
}

function fmt(v: number, unit: string): string {
  if (!Number.isFinite(v)) return '—';
  if (unit === 'x') return v.toFixed(2);
  if (unit === 'ms') return v < 10 ? v.toFixed(1) : v.toFixed(0);
  if (unit === 'kB' || unit === 'MB/s' || unit === 'MB') return v.toFixed(1);
  return Math.round(v).toLocaleString('en-US');
}

function printTable(): void {
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    console.log(`\n${section}`);
    const body = rows
      .filter((r) => r.section === section)
      .map((r) => {
        const s = r.summary;
        const median = s ? (s.n ? fmt(s.median, r.unit) : '—') : r.value !== undefined ? fmt(r.value, r.unit) : '—';
        const spread = s && s.n ? `${fmt(s.min, r.unit)}–${fmt(s.max, r.unit)}` : '';
        const iqr = s && s.n >= 4 ? `${fmt(s.p25, r.unit)}–${fmt(s.p75, r.unit)}` : '';
        const status = r.status === 'n/a' ? `n/a${r.note ? ` (${r.note})` : ''}` : `${r.status}${r.note ? `${r.status ? ' ' : ''}${r.note}` : ''}`;
        return [r.metric, median, r.unit, spread, iqr, s ? String(s.n) : '', r.target?.text ?? '', status];
      });
    console.log(table(['metric', 'median', 'unit', 'min–max', 'p25–p75', 'n', 'target', 'status / note'], body));
  }
}

// ---------------------------------------------------------------- options

interface Options {
  runs: number;
  skipBuild: boolean;
  trace: boolean;
  only: Set<string>;
  port: number | undefined;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    runs: 9,
    skipBuild: false,
    trace: false,
    only: new Set(['load', 'text', 'large', 'interaction', 'storage', 'extraction']),
    port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') o.runs = Math.max(5, Number(argv[++i]));
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--trace') o.trace = true;
    else if (a === '--only') o.only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--port') o.port = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- build and fixtures

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${out}`);
  return out;
}

function buildApp(): string[] {
  console.log('Building the production app (npm run build → bench/.fixtures/dist)…');
  const out = run('npm', ['run', 'build'], { MARGIN_DIST: DIST, MARGIN_SSR_DIST: SSR });
  // The client build's JavaScript/CSS lines, for the bundle composition in the report.
  return out
    .split('\n')
    .filter((l) => /assets\/.*\.(js|css)\s/.test(l) && !l.includes('dist-ssr'))
    .map((l) => l.replace(/^.*?assets\//, 'assets/').replace(/\s+/g, ' ').trim());
}

async function loadExtractor(): Promise<Extractor | null> {
  try {
    const mod = (await import(new URL('../src/domain/entities/index.ts', import.meta.url).href)) as {
      extractEntities?: Extractor;
    };
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

interface Fixtures {
  bundled: Article[];
  seed: Article;
  large: Article;
  largeHighlights: ReturnType<typeof spreadHighlights>;
  extractor: Extractor | null;
}

async function makeFixtures(): Promise<Fixtures> {
  const bundled = readBundled();
  const seed = bundled.find((a) => a.id === SEED);
  if (!seed) throw new Error(`the seed article ${SEED} is not in the build`);

  // 1. The static twin of the seed article: same text and stylesheet (same fonts), no JavaScript.
  const prerendered = readFileSync(join(DIST, 'a', SEED, 'index.html'), 'utf8');
  const staticHtml = staticArticleHtml(seed, styleLinks(prerendered));
  const staticFile = join(FIXTURES, 'static', 'a', SEED, 'index.html');
  mkdirSync(dirname(staticFile), { recursive: true });
  writeFileSync(staticFile, staticHtml);
  cpSync(join(FIXTURES, 'static'), join(DIST, 'static'), { recursive: true });

  // 2. The large article, with the real extractor's entities and 1,000 highlights.
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

  // 3. The storage page: Margin's real storage module, on the app's origin.
  await viteBuild({
    configFile: false,
    root: join(ROOT, 'bench', 'pages'),
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: join(DIST, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(ROOT, 'bench', 'pages', 'storage.html') },
    },
  });
  return { bundled, seed, large, largeHighlights, extractor };
}

// ---------------------------------------------------------------- browser helpers

type BenchWindow = Window & { __bench: Probe; marginBench: StorageBenchApi };

async function newContext(browser: Browser, probe: ProbeOptions = {}, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'vi-VN', serviceWorkers });
  await context.addInitScript({ content: probeScript(probe) });
  return context;
}

/** Navigates and waits until the first paragraph has been painted; returns the probe's figures. */
async function loadForText(page: Page, url: string): Promise<Probe> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.textAt !== null, null, {
    polling: 50,
    timeout: 30_000,
  });
  // LCP settles once the page stops adding content; give it a frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(() => (window as unknown as BenchWindow).__bench);
}

/** Let the first visit finish its background work (service worker install and precache). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() =>
    Promise.race([
      'serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => undefined) : Promise.resolve(),
      new Promise((r) => setTimeout(r, 5_000)),
    ]),
  );
  await page.waitForLoadState('networkidle');
}

function stubbed(feature: 'highlights' | 'notes', name: string): boolean {
  const index = readFileSync(join(ROOT, 'src', 'features', feature, 'index.ts'), 'utf8');
  return new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'\\./stubs'`).test(index);
}

// ---------------------------------------------------------------- 1. first load bytes

async function firstLoad(browser: Browser, origin: string, runs: number): Promise<Record<string, unknown>> {
  const S = '1. First load of /a/<seed> (requests until the load event, cold cache)';
  const totals = { jsRaw: [] as number[], jsGz: [] as number[], cssRaw: [] as number[], cssGz: [] as number[], htmlGz: [] as number[], fontRaw: [] as number[] };
  let files: { url: string; type: string; raw: number; gzip: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const responses: Promise<{ url: string; type: string; raw: number; gzip: number } | null>[] = [];
    let loaded = false;
    page.on('response', (response) => {
      if (loaded) return;
      const type = response.request().resourceType();
      responses.push(
        response
          .body()
          .then((body) => ({ url: response.url().replace(origin, ''), type, raw: body.length, gzip: gzipSync(body).length }))
          .catch(() => null),
      );
    });
    await page.goto(`${origin}/a/${SEED}`, { waitUntil: 'load' });
    loaded = true;
    const got = (await Promise.all(responses)).filter((r): r is NonNullable<typeof r> => r !== null);
    const sum = (type: string, key: 'raw' | 'gzip') => got.filter((r) => r.type === type).reduce((n, r) => n + r[key], 0) / 1000;
    totals.jsRaw.push(sum('script', 'raw'));
    totals.jsGz.push(sum('script', 'gzip'));
    totals.cssRaw.push(sum('stylesheet', 'raw'));
    totals.cssGz.push(sum('stylesheet', 'gzip'));
    totals.htmlGz.push(sum('document', 'gzip'));
    totals.fontRaw.push(sum('font', 'raw'));
    files = got;
    await context.close();
  }
  const jsCss = totals.jsGz.map((v, i) => v + totals.cssGz[i]!);
  addSeries(S, 'JS + CSS, gzip', 'kB', jsCss, { op: '<=', value: 100, text: '≤ 100 kB' });
  addSeries(S, 'JS, gzip', 'kB', totals.jsGz);
  addSeries(S, 'JS, raw', 'kB', totals.jsRaw);
  addSeries(S, 'CSS, gzip', 'kB', totals.cssGz);
  addSeries(S, 'CSS, raw', 'kB', totals.cssRaw);
  addSeries(S, 'HTML document, gzip', 'kB', totals.htmlGz, undefined, 'article text + embedded data');
  addSeries(S, 'fonts (woff2, already compressed)', 'kB', totals.fontRaw);
  return { files };
}

// ---------------------------------------------------------------- 2. time to text

async function timeToText(browser: Browser, origin: string, runs: number): Promise<Record<string, unknown>> {
  const S = '2. Time to text: navigation start → first paragraph painted (seed article)';
  const margin = { cold: [] as Probe[], warm: [] as Probe[] };
  const plain = { cold: [] as Probe[], warm: [] as Probe[] };
  const noWorker = { cold: [] as Probe[], warm: [] as Probe[] };
  const pages = [
    { url: `${origin}/a/${SEED}`, into: margin, sw: 'allow' as const },
    { url: `${origin}${STATIC_PATH}`, into: plain, sw: 'allow' as const },
    // Diagnostic: Margin with its service worker blocked, to show what the worker costs a warm load.
    { url: `${origin}/a/${SEED}`, into: noWorker, sw: 'block' as const },
  ];
  // Round 0 is a warm-up (the browser's first renderer processes, the server's first reads): not kept.
  for (let i = 0; i <= runs; i++) {
    // Alternate which page goes first, so neither always gets the warmer machine.
    for (const p of i % 2 ? [...pages].reverse() : pages) {
      const context = await newContext(browser, {}, p.sw);
      const page = await context.newPage();
      const cold = await loadForText(page, p.url);
      await settle(page);
      const warm = await loadForText(page, p.url);
      await context.close();
      if (i === 0) continue;
      p.into.cold.push(cold);
      p.into.warm.push(warm);
    }
  }
  const t = (list: Probe[]) => list.map((p) => p.textAt ?? Number.NaN);
  const ratios = (a: Probe[], b: Probe[]) => a.map((p, i) => (p.textAt ?? Number.NaN) / (b[i]!.textAt ?? Number.NaN));
  addSeries(S, 'Margin, cold', 'ms', t(margin.cold));
  addSeries(S, 'static page, cold', 'ms', t(plain.cold));
  addSeries(S, 'Margin / static, cold', 'x', ratios(margin.cold, plain.cold), { op: '<=', value: 1.3, text: '≤ 1.3' });
  addSeries(S, 'Margin, warm', 'ms', t(margin.warm));
  addSeries(S, 'static page, warm', 'ms', t(plain.warm));
  addSeries(S, 'Margin / static, warm', 'x', ratios(margin.warm, plain.warm), { op: '<=', value: 1.2, text: '≤ 1.2' });
  addSeries(S, 'diagnostic: Margin, warm, service worker blocked', 'ms', t(noWorker.warm));
  addSeries(S, 'diagnostic: same / static, warm', 'x', ratios(noWorker.warm, plain.warm));
  const cross = (list: Probe[], key: 'nextFrameAt' | 'fcp' | 'lcp') => summarize(list.map((p) => p[key] ?? Number.NaN)).median;
  const crossChecks = Object.fromEntries(
    (['nextFrameAt', 'fcp', 'lcp'] as const).map((k) => [
      k,
      {
        marginCold: cross(margin.cold, k),
        staticCold: cross(plain.cold, k),
        marginWarm: cross(margin.warm, k),
        staticWarm: cross(plain.warm, k),
      },
    ]),
  );
  return { margin, static: plain, marginWithoutServiceWorker: noWorker, crossChecks };
}

// ---------------------------------------------------------------- 3. large article

async function largeArticleBench(browser: Browser, origin: string, runs: number, fx: Fixtures): Promise<Record<string, unknown>> {
  const S = `3. Large article (${fx.large.blocks.reduce((n, b) => n + b.text.length, 0).toLocaleString('en-US')} characters, ${fx.large.blocks.length} blocks)`;
  addValue(S, 'entities (real extractor)', 'count', fx.large.entities.length, undefined, fx.extractor ? '' : 'extractor missing: none');
  addValue(S, 'stored highlights', 'count', fx.largeHighlights.length);
  const highlightsUi = !stubbed('highlights', 'useHighlightPaints');
  const prerendered: Probe[] = [];
  const spa: Probe[] = [];
  const hlDone: number[] = [];
  const hlCounts: number[] = [];
  const longCount: number[] = [];
  const longTotal: number[] = [];
  const longMax: number[] = [];
  const scrollMs: number[] = [];
  const notes = fx.largeHighlights;
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, { hlTarget: highlightsUi ? notes.length : 0 });
    const seedPage = await context.newPage();
    await seedPage.goto(`${origin}/bench/storage.html`);
    await seedPage.waitForFunction(() => document.body.dataset.ready === 'true');
    await seedPage.evaluate((list) => (window as unknown as BenchWindow).marginBench.seed(list), notes);
    await seedPage.close();

    const page = await context.newPage();
    prerendered.push(await loadForText(page, `${origin}/a/${LARGE_ID}`));
    if (highlightsUi) {
      try {
        await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench.hlDoneAt ?? 0) > 0, null, { polling: 100, timeout: 60_000 });
      } catch {
        // reported below as the count reached
      }
      const probe = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
      hlCounts.push(probe.hlCount);
      if ((probe.hlDoneAt ?? 0) > 0) hlDone.push(probe.hlDoneAt!);
    }
    await page.waitForLoadState('networkidle');
    // Scripted scroll: one viewport per frame from top to bottom; long tasks inside that window.
    const [from, to] = await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      const el = document.scrollingElement ?? document.documentElement;
      while (window.scrollY + window.innerHeight < el.scrollHeight - 2) {
        window.scrollBy(0, window.innerHeight);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 100));
      return [t0, performance.now()];
    });
    const tasks = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.longtasks)).filter(([s]) => s >= from && s <= to);
    longCount.push(tasks.length);
    longTotal.push(tasks.reduce((n, [, d]) => n + d, 0));
    longMax.push(tasks.reduce((m, [, d]) => Math.max(m, d), 0));
    scrollMs.push(to - from);
    await page.close();

    const spaPage = await context.newPage();
    spa.push(await loadForText(spaPage, `${origin}/a/${LARGE_SPA_ID}`));
    await context.close();
  }
  addSeries(S, 'time to first paragraph, prerendered page', 'ms', prerendered.map((p) => p.textAt ?? Number.NaN));
  addSeries(S, 'time to first paragraph, client-rendered (no prerender)', 'ms', spa.map((p) => p.textAt ?? Number.NaN));
  if (!highlightsUi) addNA(S, `all ${notes.length} highlights painted (mark.hl)`, 'ms', 'highlights UI missing');
  else if (hlDone.length === 0) addNA(S, `all ${notes.length} highlights painted (mark.hl)`, 'ms', `only ${Math.max(0, ...hlCounts)} mark.hl appeared`);
  else addSeries(S, `all ${notes.length} highlights painted (mark.hl)`, 'ms', hlDone, undefined, hlDone.length < runs ? `reached in ${hlDone.length}/${runs} runs` : '');
  addSeries(S, 'long tasks (> 50 ms) during the scroll', 'count', longCount);
  addSeries(S, 'long-task time during the scroll', 'ms', longTotal);
  addSeries(S, 'longest task during the scroll', 'ms', longMax);
  addSeries(S, 'scroll duration (one viewport per frame)', 'ms', scrollMs);
  return { prerendered, spa, hlDone, hlCounts, longCount, longTotal, longMax, highlightsUi };
}

// ---------------------------------------------------------------- 4. interaction

/**
 * Word-aligned phrases of `words` words in the article's paragraphs, never overlapping, never
 * starting inside an entity mention (a drag that starts on an official's name, a focusable
 * button, selects nothing: that is the entities UI's behaviour, not what this figure measures).
 */
function phrases(article: Article, count: number, words: number): { block: number; start: number; end: number }[] {
  const out: { block: number; start: number; end: number }[] = [];
  const onMention = (block: number, offset: number) => article.entities.some((e) => e.block === block && e.start <= offset && offset < e.end);
  for (let pass = 0; out.length < count && pass < 4; pass++) {
    article.blocks.forEach((b, block) => {
      if (b.type !== 'paragraph') return;
      const starts = [...b.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
      // Pass p takes phrases at word 1 + p·words + k·(4·words): later passes fill the gaps.
      for (let w = 1 + pass * words; w + words <= starts.length && out.length < count; w += 4 * words) {
        if (!onMention(block, starts[w]![0])) out.push({ block, start: starts[w]![0], end: starts[w + words - 1]![1] });
      }
    });
  }
  return out.slice(0, count);
}

/** Selects [start, end) of a block's text by dragging the mouse, both ends on screen. */
async function dragSelect(page: Page, block: number, start: number, end: number): Promise<void> {
  const box = (offset: number) => charBox(page, block, offset);
  const first = await box(start);
  await page.evaluate((dy) => window.scrollBy(0, dy), first.y - 200);
  const a = await box(start);
  const b = await box(end - 1);
  await page.mouse.move(a.x + 1, a.y + a.h / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + b.h / 2, { steps: 4 });
  await page.mouse.move(b.x + b.w - 1, b.y + b.h / 2, { steps: 4 });
  await page.mouse.up();
}

async function interactionBench(browser: Browser, origin: string, fx: Fixtures): Promise<Record<string, unknown>> {
  const COUNT = 50;
  const S = `4. Interaction: select with the mouse → "Tô vàng" → highlight painted and saved (${COUNT} highlights, seed article)`;
  if (stubbed('highlights', 'HighlightTools')) {
    for (const m of ['click handling (all handlers, sync)', 'click → highlight painted', 'click → saved']) addNA(S, m, 'ms', 'highlights UI missing');
    return {};
  }
  const context = await newContext(browser);
  await context.addInitScript({ content: highlightProbeScript() });
  const page = await context.newPage();
  await page.goto(`${origin}/a/${SEED}`);
  await page.waitForLoadState('networkidle');
  const toolbar = page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });
  const targets = phrases(fx.seed, COUNT, 3);
  const failures: string[] = [];
  for (const [k, t] of targets.entries()) {
    try {
      await dragSelect(page, t.block, t.start, t.end);
      await toolbar.waitFor({ state: 'visible', timeout: 5_000 });
      const button = (await toolbar.getByRole('button', { name: 'Tô vàng' }).boundingBox())!;
      const n = await page.evaluate(() => (window as unknown as { __hl: HighlightTiming[] }).__hl.length);
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      await page.waitForFunction(
        (n) => {
          const r = (window as unknown as { __hl: HighlightTiming[] }).__hl[n];
          return !!r && r.paintedMs !== null && r.savedMs !== null;
        },
        n,
        { polling: 50, timeout: 10_000 },
      );
    } catch (e) {
      failures.push(`#${k}: ${(e as Error).message.split('\n')[0]}`);
      await page.keyboard.press('Escape');
    }
  }
  const records = await page.evaluate(() => (window as unknown as { __hl: HighlightTiming[] }).__hl);
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('margin');
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('annotations').objectStore('annotations').count(IDBKeyRange.bound('anno:', 'anno;', false, true));
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve(-1);
        };
        open.onerror = () => resolve(-1);
      }),
  );
  await context.close();
  const done = records.filter((r) => r.paintedMs !== null && r.savedMs !== null);
  const note = `${done.length}/${targets.length} made, ${stored} stored in IndexedDB${failures.length ? `; failed: ${failures.slice(0, 2).join('; ')}` : ''}`;
  addSeries(S, 'click handling (all handlers, sync)', 'ms', done.map((r) => r.syncMs), undefined, note);
  addSeries(S, 'click → highlight painted', 'ms', done.map((r) => r.paintedMs!));
  addSeries(S, 'click → saved (hl-saving gone)', 'ms', done.map((r) => r.savedMs!));
  return { records, failures, stored };
}

// ---------------------------------------------------------------- 5. storage

async function storageBench(browser: Browser, origin: string, runs: number, fx: Fixtures): Promise<Record<string, unknown>> {
  const S = `5. Storage: ${(STORE_ARTICLES * STORE_PER_ARTICLE).toLocaleString('en-US')} notes across ${STORE_ARTICLES} articles`;
  const ids = [
    ...fx.bundled.map((a) => a.id),
    ...Array.from({ length: STORE_ARTICLES - fx.bundled.length }, (_, i) => `bench-article-${String(i).padStart(3, '0')}`),
  ].slice(0, STORE_ARTICLES);
  const notes = manyNotes(fx.bundled, ids, STORE_PER_ARTICLE);
  const v1 = asV1Records(notes);
  const current: StartTiming[] = [];
  const migrating: StartTiming[] = [];
  const oneArticle: StartTiming[] = [];
  const notesPage: Probe[] = [];
  const notesUi = !stubbed('notes', 'AllNotesPage');
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, { notesTarget: notesUi ? Math.min(notes.length, NOTES_PAGE_SIZE) : 0 });
    const page = await context.newPage();
    const open = async () => {
      await page.goto(`${origin}/bench/storage.html`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
    };
    // Current-format records: the start path is a schema check plus one read of everything.
    await open();
    await page.evaluate((list) => (window as unknown as BenchWindow).marginBench.seed(list), notes);
    await open(); // a fresh page each time: nothing cached in memory
    current.push(await page.evaluate(() => (window as unknown as BenchWindow).marginBench.timeStartAll()));
    await open();
    oneArticle.push(await page.evaluate((id) => (window as unknown as BenchWindow).marginBench.timeStartArticle(id), SEED));
    if (notesUi) {
      await page.goto(`${origin}/notes`);
      try {
        await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench.notesDoneAt ?? 0) > 0, null, { polling: 100, timeout: 60_000 });
      } catch {
        // reported as the count reached
      }
      notesPage.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench));
    }
    // Old-format records: the first start after an upgrade migrates every record, then reads them.
    await open();
    await page.evaluate((list) => (window as unknown as BenchWindow).marginBench.seedV1(list), v1);
    await open();
    migrating.push(await page.evaluate(() => (window as unknown as BenchWindow).marginBench.timeStartAll()));
    await context.close();
  }
  addSeries(S, 'start: ensureSchema + listAllAnnotations (current format)', 'ms', current.map((t) => t.totalMs), undefined, `loaded ${current[0]?.loaded ?? 0}`);
  addSeries(S, '  of which listAllAnnotations', 'ms', current.map((t) => t.listMs));
  addSeries(S, 'start: migrate v1 → v2 + list (first start after an upgrade)', 'ms', migrating.map((t) => t.totalMs), undefined, `migrated ${migrating[0]?.migrated ?? 0}`);
  addSeries(S, 'article page: listAnnotations (100 notes) among 10,000', 'ms', oneArticle.map((t) => t.totalMs));
  if (!notesUi) {
    addNA(S, 'all-notes page (/notes): every note rendered', 'ms', 'notes page missing');
  } else {
    const done = notesPage.filter((p) => (p.notesDoneAt ?? 0) > 0);
    addSeries(S, 'all-notes page (/notes): first note painted', 'ms', notesPage.map((p) => ((p.firstNoteAt ?? 0) > 0 ? p.firstNoteAt! : Number.NaN)));
    addSeries(
      S,
      `all-notes page (/notes): first page (${Math.min(notes.length, NOTES_PAGE_SIZE)} of ${notes.length.toLocaleString('en-US')} notes) painted`,
      'ms',
      done.map((p) => p.notesDoneAt!),
      undefined,
      done.length < runs ? `reached in ${done.length}/${runs} runs (max ${Math.max(...notesPage.map((p) => p.notesCount))} rows)` : '',
    );
  }
  return { current, migrating, oneArticle, notesPage };
}

// ---------------------------------------------------------------- 6. extraction (Node)

async function extractionBench(fx: Fixtures, runs: number): Promise<Record<string, unknown>> {
  const S = '6. Extraction and ingest (Node, this process)';
  if (!fx.extractor) {
    addNA(S, 'extractEntities throughput', 'MB/s', 'extractor missing (src/domain/entities)');
  } else {
    // A few MB of Vietnamese text: the bundled articles, repeated, one extractor call per article copy.
    const copies: Block[][] = [];
    let chars = 0;
    let bytes = 0;
    while (bytes < 3_000_000) {
      for (const a of fx.bundled) {
        copies.push(a.blocks.map((b) => ({ ...b })));
        for (const b of a.blocks) {
          chars += b.text.length;
          bytes += Buffer.byteLength(b.text, 'utf8');
        }
      }
    }
    const extract = fx.extractor;
    for (const c of copies.slice(0, fx.bundled.length)) extract(c); // warm-up
    const mbps: number[] = [];
    const eps: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      found = 0;
      for (const c of copies) found += extract(c).length;
      const s = (performance.now() - t0) / 1000;
      mbps.push(bytes / 1e6 / s);
      eps.push(found / s);
    }
    addValue(S, 'text extracted per run', 'MB', bytes / 1e6, undefined, `${chars.toLocaleString('en-US')} chars, ${copies.length} articles, ${found.toLocaleString('en-US')} entities`);
    addSeries(S, 'extractEntities throughput', 'MB/s', mbps);
    addSeries(S, 'extractEntities entities per second', 'entities/s', eps);
  }
  try {
    const { ingestFiles } = (await import(new URL('../scripts/ingest.ts', import.meta.url).href)) as {
      ingestFiles: (paths: string[]) => Article[];
    };
    const raws = ['seed', 'articles'].flatMap((d) =>
      readdirSync(join(ROOT, 'content', d))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(ROOT, 'content', d, f)),
    );
    ingestFiles(raws); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      ingestFiles(raws); // in memory: nothing is written
      times.push(performance.now() - t0);
    }
    addSeries(S, `ingest all ${raws.length} bundled raw texts (parse + extract, no writes)`, 'ms', times);
  } catch (e) {
    addNA(S, 'ingest of the bundled raw texts', 'ms', `ingest unavailable: ${(e as Error).message.split('\n')[0]}`);
  }
  return {};
}

// ---------------------------------------------------------------- traces (--trace)

/** One Chromium performance trace per page and cache state, for DevTools' Performance panel or Perfetto. */
async function traces(browser: Browser, origin: string): Promise<string[]> {
  const dir = join(FIXTURES, 'traces');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, path] of [
    ['margin', `/a/${SEED}`],
    ['static', STATIC_PATH],
    ['large', `/a/${LARGE_ID}`],
  ] as const) {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const state of ['cold', 'warm'] as const) {
      const file = join(dir, `${name}-${state}.json`);
      await browser.startTracing(page, {
        path: file,
        screenshots: true,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'loading', 'v8.execute', 'toplevel'],
      });
      await loadForText(page, `${origin}${path}`);
      await browser.stopTracing();
      written.push(file);
      if (state === 'cold') await settle(page);
    }
    await context.close();
  }
  return written;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = loadavg();
  mkdirSync(FIXTURES, { recursive: true });
  let bundle: string[] = [];
  if (!options.skipBuild || !existsSync(join(DIST, 'index.html'))) {
    rmSync(DIST, { recursive: true, force: true });
    bundle = buildApp();
  }
  const fx = await makeFixtures();
  const details: Record<string, unknown> = {};
  if (options.only.has('extraction')) {
    const t0 = Date.now();
    process.stdout.write('  6. extraction and ingest (Node)…');
    details.extraction = await extractionBench(fx, options.runs);
    console.log(` ${Math.round((Date.now() - t0) / 1000)} s`);
  }

  const port = options.port ?? (await freePort());
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    preview = await startPreview(ROOT, DIST, port);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    console.log(`Serving ${DIST} at ${preview.origin}; Chromium ${browser.version()}; ${options.runs} runs per figure.`);
    const step = async <T,>(key: string, label: string, fn: () => Promise<T>) => {
      if (!options.only.has(key)) return;
      const t0 = Date.now();
      process.stdout.write(`  ${label}…`);
      details[key] = await fn();
      console.log(` ${Math.round((Date.now() - t0) / 1000)} s`);
    };
    await step('load', '1. first-load bytes', () => firstLoad(browser!, preview!.origin, 5));
    await step('text', '2. time to text', () => timeToText(browser!, preview!.origin, options.runs));
    await step('large', '3. large article', () => largeArticleBench(browser!, preview!.origin, 5, fx));
    await step('interaction', '4. interaction', () => interactionBench(browser!, preview!.origin, fx));
    await step('storage', '5. storage', () => storageBench(browser!, preview!.origin, 5, fx));
    if (options.trace) {
      const files = await traces(browser, preview.origin);
      console.log(`  traces: ${files.map((f) => f.replace(`${ROOT}/`, '')).join(', ')}`);
    }
  } finally {
    await browser?.close();
    await preview?.stop();
  }

  const sectionOrder = (r: Row) => Number(/^(\d+)\./.exec(r.section)?.[1] ?? 99);
  rows.sort((a, b) => sectionOrder(a) - sectionOrder(b));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const result = {
    date: new Date().toISOString(),
    commit,
    environment: {
      loadAverage: { start: loadAtStart, end: loadavg() },
      node: process.version,
      chromium: findChromium() ?? 'bundled',
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      runs: options.runs,
    },
    method: {
      timeToText:
        'Element Timing: the first `article p.paragraph` gets elementtiming="first-paragraph" from a MutationObserver installed before any page script; its renderTime is ms since navigation start. Cold = new browser context (empty cache); warm = same context, second navigation after the first settled (service worker installed).',
      bytes: 'Every response until the load event of a cold /a/<seed> visit; kB = 1000 bytes; gzip = Node zlib (default level 6) of each response body.',
    },
    bundle,
    rows,
    details,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS, JSON.stringify(result, null, 1) + '\n');
  printTable();
  const busy = Math.max(loadAtStart[0]!, loadavg()[0]!);
  if (busy > availableParallelism()) {
    console.log(
      `\nNote: the machine was busy (load average ${busy.toFixed(1)} on ${availableParallelism()} cores): timings are inflated and noisy; compare ratios, or run again on an idle machine.`,
    );
  }
  if (bundle.length) console.log(`\nClient bundle (vite build):\n  ${bundle.join('\n  ')}`);
  console.log(`\nWrote ${RESULTS} in ${result.durationSeconds} s.`);
}

await main();
