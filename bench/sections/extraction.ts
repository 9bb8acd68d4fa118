/** 6. Extraction and ingest, in Node (this process): entities/s and MB/s over ~3 MB of Vietnamese text. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block } from '../../src/domain/article/types';
import { ROOT } from '../lib/paths';
import { addNA, addSeries, addValue } from '../lib/report';
import type { BenchContext, Section } from './types';

async function extractionBench({ fx, runs }: BenchContext): Promise<Record<string, unknown>> {
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
    const { ingestFiles } = (await import(new URL('../../scripts/ingest.ts', import.meta.url).href)) as {
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

export const extraction: Section = { key: 'extraction', label: '6. extraction and ingest (Node)', browser: false, run: extractionBench };
