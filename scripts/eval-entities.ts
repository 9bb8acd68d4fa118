/**
 * npm run eval:entities [-- --verbose] [-- --no-title] [-- --dev]
 * Scores the entity extractor against content/gold/*.json (see content/GUIDELINE.md, "Scoring").
 * Each gold file's raw text is content/articles/<name>.txt or content/seed/<name>.txt; it goes
 * through the ingest parser, and the title is scored as a heading block in front of the body
 * (the gold labels the title too; --no-title scores the body blocks alone).
 *
 * Two sets are reported apart: the dev set (articles the rules may be written against) and the
 * held-out fold (HELD_OUT, never looked at while writing rules). --verbose lists misses and spurious
 * marks for the dev set only: the held-out fold's errors are never printed, so they cannot steer a
 * rule; --dev (for use while writing rules) does not even print the fold's totals. Always exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../src/domain/article/types';
import { extractEntities } from '../src/domain/entities';
import {
  labelsFromEntities,
  scoreArticle,
  SCORED_TYPES,
  summarize,
  type ArticleScore,
  type GoldLabels,
} from '../src/domain/entities/score';
import { parseRawArticle } from '../src/domain/ingest/parse';

const ROOT = join(import.meta.dirname, '..', 'content');
/** The untouched fold: kept aside from 2026-11-30 on; rules are written against the rest only. */
export const HELD_OUT: ReadonlySet<string> = new Set(['21', '22', '23', '24', '25', '26', '27', '28', '29', '30']);

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose') || args.has('-v');
const withTitle = !args.has('--no-title');
const devOnly = args.has('--dev');

function rawPath(name: string): string | null {
  for (const dir of ['articles', 'seed']) {
    const p = join(ROOT, dir, `${name}.txt`);
    if (existsSync(p)) return p;
  }
  return null;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function table(title: string, scores: readonly ArticleScore[]): void {
  const sum = summarize(scores);
  console.log(`\n${title}: ${scores.length} articles${withTitle ? ' (title + body)' : ' (body only)'}`);
  console.log('type           TP    FP    FN   precision  recall      F1');
  const row = (label: string, p: (typeof sum)['overall']) =>
    console.log(
      `${label.padEnd(12)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(5)} ${String(p.fn).padStart(5)}   ${pct(p.precision)}%  ${pct(p.recall)}%  ${pct(p.f1)}%`,
    );
  for (const t of SCORED_TYPES) row(t, sum.perType[t]);
  row('overall', sum.overall);
  console.log(`role accuracy: ${pct(sum.roleAccuracy)}% (${sum.roles.correct}/${sum.roles.matched} matched officials)`);
}

function main(): void {
  const goldDir = join(ROOT, 'gold');
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const dev: ArticleScore[] = [];
  const held: ArticleScore[] = [];
  for (const name of names) {
    const path = rawPath(name);
    if (!path) {
      console.log(`${name}: no raw text in content/articles or content/seed — skipped`);
      continue;
    }
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')) as GoldLabels;
    const parsed = parseRawArticle(readFileSync(path, 'utf8'), name);
    const blocks: Block[] = withTitle ? [{ type: 'heading', text: parsed.title }, ...parsed.blocks] : parsed.blocks;
    const score = scoreArticle(gold, labelsFromEntities(extractEntities(blocks)));
    if (HELD_OUT.has(name)) {
      held.push(score);
      continue;
    }
    dev.push(score);
    if (verbose) {
      console.log(`\n== ${name}`);
      for (const t of SCORED_TYPES) {
        const s = score.types[t];
        if (s.missed.length) console.log(`  ${t} missed:   ${s.missed.map((x) => JSON.stringify(x)).join(', ')}`);
        if (s.spurious.length) console.log(`  ${t} spurious: ${s.spurious.map((x) => JSON.stringify(x)).join(', ')}`);
      }
      for (const w of score.roles.wrong) console.log(`  role ${w.name}: gold ${JSON.stringify(w.gold)} got ${JSON.stringify(w.got)}`);
    }
  }
  table('Dev set (seed, 01–20: rules may be written against these)', dev);
  if (devOnly) return;
  table(`Held-out fold (${[...HELD_OUT].join(', ')}: never looked at while writing rules; errors never printed)`, held);
  table('All gold articles', [...dev, ...held]);
}

main();
