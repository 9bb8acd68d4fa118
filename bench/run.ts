/**
 * npm run bench [-- --runs N] [--skip-build] [--trace] [--only load,text,large,interaction,storage,extraction]
 *
 * Builds the production app into bench/.fixtures/dist, adds the bench's fixtures (the bare page and
 * the styled static twin of the seed article, a 200,000-character article, a storage test page),
 * serves it all from one `vite preview`, runs each section (bench/sections/, one file each) against
 * Debian's Chromium, and writes bench/results.json plus a table. Figures are reported, never
 * asserted: a missed target is marked MISS. bench/README.md says what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';
import { parseOptions } from './lib/options';
import { DIST, FIXTURES, RESULTS, ROOT } from './lib/paths';
import { printTable, rows, sortRows } from './lib/report';
import { freePort, startPreview, type Preview } from './lib/server';
import { buildApp, makeFixtures } from './lib/setup';
import { SECTIONS } from './sections';
import { traces } from './sections/traces';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), SECTIONS.map((s) => s.key), SECTIONS.filter((s) => !s.optIn).map((s) => s.key));
  const started = Date.now();
  const loadAtStart = loadavg();
  mkdirSync(FIXTURES, { recursive: true });
  const bundle = !options.skipBuild || !existsSync(join(DIST, 'index.html')) ? buildApp() : [];
  const fx = await makeFixtures();
  const details: Record<string, unknown> = {};
  const chosen = SECTIONS.filter((s) => options.only.has(s.key));

  const timed = async (label: string, fn: () => Promise<unknown>) => {
    const t0 = Date.now();
    process.stdout.write(`  ${label}… (load ${loadavg()[0]!.toFixed(1)})`);
    const out = await fn();
    console.log(` ${Math.round((Date.now() - t0) / 1000)} s`);
    return out;
  };
  for (const s of chosen.filter((s) => !s.browser)) details[s.key] = await timed(s.label, () => s.run({ browser: null, origin: '', runs: options.runs, fx }));

  const port = options.port ?? (await freePort());
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    if (chosen.some((s) => s.browser) || options.trace) {
      preview = await startPreview(ROOT, DIST, port);
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
      console.log(`Serving ${DIST} at ${preview.origin}; Chromium ${browser.version()}; ${options.runs} runs per figure.`);
      for (const s of chosen.filter((s) => s.browser)) {
        details[s.key] = await timed(s.label, () => s.run({ browser: browser!, origin: preview!.origin, runs: options.runs, fx }));
      }
      if (options.trace) {
        const files = await traces(browser, preview.origin);
        console.log(`  traces: ${files.map((f) => f.replace(`${ROOT}/`, '')).join(', ')}`);
      }
    }
  } finally {
    await browser?.close();
    await preview?.stop();
  }

  sortRows();
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
        'Element Timing: the first `article p.paragraph` gets elementtiming="first-paragraph" from a MutationObserver installed before any page script; its renderTime is ms since navigation start. Cold = new browser context (empty cache); warm = same context, second navigation after the first settled (service worker installed). Bare = the article HTML alone; styled twin = the same with Margin\'s stylesheet and font preloads.',
      bytes: 'Every response of a cold, direct /a/<seed> visit until the network is idle (500 ms without requests); kB = 1000 bytes; gzip = Node zlib (default level 6) of each response body.',
    },
    bundle,
    rows,
    details,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS, JSON.stringify(result, null, 1) + '\n');
  printTable();
  const [l1, l5, l15] = loadavg();
  console.log(
    `\nLoad average: ${loadAtStart.map((v) => v.toFixed(2)).join(' ')} at the start, ${[l1, l5, l15].map((v) => v!.toFixed(2)).join(' ')} at the end (${availableParallelism()} cores).`,
  );
  if (Math.max(loadAtStart[0]!, l1!) > availableParallelism()) {
    console.log('Note: the machine was busy: timings are inflated and noisy; compare ratios, or run again on an idle machine.');
  }
  if (bundle.length) console.log(`\nClient bundle (vite build):\n  ${bundle.join('\n  ')}`);
  console.log(`\nWrote ${RESULTS} in ${result.durationSeconds} s.`);
}

await main();
