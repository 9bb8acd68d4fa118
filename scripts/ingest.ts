/**
 * npm run ingest -- <files or folders…> [--out DIR] [--strict] [--verbose]
 * Raw article texts (.txt, or .jsonl with {title, lead?, body, published?, source?, url?} per line;
 * folders are read recursively) → DIR/<id>.json and DIR/index.json. What cannot be read is skipped
 * with one line each and counted in the summary; the exit code is non-zero only when nothing could be
 * written, or with --strict when anything was skipped (then nothing is written).
 */
import { resolve } from 'node:path';
import type { Article } from '../src/domain/article/types';
import { extractEntities } from '../src/domain/entities';
import { ingestRaw } from '../src/domain/ingest/build';
import { assignStableIds, summaryLine } from '../src/domain/ingest/report';
import { sha256 } from './ingest/cache';
import { isSkip, readInputs } from './ingest/inputs';
import { runIngest } from './ingest/run';

export const DEFAULT_OUT = 'public/articles';
const USAGE = 'usage: npm run ingest -- <files or folders…> [--out DIR] [--strict] [--verbose]';

/** All-or-nothing, in memory (tests, bench): the articles the command would write, or an Error. */
export function ingestFiles(paths: string[]): Article[] {
  const articles = paths.flatMap(readInputs).map((item) => {
    if (isSkip(item)) throw new Error(`${item.label}: ${item.detail}`);
    return ingestRaw(item.raw, item.meta, extractEntities, item.label).article;
  });
  const ids = assignStableIds(
    articles.map((a) => ({ slug: a.id, contentHash: sha256([a.title, ...a.blocks.map((b) => b.text)].join('\n')) })),
  );
  return articles.map((a, i) => (ids[i] === a.id ? a : { ...a, id: ids[i]! }));
}

function main(argv: string[]): number {
  const inputs: string[] = [];
  let out = DEFAULT_OUT;
  let strict = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i] ?? '';
    else if (arg === '--strict') strict = true;
    else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg.startsWith('--')) {
      console.error(`ingest: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0 || !out) {
    console.error(USAGE);
    return 2;
  }
  const result = runIngest(inputs, { out: resolve(out), strict, verbose, log: (l) => console.log(l) });
  console.log(summaryLine(result.counts));
  if (result.ok) {
    console.log(`index.json  ${out}`);
    return 0;
  }
  console.error(strict && result.skips.length > 0 ? 'ingest: --strict and some inputs were skipped. Nothing was written.' : 'ingest: no input could be ingested. Nothing was written.');
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
