/**
 * One ingest run at corpus scale: read every input, skip what cannot be an article (one line each),
 * give ids, write only what changed, rebuild the index, and count. See scripts/ingest.ts for the CLI.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticle } from '../../src/domain/article/schema';
import type { Article, ArticleSummary } from '../../src/domain/article/types';
import { extractEntities } from '../../src/domain/entities';
import { ingestRaw, summarize } from '../../src/domain/ingest/build';
import { IngestError } from '../../src/domain/ingest/parse';
import { assignStableIds, type RunCounts, type SkipReason } from '../../src/domain/ingest/report';
import { inputKey, loadCache, rulesHash, saveCache, sha256, type CacheEntry } from './cache';
import { isSkip, listFiles, readInputs, type RawInput, type Skip } from './inputs';
import { articleJson, otherSummaries, writeIfChanged, writeIndex } from './output';

export interface RunOptions {
  out: string;
  strict?: boolean;
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface RunResult {
  counts: RunCounts;
  skips: Skip[];
  /** Articles now in place from this run (written or already up to date). */
  produced: number;
  /** False when --strict found a problem, or nothing could be written: nothing was written. */
  ok: boolean;
}

/** A built (or cached) article waiting for its final id. */
interface Candidate {
  label: string;
  key: string;
  slug: string;
  contentHash: string;
  summary: ArticleSummary;
  /** The JSON as built with id = slug; absent when the cache says the file is already right. */
  json?: string;
  cached?: CacheEntry;
}

/** The text that makes two inputs the same article: title and blocks, as ingest keeps them. */
const contentHashOf = (a: Article) => sha256([a.title, ...a.blocks.map((b) => b.text)].join('\n'));

function reasonOf(error: unknown): SkipReason {
  if (!(error instanceof IngestError)) return 'invalid record';
  return /meta "/.test(error.message) ? 'invalid record' : 'no body';
}

function build(input: RawInput, key: string, log: (l: string) => void, verbose: boolean): Candidate | Skip {
  let built;
  try {
    built = ingestRaw(input.raw, input.meta, extractEntities, input.label);
  } catch (e) {
    return { label: input.label, reason: reasonOf(e), detail: (e as Error).message.replace(`${input.label}: `, '') };
  }
  const checked = validateArticle(built.article);
  if (!checked.ok) return { label: input.label, reason: 'invalid record', detail: `produced an invalid article (${checked.error})` };
  if (built.cut.length > 0) {
    log(`cut   ${input.label}: ${built.cut.length} line(s) of site chrome after the article, from "${built.cut[0]!.slice(0, 40)}"`);
    if (verbose) for (const line of built.cut) log(`        | ${line}`);
  }
  if (verbose && built.keptMarkers.length > 0) {
    log(`kept  ${input.label}: ${built.keptMarkers.map((m) => `"${m}"`).join(', ')} inside the article (prose follows)`);
  }
  return {
    label: input.label,
    key,
    slug: built.article.id,
    contentHash: contentHashOf(built.article),
    summary: summarize(built.article),
    json: articleJson(built.article),
  };
}

export function runIngest(args: readonly string[], options: RunOptions): RunResult {
  const { out, strict = false, verbose = false, log = console.log } = options;
  const rules = rulesHash();
  const cache = loadCache(out, rules);
  const { files, missing } = listFiles(args);
  const skips: Skip[] = [...missing];
  const candidates: Candidate[] = [];
  const seen = new Map<string, string>();

  for (const file of files) {
    for (const item of readInputs(file)) {
      if (isSkip(item)) {
        skips.push(item);
        continue;
      }
      const key = inputKey(rules, item.raw, item.meta);
      const entry = cache.entries[key];
      const path = entry && join(out, `${entry.id}.json`);
      const candidate: Candidate | Skip =
        entry && path && existsSync(path) && sha256(readFileSync(path)) === entry.fileHash
          ? { label: item.label, key, slug: entry.slug, contentHash: entry.contentHash, summary: entry.summary, cached: entry }
          : build(item, key, log, verbose);
      if ('reason' in candidate) {
        skips.push(candidate);
        continue;
      }
      const first = seen.get(candidate.contentHash);
      if (first !== undefined) {
        skips.push({ label: item.label, reason: 'duplicate', detail: `same title and text as ${first}` });
        continue;
      }
      seen.set(candidate.contentHash, item.label);
      candidates.push(candidate);
    }
  }
  for (const s of skips) log(`skip  ${s.label}: ${s.detail} (${s.reason})`);

  const skipped: RunCounts['skipped'] = {};
  for (const s of skips) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  const counts: RunCounts = { written: 0, unchanged: 0, skipped };
  if ((strict && skips.length > 0) || candidates.length === 0) return { counts, skips, produced: 0, ok: false };

  const ids = assignStableIds(candidates.map((c) => ({ slug: c.slug, contentHash: c.contentHash, previousId: cache.labels?.[c.label] })));
  mkdirSync(out, { recursive: true });
  const produced = new Set(ids);
  const summaries: ArticleSummary[] = [];
  const labels: Record<string, string> = { ...cache.labels };
  candidates.forEach((c, i) => {
    const id = ids[i]!;
    const path = join(out, `${id}.json`);
    const summary = { ...c.summary, id };
    summaries.push(summary);
    const previous = labels[c.label];
    // The same input under a new id (its title changed): its old file would list it twice.
    if (previous && previous !== id && !produced.has(previous)) rmSync(join(out, `${previous}.json`), { force: true });
    labels[c.label] = id;
    if (c.cached && c.cached.id === id) {
      counts.unchanged++;
      return;
    }
    let json = c.json ?? readFileSync(join(out, `${c.cached!.id}.json`), 'utf8');
    if (id !== JSON.parse(json).id) json = articleJson({ ...(JSON.parse(json) as Article), id });
    const wrote = writeIfChanged(path, json);
    if (wrote) counts.written++;
    else counts.unchanged++;
    if (verbose && wrote) log(`wrote ${id}.json  ← ${c.label}`);
    cache.entries[c.key] = { id, slug: c.slug, contentHash: c.contentHash, fileHash: sha256(json), summary };
  });
  writeIndex(out, [...summaries, ...otherSummaries(out, produced)]);
  saveCache(out, { ...cache, labels });
  return { counts, skips, produced: candidates.length, ok: true };
}
