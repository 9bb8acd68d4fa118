/**
 * The search index, built at build time with Pagefind's Node API: one custom record per article
 * (src/domain/search/records.ts), written to DIR/pagefind/. The browser loads pagefind.js from there
 * and fetches only the index chunks and fragments a query needs. Its pagefind.js is patched to read
 * only what a search shows from each answer (scripts/library/pagefindPatch.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Article } from '../../src/domain/article/types';
import { searchRecord } from '../../src/domain/search/records';
import { patchPagefindJs } from './pagefindPatch';

const BATCH = 100;

/** `patch: false` leaves pagefind.js as Pagefind wrote it (the patch's own test compares the two). */
export async function buildSearchIndex(articles: Iterable<Article>, outputPath: string, { patch = true } = {}): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  const index = created.index;
  let count = 0;
  try {
    // Records go to the Pagefind process in batches: one at a time spends most of the time waiting.
    let batch: Article[] = [];
    const flush = async () => {
      const results = await Promise.all(batch.map((a) => index.addCustomRecord(searchRecord(a))));
      results.forEach((added, i) => {
        if (added.errors.length > 0) throw new Error(`pagefind: ${batch[i]!.id}: ${added.errors.join('; ')}`);
      });
      count += batch.length;
      batch = [];
    };
    for (const article of articles) {
      batch.push(article);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    const js = join(outputPath, 'pagefind.js');
    if (patch) writeFileSync(js, patchPagefindJs(readFileSync(js, 'utf8')));
  } finally {
    await pagefind.close();
  }
  return count;
}
