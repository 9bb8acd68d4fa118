/**
 * The search index, built at build time with Pagefind's Node API: one custom record per article
 * (src/domain/search/records.ts), written to DIR/pagefind/. The browser loads pagefind.js from there
 * and fetches only the index chunks and fragments a query needs. Its pagefind.js is patched to read
 * only what a search shows from each answer (scripts/library/pagefindPatch.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Article } from '../../src/domain/article/types';
import { readIndexChunks } from '../../src/domain/search/pagefindChunks';
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
    if (patch) {
      writeFileSync(js, patchPagefindJs(readFileSync(js, 'utf8')));
      checkChunkList(outputPath);
    }
  } finally {
    await pagefind.close();
  }
  return count;
}

/** The patched pagefind.js reads the index chunks from the metadata: one it cannot read stops the build here. */
function checkChunkList(outputPath: string): void {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const { hash } of Object.values(entry.languages)) {
    const meta = gunzipSync(readFileSync(join(outputPath, `pagefind.${hash}.pf_meta`)));
    if (new TextDecoder().decode(meta.subarray(0, 12)) !== 'pagefind_dcd') throw new Error(`pagefind: pagefind.${hash}.pf_meta has no signature`);
    readIndexChunks(meta.subarray(12));
  }
}
