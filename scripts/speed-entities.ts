/**
 * npm run speed:entities — a quick throughput check of the extractor in Node: MB/s over the corpus
 * texts (../shared/corpus/baomoi-2017, about 3 MB, skipped with a message when absent). Reports, never
 * asserts; the benchmark of record is bench section 6.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../src/domain/article/types';
import { extractEntities } from '../src/domain/entities';
import { findShared } from './audit-entities';

const shared = findShared();
const dir = shared && join(shared, 'corpus', 'baomoi-2017');
if (!dir || !existsSync(dir)) {
  console.log('speed:entities: ../shared/corpus/baomoi-2017 is absent — nothing to measure.');
} else {
  const docs: Block[][] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((text) => ({ type: 'paragraph' as const, text })));
  const bytes = docs.reduce((n, d) => n + d.reduce((m, b) => m + Buffer.byteLength(b.text), 0), 0);
  for (const d of docs.slice(0, 200)) extractEntities(d); // warm-up
  // Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
  const runs: number[] = [];
  const cpu: number[] = [];
  let entities = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    entities = 0;
    for (const d of docs) entities += extractEntities(d).length;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `speed:entities: ${(bytes / 1e6).toFixed(2)} MB, ${docs.length} articles, ${entities} entities; median of 5 runs: ` +
      `wall ${runs[2]!.toFixed(0)} ms → ${mbps(runs[2]!)} MB/s, CPU ${cpu[2]!.toFixed(0)} ms → ${mbps(cpu[2]!)} MB/s per core`,
  );
}
