/**
 * The search index, built at build time with Pagefind's Node API: one custom record per article
 * (src/domain/search/records.ts), written to DIR/pagefind/. The browser loads pagefind.js from there
 * and fetches only the index chunks and fragments a query needs.
 */
import * as pagefind from 'pagefind';
import type { Article } from '../../src/domain/article/types';
import { searchRecord } from '../../src/domain/search/records';

const BATCH = 100;

export async function buildSearchIndex(articles: Iterable<Article>, outputPath: string): Promise<number> {
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
  } finally {
    await pagefind.close();
  }
  return count;
}
