/**
 * Answers made at build time for the typing states Pagefind is slow at (src/domain/search/answers.ts):
 * the app's own search (src/features/search/searcher.ts) runs on the built index in Node, with the
 * worker's options, and its answers are written beside the index, grouped by first two letters:
 *   pagefind/margin-answers/v<version>-<hash>.json    the manifest (hash: the index's, from pagefind-entry.json)
 *   pagefind/margin-answers/v<version>-<hash>/<xy>.json   { [answerKey(planned query)]: SearchAnswer } (one word)
 *   pagefind/margin-answers/v<version>-<hash>/<xy-z>.json two words ("bo tru": bo-t.json)
 * The worker shows a stored answer instead of searching (same hits, count and excerpts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../../src/domain/article/types';
import { ANSWER_MAX, ANSWER_MIN_PAGES, answerFile, isFirstSearched, answerKey, answersManifestPath, ANSWERS_VERSION, likelyQueries, type AnswersManifest } from '../../src/domain/search/answers';
import { fromIndexText } from '../../src/domain/search/fold';
import { likelyPairQueries } from '../../src/domain/search/pairs';
import { planQuery } from '../../src/domain/search/plan';
import { searchRecord } from '../../src/domain/search/records';
import { FIRST_HITS, PAGEFIND_OPTIONS } from '../../src/features/search/protocol';
import type { SearchAnswer } from '../../src/features/search/protocol';
import { createSearcher, type Pagefind } from '../../src/features/search/searcher';
import { loadPagefind } from './pagefindNode';

export interface AnswersOptions {
  minPages?: number;
  minTypedShare?: number;
  /** At most this many answers besides the first searched states (the states matching most pages first). */
  max?: number;
  /** Two-word states (src/domain/search/pairs.ts): side by side in this share of the pages, at most `pairMax`. */
  minPairShare?: number;
  pairMax?: number;
}

/** The text Pagefind indexes for an article (its record's content and meta fields), as the reader wrote it. */
export function indexedText(article: Article): string {
  const record = searchRecord(article);
  return fromIndexText([record.content, ...Object.values(record.meta)].join('\n'));
}

/** The index's language hash (the answers are only valid for that index). */
export function indexHash(pagefindDir: string): string {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hashes = Object.values(entry.languages).map((l) => l.hash);
  if (hashes.length !== 1) throw new Error(`pagefind-entry.json: ${hashes.length} languages, Margin indexes one`);
  return hashes[0]!;
}

export async function writeSearchAnswers(articles: readonly Article[], pagefindDir: string, options: AnswersOptions = {}): Promise<{ tried: number; written: number }> {
  const minPages = options.minPages ?? ANSWER_MIN_PAGES;
  const hash = indexHash(pagefindDir);
  const manifest: AnswersManifest = { version: ANSWERS_VERSION, minPages, dir: `margin-answers/v${ANSWERS_VERSION}-${hash}`, files: {}, keys: [] };
  const pages = articles.length >= minPages ? articles.map(indexedText) : [];
  const likely = pages.length > 0 ? likelyQueries(pages, { minPages, minTypedShare: options.minTypedShare }) : [];
  const pairs = pages.length > 0 ? likelyPairQueries(pages, { minPages, minPairShare: options.minPairShare, max: options.pairMax }) : [];
  // The first searched states are few and cheap to answer: the cap is on the others.
  const texts = [...likely.filter(isFirstSearched), ...likely.filter((t) => !isFirstSearched(t)).slice(0, options.max ?? ANSWER_MAX), ...pairs];
  const byFile = new Map<string, Record<string, SearchAnswer>>();
  if (texts.length > 0) {
    const pf = (await loadPagefind(pagefindDir)) as unknown as Pagefind;
    await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
    const handle = createSearcher(async () => pf);
    let id = 0;
    for (const text of texts) {
      const plan = planQuery(text);
      if (plan.kind !== 'search') continue;
      const answer = (await handle({ id: ++id, kind: 'search', query: plan.query, fallback: plan.unfinished?.before ?? null, filters: {}, first: FIRST_HITS })) as SearchAnswer | null;
      // Pagefind's count decides: only what it finds slow to answer is stored (and the first searched states).
      if (!answer || answer.fallback || (answer.total < minPages && !isFirstSearched(text))) continue;
      const file = answerFile(plan.query);
      const group = byFile.get(file) ?? {};
      group[answerKey(plan.query)] = answer;
      byFile.set(file, group);
    }
  }
  mkdirSync(join(pagefindDir, byFile.size > 0 ? manifest.dir : dirname(answersManifestPath(hash))), { recursive: true });
  let written = 0;
  for (const [file, group] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    manifest.files[file] = `${file}.json`;
    writeFileSync(join(pagefindDir, manifest.dir, `${file}.json`), JSON.stringify(group));
    written += Object.keys(group).length;
    manifest.keys.push(...Object.keys(group));
  }
  manifest.keys.sort();
  writeFileSync(join(pagefindDir, answersManifestPath(hash)), JSON.stringify(manifest));
  return { tried: texts.length, written };
}
