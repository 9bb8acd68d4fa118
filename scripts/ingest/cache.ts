/**
 * What the previous run made from each input, so an unchanged input is neither parsed nor rewritten.
 * Kept outside the output folder (node_modules/.cache), because that folder is served to readers.
 * Keyed by a hash of the input and of the ingest + extraction code: a rule change invalidates it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleSummary } from '../../src/domain/article/types';

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export interface CacheEntry {
  id: string;
  slug: string;
  contentHash: string;
  /** sha256 of the JSON file as written: a file edited or deleted since is rebuilt. */
  fileHash: string;
  summary: ArticleSummary;
}

export interface IngestCache {
  rules: string;
  entries: Record<string, CacheEntry>;
  /** Input label (path, or path:line) → the id it was written under. */
  labels?: Record<string, string>;
}

const ROOT = new URL('../..', import.meta.url).pathname;
const RULE_DIRS = ['src/domain/ingest', 'src/domain/entities', 'src/domain/article', 'scripts/ingest'];

/** Hash of the code that decides what an article JSON contains. */
export function rulesHash(): string {
  const h = createHash('sha256');
  for (const dir of RULE_DIRS) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (!name.endsWith('.ts') || name.includes('.test')) continue;
      h.update(name).update(readFileSync(join(ROOT, dir, name)));
    }
  }
  return h.digest('hex');
}

function cachePath(outDir: string): string {
  return join(ROOT, 'node_modules/.cache/margin-ingest', `${sha256(resolve(outDir)).slice(0, 16)}.json`);
}

export function loadCache(outDir: string, rules: string): IngestCache {
  try {
    const cache = JSON.parse(readFileSync(cachePath(outDir), 'utf8')) as IngestCache;
    if (cache.rules === rules && typeof cache.entries === 'object') return cache;
  } catch {
    // No cache yet, or an unreadable one: everything is rebuilt.
  }
  return { rules, entries: {}, labels: {} };
}

export function saveCache(outDir: string, cache: IngestCache): void {
  const path = cachePath(outDir);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(cache));
}

/** The cache key of one input: its text, its side facts and the rules. */
export const inputKey = (rules: string, raw: string, meta: unknown) => sha256(`${rules}\0${JSON.stringify(meta)}\0${raw}`);
