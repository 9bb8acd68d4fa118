/** Writing the output folder: article files only when their bytes change, and the library index. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticle } from '../../src/domain/article/schema';
import type { Article, ArticleSummary } from '../../src/domain/article/types';
import { indexOfSummaries, summarize } from '../../src/domain/ingest/build';

export const articleJson = (a: Article) => JSON.stringify(a, null, 1) + '\n';

/** Writes `text` to `path` unless the file already holds exactly that; true when it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/** Summaries of the articles already in `outDir` that this run did not produce (they stay listed). */
export function otherSummaries(outDir: string, produced: ReadonlySet<string>): ArticleSummary[] {
  if (!existsSync(outDir)) return [];
  const out: ArticleSummary[] = [];
  for (const name of readdirSync(outDir)) {
    if (!name.endsWith('.json') || name === 'index.json' || produced.has(name.slice(0, -5))) continue;
    try {
      const checked = validateArticle(JSON.parse(readFileSync(join(outDir, name), 'utf8')));
      if (checked.ok) out.push(summarize(checked.value));
    } catch {
      // Not an article of ours: not listed.
    }
  }
  return out;
}

/**
 * The library index, in one place so its format (one file today, maybe pages tomorrow) is decided here.
 * Returns true when it changed.
 */
export function writeIndex(outDir: string, summaries: readonly ArticleSummary[]): boolean {
  mkdirSync(outDir, { recursive: true });
  return writeIfChanged(join(outDir, 'index.json'), JSON.stringify(indexOfSummaries(summaries), null, 1) + '\n');
}
