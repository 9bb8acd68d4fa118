/**
 * The search index, built at build time with Pagefind's Node API: one custom record per article
 * (src/domain/search/records.ts), written to DIR/pagefind/. The browser loads pagefind.js from there
 * and fetches only the index chunks and fragments a query needs.
 */
import * as pagefind from 'pagefind';
import type { Article } from '../../src/domain/article/types';
import { searchRecord } from '../../src/domain/search/records';

export async function buildSearchIndex(articles: Iterable<Article>, outputPath: string): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  const index = created.index;
  let count = 0;
  try {
    for (const article of articles) {
      const added = await index.addCustomRecord(searchRecord(article));
      if (added.errors.length > 0) throw new Error(`pagefind: ${article.id}: ${added.errors.join('; ')}`);
      count++;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return count;
}
