/**
 * A page with Margin's real own-articles worker client (bench/sections/own.ts drives it): one pasted
 * text through the worker (decode, ingest, extraction), timed, while the page watches its own main
 * thread for long tasks and late frames. Not part of the app.
 */
import { runInWorker } from '../../src/workers/ownIngestClient';

export interface OwnRun {
  /** Time inside the worker (decode + ingest + extraction). */
  workerMs: number;
  /** postMessage → answer on the page (includes worker start on the first run). */
  roundTripMs: number;
  /** Long tasks (> 50 ms) on the page's main thread between the request and the answer. */
  longTasks: number[];
  /** Largest gap between animation frames meanwhile (a frozen page shows as a large gap). */
  maxFrameGapMs: number;
  chars: number;
  entities: number;
  ok: boolean;
}

async function run(text: string): Promise<OwnRun> {
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  let maxGap = 0;
  let last = performance.now();
  let ticking = true;
  const tick = (t: number) => {
    maxGap = Math.max(maxGap, t - last);
    last = t;
    if (ticking) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const t0 = performance.now();
  const answer = await runInWorker({ kind: 'paste', text });
  const t1 = performance.now();
  ticking = false;
  // Let the observer deliver entries queued during the run.
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const result = answer.result.stage === 'draft' ? answer.result.result : null;
  return {
    workerMs: answer.ms,
    roundTripMs: t1 - t0,
    longTasks: longTasks.filter((e) => e.startTime >= t0 && e.startTime <= t1).map((e) => e.duration),
    maxFrameGapMs: maxGap,
    chars: text.length,
    entities: result?.ok ? result.article.entities.length : -1,
    ok: result?.ok ?? false,
  };
}

const api = { run };
export type OwnBenchApi = typeof api;
(window as unknown as { marginOwnBench: OwnBenchApi }).marginOwnBench = api;
document.body.dataset.ready = 'true';
