import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article/types';
import { answerKey, answersManifestPath, isFirstSearched, likelyQueries, type AnswersManifest } from '../../src/domain/search/answers';
import { fromIndexText } from '../../src/domain/search/fold';
import { planQuery } from '../../src/domain/search/plan';
import { FIRST_HITS, PAGEFIND_OPTIONS, type SearchAnswer } from '../../src/features/search/protocol';
import { createSearcher, type Pagefind } from '../../src/features/search/searcher';
import { createStoredAnswers } from '../../src/features/search/storedAnswers';
import { loadPagefind } from './pagefindNode';
import { buildSearchIndex } from './searchIndex';
import { indexedText, indexHash, writeSearchAnswers } from './searchAnswers';

const TEXTS = [
  ['Bộ trưởng Bộ Y tế', 'Bộ trưởng nói người dân cần tiêm vắc xin.'],
  ['Người lao động', 'Người lao động ở Hà Nội nghỉ Tết.'],
  ['Nguyễn Xuân Phúc', 'Thủ tướng Nguyễn Xuân Phúc làm việc với Bộ Tài chính.'],
  ['Tăng trưởng', 'Tăng trưởng kinh tế của người dân tăng.'],
  ['Đảng ủy', 'Đảng ủy xã họp với người dân về đường sá.'],
  ['Đường sắt', 'Đường sắt Cát Linh, người đi đường, bộ hành.'],
  ['Bỏ phiếu', 'Người dân bỏ phiếu, bộ phận kiểm phiếu làm việc.'],
  ['Ngủ ngon', 'Ngủ đủ giấc giúp người lao động tăng sức khỏe.'],
];
const articles: Article[] = TEXTS.map(([title, text], i) => ({
  id: `a${i}`, title: title!, published: '2017-01-0' + (i + 1), source: 'Test', byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text: text! }], entities: [],
}));

let dir = '';
let written = 0;
let live: ReturnType<typeof createSearcher>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'margin-answers-'));
  await buildSearchIndex(articles, dir);
  // A library of 8: every state typed in 2 pages (two words: side by side in 2) and matching 3 is answered ahead.
  written = (await writeSearchAnswers(articles, dir, { minPages: 3, minTypedShare: 2 / 8, minPairShare: 2 / 8 })).written;
  const pf = (await loadPagefind(dir)) as unknown as Pagefind;
  await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
  live = createSearcher(async () => pf);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const stored = () =>
  createStoredAnswers(async (path) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown);

let id = 0;
async function liveAnswer(text: string): Promise<SearchAnswer | null> {
  const plan = planQuery(text);
  if (plan.kind !== 'search') return null;
  return (await live({ id: ++id, kind: 'search', query: plan.query, fallback: plan.unfinished?.before ?? null, filters: {}, first: FIRST_HITS })) as SearchAnswer;
}

describe('writeSearchAnswers', () => {
  it('writes a manifest under the index hash that lists every file', () => {
    const manifest = JSON.parse(readFileSync(join(dir, answersManifestPath(indexHash(dir))), 'utf8')) as AnswersManifest;
    const keys = Object.values(manifest.files).flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, manifest.dir, f), 'utf8')) as object));
    expect(keys.length).toBe(written);
    expect(written).toBeGreaterThan(0);
  });

  it.each([
    // [typed text, stored?]: each stored answer is the live search's own, hits, count and excerpts
    ['ngư', true], // người (6 pages), Nguyễn, Ngủ
    ['ngu', true],
    ['Ngu', true],
    ['bộ', true], // bộ, Bộ (3 pages), bỏ, bộ phận
    ['bo', true],
    ['ngườ', true], // a state of "người" as it is spelled (NFC: ờ is one letter)
    ['ngươ', false], // not a prefix of any word as spelled: searched live
    ['người', true],
    ['nguyễn', false], // one page
    ['tăng', false], // two pages
    ['bộ trư', false], // two words side by side in 1 page only
    ['người dân', true], // side by side in 4 pages, matching 4
    ['nguoi dan', true],
    ['Người dân', true],
    ['người dâ', false], // "dâ" is matched whole: cheap
    ['người lao', false], // side by side in 2 pages, matching 2
  ])('%j: stored %s, and equal to the live answer', async (text, isStored) => {
    const plan = planQuery(text);
    if (plan.kind !== 'search') throw new Error(text);
    const answer = await stored().lookup(plan.query);
    expect(answer !== null).toBe(isStored);
    if (answer) expect(answer).toEqual(await liveAnswer(text));
  });

  it('stores at most `max` answers besides the first searched states (and `pairMax` of two words), those matching most pages', async () => {
    const capped = mkdtempSync(join(tmpdir(), 'margin-answers-'));
    try {
      await buildSearchIndex(articles, capped);
      const first = likelyQueries(articles.map(indexedText), { minPages: 3, minTypedShare: 2 / 8 }).filter(isFirstSearched);
      expect(first.length).toBeGreaterThan(0);
      // Two-word states have their own cap (pairMax).
      expect((await writeSearchAnswers(articles, capped, { minPages: 3, minTypedShare: 2 / 8, max: 0, pairMax: 1 })).tried).toBe(first.length + 1);
      expect((await writeSearchAnswers(articles, capped, { minPages: 3, minTypedShare: 2 / 8, max: 2, pairMax: 0 })).tried).toBe(first.length + 2);
      const manifest = JSON.parse(readFileSync(join(capped, answersManifestPath(indexHash(capped))), 'utf8')) as AnswersManifest;
      // Every page has the date: "201" and "2017" come first (8 pages; "01", two letters, is a first
      // state, not capped); "ngu" (fewer pages) is not tried.
      expect(manifest.keys.filter((k) => !isFirstSearched(fromIndexText(k)))).toEqual(['201', '2017']);
    } finally {
      rmSync(capped, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes only an empty manifest for a library smaller than the threshold', async () => {
    const small = mkdtempSync(join(tmpdir(), 'margin-answers-'));
    try {
      await buildSearchIndex(articles.slice(0, 2), small);
      expect(await writeSearchAnswers(articles.slice(0, 2), small, { minPages: 3 })).toEqual({ tried: 0, written: 0 });
      expect(readdirSync(join(small, 'margin-answers'))).toEqual([answersManifestPath(indexHash(small)).split('/')[1]]);
      expect(await createStoredAnswers(async (path) => JSON.parse(readFileSync(join(small, path), 'utf8')) as unknown).lookup(answerKey('ngu'))).toBeNull();
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  }, 60_000);
});
