/**
 * Bench section "Own article": a 200,000-character article pasted into "Thêm bài" goes through the
 * own-articles worker (decode, ingest, entity extraction). Reports the worker's time, the round trip
 * on the page, and whether the page's main thread had a long task (> 50 ms) or a late frame meanwhile.
 * The first run includes starting the worker (its module is loaded on first use, never at app start).
 */
import type { Article } from '../../src/domain/article/types';
import { addSeries, addValue } from '../lib/report';
import type { OwnBenchApi, OwnRun } from '../pages/own';
import type { BenchContext, Section } from './types';

export const OWN_BENCH_PAGE = 'own.html';

/** The article as a reader would paste it: title, then its blocks separated by blank lines. */
export function rawTextOf(article: Article): string {
  return [article.title, ...article.blocks.map((b) => b.text)].join('\n\n');
}

const S = '8. Own article: 200,000 characters pasted, through the worker';

async function ownArticleBench({ browser, origin, fx }: BenchContext): Promise<Record<string, unknown>> {
  if (!browser) throw new Error('the own-article bench needs Chromium');
  const runs = 5;
  const text = rawTextOf(fx.large);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const all: OwnRun[] = [];
  let big: OwnRun | undefined;
  try {
    await page.goto(`${origin}/bench/${OWN_BENCH_PAGE}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    for (let i = 0; i < runs + 1; i++) {
      all.push(await page.evaluate((t) => (window as unknown as { marginOwnBench: OwnBenchApi }).marginOwnBench.run(t), text));
    }
    // The issue's "a 1 MB text never freezes the UI": the same article five times over (~1 MB of UTF-8).
    big = await page.evaluate((t) => (window as unknown as { marginOwnBench: OwnBenchApi }).marginOwnBench.run(t), Array(5).fill(text).join('\n\n'));
  } finally {
    await context.close();
  }
  const [cold, ...warm] = all;
  const failed = all.filter((r) => !r.ok).length;
  const note = `${text.length.toLocaleString('en-US')} chars, ${warm[0]?.entities.toLocaleString('en-US') ?? '?'} entities${failed ? `, ${failed} runs failed` : ''}`;
  addSeries(S, 'worker: decode + ingest + extraction', 'ms', warm.map((r) => r.workerMs), undefined, note);
  addSeries(S, 'page: request → draft back (worker warm)', 'ms', warm.map((r) => r.roundTripMs));
  if (cold) addValue(S, 'page: request → draft back, first use (starts the worker)', 'ms', cold.roundTripMs);
  const longTasks = all.flatMap((r) => r.longTasks);
  addValue(S, 'main-thread long tasks (> 50 ms) during all runs', 'count', longTasks.length, { op: '<=', value: 0, text: '0' }, longTasks.length ? `longest ${Math.round(Math.max(...longTasks))} ms` : undefined);
  addSeries(S, 'largest gap between frames meanwhile', 'ms', all.map((r) => r.maxFrameGapMs), { op: '<=', value: 50, text: '≤ 50 ms' });
  if (big) {
    const bytes = new TextEncoder().encode(Array(5).fill(text).join('\n\n')).length;
    addValue(S, `worker, ${(big.chars / 1e6).toFixed(2)} M chars (${(bytes / 1e6).toFixed(2)} MB UTF-8)`, 'ms', big.workerMs, undefined, `${big.entities.toLocaleString('en-US')} entities${big.ok ? '' : ', failed'}`);
    addValue(S, '  main-thread long tasks meanwhile', 'count', big.longTasks.length, { op: '<=', value: 0, text: '0' }, big.longTasks.length ? `longest ${Math.round(Math.max(...big.longTasks))} ms` : undefined);
    addValue(S, '  largest gap between frames meanwhile', 'ms', big.maxFrameGapMs, { op: '<=', value: 50, text: '≤ 50 ms' });
  }
  return { runs: all, big };
}

export const own: Section = { key: 'own', label: '8. own article', browser: true, run: ownArticleBench };
